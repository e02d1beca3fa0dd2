package zeitgeist.job;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;

/**
 * Prints how long each stage of a run took and how many Spark jobs it ran, to stderr, when
 * {@code --verbose} is on. On small reruns the job count, not the data, sets the time (each job
 * costs 0.1 to 1 s of scheduling), so it is the figure to watch.
 */
final class StageClock {
  private final boolean on;
  private final AtomicInteger jobs = new AtomicInteger();
  private long last = System.nanoTime();
  private int lastJobs;

  StageClock(boolean on, SparkContext sc) {
    this.on = on;
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
      System.err.printf(Locale.ROOT, "zeitgeist: %-26s %7.1f s %4d Spark jobs%n", stage,
          (now - last) / 1e9, n - lastJobs);
      lastJobs = n;
    }
    last = now;
  }
}
