package zeitgeist.cli;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zeitgeist.config.ConfigException;
import zeitgeist.spark.SparkSessions;
import zeitgeist.sql.ConsistencyCheck;
import zeitgeist.tables.ByteSize;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.Warehouse;

/**
 * {@code zeitgeist status}: the last runs, each table's rows, Delta version, data files and their
 * size, the runs still readable with {@code sql --as-of-run}, and the consistency checks of {@link
 * ConsistencyCheck}, as text or as one JSON object ({@code --format json}).
 *
 * <p>The warehouse needs attention when any check fails; the command then exits with 3 ({@link
 * ZeitgeistCommand#EXIT_NEEDS_ATTENTION}), else 0, so a scheduler or monitor can tell from the exit
 * code alone.
 *
 * <p>The JSON object, on one line: {@code warehouse} (its path), {@code needs_attention} (boolean),
 * {@code problems} (the failed checks' texts, empty when none), {@code runs} (the last {@code
 * --runs} runs, newest first, with the text's columns as fields and timestamps as ISO instants in
 * UTC), {@code tables} ({@code name}, {@code rows}, {@code files}, {@code bytes}, {@code version}
 * of every table), {@code keep_runs} (the last {@code maintain}'s {@code --keep-runs}, null when
 * none ran), {@code retained_runs} (the ids of the readable finished runs, newest first) and {@code
 * checks} ({@code ok}, {@code text} of every check).
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Show the last runs, every table's rows, version, files and size, the runs still "
          + "readable with sql --as-of-run, and whether the warehouse is consistent.",
      "Exit code 0 when it is consistent, 3 when it needs attention."
    },
    footerHeading = ExitCodes.EXAMPLES,
    footer = {
      "  zeitgeist status --warehouse warehouse",
      "  zeitgeist status --warehouse warehouse --format json > status.json"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.FAILED, ExitCodes.USAGE, ExitCodes.NEEDS_ATTENTION})
final class StatusCommand implements Callable<Integer> {
  private static final JsonFactory JSON = new JsonFactory();

  @Option(
      names = {"-w", "--warehouse"},
      paramLabel = "DIR",
      required = true,
      description = "Warehouse directory.")
  String warehouse;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many of the last runs to show. Default: ${DEFAULT-VALUE}.")
  int runs;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "Output: text, or json (one object, for monitoring). " + "Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = {"-v", "--verbose"},
      description = "Spark's INFO log.")
  boolean verbose;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /**
   * A table: its rows at the last finished run; its Delta version, data files and their bytes at
   * its latest version (version -1: not created yet).
   */
  private record TableSize(String name, long rows, long files, long bytes, long version) {}

  /** The runs readable with {@code --as-of-run}, and the last {@code maintain}'s setting. */
  private record Retained(List<String> runs, Integer keepRuns) {}

  @Override
  public Integer call() {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json")) {
      throw new ConfigException("unknown --format '" + format + "' (expected text, json)");
    }
    if (runs < 1) {
      throw new ConfigException("--runs must be ≥ 1, not " + runs);
    }
    SqlCommand.requireWarehouse(warehouse);
    SparkSession spark = SparkSessions.getOrCreate("zeitgeist status", verbose);
    Warehouse wh = new Warehouse(spark, warehouse);
    Dataset<Row> lastRuns =
        wh.read(RunRow.TABLE)
            .select(
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
                "finished_at")
            .orderBy(col("run_id").desc())
            .limit(runs);
    List<TableSize> tables = new ArrayList<>();
    for (TableSpec<?> t : Warehouse.TABLES) {
      Warehouse.TableFiles files = wh.files(t);
      tables.add(
          new TableSize(
              t.name(), wh.read(t).count(), files.files(), files.bytes(), files.version()));
    }
    Retained retained =
        new Retained(
            wh.retainedRuns(), wh.retention().map(Warehouse.Retention::keepRuns).orElse(null));
    List<ConsistencyCheck.Finding> checks = ConsistencyCheck.run(wh);
    boolean attention = checks.stream().anyMatch(f -> !f.ok());

    PrintWriter out = spec.commandLine().getOut();
    if (fmt.equals("json")) {
      printJson(
          out,
          wh.root().toString(),
          wh.snapshotRun().orElse(null),
          attention,
          lastRuns,
          tables,
          retained,
          checks);
    } else {
      printText(
          out,
          wh.root().toString(),
          wh.snapshotRun().orElse(null),
          attention,
          lastRuns,
          tables,
          retained,
          checks);
    }
    out.flush();
    return attention ? ZeitgeistCommand.EXIT_NEEDS_ATTENTION : 0;
  }

  private void printText(
      PrintWriter out,
      String root,
      String snapshotRun,
      boolean attention,
      Dataset<Row> lastRuns,
      List<TableSize> tables,
      Retained retained,
      List<ConsistencyCheck.Finding> checks) {
    out.println("warehouse " + root);
    out.println();
    out.println("last runs:");
    ResultPrinter.print(lastRuns, ResultPrinter.Format.TABLE, runs, 40, out);
    out.println();
    out.println(
        snapshotRun == null
            ? "tables (no run has finished):"
            : "tables as the last finished run, " + snapshotRun + ", left them:");
    out.printf("%-26s %10s %7s %10s %8s%n", "table", "rows", "files", "size", "version");
    for (TableSize t : tables) {
      out.printf(
          "%-26s %10d %7d %10s %8s%n",
          t.name(),
          t.rows(),
          t.files(),
          ByteSize.format(t.bytes()),
          t.version() < 0 ? "-" : Long.toString(t.version()));
    }
    out.println();
    out.println(retainedLine(retained));
    out.println();
    out.println("consistency:");
    for (ConsistencyCheck.Finding f : checks) {
      out.println((f.ok() ? "  ok       " : "  PROBLEM  ") + f.text());
    }
    out.println(
        attention ? "the warehouse needs attention (see above)" : "the warehouse is consistent");
  }

  /** {@code retained runs (readable with sql --as-of-run): 12, from A to B; ...}. */
  private static String retainedLine(Retained r) {
    String line = "retained runs (readable with sql --as-of-run): " + r.runs().size();
    if (!r.runs().isEmpty()) {
      line += ", from " + r.runs().get(r.runs().size() - 1) + " to " + r.runs().get(0);
    }
    return line
        + (r.keepRuns() == null
            ? "; every finished run (maintain has not run)"
            : "; maintain keeps the last " + r.keepRuns() + " runs");
  }

  private static void printJson(
      PrintWriter out,
      String root,
      String snapshotRun,
      boolean attention,
      Dataset<Row> lastRuns,
      List<TableSize> tables,
      Retained retained,
      List<ConsistencyCheck.Finding> checks) {
    StructField[] fields = lastRuns.schema().fields();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("warehouse", root);
      g.writeStringField("snapshot_run", snapshotRun);
      g.writeBooleanField("needs_attention", attention);
      g.writeArrayFieldStart("problems");
      for (ConsistencyCheck.Finding f : checks) {
        if (!f.ok()) g.writeString(f.text());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("runs");
      for (Row r : lastRuns.collectAsList()) {
        g.writeStartObject();
        for (int i = 0; i < fields.length; i++) {
          g.writeFieldName(fields[i].name());
          SparkJsonValues.write(g, r.isNullAt(i) ? null : r.get(i), fields[i].dataType());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("tables");
      for (TableSize t : tables) {
        g.writeStartObject();
        g.writeStringField("name", t.name());
        g.writeNumberField("rows", t.rows());
        g.writeNumberField("files", t.files());
        g.writeNumberField("bytes", t.bytes());
        g.writeNumberField("version", t.version());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (retained.keepRuns() == null) {
        g.writeNullField("keep_runs");
      } else {
        g.writeNumberField("keep_runs", retained.keepRuns());
      }
      g.writeArrayFieldStart("retained_runs");
      for (String id : retained.runs()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("checks");
      for (ConsistencyCheck.Finding f : checks) {
        g.writeStartObject();
        g.writeBooleanField("ok", f.ok());
        g.writeStringField("text", f.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }
}
