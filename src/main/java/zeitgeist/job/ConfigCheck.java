package zeitgeist.job;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zeitgeist.config.ConfigException;
import zeitgeist.config.IdScope;
import zeitgeist.config.JobConfig;
import zeitgeist.tables.Warehouse;

/**
 * Refuses a run whose analysis configuration differs from the one the tables were built with (the
 * config of the last run that wrote rows), unless {@code --rebuild} or {@code --allow-mixed} is
 * given. Mixing would make counts from two configurations look comparable when they are not. A
 * conversion ({@code zeitgeist convert}) writes no rows but carries the configuration of the runs
 * that wrote them.
 *
 * <p>The id scope ({@code --id-scope}) can never change: another scope would give every stored
 * article a second {@code article_id}. A configuration recorded without one was {@code global}.
 */
final class ConfigCheck {
  private static final Pattern ID_SCOPE = Pattern.compile("\"id_scope\":\"(\\w+)\"");

  private ConfigCheck() {}

  static void verify(Warehouse warehouse, JobConfig config) {
    Optional<Warehouse.RunConfig> last = warehouse.lastConfig();
    if (last.isEmpty() || last.get().config().equals(config.fingerprint())) {
      return;
    }
    String was = last.get().config();
    String lastRun = last.get().runId();
    Matcher scope = ID_SCOPE.matcher(was);
    String wasScope = scope.find() ? scope.group(1) : IdScope.GLOBAL.label();
    if (!wasScope.equals(config.ingest().idScope().label())) {
      throw new ConfigException(
          "the warehouse's article ids were made with --id-scope "
              + wasScope
              + " (run "
              + lastRun
              + "); --id-scope "
              + config.ingest().idScope().label()
              + " would store every article again under a new "
              + "id: keep --id-scope "
              + wasScope
              + ", or start a new warehouse");
    }
    if (config.rebuild() || config.rerun().allowMixed()) {
      System.err.println(
          "zeitgeist: configuration changed from "
              + was
              + " to "
              + config.fingerprint()
              + (config.rebuild()
                  ? "; rebuilding every table"
                  : "; stored rows keep the old configuration (--allow-mixed)"));
      return;
    }
    throw new ConfigException(
        "the configuration "
            + config.fingerprint()
            + " differs from the one the tables were built with, "
            + was
            + " (run "
            + lastRun
            + "); use --rebuild to re-analyse all stored articles, or "
            + "--allow-mixed to keep the stored rows as they are");
  }
}
