package zeitgeist.job;

import java.util.Locale;

/** Prints how long each stage of a run took, to stderr, when {@code --verbose} is on. */
final class StageClock {
  private final boolean on;
  private long last = System.nanoTime();

  StageClock(boolean on) {
    this.on = on;
  }

  void lap(String stage) {
    long now = System.nanoTime();
    if (on) {
      System.err.printf(Locale.ROOT, "zeitgeist: %-26s %7.1f s%n", stage, (now - last) / 1e9);
    }
    last = now;
  }
}
