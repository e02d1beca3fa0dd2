package zeitgeist.job;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Row;
import zeitgeist.config.ConfigException;
import zeitgeist.config.JobConfig;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.Warehouse;

/**
 * Refuses a run whose analysis configuration differs from the one the tables were built with (the
 * config of the last run that wrote rows), unless {@code --rebuild} or {@code --allow-mixed} is
 * given. Mixing would make counts from two configurations look comparable when they are not.
 */
final class ConfigCheck {
  private ConfigCheck() {}

  static void verify(Warehouse warehouse, JobConfig config) {
    List<Row> last = warehouse.read(RunRow.TABLE)
        .filter(col("status").isin("succeeded", "nothing_new").and(col("config").isNotNull()))
        .orderBy(col("run_id").desc()).select("run_id", "config").limit(1).collectAsList();
    if (last.isEmpty() || last.get(0).getString(1).equals(config.fingerprint())) {
      return;
    }
    String was = last.get(0).getString(1);
    if (config.rebuild() || config.rerun().allowMixed()) {
      System.err.println("zeitgeist: configuration changed from " + was + " to "
          + config.fingerprint() + (config.rebuild() ? "; rebuilding every table"
              : "; stored rows keep the old configuration (--allow-mixed)"));
      return;
    }
    throw new ConfigException("the configuration " + config.fingerprint()
        + " differs from the one the tables were built with, " + was + " (run "
        + last.get(0).getString(0) + "); use --rebuild to re-analyse all stored articles, or "
        + "--allow-mixed to keep the stored rows as they are");
  }
}
