package zeitgeist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zeitgeist.config.ConfigException;
import zeitgeist.job.ConvertJob;
import zeitgeist.job.RunJob;
import zeitgeist.spark.SparkSessions;
import zeitgeist.tables.ReleasedLayout;
import zeitgeist.tables.WarehouseLock;

/**
 * {@code zeitgeist convert}: converts a warehouse of an earlier release to Delta tables, in place
 * ({@link ConvertJob}). What the folder is, is decided before Spark starts: no folder, or no
 * zeitgeist warehouse, is a bad argument; a warehouse of Delta tables needs nothing.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert a warehouse written by an earlier release (plain Parquet folders) to Delta "
          + "tables, in place.",
      "Keeps every stored row without copying it, recomputes the per-date tables, and records "
          + "the conversion in runs. If it is interrupted, run it again to finish it."
    },
    footerHeading = ExitCodes.EXAMPLES,
    footer = {
      "  zeitgeist convert --warehouse warehouse",
      "  zeitgeist status --warehouse warehouse          (check it afterwards)"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.FAILED, ExitCodes.USAGE, ExitCodes.BUSY})
final class ConvertCommand implements Callable<Integer> {
  @Option(
      names = {"-w", "--warehouse"},
      paramLabel = "DIR",
      required = true,
      description = "The warehouse to convert.")
  String warehouse;

  @Option(
      names = {"-v", "--verbose"},
      description = "Spark's INFO log, each step's time, and " + "stack traces.")
  boolean verbose;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Configuration hadoop = SparkSessions.hadoopConfiguration();
    ReleasedLayout.Kind kind = inspect(hadoop);
    PrintWriter out = spec.commandLine().getOut();
    if (kind == ReleasedLayout.Kind.DELTA) {
      out.println(ConvertJob.Summary.alreadyConverted(warehouse).format());
      out.flush();
      return 0;
    }
    if (verbose) System.setProperty("zeitgeist.verbose", "true");
    String runId = RunJob.newRunId(java.time.Instant.now());
    try (WarehouseLock lock = WarehouseLock.acquire(warehouse, hadoop, runId)) {
      ConvertJob.Summary summary =
          new ConvertJob(
                  SparkSessions.getOrCreate("zeitgeist convert", verbose), warehouse, verbose)
              .run(runId);
      out.println(summary.format());
      out.flush();
    }
    return 0;
  }

  /** What {@link #warehouse} is; a missing folder or one that is no warehouse is refused. */
  private ReleasedLayout.Kind inspect(Configuration hadoop) {
    try {
      Path root = new Path(warehouse);
      FileSystem fs = root.getFileSystem(hadoop);
      if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
        throw new ConfigException("no warehouse at " + warehouse);
      }
      ReleasedLayout.Kind kind = ReleasedLayout.inspect(fs, root);
      if (kind == ReleasedLayout.Kind.NOT_A_WAREHOUSE) {
        throw new ConfigException(
            warehouse
                + " is not a zeitgeist warehouse: it has no runs "
                + "table ("
                + new Path(root, "runs")
                + ")");
      }
      return kind;
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("cannot open warehouse " + warehouse + ": " + e.getMessage());
    }
  }
}
