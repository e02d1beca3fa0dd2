package zeitgeist.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Hadoop configuration used before Spark starts. */
class SparkSessionsTest {
  /** Regression: the warehouse lock and argument checks ignored --conf spark.hadoop.* settings. */
  @Test
  void hadoopConfigurationHasTheSparkHadoopSettings() {
    System.setProperty("spark.hadoop.zeitgeist.test.endpoint", "http://127.0.0.1:9000");
    try {
      assertEquals(
          "http://127.0.0.1:9000",
          SparkSessions.hadoopConfiguration().get("zeitgeist.test.endpoint"));
    } finally {
      System.clearProperty("spark.hadoop.zeitgeist.test.endpoint");
    }
  }

  @Test
  void localMastersUseTheLocalFileSystemWithoutChildProcesses() {
    assertEquals(
        NioLocalFileSystem.class.getName(),
        SparkSessions.hadoopConfiguration().get("fs.file.impl"));
    System.setProperty("spark.master", "spark://127.0.0.1:7077");
    try {
      assertEquals(
          null,
          SparkSessions.hadoopConfiguration().get("fs.file.impl"),
          "on a cluster Hadoop's own local file system stays");
    } finally {
      System.clearProperty("spark.master");
    }
  }
}
