package zeitgeist.job;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;

/**
 * Prints how long each stage of a run took and how many Spark jobs it ran, to stderr, when
 * {@code --verbose} is on, or when the Spark setting {@value #SETTING} is true (without Spark's
 * INFO log; {@code jobs/bench} parses these lines). On small reruns the job count, not the data,
 * sets the time (each job costs 0.1 to 1 s of scheduling), so it is the figure to watch.
 */
final class StageClock {
  static final String SETTING = "spark.zeitgeist.stages";
  private final boolean on;
  private final AtomicInteger jobs = new AtomicInteger();
  private long last = System.nanoTime();
  private int lastJobs;

  StageClock(boolean verbose, SparkContext sc) {
    this.on = verbose || sc.getConf().getBoolean(SETTING, false);
    if (on) {
      sc.addSparkListener(new SparkListener() {
        @Override
        public void onJobEnd(SparkListenerJobEnd jobEnd) {
          jobs.incrementAndGet();
        }
      });
    }
  }

  void lap(String stage) {
    long now = System.nanoTime();
    if (on) {
      int n = jobs.get();
      System.err.printf(Locale.ROOT, "zeitgeist: %-26s %8.2f s %4d Spark jobs%n", stage,
          (now - last) / 1e9, n - lastJobs);
      lastJobs = n;
    }
    last = now;
  }
}
