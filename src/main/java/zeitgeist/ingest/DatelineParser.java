package zeitgeist.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a dateline such as {@code 2. Mai 2017, 21:06 Uhr}, {@code 23.10.2018, 20:00 Uhr} or {@code
 * 2. Mai 2017 |} at the start of one of the first three non-empty lines. Origin {@link
 * DateOrigin#DATELINE}, precision DAY.
 *
 * <p>Rules: an optional weekday, then a German day date with a four-digit year ({@link
 * GermanDateSyntax#DAY_DATE}), then a time ({@code , 21:06 Uhr}, {@code um 20 Uhr}), a separator
 * ({@code |}, {@code –}, {@code —}, {@code -}) or the end of the line. A date merely starting a
 * sentence ({@code 2. Mai 2017 war ...}) is not a dateline. The dateline is removed; when the rest
 * of the line is title-like ({@link TitleDetector#isTitleLike}) it is returned as the headline and
 * the line removed, otherwise the rest stays as text. A dateline whose date does not exist is left
 * alone. Limits: datelines after a place name ({@code Berlin, 2. Mai 2017}) or without a year are
 * not recognised.
 */
final class DatelineParser {
  private static final Pattern DATELINE =
      Pattern.compile(
          GermanDateSyntax.WEEKDAY_DAY_DATE
              + "(?:"
              + GermanDateSyntax.AT_TIME
              + "(?:\\s*[|–—-])?|\\s*[|–—-]|\\s*$)\\s*");
  private static final int LINES_SEARCHED = 3;

  /** The date of a dateline and the title-like rest of its line (or null). */
  record Dateline(PublicationDate date, String headline) {}

  private DatelineParser() {}

  /** Removes the first dateline from {@code lines} and returns it, or null when there is none. */
  static Dateline extract(List<String> lines) {
    for (int n = 0; n < LINES_SEARCHED; n++) {
      int i = TextNormalizer.nonEmptyIndex(lines, n);
      if (i < 0) {
        return null;
      }
      Matcher m = DATELINE.matcher(lines.get(i));
      if (!m.lookingAt()) {
        continue;
      }
      PublicationDate date =
          GermanDateSyntax.dayDate(m.group(1))
              .map(d -> PublicationDate.day(d, DateOrigin.DATELINE))
              .orElse(null);
      if (date == null) {
        continue;
      }
      String rest = lines.get(i).substring(m.end()).strip();
      if (TitleDetector.isTitleLike(rest)) {
        lines.remove(i);
        return new Dateline(date, rest);
      }
      lines.set(i, rest);
      return new Dateline(date, null);
    }
    return null;
  }
}
