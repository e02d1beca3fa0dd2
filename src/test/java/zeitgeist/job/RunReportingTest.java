package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.RejectRow;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.Warehouse;

/**
 * One run on the sample corpus that reports as a cron job would, with progress forced into log
 * lines at a 10 ms interval, and as JSON on stdout and in a file: the lines are plain and their
 * last counts are what the run read and analysed; the JSON object parses and agrees with the {@code
 * runs} row and with the {@code rejects} table counted here.
 */
class RunReportingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DONE =
      Pattern.compile("zeitgeist: (.+?)  done(?:: ([\\d,]+)(?: of ([\\d,]+))? \\w+)? in .*");

  @TempDir static Path dir;
  static RunFixtures.Result run;
  static Path summaryFile;
  static Warehouse warehouse;
  static JsonNode summary;
  static Row row;

  @BeforeAll
  static void runOnce() throws Exception {
    summaryFile = dir.resolve("summary.json");
    String wh = dir.resolve("wh").toString();
    run =
        RunFixtures.cli(
            "run",
            "--input",
            SampleWarehouse.SAMPLE.toString(),
            "--warehouse",
            wh,
            "--ner",
            "gazetteer",
            "--progress",
            "log",
            "--progress-every",
            "10ms",
            "--summary",
            "json",
            "--summary-file",
            summaryFile.toString());
    assertEquals(0, run.exitCode(), run.err());
    warehouse = new Warehouse(TestSpark.session(), wh);
    summary = JSON.readTree(run.out());
    row = warehouse.read(RunRow.TABLE).collectAsList().get(0);
  }

  /** The progress lines of the run (Spark's own warnings left out). */
  private static List<String> progressLines() {
    return run.err().lines().filter(l -> l.startsWith("zeitgeist: ")).toList();
  }

  /** A JSON object of numbers as a sorted map. */
  private static Map<String, Long> longs(JsonNode object) {
    Map<String, Long> out = new TreeMap<>();
    object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
    return out;
  }

  private static long number(String digits) {
    return Long.parseLong(digits.replace(",", ""));
  }

  @Test
  void progressLinesArePlainLinesOnStderrOnly() {
    assertFalse(run.err().contains("\r"), "a log gets no carriage returns");
    assertFalse(run.out().contains("zeitgeist: "), "stdout carries the summary only");
    assertTrue(
        progressLines().stream()
            .anyMatch(
                l ->
                    l.contains("  running, ") || l.matches(".*  [\\d,]+ (of [\\d,]+ )?\\w+[ ,].*")),
        "lines while stages run, 10 ms apart: " + run.err());
  }

  @Test
  void eachStageEndsWithOneLineInTheOrderOfTheSummarysStages() {
    List<String> ended = new ArrayList<>();
    for (String line : progressLines()) {
      Matcher m = DONE.matcher(line);
      if (m.matches()) ended.add(m.group(1));
    }
    List<String> stages = new ArrayList<>();
    summary.get("stages").forEach(s -> stages.add(s.get("stage").asText()));
    assertEquals(stages, ended);
    assertEquals(List.of("ingest", "change plan", "analysis"), stages.subList(0, 3));
  }

  @Test
  void theLastCountsAreTheRecordsReadAndTheArticlesAnalysed() {
    long analysedHere =
        warehouse.read(ArticleRow.TABLE).filter("run_id = '" + row.getAs("run_id") + "'").count();
    long lastSeen = -1;
    for (String line : progressLines()) {
      Matcher running =
          Pattern.compile("zeitgeist: analysis  ([\\d,]+) of ([\\d,]+) articles.*").matcher(line);
      if (running.matches()) {
        long n = number(running.group(1));
        assertTrue(n >= lastSeen && n <= number(running.group(2)), line);
        lastSeen = n;
      }
      Matcher done = DONE.matcher(line);
      if (done.matches() && done.group(1).equals("analysis")) {
        assertEquals(30, number(done.group(2)), line);
        assertEquals(analysedHere, number(done.group(2)), "articles written by this run");
        assertEquals((long) row.getAs("written"), number(done.group(3)), "the total: " + line);
      }
      if (done.matches() && done.group(1).equals("ingest")) {
        assertEquals((long) row.getAs("read"), number(done.group(2)), line);
        assertEquals(null, done.group(3), "no total is known before the files are read");
      }
    }
  }

  @Test
  void jsonAgreesWithTheRunsRow() {
    for (String column :
        List.of(
            "read",
            "new_articles",
            "unchanged",
            "rejected",
            "rejects_added",
            "written",
            "duplicates",
            "files_read",
            "files_skipped",
            "id_clashes",
            "redelivered",
            "dates_unreadable",
            "dates_implausible")) {
      assertEquals((long) row.getAs(column), summary.get(column).asLong(), column);
    }
    for (String column : List.of("run_id", "status", "project_version", "arguments")) {
      assertEquals(row.getAs(column), summary.get(column).asText(), column);
    }
    assertEquals(5, summary.get("rejected").asLong());
    assertEquals(30, summary.get("written").asLong());
    assertEquals(
        row.<java.sql.Timestamp>getAs("started_at").toInstant().toString(),
        summary.get("started_at").asText());
    assertEquals(
        row.<java.sql.Timestamp>getAs("finished_at").toInstant().toString(),
        summary.get("finished_at").asText());
    assertEquals(
        new TreeMap<>(row.<String, Long>getJavaMap(row.fieldIndex("languages"))),
        longs(summary.get("languages")));
    assertEquals(Map.of("de", 28L, "en", 1L, "fr", 1L), longs(summary.get("languages")));
    assertEquals(
        new TreeMap<>(row.<String, Long>getJavaMap(row.fieldIndex("table_versions"))),
        longs(summary.get("table_versions")));
    try {
      assertEquals(JSON.readTree((String) row.getAs("config")), summary.get("config"));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertTrue(summary.get("message").isNull());
  }

  @Test
  void rejectsByReasonAreTheRejectsTablesRowsOfThisRun() {
    Map<String, Long> counted = new TreeMap<>();
    for (Row r :
        warehouse
            .read(RejectRow.TABLE)
            .filter("run_id = '" + row.getAs("run_id") + "'")
            .collectAsList()) {
      counted.merge(r.getAs("reason"), 1L, Long::sum);
    }
    Map<String, Long> reported = longs(summary.get("rejects_by_reason"));
    assertEquals(counted, reported);
    assertEquals(
        summary.get("rejects_added").asLong(),
        reported.values().stream().mapToLong(Long::longValue).sum());
    assertEquals(5, reported.size(), "five kinds of bad input in the sample: " + reported);
  }

  @Test
  void stagesAreTimedWithinTheRun() {
    double sum = 0;
    for (JsonNode s : summary.get("stages")) {
      assertTrue(s.get("seconds").asDouble() >= 0, s.toString());
      assertTrue(s.get("spark_jobs").asInt() >= 0, s.toString());
      sum += s.get("seconds").asDouble();
    }
    assertTrue(sum <= summary.get("elapsed_seconds").asDouble(), summary.toString());
    assertNotNull(summary.get("articles_per_second"));
  }

  /**
   * Regression: Spark's exceptions are checked ones thrown unchecked, and the command caught only
   * unchecked ones, so a run failing in Spark printed no JSON object and wrote no file.
   */
  @Test
  void aRunThatFailsInSparkStillReportsAsJson(@TempDir Path other) throws Exception {
    Path wh = SampleWarehouse.copyTo(other.resolve("wh"));
    Path log = wh.resolve("input_files/_delta_log");
    Path latest;
    try (var files = Files.list(log)) {
      latest =
          files
              .filter(f -> f.getFileName().toString().matches("\\d{20}\\.json"))
              .max(java.util.Comparator.naturalOrder())
              .orElseThrow();
    }
    Files.writeString(latest, "{\"not a commit\":"); // its checksum file no longer matches
    Path file = other.resolve("failed.json");
    RunFixtures.Result failed =
        RunFixtures.cli(
            "run",
            "--input",
            SampleWarehouse.SAMPLE.toString(),
            "--warehouse",
            wh.toString(),
            "--progress",
            "log",
            "--summary",
            "json",
            "--summary-file",
            file.toString());
    assertEquals(1, failed.exitCode(), failed.err());
    JsonNode o = JSON.readTree(failed.out());
    assertEquals("failed", o.get("status").asText());
    assertFalse(o.get("message").asText().isBlank());
    assertEquals(0, o.get("written").asLong());
    assertEquals(failed.out().strip(), Files.readString(file).strip());
    assertTrue(failed.err().contains("zeitgeist: ingest  failed after "), failed.err());
    assertTrue(failed.err().contains("zeitgeist run: failed: "), failed.err());
  }

  @Test
  void stdoutIsOneJsonLineAndTheFileHoldsTheSame() throws Exception {
    assertEquals(1, run.out().strip().lines().count(), run.out());
    assertEquals(run.out().strip(), Files.readString(summaryFile).strip());
  }
}
