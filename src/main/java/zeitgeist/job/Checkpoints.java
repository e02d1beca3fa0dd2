package zeitgeist.job;

import java.io.IOException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;

/**
 * Where the job cuts a Dataset's lineage once it is computed (the ingest classification, the change
 * plan, the analysed articles): each is used by several later steps and must be computed, and
 * analysed, once.
 *
 * <p>Rules: with a cluster master and a checkpoint directory ({@code spark.checkpoint.dir}), the
 * checkpoint is reliable: written to that directory, so losing an executor loses nothing. Otherwise
 * it is a local checkpoint, kept in the executors' block stores: fast, and right in {@code local}
 * mode (executors and driver are one JVM), but on a cluster an executor lost during the run
 * (preempted, out of memory, its machine gone) takes its blocks with it and the run fails. The
 * warehouse is unharmed (the commit never happened) and the next run does the work again.
 *
 * <p>The reliable checkpoints are files of one run: {@link #delete} removes this Spark context's
 * checkpoint folder when the run ends.
 */
final class Checkpoints {
  private Checkpoints() {}

  /** Computes {@code ds} now and returns it with its lineage cut (see the class rules). */
  static <T> Dataset<T> eager(Dataset<T> ds) {
    return reliable(ds.sparkSession().sparkContext())
        ? ds.checkpoint(true)
        : ds.localCheckpoint(true);
  }

  /** True when checkpoints go to files: a cluster master and a checkpoint directory. */
  static boolean reliable(SparkContext sc) {
    return !sc.isLocal() && sc.getCheckpointDir().isDefined();
  }

  /**
   * Deletes this Spark context's checkpoint folder (a random sub-folder Spark makes under {@code
   * spark.checkpoint.dir}), if it has one. A failure is reported on stderr, not thrown: the run's
   * outcome is decided by then.
   */
  static void delete(SparkSession spark) {
    SparkContext sc = spark.sparkContext();
    if (sc.getCheckpointDir().isEmpty()) {
      return;
    }
    Path dir = new Path(sc.getCheckpointDir().get());
    try {
      dir.getFileSystem(sc.hadoopConfiguration()).delete(dir, true);
    } catch (IOException | RuntimeException e) {
      System.err.println("zeitgeist: could not delete the checkpoints in " + dir + ": " + e);
    }
  }
}
