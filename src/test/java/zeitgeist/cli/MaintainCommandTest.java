package zeitgeist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.job.RunFixtures;
import zeitgeist.job.RunFixtures.Result;
import zeitgeist.job.SampleWarehouse;
import zeitgeist.tables.Warehouse;

/**
 * {@code zeitgeist maintain} through the CLI on a copy of the sample warehouse (two runs), keeping
 * one run: afterwards {@code sql}, {@code sql --as-of-run} of either run, {@code status} and
 * another {@code run} behave. Bad arguments exit 2 before Spark starts, a held lock 75. (The dry
 * run is tested through the CLI in {@code tables.WarehouseMaintenanceTest}.)
 */
class MaintainCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void keepingOneRunThenQueryingStatusAndRunningAgain() throws IOException {
    Path wh = SampleWarehouse.copyTo(dir.resolve("wh"));
    List<String> runs = new Warehouse(zeitgeist.TestSpark.session(), wh.toString()).retainedRuns();
    String first = runs.get(1);
    String second = runs.get(0);

    Result r = RunFixtures.cli("maintain", "--warehouse", wh.toString(), "--keep-runs", "1");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(Warehouse.TABLES.size() + 1, lines.size(), r.out());
    assertTrue(
        lines
            .get(0)
            .matches(
                "  articles +\\d+ → \\d+ files, .* → .*; VACUUM " + "deleted \\d+ files \\(.*\\)"),
        lines.get(0));
    assertTrue(
        lines
            .get(lines.size() - 1)
            .matches(
                "maintain \\S+: 17 tables, \\d+ → \\d+ files, "
                    + ".*; kept the last 1 runs: 1 from run "
                    + second
                    + " on; 1 earlier no longer "
                    + "readable; in .* s"),
        lines.get(lines.size() - 1));
    assertFalse(r.err().contains("restoring"), r.err());

    Result old =
        RunFixtures.cli(
            "sql",
            "--warehouse",
            wh.toString(),
            "--as-of-run",
            first,
            "SELECT count(*) AS n FROM articles");
    assertEquals(2, old.exitCode(), old.out());
    assertEquals(
        "zeitgeist sql: error: run "
            + first
            + " is no longer retained; maintain keeps "
            + "the last 1 runs (the oldest is "
            + second
            + ")",
        old.err().strip());

    for (String[] at : List.of(new String[] {"--as-of-run", second}, new String[0])) {
      List<String> args =
          new java.util.ArrayList<>(
              List.of("sql", "--warehouse", wh.toString(), "--format", "csv"));
      args.addAll(List.of(at));
      args.add("SELECT count(*) AS n FROM articles");
      Result q = RunFixtures.cli(args.toArray(String[]::new));
      assertEquals(0, q.exitCode(), q.err());
      assertEquals(List.of("n", "30"), q.out().lines().toList(), String.join(" ", at));
    }

    Result status = RunFixtures.cli("status", "--warehouse", wh.toString(), "--format", "json");
    assertEquals(0, status.exitCode(), status.out());
    JsonNode s = JSON.readTree(status.out());
    assertEquals("maintained", s.get("runs").get(0).get("status").asText(), s.toString());
    assertEquals(1, s.get("keep_runs").asInt());
    String maintained = s.get("runs").get(0).get("run_id").asText();
    assertEquals(
        List.of(maintained, second),
        List.of(s.get("retained_runs").get(0).asText(), s.get("retained_runs").get(1).asText()));
    assertEquals(maintained, s.get("snapshot_run").asText());

    Result again =
        RunFixtures.cli(
            "run", "--input", SampleWarehouse.SAMPLE.toString(), "--warehouse", wh.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().contains("new 0"), again.out());
    assertFalse(
        again.err().contains("restoring"), "maintain's versions are not undone: " + again.err());
  }

  @Test
  void keepingFewerThanOneRunIsABadArgument() {
    Result r = RunFixtures.cli("maintain", "--warehouse", dir.toString(), "--keep-runs", "0");
    assertEquals(2, r.exitCode());
    assertEquals("zeitgeist maintain: error: --keep-runs must be ≥ 1, not 0", r.err().strip());
    Result none = RunFixtures.cli("maintain", "--warehouse", dir.resolve("nope").toString());
    assertEquals(2, none.exitCode());
    assertEquals(
        "zeitgeist maintain: error: no warehouse at "
            + dir.resolve("nope")
            + " (run 'zeitgeist run' first)",
        none.err().strip());
  }

  @Test
  void aHeldLockExitsWith75() throws IOException {
    Files.writeString(
        dir.resolve("_lock"),
        "run_id=20260101T000000Z-abcd\npid="
            + ProcessHandle.current().pid()
            + "\nhost="
            + java.net.InetAddress.getLocalHost().getHostName()
            + "\nstarted=2026-01-01T00:00:00Z\n");
    Result r = RunFixtures.cli("maintain", "--warehouse", dir.toString());
    assertEquals(75, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("zeitgeist maintain: warehouse " + dir), r.err());
  }
}
