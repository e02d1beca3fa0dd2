package zeitgeist.tables;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaHistory;
import org.apache.spark.sql.delta.DeltaLog;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What the write path needs to know of a Delta table, read from its transaction log directly
 * (Delta's {@code DeltaLog}) instead of through {@code DESCRIBE HISTORY}/{@code DESCRIBE DETAIL}
 * DataFrames, each of which costs a Spark job: a run asks for every table's version several
 * times. {@code DeltaLog} is Delta's internal (Scala) API, used here for two read-only facts.
 */
final class DeltaLogs {
  private DeltaLogs() {}

  private static DeltaLog log(SparkSession spark, String path) {
    return DeltaLog.forTable(spark, path);
  }

  /** The table's latest version, the log read again (not a cached state). */
  static long version(SparkSession spark, String path) {
    return log(spark, path).update(false, Option.empty(), Option.empty()).version();
  }

  /** Data files of the table's latest version. */
  static long fileCount(SparkSession spark, String path) {
    return log(spark, path).update(false, Option.empty(), Option.empty()).numOfFiles();
  }

  /**
   * The {@code userMetadata} of the table's commits, latest first, at most {@code limit} of them
   * (all when {@code limit} is 0). Reads only the log's commit files.
   */
  static java.util.List<String> userMetadata(SparkSession spark, String path, int limit) {
    scala.collection.immutable.Seq<DeltaHistory> commits = log(spark, path).history()
        .getHistory(limit == 0 ? Option.empty() : Option.apply((Object) limit));
    java.util.List<String> out = new java.util.ArrayList<>();
    for (DeltaHistory h : CollectionConverters.asJava(commits)) {
      out.add(h.userMetadata().isDefined() ? h.userMetadata().get() : null);
    }
    return out;
  }

  /** The operation metrics of the table's last commit ({@code numOutputRows}, ...). */
  static Map<String, String> lastCommitMetrics(SparkSession spark, String path) {
    scala.collection.immutable.Seq<DeltaHistory> last =
        log(spark, path).history().getHistory(Option.apply((Object) 1));
    if (last.isEmpty() || last.head().operationMetrics().isEmpty()) return Map.of();
    return CollectionConverters.asJava(last.head().operationMetrics().get());
  }
}
