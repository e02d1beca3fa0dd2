package zeitgeist.spark;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The one place a SparkSession is made. Under {@code spark-submit} the master and settings come
 * from it; run directly (the embedded mode of {@code jobs/zeitgeist}), {@code spark.master}
 * defaults to {@code local[*]}. An existing session (tests) is reused.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * The Hadoop configuration for file access before Spark starts (checking arguments, the warehouse
   * lock): Hadoop's defaults and {@code *-site.xml} files, plus the {@code spark.hadoop.*} settings
   * Spark will apply (from {@code spark-submit --conf}, or {@code -D} in the embedded mode), so a
   * warehouse on {@code hdfs://} or {@code s3a://} is opened with the same settings (credentials,
   * endpoints) before and after Spark starts.
   */
  public static Configuration hadoopConfiguration() {
    Configuration conf = new Configuration();
    SparkConf spark = new SparkConf();
    withLocalFileSystem(spark);
    for (Tuple2<String, String> e : spark.getAllWithPrefix("spark.hadoop.")) {
      conf.set(e._1(), e._2(), "spark.hadoop." + e._1());
    }
    return conf;
  }

  /**
   * On one machine ({@code local} masters, the default), {@code file:} paths go through {@link
   * NioLocalFileSystem} (Hadoop's {@code FileSystem} API) and {@link NioLocalFs} (its {@code
   * FileContext} API, which Delta's log writes use), which start no child process per file. Set
   * before Spark starts too: Hadoop caches one file system per scheme, so the first one made in the
   * JVM is the one used. Not on a cluster, where Hadoop's own local file system stays (executors
   * load it from their own classpath). A {@code spark.hadoop.fs.file.impl} or {@code
   * spark.hadoop.fs.AbstractFileSystem.file.impl} given by the user wins.
   */
  public static void withLocalFileSystem(SparkConf conf) {
    if (conf.get("spark.master", "local[*]").startsWith("local")) {
      conf.setIfMissing("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
      conf.setIfMissing("spark.hadoop.fs.AbstractFileSystem.file.impl", NioLocalFs.class.getName());
    }
  }

  /**
   * Delta Lake's SQL extension ({@code RESTORE}, {@code OPTIMIZE}, {@code DESCRIBE HISTORY}, {@code
   * delta.`path`}) and catalog ({@code CREATE TABLE ... USING DELTA}), in the embedded session and
   * under {@code spark-submit} alike; settings the user gives win.
   */
  public static void withDelta(SparkConf conf) {
    conf.setIfMissing("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
    conf.setIfMissing(
        "spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
    // Delta's SQL parser drops named parameter markers (:name) when it wraps Spark's 4.1+
    // parser (delta-io/delta#7640); binding them after parsing, as before Spark 4.1, works.
    conf.setIfMissing("spark.sql.legacy.parameterSubstitution.constantsOnly", "true");
    // Delta 4.4 refuses to read a version (AS OF, and RESTORE to it) older than the table's
    // delta.deletedFileRetentionDuration (7 days), whether or not its files are gone. zeitgeist
    // knows which runs' files it kept (maintain records it; Warehouse#atRun refuses the others),
    // so it reads them: with the check, sql --as-of-run failed for every run a week old, and a
    // run could not undo a dead run's writes when the last finished run was a week old.
    conf.setIfMissing(
        "spark.databricks.delta.vacuum.enforceTimeTravelWithinDeletedFileRetentionDuration",
        "false");
    // Delta stores the file list of a table of under 50 files in each commit's .crc, only to
    // validate the table's state later (delta-io/delta#3899). Where the previous commit has no
    // such list, as for every table it creates, it gets it with a Spark job: about one job and
    // 0.5 s of driver time per new table (14 per new warehouse), for a check nothing here asks for.
    conf.setIfMissing("spark.databricks.delta.allFilesInCrc.enabled", "false");
  }

  public static SparkSession getOrCreate(String appName, boolean verbose) {
    return getOrCreate(appName, verbose, false);
  }

  /**
   * As {@link #getOrCreate(String, boolean)}, for a command that prints progress lines of its own
   * ({@code run}): Spark's console progress bar is then off (both would draw on stderr), and in
   * {@code local} mode the executor sends its running tasks' counts every 2 s instead of every 10 s
   * ({@code spark.executor.heartbeatInterval}), so a line drawn in place moves while a task runs.
   * Settings the user gives win.
   */
  public static SparkSession getOrCreate(String appName, boolean verbose, boolean ownProgress) {
    Configurator.setRootLevel(verbose ? Level.INFO : Level.WARN);
    if (!verbose) {
      // A corpus larger than memory: every checkpointed partition that goes to disk instead of
      // memory (as it should) was one WARN line, hundreds for a 1 GB corpus.
      Configurator.setLevel("org.apache.spark.storage.memory.MemoryStore", Level.ERROR);
    }
    SparkConf conf = new SparkConf();
    conf.setIfMissing("spark.master", "local[*]");
    conf.setIfMissing("spark.app.name", appName);
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    conf.setIfMissing(
        "spark.ui.showConsoleProgress", String.valueOf(!ownProgress && System.console() != null));
    // Small corpora: let adaptive execution merge shuffle partitions by size, not spread them.
    conf.setIfMissing("spark.sql.adaptive.coalescePartitions.parallelismFirst", "false");
    conf.setIfMissing("spark.sql.debug.maxToStringFields", "200");
    conf.setIfMissing("spark.sql.files.maxRecordsPerFile", "500000");
    conf.setIfMissing("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
    // zeitgeist keeps no tables in Spark's catalog (its tables are paths, its views temporary),
    // but Spark creates the catalog's folder when a session starts: without this, an empty
    // spark-warehouse/ in whatever folder a command was run from.
    conf.setIfMissing(
        "spark.sql.warehouse.dir",
        Path.of(System.getProperty("java.io.tmpdir"), "zeitgeist-spark-catalog-" + userName())
            .toUri()
            .toString());
    withDelta(conf);
    withLocalFileSystem(conf);
    if (conf.get("spark.master").startsWith("local")) {
      // A warehouse on a local disk lists its thousands of per-date partition folders in well
      // under a second; a Spark job per table to list them in parallel costs more.
      conf.setIfMissing("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000");
      if (ownProgress) {
        conf.setIfMissing("spark.executor.heartbeatInterval", "2s");
      }
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    if (!conf.contains("spark.sql.shuffle.partitions") && spark.sparkContext().isLocal()) {
      // Spark's 200 suits clusters, not a laptop; adaptive execution merges partitions further.
      // Not on a cluster: its executors may not have registered yet (the parallelism would be 2,
      // so 8 partitions for any number of cores).
      int cores = spark.sparkContext().defaultParallelism();
      spark.conf().set("spark.sql.shuffle.partitions", Math.max(4, 4 * cores));
    }
    if (!conf.contains("spark.databricks.delta.snapshotPartitions")
        && spark.sparkContext().isLocal()) {
      // Delta rebuilds a table's state from its log with a shuffle into 50 partitions, sized for
      // clusters: on one machine that made the first read of each table cost seconds.
      spark
          .conf()
          .set(
              "spark.databricks.delta.snapshotPartitions",
              Math.max(2, spark.sparkContext().defaultParallelism()));
    }
    return spark;
  }

  private static String userName() {
    return System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
