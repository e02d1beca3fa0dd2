package zeitgeist.bench;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one benchmarked JVM cost: from GNU time's {@code -v} report, the wall time, CPU time and
 * peak resident set size; from the JVM's own GC log ({@code -Xlog:gc:file=...}), the peak of the
 * Java heap (the largest heap in use just before a collection: the heap at its fullest, short of
 * whatever was allocated after the last collection), the largest heap size and the collections'
 * pauses. Figures a file does not give are empty.
 */
record ProcessStats(
    OptionalDouble wallSeconds,
    OptionalDouble cpuSeconds,
    OptionalLong peakRssBytes,
    OptionalInt exitStatus,
    OptionalLong heapPeakBytes,
    OptionalLong heapSizeBytes,
    int gcPauses,
    double gcPauseSeconds) {
  private static final Pattern GC =
      Pattern.compile(
          "GC\\(\\d+\\) (.*?)(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)\\s+(\\d+(?:\\.\\d+)?)ms");

  static ProcessStats parse(List<String> timeReport, List<String> gcLog) {
    OptionalDouble wall = OptionalDouble.empty();
    double user = Double.NaN;
    double system = Double.NaN;
    OptionalLong rss = OptionalLong.empty();
    OptionalInt exit = OptionalInt.empty();
    for (String raw : timeReport) {
      String line = raw.strip();
      int colon = line.lastIndexOf(": ");
      String value = colon < 0 ? "" : line.substring(colon + 2).strip();
      if (line.startsWith("Elapsed (wall clock) time")) {
        wall = OptionalDouble.of(clock(value));
      } else if (line.startsWith("User time (seconds)")) {
        user = Double.parseDouble(value);
      } else if (line.startsWith("System time (seconds)")) {
        system = Double.parseDouble(value);
      } else if (line.startsWith("Maximum resident set size (kbytes)")) {
        rss = OptionalLong.of(Long.parseLong(value) * 1024);
      } else if (line.startsWith("Exit status")) {
        exit = OptionalInt.of(Integer.parseInt(value));
      }
    }
    long peak = -1;
    long size = -1;
    int pauses = 0;
    double pauseMs = 0;
    for (String line : gcLog) {
      Matcher m = GC.matcher(line);
      if (!m.find()) continue;
      peak = Math.max(peak, bytes(m.group(2), m.group(3)));
      size = Math.max(size, bytes(m.group(6), m.group(7)));
      if (m.group(1).startsWith("Pause")) {
        pauses++;
        pauseMs += Double.parseDouble(m.group(8));
      }
    }
    return new ProcessStats(
        wall,
        Double.isNaN(user + system) ? OptionalDouble.empty() : OptionalDouble.of(user + system),
        rss,
        exit,
        peak < 0 ? OptionalLong.empty() : OptionalLong.of(peak),
        size < 0 ? OptionalLong.empty() : OptionalLong.of(size),
        pauses,
        pauseMs / 1000);
  }

  /** {@code h:mm:ss} or {@code m:ss.ss} in seconds. */
  static double clock(String value) {
    double s = 0;
    for (String part : value.split(":")) {
      s = s * 60 + Double.parseDouble(part);
    }
    return s;
  }

  private static long bytes(String n, String unit) {
    long v = Long.parseLong(n);
    return switch (unit) {
      case "K" -> v << 10;
      case "M" -> v << 20;
      default -> v << 30;
    };
  }
}
