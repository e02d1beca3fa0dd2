package zeitgeist.job;

import org.apache.spark.sql.SparkSession;
import zeitgeist.analysis.ArticleAnalyzer;
import zeitgeist.config.AnalysisOptions;

/**
 * Loads the analysis models (OpenNLP, CoreNLP, gazetteer, lexicons) in the background while the
 * ingest stage runs, when Spark runs in this JVM ({@code local[*]}): tasks then find them loaded
 * instead of waiting 3 to 5 s for them. On a small rerun that is a sixth of the run. With a cluster
 * master it does nothing (executors load their own copies).
 *
 * <p>Rules: the warm-up analyses one short built-in article on a daemon thread; a failure there is
 * ignored (the same failure surfaces in the analysis tasks, with its real context). Models are
 * shared per JVM ({@link zeitgeist.analysis.SharedResources}), so a task that starts while the
 * warm-up is loading waits for that one load rather than starting a second.
 */
final class AnalysisWarmUp {
  private static final String TEXT =
      "Bundeskanzlerin Angela Merkel traf am Montag in Berlin "
          + "den französischen Präsidenten. Die Gespräche seien nicht schlecht verlaufen, hieß es.";

  private AnalysisWarmUp() {}

  static void startIfLocal(SparkSession spark, AnalysisOptions options) {
    if (!spark.sparkContext().isLocal()) {
      return;
    }
    Thread t =
        new Thread(
            () -> {
              try {
                ArticleAnalyzer.forOptions(options).analyse("Treffen in Berlin", TEXT);
              } catch (RuntimeException | LinkageError ignored) {
                // the analysis tasks load the same models and report the failure
              }
            },
            "zeitgeist-warm-up");
    t.setDaemon(true);
    t.start();
  }
}
