package zeitgeist.tables;

/**
 * Fault injection for the crash tests: when the system property {@code zeitgeist.crashAt} names a
 * point the run reaches, the JVM halts there at once, as under SIGKILL (no shutdown hooks, no
 * cleanup). When {@code zeitgeist.abandonAt} names it, the run is abandoned there instead: {@link
 * Abandoned} is thrown, an {@link Error} the run does not catch, so nothing after the point runs
 * and no failure is recorded, but {@code finally} blocks do run (the warehouse lock is released).
 * Tests use it to stop a run inside their own JVM where what they check is the tables, not what a
 * killed process leaves behind. Points: {@code after-analysis}; {@code between-tables} (after the
 * per-date tables' commits, before the per-article tables'); {@code mid-per-date} (after the first
 * per-date table's commit); {@code before-commit} (every table written, the {@code runs} row not
 * yet); {@code mid-recovery} (after restoring the first table of a recovery); {@code mid-convert}
 * ({@code zeitgeist convert}: the per-article tables converted, the others not). Unset in normal
 * runs.
 */
public final class CrashPoints {
  private CrashPoints() {}

  public static void reach(String point) {
    if (point.equals(System.getProperty("zeitgeist.crashAt"))) {
      System.err.println("zeitgeist: halting at crash point " + point);
      System.err.flush();
      Runtime.getRuntime().halt(137);
    }
    if (point.equals(System.getProperty("zeitgeist.abandonAt"))) {
      throw new Abandoned(point);
    }
  }

  /** A run abandoned at a crash point ({@code zeitgeist.abandonAt}). */
  public static final class Abandoned extends Error {
    private static final long serialVersionUID = 1L;

    Abandoned(String point) {
      super("abandoned at crash point " + point);
    }
  }
}
