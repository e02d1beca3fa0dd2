package zeitgeist.tables;

/**
 * Fault injection for the crash tests: when the system property {@code zeitgeist.crashAt} names a
 * point the run reaches, the JVM halts there at once, as under SIGKILL (no shutdown hooks, no
 * cleanup). Points: {@code after-analysis}; {@code between-tables} (after the per-article tables'
 * commits, before the per-date tables'); {@code mid-per-date} (after the first per-date table's
 * commit); {@code before-commit} (every table written, the {@code runs} row not yet);
 * {@code mid-recovery} (after restoring the first table of a recovery). Unset in normal runs.
 */
public final class CrashPoints {
  private CrashPoints() {}

  public static void reach(String point) {
    if (point.equals(System.getProperty("zeitgeist.crashAt"))) {
      System.err.println("zeitgeist: halting at crash point " + point);
      System.err.flush();
      Runtime.getRuntime().halt(137);
    }
  }
}
