package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Hadoop configuration used before Spark starts. */
class SparkSessionsTest {
  /** Regression: the warehouse lock and argument checks ignored --conf spark.hadoop.* settings. */
  @Test
  void hadoopConfigurationHasTheSparkHadoopSettings() {
    System.setProperty("spark.hadoop.zeitgeist.test.endpoint", "http://127.0.0.1:9000");
    try {
      assertEquals("http://127.0.0.1:9000",
          SparkSessions.hadoopConfiguration().get("zeitgeist.test.endpoint"));
    } finally {
      System.clearProperty("spark.hadoop.zeitgeist.test.endpoint");
    }
  }
}
