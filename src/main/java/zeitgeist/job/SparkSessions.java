package zeitgeist.job;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The one place a SparkSession is made. Under {@code spark-submit} the master and settings come
 * from it; run directly (the embedded mode of {@code jobs/zeitgeist}), {@code spark.master}
 * defaults to {@code local[*]}. An existing session (tests) is reused.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession getOrCreate(String appName, boolean verbose) {
    Configurator.setRootLevel(verbose ? Level.INFO : Level.WARN);
    SparkConf conf = new SparkConf();
    conf.setIfMissing("spark.master", "local[*]");
    conf.setIfMissing("spark.app.name", appName);
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing("spark.ui.showConsoleProgress", String.valueOf(System.console() != null));
    // Small corpora: let adaptive execution merge shuffle partitions by size, not spread them.
    conf.setIfMissing("spark.sql.adaptive.coalescePartitions.parallelismFirst", "false");
    conf.setIfMissing("spark.sql.debug.maxToStringFields", "200");
    conf.setIfMissing("spark.sql.files.maxRecordsPerFile", "500000");
    conf.setIfMissing("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
    if (conf.get("spark.master").startsWith("local")) {
      // A warehouse on a local disk lists its thousands of per-date partition folders in well
      // under a second; a Spark job per table to list them in parallel costs more.
      conf.setIfMissing("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    if (!conf.contains("spark.sql.shuffle.partitions")) {
      // Spark's 200 suits clusters, not a laptop; adaptive execution merges partitions further.
      int cores = spark.sparkContext().defaultParallelism();
      spark.conf().set("spark.sql.shuffle.partitions", Math.max(4, 4 * cores));
    }
    return spark;
  }
}
