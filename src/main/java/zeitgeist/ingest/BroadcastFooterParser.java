package zeitgeist.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a public broadcaster's footer in the last five non-empty lines: {@code Über dieses Thema
 * berichtete die tagesschau am 23. Oktober 2018 um 20:00 Uhr.}, {@code Das Erste berichtete am
 * 5.3.2019 über dieses Thema.}, or {@code Stand: 23.10.2018 21:14 Uhr}. Origin {@link
 * DateOrigin#FOOTER}, precision DAY.
 *
 * <p>Rules: the phrase {@code über dieses Thema} is required in a broadcast line, so that body
 * sentences like {@code Die Zeitung berichtete am 5. März 2019 ...} are never footers; the
 * broadcaster's name (without {@code die}/{@code der}, but {@code Das Erste} kept) becomes the
 * source; a broadcast line's date beats a {@code Stand:} line's. Every footer line found is
 * removed, even when its date does not exist. Limits: {@code Stand:} lines at the top of an article
 * are not looked at; only the first broadcast of a line listing several is used.
 */
final class BroadcastFooterParser {
  private static final String DATE =
      "(?:"
          + GermanDateSyntax.WEEKDAY
          + ",?\\s+)?(?<date>"
          + GermanDateSyntax.DAY_DATE
          + ")"
          + "(?:\\s*,?\\s*(?:(?:um|gegen|ab)\\s+)?"
          + GermanDateSyntax.TIME
          + ")?";
  private static final String PROGRAMME = "(?:\\s+(?:in|im)\\s+.{1,80}?)?";
  private static final Pattern ABOUT_TOPIC_FIRST =
      Pattern.compile(
          "über dieses thema\\s+berichteten?\\s+(?:(?:die|der)\\s+|das\\s+(?!erste\\b))?"
              + "(?<name>\\S.{0,40}?)"
              + PROGRAMME
              + "\\s+am\\s+"
              + DATE
              + "(?:\\W.{0,300})?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NAME_FIRST =
      Pattern.compile(
          "(?<name>[\\p{L}\\d][\\p{L}\\d.+-]*(?:\\s+[\\p{L}\\d][\\p{L}\\d.+-]*){0,2})"
              + "\\s+berichteten?(?:\\s+über dieses thema)?"
              + PROGRAMME
              + "\\s+am\\s+"
              + DATE
              + "(?:\\s+über dieses thema)?\\s*\\.?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern STAND =
      Pattern.compile("stand:\\s*" + DATE + "\\s*\\.?", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_ARTICLE =
      Pattern.compile("^(?:die|der)\\s+", Pattern.CASE_INSENSITIVE);
  private static final int LINES_SEARCHED = 5;
  private static final int MAX_FOOTER_CHARS = 500;

  /** What a footer gave: a date and a broadcaster, either may be null. */
  record Footer(PublicationDate date, String broadcaster) {}

  private BroadcastFooterParser() {}

  /** Removes footer lines from the end of {@code lines}; null when there is none. */
  static Footer extract(List<String> lines) {
    PublicationDate broadcastDate = null;
    PublicationDate standDate = null;
    String broadcaster = null;
    boolean found = false;
    int seen = 0;
    for (int i = lines.size() - 1; i >= 0 && seen < LINES_SEARCHED; i--) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      if (line.length() > MAX_FOOTER_CHARS) {
        continue;
      }
      Matcher m = broadcastLine(line);
      if (m != null) {
        found = true;
        lines.remove(i);
        if (broadcaster == null) {
          broadcaster = LEADING_ARTICLE.matcher(m.group("name").strip()).replaceFirst("");
          broadcastDate = date(m);
        }
      } else if ((m = STAND.matcher(line)).matches()) {
        found = true;
        lines.remove(i);
        standDate = standDate == null ? date(m) : standDate;
      }
    }
    if (!found) {
      return null;
    }
    return new Footer(broadcastDate != null ? broadcastDate : standDate, broadcaster);
  }

  private static Matcher broadcastLine(String line) {
    Matcher m = ABOUT_TOPIC_FIRST.matcher(line);
    if (m.matches()) {
      return m;
    }
    m = NAME_FIRST.matcher(line);
    return m.matches() && line.toLowerCase(Locale.ROOT).contains("über dieses thema") ? m : null;
  }

  private static PublicationDate date(Matcher m) {
    return GermanDateSyntax.dayDate(m.group("date"))
        .map(d -> PublicationDate.day(d, DateOrigin.FOOTER))
        .orElse(null);
  }
}
