package zeitgeist.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a {@code date YYYY-MM} or {@code date YYYY-MM-DD} header at the very start of an article,
 * as some corpora prepend it to the body on the same line ({@code " date 2018-07 Der russische
 * Präsident ..."}). Origin {@link DateOrigin#HEADER}; precision MONTH or DAY.
 *
 * <p>Rules: only the first non-empty line is looked at; the word {@code date} (any case, optional
 * colon) must start it and be followed by the ISO date, optionally a time and offset, then
 * whitespace or the end of the line. The header token is removed and the rest of the line kept; a
 * header whose date does not exist ({@code date 2018-13}) is still removed but gives no date.
 * Limits: other header keywords ({@code Datum:}) are not recognised.
 */
final class HeaderDateRule {
  private static final Pattern HEADER =
      Pattern.compile(
          "date:?\\s+(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?"
              + "(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?:\\s+|$)",
          Pattern.CASE_INSENSITIVE);

  private HeaderDateRule() {}

  /** Removes the header from {@code lines} and returns its date, or null. */
  static PublicationDate extract(List<String> lines) {
    int i = TextNormalizer.nonEmptyIndex(lines, 0);
    if (i < 0) {
      return null;
    }
    Matcher m = HEADER.matcher(lines.get(i));
    if (!m.lookingAt()) {
      return null;
    }
    lines.set(i, lines.get(i).substring(m.end()));
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    if (m.group(3) == null) {
      return GermanDateSyntax.date(year, month, 1)
          .map(d -> PublicationDate.month(year, month, DateOrigin.HEADER))
          .orElse(null);
    }
    return GermanDateSyntax.date(year, month, Integer.parseInt(m.group(3)))
        .map(d -> PublicationDate.day(d, DateOrigin.HEADER))
        .orElse(null);
  }
}
