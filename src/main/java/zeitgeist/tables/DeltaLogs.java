package zeitgeist.tables;

import java.io.FileNotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaHistory;
import org.apache.spark.sql.delta.DeltaHistoryManager;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import org.apache.spark.sql.delta.actions.CommitInfo;
import org.apache.spark.sql.delta.util.FileNames;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What the write path needs to know of a Delta table, read from its transaction log directly
 * (Delta's {@code DeltaLog}) instead of through {@code DESCRIBE HISTORY}/{@code DESCRIBE DETAIL}
 * DataFrames or {@code DeltaLog.history()}, each of which costs a Spark job: a run asks for every
 * table's version several times, and for the metrics of each of its appends. {@code DeltaLog} is
 * Delta's internal (Scala) API, used here for read-only facts.
 */
final class DeltaLogs {
  private DeltaLogs() {}

  /** One commit of a table: its version, time, operation, metrics and user metadata. */
  record Commit(
      long version,
      Instant timestamp,
      String operation,
      Map<String, String> metrics,
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
   * The table's commits, latest first, at most {@code limit} of them (all when {@code limit} is 0).
   * Reads only the log's commit files.
   */
  static List<Commit> commits(SparkSession spark, String path, int limit) {
    scala.collection.immutable.Seq<DeltaHistory> commits =
        log(spark, path)
            .history()
            .getHistory(limit == 0 ? Option.empty() : Option.apply((Object) limit));
    List<Commit> out = new ArrayList<>();
    for (DeltaHistory h : CollectionConverters.asJava(commits)) {
      Map<String, String> metrics =
          h.operationMetrics().isDefined()
              ? Map.copyOf(CollectionConverters.asJava(h.operationMetrics().get()))
              : Map.of();
      out.add(
          new Commit(
              h.getVersion(),
              h.timestamp().toInstant(),
              h.operation(),
              metrics,
              h.userMetadata().isDefined() ? h.userMetadata().get() : null));
    }
    return out;
  }

  /**
   * The {@code userMetadata} of the table's commits, latest first, at most {@code limit} of them
   * (all when {@code limit} is 0; commits whose log files were cleaned up are not there). Reads
   * only the log's commit files, one by one.
   */
  static List<String> userMetadata(SparkSession spark, String path, int limit) {
    DeltaLog log = log(spark, path);
    long latest = log.update(false, Option.empty(), Option.empty()).version();
    long oldest = limit == 0 ? 0 : Math.max(0, latest - limit + 1);
    List<String> out = new ArrayList<>();
    for (long v = latest; v >= oldest; v--) {
      Optional<CommitInfo> commit = commitInfo(log, v);
      if (commit.isEmpty()) break;
      Option<String> metadata = commit.get().userMetadata();
      out.add(metadata.isDefined() ? metadata.get() : null);
    }
    return out;
  }

  /** The operation metrics of commit {@code version} ({@code numOutputRows}, ...). */
  static Map<String, String> commitMetrics(SparkSession spark, String path, long version) {
    Optional<CommitInfo> commit = commitInfo(log(spark, path), version);
    if (commit.isEmpty() || commit.get().operationMetrics().isEmpty()) return Map.of();
    return CollectionConverters.asJava(commit.get().operationMetrics().get());
  }

  /**
   * The commit information of {@code version}, read from its commit file alone; empty when the file
   * is gone (log cleanup). Delta's {@code getHistory} reads the same files with a Spark job per
   * call (some 0.3 s of driver time each, a second under load).
   */
  private static Optional<CommitInfo> commitInfo(DeltaLog log, long version) {
    try {
      Option<CommitInfo> commit =
          DeltaHistoryManager.getCommitInfoOpt(
              log.store(),
              FileNames.unsafeDeltaFile(log.logPath(), version),
              log.newDeltaHadoopConf());
      return commit.isDefined() ? Optional.of(commit.get()) : Optional.empty();
    } catch (Exception e) { // Scala code throws IOExceptions without declaring them
      if (e instanceof FileNotFoundException) return Optional.empty();
      throw e;
    }
  }
}
