package zeitgeist.progress;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One stage of a run as its progress lines tell it: its name, what it counts, how many it will
 * count when that is known, and when it started. Pure: the time is passed in.
 *
 * <p>The lines, all on standard error and starting with {@code zeitgeist: }:
 *
 * <pre>
 * analysis  12,400 of 100,000 articles (12%), 131/s, about 9 min 52 s left   total known
 * analysis  done: 100,000 of 100,000 articles in 12 min 40 s, 131/s          its last line
 * ingest  41,200 records, 1,370/s                                            total unknown
 * ingest  done: 101,060 records in 1 min 14 s, 1,366/s
 * per-date: terms_by_date  running, 1 min 30 s so far                        nothing counted
 * per-date: terms_by_date  done in 1 min 38 s
 * analysis  failed after 42 s, at 3,100 of 100,000 articles (3%)          the run failed
 * </pre>
 *
 * <p>Rules: the rate is the stage's average so far (count ÷ time since the stage began, model
 * loading included), so the estimate assumes the rest goes at the same pace; there is no rate and
 * no estimate before the first count arrives, and no estimate without a total. Once the count
 * reaches the total, the line says {@code all counted} (the stage may still have work after its
 * last item, such as counting languages). The percentage is rounded down and never shown above 100;
 * the count is shown as counted, so a count above the total (see {@link TaskCounts}) is visible.
 * Numbers use {@code ,} between thousands.
 */
public final class StageProgress {
  /** The total of a stage whose total is not known. */
  public static final long UNKNOWN = -1;

  private final String name;
  private final String unit;
  private final long total;
  private final LongSupplier done;
  private final long startNanos;

  private StageProgress(String name, String unit, long total, LongSupplier done, long startNanos) {
    this.name = name;
    this.unit = unit;
    this.total = total;
    this.done = done;
    this.startNanos = startNanos;
  }

  /**
   * A stage that counts {@code unit}s.
   *
   * @param total how many it will count, or {@link #UNKNOWN}
   * @param done how many it has counted so far
   */
  public static StageProgress counted(
      String name, String unit, long total, LongSupplier done, long startNanos) {
    return new StageProgress(name, unit, total, done, startNanos);
  }

  /** A stage that counts nothing: its lines say how long it has run. */
  public static StageProgress timed(String name, long startNanos) {
    return new StageProgress(name, null, UNKNOWN, null, startNanos);
  }

  public String name() {
    return name;
  }

  /** The line shown while the stage runs. */
  public String line(long nowNanos) {
    double seconds = seconds(nowNanos);
    if (done == null) {
      return prefix() + "running, " + duration(seconds) + " so far";
    }
    long n = done.getAsLong();
    StringBuilder sb = new StringBuilder(prefix()).append(counted(n));
    if (n == 0) {
      return sb.append(", ").append(duration(seconds)).append(" so far").toString();
    }
    double rate = n / Math.max(seconds, 1e-3);
    sb.append(", ").append(rate(rate));
    if (total != UNKNOWN) {
      long left = total - n;
      sb.append(left <= 0 ? ", all counted" : ", about " + eta(left / rate) + " left");
    }
    return sb.toString();
  }

  /** The stage's last line, when it has ended. */
  public String finalLine(long nowNanos) {
    double seconds = seconds(nowNanos);
    if (done == null) {
      return prefix() + "done in " + duration(seconds);
    }
    long n = done.getAsLong();
    String s =
        prefix()
            + "done: "
            + (total == UNKNOWN ? count(n) : count(n) + " of " + count(total))
            + " "
            + unit
            + " in "
            + duration(seconds);
    return n == 0 ? s : s + ", " + rate(n / Math.max(seconds, 1e-3));
  }

  /** The stage's last line, when the run failed during it. */
  public String failedLine(long nowNanos) {
    String s = prefix() + "failed after " + duration(seconds(nowNanos));
    return done == null ? s : s + ", at " + counted(done.getAsLong());
  }

  private String prefix() {
    return "zeitgeist: " + name + "  ";
  }

  private String counted(long n) {
    if (total == UNKNOWN) {
      return count(n) + " " + unit;
    }
    long percent = total == 0 ? 100 : Math.min(100, n * 100 / total);
    return count(n) + " of " + count(total) + " " + unit + " (" + percent + "%)";
  }

  private double seconds(long nowNanos) {
    return Math.max(0, nowNanos - startNanos) / 1e9;
  }

  /** {@code 12,400}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code 1,370/s}, {@code 131/s}, {@code 2.5/s}: whole numbers from 10 up. */
  static String rate(double perSecond) {
    return perSecond >= 9.95
        ? String.format(Locale.ROOT, "%,.0f/s", perSecond)
        : String.format(Locale.ROOT, "%.1f/s", perSecond);
  }

  /** Time left: {@code 7 s} (whole seconds, at least 1, rounded up), else as {@link #duration}. */
  static String eta(double seconds) {
    return seconds < 59.5 ? Math.max(1, (long) Math.ceil(seconds)) + " s" : duration(seconds);
  }

  /**
   * {@code 1.6 s} (under 10 s), {@code 42 s}, {@code 9 min 52 s}, {@code 2 h 5 min}: whole seconds
   * from 10 s on, rounded to the nearest.
   */
  static String duration(double seconds) {
    if (seconds < 9.95) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return s / 60 + " min " + s % 60 + " s";
    }
    long minutes = Math.round(s / 60.0);
    return minutes / 60 + " h " + minutes % 60 + " min";
  }
}
