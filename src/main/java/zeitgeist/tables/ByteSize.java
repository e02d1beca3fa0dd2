package zeitgeist.tables;

import java.util.Locale;

/** Byte counts for people: {@code 512 B}, {@code 48.1 KiB}, {@code 1.2 GiB} (powers of 1024). */
public final class ByteSize {
  private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

  private ByteSize() {}

  public static String format(long bytes) {
    if (bytes < 1024) return bytes + " B";
    double v = bytes;
    int unit = 0;
    while (v >= 1024 && unit < UNITS.length - 1) {
      v /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, UNITS[unit]);
  }
}
