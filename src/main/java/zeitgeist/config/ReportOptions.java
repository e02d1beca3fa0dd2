package zeitgeist.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@code zeitgeist run} reports on itself while it runs and when it ends.
 *
 * <ul>
 *   <li>{@code --progress}: {@code auto} (default) draws one line updated in place when standard
 *       error is a terminal and writes a plain line every {@code --progress-every} otherwise (a
 *       cron log); {@code terminal} and {@code log} force one of the two; {@code none} prints no
 *       progress. Progress goes to standard error only.
 *   <li>{@code --progress-every}: how often a log line is written, a whole number with a unit:
 *       {@code 500ms}, {@code 30s} (default), {@code 2m} (or {@code 2min}), {@code 1h}; from 10 ms
 *       to 24 h. A terminal line is redrawn every second whatever this says.
 *   <li>{@code --summary}: what standard output carries at the end: {@code text} (default, the one
 *       summary line) or {@code json} (one JSON object on one line).
 *   <li>{@code --summary-file}: a local file the JSON object is also written to (replaced as a
 *       whole when the run ends, also when it fails); its folder must exist.
 * </ul>
 *
 * @param progress the {@code --progress} mode, {@link Progress#AUTO} not yet resolved
 * @param progressEvery the interval between log lines
 * @param summary what standard output carries at the end
 * @param summaryFile the file the JSON summary is written to, or null
 */
public record ReportOptions(
    Progress progress, Duration progressEvery, Summary summary, Path summaryFile) {

  /** {@code --progress}. */
  public enum Progress {
    AUTO,
    TERMINAL,
    LOG,
    NONE
  }

  /** {@code --summary}. */
  public enum Summary {
    TEXT,
    JSON
  }

  public static final Duration DEFAULT_EVERY = Duration.ofSeconds(30);
  public static final ReportOptions DEFAULT =
      new ReportOptions(Progress.AUTO, DEFAULT_EVERY, Summary.TEXT, null);

  private static final Duration MIN_EVERY = Duration.ofMillis(10);
  private static final Duration MAX_EVERY = Duration.ofHours(24);
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|min|h)");

  /** Parses the command-line values; a bad one throws a {@link ConfigException} naming it. */
  public static ReportOptions of(
      String progress, String progressEvery, String summary, String summaryFile) {
    Progress mode = parse(Progress.class, progress, "--progress", "auto, terminal, log, none");
    Duration every = parseInterval(progressEvery);
    Summary format = parse(Summary.class, summary, "--summary", "text, json");
    Path file = null;
    if (summaryFile != null) {
      try {
        if (summaryFile.isBlank()) throw new InvalidPathException(summaryFile, "empty");
        file = Path.of(summaryFile).toAbsolutePath();
      } catch (InvalidPathException e) {
        throw new ConfigException("--summary-file is not a file name: '" + summaryFile + "'");
      }
    }
    return new ReportOptions(mode, every, format, file);
  }

  /** Whether a JSON summary is asked for, on standard output or in a file. */
  public boolean wantsJson() {
    return summary == Summary.JSON || summaryFile != null;
  }

  /** Checks that the summary file can be written: its folder exists, and it is no folder. */
  void checkSummaryFile() {
    if (summaryFile == null) return;
    if (Files.isDirectory(summaryFile)) {
      throw new ConfigException("--summary-file is a directory: " + summaryFile);
    }
    Path dir = summaryFile.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new ConfigException("--summary-file: no such directory: " + dir);
    }
    if (!Files.isWritable(dir)) {
      throw new ConfigException("--summary-file: directory not writable: " + dir);
    }
  }

  /** Parses a {@code --progress-every} value ({@code 30s}); see the class comment. */
  static Duration parseInterval(String value) {
    Matcher m = DURATION.matcher(value == null ? "" : value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new ConfigException(
          "--progress-every expects a duration such as 30s, 2m or 500ms, " + "got '" + value + "'");
    }
    long n = Long.parseLong(m.group(1));
    Duration d =
        switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofMinutes(n);
        };
    if (d.compareTo(MIN_EVERY) < 0 || d.compareTo(MAX_EVERY) > 0) {
      throw new ConfigException(
          "--progress-every must be between 10ms and 24h, got '" + value + "'");
    }
    return d;
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String option, String accepted) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ConfigException(option + " must be one of " + accepted + ", got '" + value + "'");
    }
  }
}
