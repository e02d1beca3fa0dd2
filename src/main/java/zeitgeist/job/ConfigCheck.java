package zeitgeist.job;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import zeitgeist.config.ConfigException;
import zeitgeist.config.IdScope;
import zeitgeist.config.JobConfig;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.Warehouse;

/**
 * Refuses a run whose analysis configuration differs from the one the tables were built with (the
 * config of the last run that wrote rows), unless {@code --rebuild} or {@code --allow-mixed} is
 * given. Mixing would make counts from two configurations look comparable when they are not.
 * A conversion ({@code zeitgeist convert}) writes no rows but carries the configuration of the
 * runs that wrote them.
 *
 * <p>The id scope ({@code --id-scope}) can never change: another scope would give every stored
 * article a second {@code article_id}. A configuration recorded without one was {@code global}.
 */
final class ConfigCheck {
  private static final Pattern ID_SCOPE = Pattern.compile("\"id_scope\":\"(\\w+)\"");
  private ConfigCheck() {}

  static void verify(Warehouse warehouse, JobConfig config) {
    List<Row> last = warehouse.read(RunRow.TABLE)
        .filter(col("status").isin("succeeded", "nothing_new", Warehouse.CONVERTED)
            .and(col("config").isNotNull()))
        .orderBy(col("run_id").desc()).select("run_id", "config").limit(1).collectAsList();
    if (last.isEmpty() || last.get(0).getString(1).equals(config.fingerprint())) {
      return;
    }
    String was = last.get(0).getString(1);
    Matcher scope = ID_SCOPE.matcher(was);
    String wasScope = scope.find() ? scope.group(1) : IdScope.GLOBAL.label();
    if (!wasScope.equals(config.ingest().idScope().label())) {
      throw new ConfigException("the warehouse's article ids were made with --id-scope "
          + wasScope + " (run " + last.get(0).getString(0) + "); --id-scope "
          + config.ingest().idScope().label() + " would store every article again under a new "
          + "id: keep --id-scope " + wasScope + ", or start a new warehouse");
    }
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
