package zeitgeist.progress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Writes the progress of a run's stages ({@link StageProgress}) to standard error, in one of two
 * ways:
 *
 * <ul>
 *   <li><b>terminal</b>: one line redrawn in place ({@code \r}, padded with spaces over the
 *       previous one) on every {@link #tick}; a stage's last line ends with a newline, so each
 *       finished stage keeps one line on the screen;
 *   <li><b>log</b>: a plain line when a tick finds the current stage has printed nothing for the
 *       interval (so the first comes one interval after the stage began), and the stage's last line
 *       when it ends. A stage shorter than the interval prints its last line only.
 * </ul>
 *
 * <p>{@link #startTicking} ticks from a daemon thread: every second for a terminal, every interval
 * (at most a second) for a log. Tests call {@link #tick} themselves with a clock of their own.
 * Thread-safe. Writes nothing to standard output.
 */
public final class ProgressPrinter implements AutoCloseable {
  private final PrintWriter out;
  private final boolean terminal;
  private final long intervalNanos;
  private final LongSupplier clock;
  private StageProgress stage;
  private long lastLine;
  private int drawn;
  private ScheduledExecutorService ticker;

  private ProgressPrinter(
      PrintWriter out, boolean terminal, Duration interval, LongSupplier clock) {
    this.out = out;
    this.terminal = terminal;
    this.intervalNanos = interval.toNanos();
    this.clock = clock;
  }

  /** Redraws one line in place on {@code out}, a terminal. */
  public static ProgressPrinter forTerminal(PrintWriter out, LongSupplier clock) {
    return new ProgressPrinter(out, true, Duration.ofSeconds(1), clock);
  }

  /** Writes a plain line to {@code out} every {@code interval} while a stage runs. */
  public static ProgressPrinter forLog(PrintWriter out, Duration interval, LongSupplier clock) {
    return new ProgressPrinter(out, false, interval, clock);
  }

  /**
   * Whether this JVM's standard error is a terminal: on Linux, file descriptor 2 is a terminal
   * device; elsewhere, whether the JVM has a console (standard input and output are terminals).
   */
  public static boolean stderrIsTerminal() {
    try {
      String target =
          java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** The clock's current time, for a stage that begins now. */
  public long now() {
    return clock.getAsLong();
  }

  /** A stage begins (ending the one before, if any). */
  public synchronized void begin(StageProgress next) {
    end();
    stage = next;
    lastLine = clock.getAsLong();
  }

  /** Prints what the current stage has done, if it is time to (see the class comment). */
  public synchronized void tick() {
    if (stage == null) return;
    long now = clock.getAsLong();
    if (terminal) {
      draw(stage.line(now), false);
    } else if (now - lastLine >= intervalNanos) {
      out.println(stage.line(now));
      out.flush();
      lastLine = now;
    }
  }

  /** The current stage has ended: its last line. */
  public synchronized void end() {
    finish(false);
  }

  /** The run failed during the current stage: its last line says so. */
  public synchronized void fail() {
    finish(true);
  }

  private void finish(boolean failed) {
    if (stage == null) return;
    long now = clock.getAsLong();
    String last = failed ? stage.failedLine(now) : stage.finalLine(now);
    stage = null;
    if (terminal) {
      draw(last, true);
    } else {
      out.println(last);
      out.flush();
    }
  }

  private void draw(String line, boolean last) {
    String pad = " ".repeat(Math.max(0, drawn - line.length()));
    out.print("\r" + line + pad + (last ? System.lineSeparator() : ""));
    out.flush();
    drawn = last ? 0 : line.length();
  }

  /** Ticks from a daemon thread until {@link #close}. */
  public synchronized void startTicking() {
    if (ticker != null) return;
    long period = Math.min(intervalNanos, Duration.ofSeconds(1).toNanos());
    ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "zeitgeist-progress");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleAtFixedRate(
        () -> {
          try {
            tick();
          } catch (RuntimeException e) {
            // a line missed; an exception here would end every later tick
          }
        },
        period,
        period,
        TimeUnit.NANOSECONDS);
  }

  /** Ends the current stage and stops ticking. */
  @Override
  public void close() {
    ScheduledExecutorService t;
    synchronized (this) {
      end();
      t = ticker;
      ticker = null;
    }
    if (t != null) {
      t.shutdownNow();
    }
  }
}
