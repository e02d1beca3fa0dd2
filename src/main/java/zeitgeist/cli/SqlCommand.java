package zeitgeist.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zeitgeist.config.ConfigException;
import zeitgeist.job.SparkSessions;
import zeitgeist.tables.SqlCatalog;
import zeitgeist.tables.Warehouse;

/** {@code zeitgeist sql}: run a Spark SQL query over the warehouse tables. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = "Run a Spark SQL query; every table is a view under its own name.")
final class SqlCommand implements Callable<Integer> {
  @Option(names = {"-w", "--warehouse"}, paramLabel = "DIR", required = true,
      description = "Warehouse directory.")
  String warehouse;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "Output: table (aligned), csv or json (JSON Lines). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
      description = "At most this many rows are printed. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--max-width", paramLabel = "N", defaultValue = "60",
      description = "Cut table cells at this many characters. Default: ${DEFAULT-VALUE}.")
  int maxWidth;

  @Option(names = {"-v", "--verbose"}, description = "Spark's INFO log and stack traces.")
  boolean verbose;

  @Option(names = "--serve", description = "Answer queries from stdin, one JSON request a line "
      + "({\"sql\": \"...\"}), with one JSON line each on stdout; no row limit.")
  boolean serve;

  @Parameters(paramLabel = "QUERY", arity = "0..1", description = "The SQL query.")
  String query;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (serve == (query != null)) {
      throw new ConfigException(serve ? "--serve reads its queries from stdin; give no QUERY"
          : "Missing required parameter: 'QUERY' (or --serve)");
    }
    ResultPrinter.Format fmt;
    try {
      fmt = ResultPrinter.Format.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("unknown --format '" + format + "' (expected table, csv, json)");
    }
    if (limit < 1 || maxWidth < 4) {
      throw new ConfigException("--limit must be ≥ 1 and --max-width ≥ 4");
    }
    requireWarehouse(warehouse);
    SparkSession spark = SparkSessions.getOrCreate("zeitgeist sql", verbose);
    SqlCatalog.register(new Warehouse(spark, warehouse));
    if (serve) {
      return new SqlServer(spark).serveStandardStreams();
    }
    try {
      ResultPrinter.print(spark.sql(query), fmt, limit, maxWidth, spec.commandLine().getOut());
    } catch (Exception e) {
      if (!(e instanceof AnalysisException)) {
        throw e;
      }
      spec.commandLine().getErr().println("zeitgeist sql: error: " + e.getMessage()
          .lines().findFirst().orElse(e.toString()));
      spec.commandLine().getErr().flush();
      return ZeitgeistCommand.EXIT_USAGE;
    }
    return 0;
  }

  /** Fails with one line when {@code dir} is not an existing directory. */
  static void requireWarehouse(String dir) {
    try {
      Path p = new Path(dir);
      var fs = p.getFileSystem(new Configuration());
      if (!fs.exists(p) || !fs.getFileStatus(p).isDirectory()) {
        throw new ConfigException("no warehouse at " + dir + " (run 'zeitgeist run' first)");
      }
    } catch (java.io.IOException e) {
      throw new ConfigException("cannot open warehouse " + dir + ": " + e.getMessage());
    }
  }
}
