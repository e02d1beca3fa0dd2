package zeitgeist.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FileNotFoundException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local file system without child processes, checked against Hadoop's own. */
class NioLocalFileSystemTest {
  @TempDir java.nio.file.Path tmp;

  @Test
  void modeBitsRoundTrip() {
    for (int mode = 0; mode < 512; mode++) {
      assertEquals(mode, NioLocalFileSystem.mode(NioLocalFileSystem.posix((short) mode)));
    }
    assertEquals(
        PosixFilePermissions.fromString("rwxr-xr--"), NioLocalFileSystem.posix((short) 0754));
  }

  @Test
  void writesAndStatusesEqualHadoopsLocalFileSystem() throws Exception {
    Configuration conf = new Configuration();
    LocalFileSystem ours = new NioLocalFileSystem();
    ours.initialize(java.net.URI.create("file:///"), conf);
    LocalFileSystem hadoops = new LocalFileSystem();
    hadoops.initialize(java.net.URI.create("file:///"), conf);
    Path root = new Path(tmp.toUri());

    for (LocalFileSystem fs : new LocalFileSystem[] {ours, hadoops}) {
      Path dir = new Path(root, fs == ours ? "ours/a/b" : "hadoops/a/b");
      fs.mkdirs(dir, new FsPermission((short) 0750));
      try (FSDataOutputStream out = fs.create(new Path(dir, "part-0.parquet"))) {
        out.write("zeitgeist".getBytes(StandardCharsets.UTF_8));
      }
      fs.setPermission(new Path(dir, "part-0.parquet"), new FsPermission((short) 0640));
    }
    Path a = new Path(root, "ours/a/b");
    Path b = new Path(root, "hadoops/a/b");
    assertEquals(
        "rwxr-x---",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("ours/a/b"))));
    assertEquals(hadoops.getFileStatus(b).getPermission(), ours.getFileStatus(a).getPermission());
    assertEquals(
        hadoops.getFileStatus(new Path(b, "part-0.parquet")).getPermission(),
        ours.getFileStatus(new Path(a, "part-0.parquet")).getPermission());

    for (Path dir : new Path[] {a, b, new Path(root, "ours")}) {
      FileStatus[] mine = sorted(ours.listStatus(dir));
      FileStatus[] theirs = sorted(hadoops.listStatus(dir));
      assertArrayEquals(names(theirs), names(mine), "the checksum files stay hidden");
      for (int i = 0; i < mine.length; i++) {
        FileStatus m = mine[i];
        FileStatus t = theirs[i];
        assertEquals(t.getPath(), m.getPath());
        assertEquals(t.getLen(), m.getLen());
        assertEquals(t.isDirectory(), m.isDirectory());
        assertEquals(t.getPermission(), m.getPermission());
        assertEquals(t.getOwner(), m.getOwner());
        assertEquals(t.getGroup(), m.getGroup());
        assertEquals(t.getModificationTime(), m.getModificationTime());
        assertEquals(t.getBlockSize(), m.getBlockSize());
      }
    }
    assertEquals(9, ours.listFiles(new Path(root, "ours"), true).next().getLen());
    assertThrows(
        FileNotFoundException.class, () -> ours.getFileStatus(new Path(root, "ours/missing")));
    assertThrows(FileNotFoundException.class, () -> ours.listStatus(new Path(root, "missing")));
  }

  private static FileStatus[] sorted(FileStatus[] s) {
    return Arrays.stream(s)
        .sorted(Comparator.comparing(FileStatus::getPath))
        .toArray(FileStatus[]::new);
  }

  private static String[] names(FileStatus[] s) {
    return Arrays.stream(s).map(f -> f.getPath().getName()).toArray(String[]::new);
  }
}
