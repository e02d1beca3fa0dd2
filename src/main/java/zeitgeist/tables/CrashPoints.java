package zeitgeist.tables;

/**
 * Fault injection for the crash tests: when the system property {@code zeitgeist.crashAt} names a
 * point the run reaches, the JVM halts there at once, as under SIGKILL (no shutdown hooks, no
 * cleanup). Points: {@code after-analysis}; {@code between-tables} (after the per-article tables'
 * commits, before the per-date tables'); {@code mid-per-date} (after the first per-date table's
 * commit); {@code before-commit} (every table written, the {@code runs} row not yet);
 * {@code mid-recovery} (after restoring the first table of a recovery); {@code mid-convert}
 * ({@code zeitgeist convert}: the per-article tables converted, the others not). Unset in
 * normal runs.
 *
 * <p>With {@code zeitgeist.crashMode=throw} the point throws {@link Crash} instead, for tests that
 * crash a command inside the test JVM: nothing after the point runs, as after a kill, but the JVM
 * and its SparkSession live on (and the warehouse lock is released, as on SIGTERM).
 */
public final class CrashPoints {
  private CrashPoints() {}

  /** The failure a crash point throws in {@code throw} mode. */
  public static final class Crash extends RuntimeException {
    Crash(String point) {
      super("crash point " + point);
    }
  }

  public static void reach(String point) {
    if (point.equals(System.getProperty("zeitgeist.crashAt"))) {
      if ("throw".equals(System.getProperty("zeitgeist.crashMode"))) throw new Crash(point);
      System.err.println("zeitgeist: halting at crash point " + point);
      System.err.flush();
      Runtime.getRuntime().halt(137);
    }
  }
}
