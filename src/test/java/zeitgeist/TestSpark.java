package zeitgeist;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of the test JVM: {@code local[2]}, UI off, 2 shuffle partitions. Created on
 * first use and stopped by the JVM's shutdown.
 */
public final class TestSpark {
  private TestSpark() {}

  private static final class Holder {
    static final SparkSession SESSION = SparkSession.builder()
        .master("local[2]")
        .appName("zeitgeist-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config("spark.databricks.delta.snapshotPartitions", "2")
        .config("spark.sql.legacy.parameterSubstitution.constantsOnly", "true")
        .config("spark.databricks.delta.vacuum.enforceTimeTravelWithinDeletedFileRetentionDuration",
            "false")
        .config("spark.sql.catalog.spark_catalog",
            "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
        .getOrCreate();
  }

  public static SparkSession session() {
    return Holder.SESSION;
  }

  /** The project's root folder (Maven passes it; the working directory otherwise). */
  public static Path projectDir() {
    return Path.of(System.getProperty("zeitgeist.projectDir", "."));
  }
}
