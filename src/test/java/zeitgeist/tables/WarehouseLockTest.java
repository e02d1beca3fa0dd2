package zeitgeist.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.job.RunFixtures;

/**
 * One writer per warehouse: a live lock stops a second run with exit code 75; a dead one is taken
 * over.
 */
class WarehouseLockTest {
  @TempDir Path dir;

  private void writeLock(long pid, String host) throws Exception {
    Files.writeString(
        dir.resolve("wh/_lock"),
        "run_id=other\npid=" + pid + "\nhost=" + host + "\nstarted=2026-01-01T00:00:00Z\n");
  }

  @Test
  void aSecondLockOnTheSameWarehouseIsRefused() {
    String wh = dir.resolve("wh").toString();
    try (WarehouseLock first = WarehouseLock.acquire(wh, new Configuration(), "run-a")) {
      WarehouseLock.BusyException e =
          assertThrows(
              WarehouseLock.BusyException.class,
              () -> WarehouseLock.acquire(wh, new Configuration(), "run-b"));
      assertTrue(
          e.getMessage()
              .startsWith(
                  "warehouse "
                      + wh
                      + " is in use by run run-a (pid "
                      + ProcessHandle.current().pid()),
          e.getMessage());
    }
    assertFalse(Files.exists(dir.resolve("wh/_lock")), "released on close");
    WarehouseLock.acquire(wh, new Configuration(), "run-c").close();
  }

  @Test
  void aRunOnALockedWarehouseStopsAtOnceWithExit75() throws Exception {
    Files.createDirectories(dir.resolve("wh"));
    writeLock(ProcessHandle.current().pid(), InetAddress.getLocalHost().getHostName());
    Path in = Files.writeString(dir.resolve("a.txt"), "Ein Text über den Haushalt der Stadt.");
    RunFixtures.Result r =
        RunFixtures.cli(
            "run", "--input", in.toString(), "--warehouse", dir.resolve("wh").toString());
    assertEquals(75, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("zeitgeist run: warehouse "), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(Files.exists(dir.resolve("wh/_lock")), "another run's lock is left alone");
  }

  @Test
  void aLockLeftByADeadProcessIsTakenOver() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    Files.createDirectories(dir.resolve("wh"));
    writeLock(p.pid(), InetAddress.getLocalHost().getHostName());
    WarehouseLock.acquire(dir.resolve("wh").toString(), new Configuration(), "mine").close();
    assertFalse(Files.exists(dir.resolve("wh/_lock")));
  }

  @Test
  void aLockFromAnotherHostIsStaleOnlyWithoutHeartbeat() throws Exception {
    Files.createDirectories(dir.resolve("wh"));
    writeLock(1, "some-other-host");
    String wh = dir.resolve("wh").toString();
    assertThrows(
        WarehouseLock.BusyException.class,
        () -> WarehouseLock.acquire(wh, new Configuration(), "mine"));
    Files.setLastModifiedTime(
        dir.resolve("wh/_lock"),
        java.nio.file.attribute.FileTime.fromMillis(
            System.currentTimeMillis() - WarehouseLock.STALE_AFTER.toMillis() - 1000));
    WarehouseLock.acquire(wh, new Configuration(), "mine").close();
  }
}
