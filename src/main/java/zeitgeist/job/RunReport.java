package zeitgeist.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import zeitgeist.tables.RunRow;

/**
 * What a run reports when it ends: the row it recorded in {@code runs}, its summary, the time of
 * each of its stages and the rows it added to {@code rejects} by reason; as the one summary line
 * ({@link #line}) or as one JSON object on one line ({@link #json}), for schedulers and monitoring.
 * A failed run has a report too: its {@code runs} row (status {@code failed}, the message, every
 * count 0) and the stages it got through.
 *
 * <p>The JSON object's fields, in this order: every column of {@code runs} under its name ({@code
 * run_id}, {@code status}, {@code started_at}, {@code finished_at}, {@code read}, {@code
 * new_articles}, {@code unchanged}, {@code rejected}, {@code rejects_added}, {@code written},
 * {@code duplicates}, {@code files_read}, {@code files_skipped}, {@code id_clashes}, {@code
 * redelivered}, {@code dates_unreadable}, {@code dates_implausible}, {@code languages}, {@code
 * project_version}, {@code config}, {@code arguments}, {@code message}, {@code table_versions}),
 * then {@code changed}, {@code elapsed_seconds}, {@code articles_per_second}, {@code
 * rejects_by_reason} and {@code stages} ({@code [{"stage", "seconds", "spark_jobs"}]}). Timestamps
 * are ISO instants in UTC, to the microsecond as stored; {@code config} is the configuration as an
 * object (the table holds it as a string); maps are sorted by key.
 *
 * @param rejectsByReason the rows this run added to {@code rejects}, per reason (they add up to
 *     {@code rejects_added})
 */
public record RunReport(
    RunRow row,
    RunSummary summary,
    List<RunReport.Stage> stages,
    Map<String, Long> rejectsByReason) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One stage of the run: its name, its seconds and the Spark jobs that ended during it. */
  public record Stage(String name, double seconds, int sparkJobs) {}

  public RunReport {
    stages = List.copyOf(stages);
    rejectsByReason = Map.copyOf(rejectsByReason);
  }

  /** The one summary line ({@link RunSummary#format}). */
  public String line() {
    return summary.format();
  }

  /** The report as one JSON object on one line (see the class comment). */
  public String json() {
    ObjectNode o = JSON.createObjectNode();
    o.put("run_id", row.getRunId());
    o.put("status", row.getStatus());
    o.put("started_at", instant(row.getStartedAt()));
    o.put("finished_at", instant(row.getFinishedAt()));
    o.put("read", row.getRead());
    o.put("new_articles", row.getNewArticles());
    o.put("unchanged", row.getUnchanged());
    o.put("rejected", row.getRejected());
    o.put("rejects_added", row.getRejectsAdded());
    o.put("written", row.getWritten());
    o.put("duplicates", row.getDuplicates());
    o.put("files_read", row.getFilesRead());
    o.put("files_skipped", row.getFilesSkipped());
    o.put("id_clashes", row.getIdClashes());
    o.put("redelivered", row.getRedelivered());
    o.put("dates_unreadable", row.getDatesUnreadable());
    o.put("dates_implausible", row.getDatesImplausible());
    o.set("languages", counts(row.getLanguages()));
    o.put("project_version", row.getProjectVersion());
    o.set("config", config(row.getConfig()));
    o.put("arguments", row.getArguments());
    o.put("message", row.getMessage());
    o.set("table_versions", counts(row.getTableVersions()));
    o.put("changed", summary.changed());
    o.put("elapsed_seconds", summary.elapsed().toMillis() / 1000.0);
    o.put("articles_per_second", Math.round(summary.articlesPerSecond() * 100) / 100.0);
    o.set("rejects_by_reason", counts(rejectsByReason));
    ArrayNode laps = o.putArray("stages");
    for (Stage lap : stages) {
      laps.addObject()
          .put("stage", lap.name())
          .put("seconds", Math.round(lap.seconds() * 1000) / 1000.0)
          .put("spark_jobs", lap.sparkJobs());
    }
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // a tree of plain values always serialises
    }
  }

  /**
   * Writes {@link #json} and a newline to {@code file}, replacing it as a whole: the text goes to a
   * temporary file beside it first, then takes its name.
   */
  public void writeJson(Path file) {
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    try {
      Files.writeString(tmp, json() + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the summary file " + file + ": " + e, e);
    }
  }

  /** As {@code runs} stores it: Spark keeps microseconds. */
  private static String instant(Timestamp t) {
    return t == null ? null : t.toInstant().truncatedTo(ChronoUnit.MICROS).toString();
  }

  private static JsonNode counts(Map<String, Long> counts) {
    return counts == null ? JSON.nullNode() : JSON.valueToTree(new TreeMap<>(counts));
  }

  private static JsonNode config(String config) {
    if (config == null) return JSON.nullNode();
    try {
      return JSON.readTree(config);
    } catch (JsonProcessingException e) {
      return JSON.getNodeFactory().textNode(config);
    }
  }
}
