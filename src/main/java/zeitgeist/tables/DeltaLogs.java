package zeitgeist.tables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaHistory;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What the write path needs to know of a Delta table, read from its transaction log directly
 * (Delta's {@code DeltaLog}) instead of through {@code DESCRIBE HISTORY}/{@code DESCRIBE DETAIL}
 * DataFrames, each of which costs a Spark job: a run asks for every table's version several
 * times. {@code DeltaLog} is Delta's internal (Scala) API, used here for read-only facts.
 */
final class DeltaLogs {
  private DeltaLogs() {}

  /** One commit of a table: its version, time, operation, metrics and user metadata. */
  record Commit(long version, Instant timestamp, String operation, Map<String, String> metrics,
      String userMetadata) {}

  /** A table's latest version: its number, data files and their bytes. */
  record Size(long version, long files, long bytes) {}

  private static DeltaLog log(SparkSession spark, String path) {
    return DeltaLog.forTable(spark, path);
  }

  /** The table's latest snapshot, the log read again (not a cached state). */
  private static Snapshot latest(SparkSession spark, String path) {
    return log(spark, path).update(false, Option.empty(), Option.empty());
  }

  /** The table's latest version. */
  static long version(SparkSession spark, String path) {
    return latest(spark, path).version();
  }

  /** Data files of the table's latest version. */
  static long fileCount(SparkSession spark, String path) {
    return latest(spark, path).numOfFiles();
  }

  /** The latest version's number, data files and bytes (from the log's checksum or state). */
  static Size size(SparkSession spark, String path) {
    Snapshot s = latest(spark, path);
    return new Size(s.version(), s.numOfFiles(), s.sizeInBytes());
  }

  /** How long the table keeps its log ({@code delta.logRetentionDuration}), in milliseconds. */
  static long logRetentionMillis(SparkSession spark, String path) {
    DeltaLog log = log(spark, path);
    return log.deltaRetentionMillis(latest(spark, path).metadata());
  }

  /**
   * How long the table records removed files ({@code delta.deletedFileRetentionDuration}), in
   * milliseconds.
   */
  static long deletedFileRetentionMillis(SparkSession spark, String path) {
    return DeltaLog.tombstoneRetentionMillis(latest(spark, path).metadata());
  }

  /**
   * The table's commits, latest first, at most {@code limit} of them (all when {@code limit} is
   * 0). Reads only the log's commit files.
   */
  static List<Commit> commits(SparkSession spark, String path, int limit) {
    scala.collection.immutable.Seq<DeltaHistory> commits = log(spark, path).history()
        .getHistory(limit == 0 ? Option.empty() : Option.apply((Object) limit));
    List<Commit> out = new ArrayList<>();
    for (DeltaHistory h : CollectionConverters.asJava(commits)) {
      Map<String, String> metrics = h.operationMetrics().isDefined()
          ? Map.copyOf(CollectionConverters.asJava(h.operationMetrics().get())) : Map.of();
      out.add(new Commit(h.getVersion(), h.timestamp().toInstant(), h.operation(), metrics,
          h.userMetadata().isDefined() ? h.userMetadata().get() : null));
    }
    return out;
  }

  /**
   * The {@code userMetadata} of the table's commits, latest first, at most {@code limit} of them
   * (all when {@code limit} is 0).
   */
  static List<String> userMetadata(SparkSession spark, String path, int limit) {
    return commits(spark, path, limit).stream().map(Commit::userMetadata).toList();
  }

  /** The operation metrics of the table's last commit ({@code numOutputRows}, ...). */
  static Map<String, String> lastCommitMetrics(SparkSession spark, String path) {
    List<Commit> last = commits(spark, path, 1);
    return last.isEmpty() ? Map.of() : last.get(0).metrics();
  }
}
