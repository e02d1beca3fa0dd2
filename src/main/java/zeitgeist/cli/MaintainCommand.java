package zeitgeist.cli;

import java.io.PrintWriter;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zeitgeist.config.BuildInfo;
import zeitgeist.config.ConfigException;
import zeitgeist.job.RunJob;
import zeitgeist.spark.SparkSessions;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.Warehouse;
import zeitgeist.tables.WarehouseLock;
import zeitgeist.tables.WarehouseMaintenance;

/**
 * {@code zeitgeist maintain}: compacts every table's small files and deletes the files that only
 * runs older than the last {@code --keep-runs} needed ({@link WarehouseMaintenance}). Takes the
 * warehouse lock like {@code run} (exit 75 when another run holds it); {@code --dry-run} shows what
 * {@code VACUUM} would delete and changes nothing.
 */
@Command(
    name = "maintain",
    mixinStandardHelpOptions = true,
    description = {
      "Compact the small files of every table (Delta OPTIMIZE) and delete the files that only "
          + "older runs need (Delta VACUUM), keeping the last --keep-runs finished runs readable "
          + "with sql --as-of-run.",
      "Prints one line per table and a final line."
    },
    footerHeading = ExitCodes.EXAMPLES,
    footer = {
      "  zeitgeist maintain --warehouse warehouse --dry-run",
      "  zeitgeist maintain --warehouse warehouse --keep-runs 10"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.FAILED, ExitCodes.USAGE, ExitCodes.BUSY})
final class MaintainCommand implements Callable<Integer> {
  /** Runs kept readable when {@code --keep-runs} is not given: a month of nightly runs. */
  static final int DEFAULT_KEEP_RUNS = 30;

  @Option(
      names = {"-w", "--warehouse"},
      paramLabel = "DIR",
      required = true,
      description = "Warehouse directory.")
  String warehouse;

  @Option(
      names = "--keep-runs",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_KEEP_RUNS,
      description =
          "Keep the last N finished runs readable (sql --as-of-run); earlier runs' "
              + "files are deleted. Default: ${DEFAULT-VALUE}.")
  int keepRuns;

  @Option(
      names = "--dry-run",
      description = "Show what VACUUM would delete, per table; change nothing.")
  boolean dryRun;

  @Option(
      names = {"-v", "--verbose"},
      description = "Spark's INFO log and stack traces.")
  boolean verbose;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (keepRuns < 1) {
      throw new ConfigException("--keep-runs must be ≥ 1, not " + keepRuns);
    }
    SqlCommand.requireWarehouse(warehouse);
    if (verbose) System.setProperty("zeitgeist.verbose", "true");
    Configuration hadoop = SparkSessions.hadoopConfiguration();
    Instant started = Instant.now();
    String runId = RunJob.newRunId(started);
    try (WarehouseLock lock = WarehouseLock.acquire(warehouse, hadoop, runId)) {
      Warehouse wh =
          new Warehouse(SparkSessions.getOrCreate("zeitgeist maintain", verbose), warehouse);
      WarehouseMaintenance maintenance =
          new WarehouseMaintenance(wh, keepRuns, WarehouseMaintenance.CLOCK_MARGIN);
      WarehouseMaintenance.Result result;
      if (dryRun) {
        result = maintenance.dryRun();
      } else {
        RunRow row = new RunRow();
        row.setRunId(runId);
        row.setStartedAt(Timestamp.from(started));
        row.setProjectVersion(BuildInfo.get().describe(wh.spark().version()));
        row.setArguments(String.join(" ", spec.commandLine().getParseResult().originalArgs()));
        result = maintenance.run(row);
      }
      PrintWriter out = spec.commandLine().getOut();
      result.lines().forEach(out::println);
      out.flush();
    }
    return 0;
  }
}
