package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.CrashPoints;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.Warehouse;

/**
 * Runs stopped at every kind of point: after the analysis, between two tables' commits, inside the
 * per-date writes, just before the run's {@code runs} row, during the next run's recovery, and by
 * SIGKILL after a random delay. After each stop every reader sees the last finished run (here:
 * none, so empty tables); the next run undoes what the dead one wrote, and the warehouse ends with
 * exactly the rows of a clean run.
 *
 * <p>The first four runs are abandoned inside the test JVM ({@link CrashPoints.Abandoned}): what
 * they leave in the tables is what a kill there leaves, and starting a JVM, Spark and the models
 * for each cost half a minute. The kill during recovery and the SIGKILL are real, in child JVMs:
 * they leave a dead process's lock and half-written files behind as well.
 */
class CrashRecoveryTest {
  @TempDir Path tmp;

  /** Starts {@code zeitgeist run} in a child JVM with the test classpath and Spark's flags. */
  private Process child(String warehouse, String crashAt) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens")
          || a.startsWith("-XX:+IgnoreUnrecognized")
          || a.startsWith("-Dio.netty")) {
        cmd.add(a);
      }
    }
    cmd.add("-Dspark.master=local[2]");
    cmd.add("-Dspark.ui.enabled=false");
    if (crashAt != null) cmd.add("-Dzeitgeist.crashAt=" + crashAt);
    cmd.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "zeitgeist.cli.ZeitgeistCommand",
            "run",
            "--input",
            SampleWarehouse.SAMPLE.toString(),
            "--warehouse",
            warehouse,
            "--ner",
            "gazetteer"));
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("child-" + crashAt + ".log").toFile())
        .start();
  }

  private void crash(String warehouse, String point) throws Exception {
    Process p = child(warehouse, point);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child run did not end");
    String log = Files.readString(tmp.resolve("child-" + point + ".log"));
    assertEquals(137, p.exitValue(), log);
    assertTrue(log.contains("halting at crash point " + point), log);
    assertNothingVisible(warehouse);
  }

  /** Runs {@code zeitgeist run} in this JVM and abandons it at crash point {@code point}. */
  private static void abandon(String warehouse, String point) {
    System.setProperty("zeitgeist.abandonAt", point);
    try {
      CrashPoints.Abandoned stop =
          assertThrows(
              CrashPoints.Abandoned.class,
              () ->
                  RunFixtures.cli(
                      "run",
                      "--input",
                      SampleWarehouse.SAMPLE.toString(),
                      "--warehouse",
                      warehouse,
                      "--ner",
                      "gazetteer"));
      assertEquals("abandoned at crash point " + point, stop.getMessage());
    } finally {
      System.clearProperty("zeitgeist.abandonAt");
    }
    assertNothingVisible(warehouse);
  }

  /** No run has finished: every reader sees every table empty, whatever the dead runs wrote. */
  private static void assertNothingVisible(String warehouse) {
    Warehouse wh = new Warehouse(TestSpark.session(), warehouse);
    for (TableSpec<?> t : Warehouse.TABLES) {
      if (t != RunRow.TABLE) {
        assertEquals(0, wh.read(t).count(), t.name());
      }
    }
  }

  @Test
  void killedRunsAreUndoneByTheNextRun() throws Exception {
    String wh = tmp.resolve("wh").toString();
    abandon(wh, "after-analysis");
    abandon(wh, "between-tables");
    abandon(wh, "mid-per-date");
    abandon(wh, "before-commit");
    crash(wh, "mid-recovery"); // the next run dies while undoing the last one

    long seed = System.nanoTime();
    long delay = 4000 + new Random(seed).nextInt(12000);
    Process killed = child(wh, "sigkill");
    Thread.sleep(delay);
    killed.destroyForcibly();
    killed.waitFor(1, TimeUnit.MINUTES);
    assertNothingVisible(wh);

    RunFixtures.Result r =
        RunFixtures.cli(
            "run",
            "--input",
            SampleWarehouse.SAMPLE.toString(),
            "--warehouse",
            wh,
            "--ner",
            "gazetteer");
    assertEquals(0, r.exitCode(), r.err());

    String cleanDir = tmp.resolve("clean").toString();
    assertEquals(
        0,
        RunFixtures.cli(
                "run",
                "--input",
                SampleWarehouse.SAMPLE.toString(),
                "--warehouse",
                cleanDir,
                "--ner",
                "gazetteer")
            .exitCode());
    Warehouse clean = new Warehouse(TestSpark.session(), cleanDir);
    Warehouse recovered = new Warehouse(TestSpark.session(), wh);
    for (TableSpec<?> t : Warehouse.TABLES) {
      if (t == RunRow.TABLE) continue;
      String[] cols =
          Arrays.stream(clean.read(t).columns())
              .filter(c -> !c.equals("run_id"))
              .toArray(String[]::new);
      assertEquals(
          RunFixtures.rows(clean.read(t).selectExpr(cols)),
          RunFixtures.rows(recovered.read(t).selectExpr(cols)),
          t.name() + " (SIGKILL after " + delay + " ms, seed " + seed + ")");
      assertEquals(
          recovered.version(t),
          (long) recovered.snapshot().versions().get(t.name()),
          t.name() + ": nothing ahead of the finished run");
    }
    // Every run id in the tables belongs to a run recorded as finished.
    assertEquals(
        0,
        recovered
            .read(ArticleRow.TABLE)
            .select("run_id")
            .except(recovered.read(RunRow.TABLE).filter("status = 'succeeded'").select("run_id"))
            .count());
    assertTrue(Files.notExists(Path.of(wh, "_lock")));
  }
}
