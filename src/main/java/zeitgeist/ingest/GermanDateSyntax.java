package zeitgeist.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular-expression fragments and resolution for German calendar dates, shared by the date rules.
 *
 * <p>A day date is {@code 23. Oktober 2018}, {@code 23. Okt. 2018}, {@code 3. März 2019} ({@code
 * Maerz}, {@code Jänner} too), {@code 23.10.2018} or {@code 5.3.2019}. Limits: two-digit years
 * ({@code 23.10.18}) and dates without a year are not day dates; a year must have four digits, from
 * {@value #MIN_YEAR} to {@value #MAX_YEAR}. Whether a date is plausible for news is not decided
 * here but by {@link ArticleDater}, so that {@code 2099} is reported as implausible rather than as
 * no date.
 */
final class GermanDateSyntax {
  static final int MIN_YEAR = 1000;
  static final int MAX_YEAR = 9999;

  /** A German month name or abbreviation, matched case-insensitively; no trailing dot. */
  static final String MONTH_NAME =
      "(?iu:januar|jänner|jaenner|februar|feber|märz|maerz|april|mai|juni|juli|august|september"
          + "|oktober|november|dezember|febr|sept|jan|feb|mär|mrz|apr|jun|jul|aug|sep|okt|nov|dez)";

  /** A day date with a four-digit year, e.g. {@code 23. Okt. 2018} or {@code 23.10.2018}. */
  static final String DAY_DATE =
      "\\d{1,2}\\.\\s*(?:" + MONTH_NAME + "\\.?|\\d{1,2}\\.)\\s*\\d{4}(?!\\d)";

  /** A clock time: {@code 20:00 Uhr}, {@code 20.00}, {@code 20 Uhr}. */
  static final String TIME = "(?:\\d{1,2}[:.]\\d{2}(?![\\d.:])(?:\\s*Uhr)?|\\d{1,2}\\s*Uhr)";

  /** A German weekday, full or abbreviated, with an optional dot. */
  static final String WEEKDAY =
      "(?iu:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so)\\.?";

  /**
   * A day date, optionally after a weekday ({@code Dienstag, 2. Mai 2017}); group 1 is the day
   * date.
   */
  static final String WEEKDAY_DAY_DATE = "(?:" + WEEKDAY + ",?\\s+)?(" + DAY_DATE + ")";

  /** A time after a date: {@code , 14:30 Uhr}, {@code um 9 Uhr}. */
  static final String AT_TIME = "\\s*,?\\s*(?:um\\s+)?" + TIME;

  private static final Pattern DAY_DATE_PARTS =
      Pattern.compile("(\\d{1,2})\\.\\s*(" + MONTH_NAME + "\\.?|\\d{1,2}\\.)\\s*(\\d{4})");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("januar", 1),
          Map.entry("jänner", 1),
          Map.entry("jaenner", 1),
          Map.entry("jan", 1),
          Map.entry("februar", 2),
          Map.entry("feber", 2),
          Map.entry("febr", 2),
          Map.entry("feb", 2),
          Map.entry("märz", 3),
          Map.entry("maerz", 3),
          Map.entry("mär", 3),
          Map.entry("mrz", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("mai", 5),
          Map.entry("juni", 6),
          Map.entry("jun", 6),
          Map.entry("juli", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sept", 9),
          Map.entry("sep", 9),
          Map.entry("oktober", 10),
          Map.entry("okt", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("dezember", 12),
          Map.entry("dez", 12));

  private GermanDateSyntax() {}

  /** The month number of a German month name or abbreviation (dot allowed), or 0. */
  static int month(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    if (key.endsWith(".")) {
      key = key.substring(0, key.length() - 1);
    }
    return MONTHS.getOrDefault(key, 0);
  }

  /** Resolves text matching {@link #DAY_DATE}; empty when the date does not exist. */
  static Optional<LocalDate> dayDate(String text) {
    Matcher m = DAY_DATE_PARTS.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String monthText = m.group(2);
    int month =
        Character.isDigit(monthText.charAt(0))
            ? Integer.parseInt(monthText.substring(0, monthText.length() - 1))
            : month(monthText);
    return date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
  }

  /** The date, or empty when it does not exist or the year is not four digits from 1000. */
  static Optional<LocalDate> date(int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
