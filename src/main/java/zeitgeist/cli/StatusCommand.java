package zeitgeist.cli;

import static org.apache.spark.sql.functions.col;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zeitgeist.job.SparkSessions;
import zeitgeist.tables.ConsistencyCheck;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.Warehouse;

/** {@code zeitgeist status}: the last runs and each table's rows and files. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show the last runs, the row and file counts of every table, and whether the "
        + "warehouse is consistent.")
final class StatusCommand implements Callable<Integer> {
  @Option(names = {"-w", "--warehouse"}, paramLabel = "DIR", required = true,
      description = "Warehouse directory.")
  String warehouse;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "10",
      description = "How many of the last runs to show. Default: ${DEFAULT-VALUE}.")
  int runs;

  @Option(names = {"-v", "--verbose"}, description = "Spark's INFO log.")
  boolean verbose;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SqlCommand.requireWarehouse(warehouse);
    SparkSession spark = SparkSessions.getOrCreate("zeitgeist status", verbose);
    Warehouse wh = new Warehouse(spark, warehouse);
    PrintWriter out = spec.commandLine().getOut();
    out.println("warehouse " + wh.root());
    out.println();
    out.println("last runs:");
    ResultPrinter.print(wh.read(RunRow.TABLE)
            .select("run_id", "status", "read", "new_articles", "unchanged", "rejected",
                "rejects_added", "written", "files_read", "files_skipped", "started_at",
                "finished_at")
            .orderBy(col("run_id").desc()).limit(runs),
        ResultPrinter.Format.TABLE, runs, 40, out);
    out.println();
    out.println("tables:");
    out.printf("%-26s %10s %7s%n", "table", "rows", "files");
    for (TableSpec<?> t : Warehouse.TABLES) {
      out.printf("%-26s %10d %7d%n", t.name(), wh.read(t).count(), wh.fileCount(t));
    }
    out.println();
    out.println("consistency:");
    boolean ok = true;
    for (ConsistencyCheck.Finding f : ConsistencyCheck.run(wh)) {
      out.println((f.ok() ? "  ok       " : "  PROBLEM  ") + f.text());
      ok &= f.ok();
    }
    out.println(ok ? "the warehouse is consistent" : "the warehouse needs attention (see above)");
    out.flush();
    return 0;
  }
}
