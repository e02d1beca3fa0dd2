package zeitgeist.spark;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}) without a child process per file: the warehouse's file
 * system when Spark runs on one machine (set as {@code spark.hadoop.fs.file.impl} by {@link
 * SparkSessions}).
 *
 * <p>Why: without Hadoop's native library ({@code libhadoop.so}, which Maven jars do not bring),
 * Hadoop's {@link RawLocalFileSystem} forks {@code chmod} for every file and folder it creates and
 * {@code ls -ld} for every file whose permissions are asked for (every file {@code listFiles}
 * returns). A full run over 20,000 articles forked 6,389 processes, several milliseconds each; the
 * commit alone spent 9 of its 10 s on them.
 *
 * <p>Rules: permissions are set and read with {@code java.nio.file} (one system call, no child
 * process), and file statuses are built from one {@link PosixFileAttributes} read. Everything else
 * (checksum files, renames, streams) is Hadoop's own. Limits: a sticky bit, or a file system
 * without POSIX attributes (Windows), falls back to Hadoop's way; symbolic links are followed, as
 * {@link RawLocalFileSystem#getFileStatus} follows them. {@link NioLocalFs} puts the same raw part
 * under Hadoop's other file API ({@code FileContext}), which Delta's log writes use.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
  public NioLocalFileSystem() {
    super(new Raw());
  }

  /** The raw (checksum-less) part, where the child processes were started. */
  static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      if (permission.getStickyBit()) {
        super.setPermission(p, permission);
        return;
      }
      try {
        Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission.toShort()));
      } catch (UnsupportedOperationException e) {
        super.setPermission(p, permission);
      }
    }

    @Override
    public FileStatus getFileStatus(Path p) throws IOException {
      File file = pathToFile(p);
      PosixFileAttributes a;
      try {
        a = Files.readAttributes(file.toPath(), PosixFileAttributes.class);
      } catch (NoSuchFileException e) {
        throw new FileNotFoundException("File " + p + " does not exist");
      } catch (UnsupportedOperationException e) {
        return super.getFileStatus(p);
      }
      return new FileStatus(
          a.size(),
          a.isDirectory(),
          1,
          getDefaultBlockSize(p),
          a.lastModifiedTime().toMillis(),
          a.lastAccessTime().toMillis(),
          new FsPermission(mode(a.permissions())),
          a.owner().getName(),
          a.group().getName(),
          new Path(file.getPath()).makeQualified(getUri(), getWorkingDirectory()));
    }

    /**
     * A file's status without following a symbolic link: Hadoop's way (a {@code readlink} process)
     * only for a link, one attribute read for anything else. {@code FileContext} asks this four
     * times for every rename.
     */
    @Override
    public FileStatus getFileLinkStatus(Path p) throws IOException {
      try {
        if (Files.isSymbolicLink(pathToFile(p).toPath())) {
          return super.getFileLinkStatus(p);
        }
      } catch (UnsupportedOperationException | SecurityException e) {
        return super.getFileLinkStatus(p);
      }
      return getFileStatus(p);
    }

    @Override
    public FileStatus[] listStatus(Path p) throws IOException {
      File dir = pathToFile(p);
      if (!dir.isDirectory()) {
        return new FileStatus[] {getFileStatus(p)};
      }
      String[] names = dir.list();
      if (names == null) {
        throw new IOException("cannot list " + dir);
      }
      FileStatus[] out = new FileStatus[names.length];
      int n = 0;
      for (String name : names) {
        try {
          out[n] = getFileStatus(new Path(p, new Path(null, null, name)));
          n++;
        } catch (FileNotFoundException gone) {
          // deleted between the listing and the status, as Hadoop's own listStatus allows
        }
      }
      return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
  }

  private static final PosixFilePermission[] BITS = {
    PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
    PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE,
    PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
    PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
    PosixFilePermission.OWNER_READ
  };

  /** The permission set of a mode's lower nine bits ({@code 0754} → rwxr-xr--). */
  static Set<PosixFilePermission> posix(short mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    for (int bit = 0; bit < BITS.length; bit++) {
      if ((mode & (1 << bit)) != 0) {
        set.add(BITS[bit]);
      }
    }
    return set;
  }

  /** The mode bits of a permission set; the inverse of {@link #posix}. */
  static short mode(Set<PosixFilePermission> permissions) {
    int mode = 0;
    for (int bit = 0; bit < BITS.length; bit++) {
      if (permissions.contains(BITS[bit])) {
        mode |= 1 << bit;
      }
    }
    return (short) mode;
  }
}
