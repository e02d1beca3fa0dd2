package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.tables.RunRow;

/** The JSON summary of a failed run, and the summary file, without Spark. */
class RunReportTest {
  @TempDir Path dir;

  private static RunReport failedRun() {
    RunRow row = new RunRow();
    row.setRunId("20261206T101500Z-0a1b");
    row.setStatus("failed");
    row.setStartedAt(Timestamp.from(Instant.parse("2026-12-06T10:15:00.250Z")));
    row.setFinishedAt(Timestamp.from(Instant.parse("2026-12-06T10:16:30Z")));
    row.setLanguages(Map.of());
    row.setConfig("{\"analysis_version\":3,\"ner\":\"gazetteer\"}");
    row.setArguments("run --input in --warehouse wh");
    row.setMessage("Checkpoint block rdd_12_3 not found");
    RunSummary none =
        new RunSummary(
            row.getRunId(),
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            Map.of(),
            Duration.ofMillis(90_250));
    return new RunReport(
        row,
        none,
        List.of(
            new RunReport.Stage("ingest", 12.3456, 6), new RunReport.Stage("analysis", 70.5, 3)),
        Map.of());
  }

  @Test
  void aFailedRunsObjectCarriesItsStatusMessageAndStages() throws Exception {
    JsonNode o = new ObjectMapper().readTree(failedRun().json());
    assertEquals("failed", o.get("status").asText());
    assertEquals("Checkpoint block rdd_12_3 not found", o.get("message").asText());
    assertEquals("2026-12-06T10:15:00.250Z", o.get("started_at").asText());
    assertEquals(0, o.get("written").asLong());
    assertTrue(o.get("table_versions").isNull(), "a failed run leaves no table versions");
    assertEquals("gazetteer", o.get("config").get("ner").asText(), "config as an object");
    assertEquals(90.25, o.get("elapsed_seconds").asDouble());
    assertEquals(
        "[{\"stage\":\"ingest\",\"seconds\":12.346,\"spark_jobs\":6},"
            + "{\"stage\":\"analysis\",\"seconds\":70.5,\"spark_jobs\":3}]",
        o.get("stages").toString());
    assertEquals("{}", o.get("rejects_by_reason").toString());
  }

  @Test
  void fieldsComeInTheDocumentedOrder() throws Exception {
    List<String> names = new java.util.ArrayList<>();
    new ObjectMapper().readTree(failedRun().json()).fieldNames().forEachRemaining(names::add);
    assertEquals(
        List.of(
            "run_id",
            "status",
            "started_at",
            "finished_at",
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
            "dates_implausible",
            "languages",
            "project_version",
            "config",
            "arguments",
            "message",
            "table_versions",
            "changed",
            "elapsed_seconds",
            "articles_per_second",
            "rejects_by_reason",
            "stages"),
        names);
  }

  @Test
  void theFileIsReplacedAsAWholeAndNothingIsLeftBeside() throws Exception {
    Path file = Files.writeString(dir.resolve("summary.json"), "an older summary, longer than it");
    failedRun().writeJson(file);
    assertEquals(failedRun().json() + "\n", Files.readString(file));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }
}
