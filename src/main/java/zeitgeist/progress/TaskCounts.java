package zeitgeist.progress;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How far one counter (articles analysed, records built) has got, from the values reported for the
 * tasks that increment it: the final value of every task that succeeded, plus the latest value of
 * every task still running. Spark reports a running task's value with its executor's heartbeat and
 * the final one with the task's end; this class only adds them up. Thread-safe.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>a running task's value never goes down (heartbeats of one task may arrive out of order);
 *   <li>a task that fails or is killed counts nothing: its partition runs again and counts then;
 *   <li>a value reported for a task after its end (a late heartbeat) is ignored.
 * </ul>
 *
 * <p>Limit: a partition computed twice by tasks that both succeed (a cached block lost and
 * recomputed) counts twice, so {@link #done} can pass the true count.
 */
public final class TaskCounts {
  private final Map<Long, Long> running = new HashMap<>();
  private final Set<Long> ended = new HashSet<>();
  private long finished;

  /** The value a task still running has reached. */
  public synchronized void running(long taskId, long value) {
    if (!ended.contains(taskId)) {
      running.merge(taskId, value, Math::max);
    }
  }

  /**
   * A task ended.
   *
   * @param value its final value (0 when it reported none)
   * @param succeeded false for a failed or killed task: its value is dropped
   */
  public synchronized void ended(long taskId, long value, boolean succeeded) {
    boolean seen = running.remove(taskId) != null;
    if (succeeded) {
      finished += value;
    }
    if (seen || value > 0) {
      ended.add(taskId);
    }
  }

  /** The succeeded tasks' values plus the running tasks' latest ones. */
  public synchronized long done() {
    long sum = finished;
    for (long v : running.values()) {
      sum += v;
    }
    return sum;
  }
}
