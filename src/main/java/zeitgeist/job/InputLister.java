package zeitgeist.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import zeitgeist.config.InputFormat;
import zeitgeist.ingest.InputFile;

/**
 * Lists the files under the input paths, on the driver, through Hadoop's file system API (so {@code
 * hdfs://}, {@code s3a://} and local paths all work).
 *
 * <p>Rules: directories are walked recursively; names starting with {@code .} or {@code _} (hidden
 * files, Spark/Hadoop markers such as {@code _SUCCESS}) are skipped, as Hadoop does; each file gets
 * the forced format or the one its name implies ({@link InputFormat#fromFileName}); a file with no
 * known extension gets a null format and later becomes an {@code unsupported_file} reject. Files
 * are sorted by path so every listing is the same.
 *
 * <p>On a local disk ({@code file:}) nothing under an input folder is skipped silently: a dangling
 * symbolic link (or a link loop), which Hadoop's listing leaves out, and a folder the process may
 * not list are listed as unreadable entries ({@link InputFile#unreadable}) that become {@code
 * unreadable_file} rejects with the OS error; the rest of the folder is listed as usual. The local
 * walk lists each folder twice (Hadoop, then {@code java.nio} for the names Hadoop left out), still
 * one system call per entry. Limits: other file systems are listed with Hadoop's recursive listing,
 * as before, where a folder that cannot be listed fails the run; an input path given on the command
 * line that cannot be read fails the run too.
 */
public final class InputLister {
  private final Configuration hadoop;

  public InputLister(Configuration hadoop) {
    this.hadoop = hadoop;
  }

  public List<InputFile> list(List<String> inputs, InputFormat forced) {
    List<InputFile> out = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path root = new Path(input);
        FileSystem fs = root.getFileSystem(hadoop);
        FileStatus rootStatus = fs.getFileStatus(root);
        Path qualifiedRoot = rootStatus.getPath();
        if (rootStatus.isFile()) {
          out.add(file(rootStatus, input, rootStatus.getPath().getName(), forced));
          continue;
        }
        String prefix = qualifiedRoot.toUri().getPath();
        Entries entries = new Entries(input, prefix, forced, out);
        if (fs instanceof LocalFileSystem local) {
          walkLocal(local, qualifiedRoot, entries);
          continue;
        }
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualifiedRoot, true);
        while (it.hasNext()) {
          entries.file(it.next());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("listing input " + input, e);
      }
    }
    out.sort(java.util.Comparator.comparing(InputFile::getDisplayPath));
    return out;
  }

  /** Adds listed entries under one input root to {@code out}, with their display paths. */
  private record Entries(String input, String prefix, InputFormat forced, List<InputFile> out) {
    void file(FileStatus st) {
      String rel = relative(st.getPath());
      if (!hidden(rel)) {
        out.add(InputLister.file(st, display(rel), rel, forced));
      }
    }

    void unreadable(Path path, boolean folder, String detail) {
      String rel = relative(path);
      if (!hidden(rel)) {
        out.add(InputFile.unreadable(path.toString(), display(rel), rel, folder, detail));
      }
    }

    private String relative(Path p) {
      return p.toUri().getPath().substring(prefix.length()).replaceFirst("^/+", "");
    }

    private String display(String rel) {
      return input.endsWith("/") ? input + rel : input + "/" + rel;
    }
  }

  /**
   * Walks a local folder: Hadoop's statuses for what it lists, and an unreadable entry for each
   * name it leaves out that is a symbolic link that cannot be followed, and for each folder that
   * cannot be listed.
   */
  private static void walkLocal(LocalFileSystem fs, Path folder, Entries entries)
      throws IOException {
    java.nio.file.Path dir = fs.pathToFile(folder).toPath();
    Set<String> names = new HashSet<>();
    try (DirectoryStream<java.nio.file.Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(p -> names.add(p.getFileName().toString()));
    } catch (IOException e) {
      entries.unreadable(folder, true, "the folder cannot be listed: " + osError(e));
      return;
    }
    for (FileStatus st : fs.listStatus(folder)) {
      names.remove(st.getPath().getName());
      if (st.isDirectory()) {
        walkLocal(fs, st.getPath(), entries);
      } else {
        entries.file(st);
      }
    }
    for (String name : names) {
      java.nio.file.Path p = dir.resolve(name);
      if (Files.isSymbolicLink(p) && !Files.exists(p)) {
        entries.unreadable(new Path(folder, new Path(null, null, name)), false, brokenLink(p));
      } // else gone since the listing, or a checksum file Hadoop hides
    }
  }

  private static String brokenLink(java.nio.file.Path link) {
    String target;
    try {
      target = Files.readSymbolicLink(link).toString();
    } catch (IOException e) {
      target = "?";
    }
    try {
      Files.readAttributes(link, BasicFileAttributes.class);
      return "symbolic link to " + target + " that cannot be followed";
    } catch (IOException e) {
      return "symbolic link to " + target + " that cannot be followed: " + osError(e);
    }
  }

  /** An I/O error as the OS gave it, e.g. {@code AccessDeniedException: /in/x}. */
  static String osError(IOException e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) return true;
    }
    return false;
  }

  private static InputFile file(FileStatus st, String display, String rel, InputFormat forced) {
    InputFormat format =
        forced == InputFormat.AUTO ? InputFormat.fromFileName(rel).orElse(null) : forced;
    return new InputFile(
        st.getPath().toString(),
        display,
        rel,
        format == null ? null : format.name(),
        st.getLen(),
        st.getModificationTime());
  }
}
