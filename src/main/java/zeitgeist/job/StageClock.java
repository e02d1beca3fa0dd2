package zeitgeist.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple4;
import scala.jdk.javaapi.CollectionConverters;
import zeitgeist.progress.ProgressPrinter;
import zeitgeist.progress.StageProgress;
import zeitgeist.progress.TaskCounts;

/**
 * Times the stages of a run (or a conversion), counts the Spark jobs each ran, and feeds their
 * progress to a {@link ProgressPrinter}. A stage begins with {@link #start} (which ends the one
 * before) and the last ends with {@link #stop} (or {@link #abort}). Every stage becomes a {@link
 * RunReport.Stage}: recorded always (for the JSON summary), and printed to stderr when {@code
 * --verbose} is on or the Spark setting {@value #SETTING} is true ({@code zeitgeist: <stage>
 * <seconds> s <jobs> Spark jobs}, without Spark's INFO log; {@code jobs/bench} parses these lines).
 * On small reruns the job count, not the data, sets the time (each job costs 0.1 to 1 s of
 * scheduling), so it is the figure to watch.
 *
 * <p>A counted stage ({@link #startCounting}) hands out a {@link LongAccumulator} that its
 * per-article function increments once per item. Its count comes to the driver without a Spark job
 * of its own: from this clock's {@link SparkListener}, which adds up the accumulator's value in
 * each running task (sent with the executors' heartbeats, every {@code
 * spark.executor.heartbeatInterval}) and in each finished one (sent with the task's end), by the
 * rules of {@link TaskCounts}; and from the accumulator's own value on the driver, which holds
 * every succeeded task's. The larger of the two is shown. Works the same in the embedded mode and
 * on a cluster, since both reach the driver.
 */
final class StageClock implements AutoCloseable {
  static final String SETTING = "spark.zeitgeist.stages";

  /** The accumulator of the stage being counted, by id, and its tasks' values. */
  private record Counter(long accumulatorId, TaskCounts counts) {}

  private final SparkContext sc;
  private final boolean printLaps;
  private final ProgressPrinter progress;
  private final AtomicInteger jobs = new AtomicInteger();
  private final Listener listener = new Listener();
  private final List<RunReport.Stage> laps = new ArrayList<>();
  private volatile Counter counter;
  private String stage;
  private long stageStart;
  private int stageJobs;

  /**
   * @param progress where progress goes, or null for none
   */
  StageClock(SparkContext sc, boolean verbose, ProgressPrinter progress) {
    this.sc = sc;
    this.printLaps = verbose || sc.getConf().getBoolean(SETTING, false);
    this.progress = progress;
    sc.addSparkListener(listener);
    if (progress != null) {
      progress.startTicking();
    }
  }

  /** Ends the current stage, if any, and begins {@code name}, which counts nothing. */
  void start(String name) {
    begin(name);
    if (progress != null) {
      progress.begin(StageProgress.timed(name, progress.now()));
    }
  }

  /**
   * Ends the current stage, if any, and begins {@code name}, which counts {@code unit}s with the
   * accumulator returned; pass it to the functions that do the stage's work, one increment each.
   *
   * @param total how many the stage will count, or {@link StageProgress#UNKNOWN}
   */
  LongAccumulator startCounting(String name, String unit, long total) {
    begin(name);
    LongAccumulator acc = sc.longAccumulator("zeitgeist: " + name);
    TaskCounts counts = new TaskCounts();
    counter = new Counter(acc.id(), counts);
    if (progress != null) {
      progress.begin(
          StageProgress.counted(
              name, unit, total, () -> Math.max(acc.value(), counts.done()), progress.now()));
    }
    return acc;
  }

  /** Ends the current stage, if any. */
  void stop() {
    stop(false);
  }

  /** Ends the current stage, if any, as the one the run failed in. */
  void abort() {
    stop(true);
  }

  private void stop(boolean failed) {
    if (stage == null) return;
    long now = System.nanoTime();
    if (progress != null && failed) {
      progress.fail();
    } else if (progress != null) {
      progress.end();
    }
    counter = null;
    int n = jobs.get();
    RunReport.Stage lap = new RunReport.Stage(stage, (now - stageStart) / 1e9, n - stageJobs);
    laps.add(lap);
    if (printLaps) {
      System.err.printf(
          Locale.ROOT,
          "zeitgeist: %-26s %8.2f s %4d Spark jobs%n",
          lap.name(),
          lap.seconds(),
          lap.sparkJobs());
    }
    stage = null;
  }

  /** The stages that ended, in order. */
  List<RunReport.Stage> laps() {
    return List.copyOf(laps);
  }

  /**
   * Stops the progress lines and leaves the Spark context. A stage still running was cut short (the
   * run is ending with an error): it ends as by {@link #abort}.
   */
  @Override
  public void close() {
    abort();
    if (progress != null) {
      progress.close();
    }
    sc.removeSparkListener(listener);
  }

  private void begin(String name) {
    stop();
    stage = name;
    stageStart = System.nanoTime();
    stageJobs = jobs.get();
  }

  /** Counts jobs, and passes the counted accumulator's task values to its {@link TaskCounts}. */
  private final class Listener extends SparkListener {
    @Override
    public void onJobEnd(SparkListenerJobEnd jobEnd) {
      jobs.incrementAndGet();
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
      Counter c = counter;
      if (c == null) return;
      long value = 0;
      for (AccumulableInfo info : CollectionConverters.asJava(taskEnd.taskInfo().accumulables())) {
        if (info.id() == c.accumulatorId() && info.update().isDefined()) {
          value = ((Number) info.update().get()).longValue();
        }
      }
      c.counts().ended(taskEnd.taskInfo().taskId(), value, taskEnd.taskInfo().successful());
    }

    @Override
    public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
      Counter c = counter;
      if (c == null) return;
      for (Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> task :
          CollectionConverters.asJava(update.accumUpdates())) {
        for (AccumulableInfo info : CollectionConverters.asJava(task._4())) {
          if (info.id() == c.accumulatorId() && info.update().isDefined()) {
            c.counts().running((Long) task._1(), ((Number) info.update().get()).longValue());
          }
        }
      }
    }
  }
}
