package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.Warehouse;

/**
 * Real runs in child JVMs, killed at several points (halted at fault-injection points, and once
 * by SIGKILL after a delay): every table stays readable after each kill, and the next run
 * completes the work, so the warehouse ends with exactly the rows of a clean run.
 */
class CrashRecoveryTest {
  @TempDir Path tmp;

  /** Starts {@code zeitgeist run} in a child JVM with the test classpath and Spark's flags. */
  private Process child(String warehouse, String crashAt) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || a.startsWith("-XX:+IgnoreUnrecognized")
          || a.startsWith("-Dio.netty")) {
        cmd.add(a);
      }
    }
    cmd.add("-Dspark.master=local[2]");
    cmd.add("-Dspark.ui.enabled=false");
    if (crashAt != null) cmd.add("-Dzeitgeist.crashAt=" + crashAt);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
        "zeitgeist.cli.ZeitgeistCommand", "run", "--input", SampleWarehouse.SAMPLE.toString(),
        "--warehouse", warehouse));
    return new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("child-" + crashAt + ".log").toFile()).start();
  }

  private void crash(String warehouse, String point) throws Exception {
    Process p = child(warehouse, point);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child run did not end");
    assertEquals(137, p.exitValue(), Files.readString(tmp.resolve("child-" + point + ".log")));
    assertReadable(warehouse);
  }

  private static void assertReadable(String warehouse) {
    Warehouse wh = new Warehouse(TestSpark.session(), warehouse);
    for (TableSpec<?> t : Warehouse.TABLES) {
      wh.read(t).count();
    }
  }

  @Test
  void killedRunsAreCompletedByTheNextRun() throws Exception {
    String wh = tmp.resolve("wh").toString();
    crash(wh, "after-analysis");
    crash(wh, "after-journal");
    crash(wh, "mid-moves");

    Process killed = child(wh, "sigkill");
    Thread.sleep(9000);
    killed.destroyForcibly();
    killed.waitFor(1, TimeUnit.MINUTES);
    assertReadable(wh);

    RunFixtures.Result r = RunFixtures.cli("run", "--input", SampleWarehouse.SAMPLE.toString(),
        "--warehouse", wh);
    assertEquals(0, r.exitCode(), r.err());

    Warehouse clean = SampleWarehouse.get().warehouse();
    Warehouse recovered = new Warehouse(TestSpark.session(), wh);
    for (TableSpec<?> t : Warehouse.TABLES) {
      if (t == RunRow.TABLE) continue;
      String[] cols = Arrays.stream(clean.read(t).columns())
          .filter(c -> !c.equals("run_id")).toArray(String[]::new);
      assertEquals(RunFixtures.rows(clean.read(t).selectExpr(cols)),
          RunFixtures.rows(recovered.read(t).selectExpr(cols)), t.name());
    }
    // Every run id in the tables belongs to a run recorded as finished.
    assertEquals(0, recovered.read(zeitgeist.tables.ArticleRow.TABLE).select("run_id")
        .except(recovered.read(RunRow.TABLE).select("run_id")).count());
    assertTrue(Files.notExists(Path.of(wh, "_staging")) && Files.notExists(Path.of(wh, "_lock")));
  }
}
