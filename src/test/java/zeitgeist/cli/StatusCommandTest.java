package zeitgeist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.job.RunFixtures;
import zeitgeist.job.RunFixtures.Result;
import zeitgeist.job.SampleWarehouse;

/**
 * {@code zeitgeist status}: exit code 0 for a consistent warehouse and 3 for one that needs
 * attention, in text and in {@code --format json}; the JSON object's fields.
 */
class StatusCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** A copy of the sample warehouse, to break without touching the shared one. */
  private Path copyOfSample() {
    return SampleWarehouse.copyTo(dir.resolve("wh"));
  }

  /**
   * Writes what a run that died before its {@code runs} row leaves: a commit to {@code rejects}.
   */
  private static void leaveADeadRunsCommit(Path wh) {
    var spark = zeitgeist.TestSpark.session();
    spark
        .createDataset(
            List.of(new zeitgeist.tables.RejectRow("dead", "x", "file", "empty", "-")),
            zeitgeist.tables.RejectRow.TABLE.encoder())
        .toDF()
        .select("runId", "inputPath", "locator", "reason", "detail")
        .toDF("run_id", "input_path", "locator", "reason", "detail")
        .write()
        .format("delta")
        .mode("append")
        .save(wh.resolve("rejects").toString());
  }

  private static final String DEAD_RUN = "a run that did not finish left rejects (version ";

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void aWarehouseThatNeedsAttentionExitsWith3() throws IOException {
    // Regression: status printed "needs attention" and exited 0, so a monitor saw success.
    Path wh = copyOfSample();
    leaveADeadRunsCommit(wh);
    Result r = RunFixtures.cli("status", "--warehouse", wh.toString());
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.out().contains("  PROBLEM  " + DEAD_RUN), r.out());
    assertTrue(r.out().endsWith("the warehouse needs attention (see above)\n"), r.out());
    assertTrue(
        r.out()
            .contains("\ntable                            rows   files       size  " + "version\n"),
        r.out());
    assertTrue(r.out().matches("(?s).*\narticles +30 +\\d+ +\\d+\\.\\d KiB +\\d+\n.*"), r.out());
    assertTrue(
        r.out().contains("\nretained runs (readable with sql --as-of-run): 2, from "), r.out());
    assertTrue(r.out().contains("; every finished run (maintain has not run)\n"), r.out());
  }

  @Test
  void aRunInProgressIsNotAProblem() throws IOException {
    // Regression: a live run's lock and staging files made status exit 3 during every run.
    Path wh = copyOfSample();
    leaveADeadRunsCommit(wh); // the live run's first commits
    Files.writeString(
        wh.resolve("_lock"),
        "run_id=20260101T000000Z-abcd\npid="
            + ProcessHandle.current().pid()
            + "\nhost="
            + java.net.InetAddress.getLocalHost().getHostName()
            + "\nstarted=2026-01-01T00:00:00Z\n");
    Result r = RunFixtures.cli("status", "--warehouse", wh.toString());
    assertEquals(0, r.exitCode(), r.out());
    assertTrue(
        r.out()
            .contains(
                "a run is in progress: run 20260101T000000Z-abcd (pid "
                    + ProcessHandle.current().pid()),
        r.out());

    Files.writeString(
        wh.resolve("_lock"),
        "run_id=20260101T000000Z-abcd\npid=-1\nhost="
            + java.net.InetAddress.getLocalHost().getHostName()
            + "\nstarted=2026-01-01T00:00:00Z\n");
    Result dead = RunFixtures.cli("status", "--warehouse", wh.toString());
    assertEquals(3, dead.exitCode(), dead.out());
    assertTrue(
        dead.out().contains("_lock was left by a run that is no longer running"), dead.out());
  }

  @Test
  void jsonOfAConsistentWarehouse() throws IOException {
    Result r =
        RunFixtures.cli(
            "status",
            "--warehouse",
            SampleWarehouse.get().dir(),
            "--format",
            "json",
            "--runs",
            "1");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(1, r.out().lines().count(), "one JSON object on one line: " + r.out());
    JsonNode s = JSON.readTree(r.out());
    assertEquals(
        List.of(
            "warehouse",
            "snapshot_run",
            "needs_attention",
            "problems",
            "runs",
            "tables",
            "keep_runs",
            "retained_runs",
            "checks"),
        iterableToList(s.fieldNames()));
    assertTrue(s.get("warehouse").asText().endsWith("/wh"), s.toString());
    assertFalse(s.get("needs_attention").asBoolean());
    assertEquals(0, s.get("problems").size());

    assertEquals(1, s.get("runs").size(), "--runs 1: the last run only");
    JsonNode run = s.get("runs").get(0);
    assertEquals(
        List.of(
            "run_id",
            "status",
            "read",
            "new_articles",
            "unchanged",
            "rejected",
            "rejects_added",
            "written",
            "files_read",
            "files_skipped",
            "started_at",
            "finished_at"),
        iterableToList(run.fieldNames()));
    assertEquals("nothing_new", run.get("status").asText(), "the second sample run");
    assertEquals(35, run.get("read").asLong());
    assertTrue(
        run.get("started_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"),
        "an ISO instant in UTC: " + run);

    JsonNode articles = s.get("tables").get(0);
    assertEquals("articles", articles.get("name").asText(), s.get("tables").toString());
    assertEquals(30, articles.get("rows").asLong());
    assertTrue(articles.get("files").asLong() > 0);
    assertEquals(
        List.of("name", "rows", "files", "bytes", "version"),
        iterableToList(articles.fieldNames()));
    assertTrue(
        articles.get("bytes").asLong() > articles.get("files").asLong() * 100, articles.toString());
    assertTrue(s.get("keep_runs").isNull(), "maintain has not run");
    assertEquals(2, s.get("retained_runs").size(), "both sample runs: " + s);
    assertEquals(
        run.get("run_id").asText(), s.get("retained_runs").get(0).asText(), "newest first");
    List<String> names = new ArrayList<>();
    s.get("tables").forEach(t -> names.add(t.get("name").asText()));
    assertEquals(
        zeitgeist.tables.Warehouse.TABLES.stream().map(t -> t.name()).toList(),
        names,
        "every table, in the text output's order");

    assertTrue(s.get("checks").size() >= 5, s.get("checks").toString());
    for (JsonNode c : s.get("checks")) {
      assertTrue(c.get("ok").asBoolean(), c.toString());
      assertFalse(c.get("text").asText().isEmpty());
    }
  }

  @Test
  void jsonOfAWarehouseThatNeedsAttentionSaysWhy() throws IOException {
    Path wh = copyOfSample();
    leaveADeadRunsCommit(wh);
    Result r = RunFixtures.cli("status", "--warehouse", wh.toString(), "--format", "json");
    assertEquals(3, r.exitCode(), r.err());
    JsonNode s = JSON.readTree(r.out());
    assertTrue(s.get("needs_attention").asBoolean());
    assertEquals(1, s.get("problems").size(), s.toString());
    assertTrue(texts(s.get("problems")).get(0).startsWith(DEAD_RUN), s.toString());
    assertTrue(
        texts(s.get("problems"))
            .get(0)
            .endsWith(": readers see the last finished run; " + "the next run restores them"),
        s.toString());
    long failed = 0;
    for (JsonNode c : s.get("checks")) failed += c.get("ok").asBoolean() ? 0 : 1;
    assertEquals(1, failed, "the one problem is also a failed check");
  }

  @Test
  void anUnknownFormatIsABadArgument() {
    Result r =
        RunFixtures.cli("status", "--warehouse", SampleWarehouse.get().dir(), "--format", "xml");
    assertEquals(2, r.exitCode());
    assertEquals(
        "zeitgeist status: error: unknown --format 'xml' (expected text, json)", r.err().strip());
    assertEquals("", r.out());
  }

  private static <T> List<T> iterableToList(java.util.Iterator<T> it) {
    List<T> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
