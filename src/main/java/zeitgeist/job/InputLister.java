package zeitgeist.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import zeitgeist.config.InputFormat;
import zeitgeist.ingest.InputFile;

/**
 * Lists the files under the input paths, on the driver, through Hadoop's file system API (so
 * {@code hdfs://}, {@code s3a://} and local paths all work).
 *
 * <p>Rules: directories are walked recursively; names starting with {@code .} or {@code _} (hidden
 * files, Spark/Hadoop markers such as {@code _SUCCESS}) are skipped, as Hadoop does; each file gets
 * the forced format or the one its name implies ({@link InputFormat#fromFileName}); a file with no
 * known extension gets a null format and later becomes an {@code unsupported_file} reject. Files
 * are sorted by path so every listing is the same.
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
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualifiedRoot, true);
        while (it.hasNext()) {
          LocatedFileStatus st = it.next();
          String abs = st.getPath().toUri().getPath();
          String rel = abs.substring(prefix.length()).replaceFirst("^/+", "");
          if (hidden(rel)) continue;
          String display = input.endsWith("/") ? input + rel : input + "/" + rel;
          out.add(file(st, display, rel, forced));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("listing input " + input, e);
      }
    }
    out.sort(java.util.Comparator.comparing(InputFile::getDisplayPath));
    return out;
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
    return new InputFile(st.getPath().toString(), display, rel,
        format == null ? null : format.name(), st.getLen(), st.getModificationTime());
  }
}
