package zeitgeist;

import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import zeitgeist.spark.SparkSessions;

/**
 * The one SparkSession of the test JVM: {@code local[2]}, UI off, 2 shuffle partitions, and the
 * job's own Delta and local file system settings. Created on first use and stopped by the JVM's
 * shutdown.
 *
 * <p>Without code generation: the tests run some hundred small jobs over a few dozen articles, and
 * a profile of them spent a third of all CPU time generating and compiling Java code for
 * projections and stages that then ran over a few rows (the interpreted path computes the same
 * values; two job test classes measured took 23% less time without it).
 */
public final class TestSpark {
  private TestSpark() {}

  private static final class Holder {
    static final SparkSession SESSION = SparkSession.builder().config(conf()).getOrCreate();

    /** The job's own Delta and file system settings ({@link SparkSessions}), for tests. */
    private static SparkConf conf() {
      SparkConf conf =
          new SparkConf()
              .setMaster("local[2]")
              .setAppName("zeitgeist-tests")
              .set("spark.ui.enabled", "false")
              .set("spark.databricks.delta.snapshotPartitions", "2")
              .set("spark.sql.shuffle.partitions", "2")
              .set("spark.sql.codegen.wholeStage", "false")
              .set("spark.sql.codegen.factoryMode", "NO_CODEGEN")
              .set("spark.sql.session.timeZone", "UTC")
              .set("spark.ui.showConsoleProgress", "false")
              .set("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false");
      SparkSessions.withDelta(conf);
      SparkSessions.withLocalFileSystem(conf);
      return conf;
    }
  }

  public static SparkSession session() {
    return Holder.SESSION;
  }

  /** The project's root folder (Maven passes it; the working directory otherwise). */
  public static Path projectDir() {
    return Path.of(System.getProperty("zeitgeist.projectDir", "."));
  }
}
