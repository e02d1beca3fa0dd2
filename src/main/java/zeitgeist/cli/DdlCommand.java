package zeitgeist.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zeitgeist.config.ConfigException;
import zeitgeist.spark.SparkSessions;
import zeitgeist.sql.MetastoreDdl;
import zeitgeist.tables.Warehouse;

/**
 * {@code zeitgeist ddl}: prints the Spark SQL statements that register the warehouse's tables and
 * derived views in a metastore (see {@link MetastoreDdl}). Starts Spark only to derive the table
 * schemas; reads no data.
 */
@Command(
    name = "ddl",
    mixinStandardHelpOptions = true,
    description = {
      "Print Spark SQL DDL that registers the warehouse in a metastore: CREATE TABLE ... USING "
          + "DELTA LOCATION for every table (Delta keeps partitions and columns in its log: "
          + "nothing to repair after a run), CREATE VIEW for every derived view.",
      "Run it with spark-sql -f, or use jobs/register-metastore."
    },
    footerHeading = ExitCodes.EXAMPLES,
    footer = {
      "  zeitgeist ddl --warehouse warehouse > zeitgeist.sql",
      "  zeitgeist ddl --warehouse /data/wh --database news > news.sql",
      "  spark-sql -f zeitgeist.sql"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.FAILED, ExitCodes.USAGE})
final class DdlCommand implements Callable<Integer> {
  @Option(
      names = {"-w", "--warehouse"},
      paramLabel = "DIR",
      required = true,
      description = "Warehouse directory; written into the DDL as an absolute, qualified path.")
  String warehouse;

  @Option(
      names = "--database",
      paramLabel = "NAME",
      defaultValue = MetastoreDdl.DEFAULT_DATABASE,
      description = "Database to create the tables and views in. Default: ${DEFAULT-VALUE}.")
  String database;

  @Option(
      names = {"-v", "--verbose"},
      description = "Spark's INFO log.")
  boolean verbose;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try {
      MetastoreDdl.checkDatabase(database);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--database: " + e.getMessage());
    }
    SqlCommand.requireWarehouse(warehouse);
    Warehouse wh = new Warehouse(SparkSessions.getOrCreate("zeitgeist ddl", verbose), warehouse);
    PrintWriter out = spec.commandLine().getOut();
    out.print(MetastoreDdl.script(wh, database));
    out.flush();
    return 0;
  }
}
