package zeitgeist.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the value of a metadata date field into a {@link PublicationDate} with origin {@link
 * DateOrigin#FIELD}. Pure, thread-safe, never throws.
 *
 * <p>Accepted, after trimming: ISO date-times with or without offset ({@code
 * 2018-10-23T20:00:00+02:00}, {@code 2018-10-23T20:00}, {@code 2018-10-23 20:00:00}), whose local
 * date as written is taken (the offset is not applied); ISO dates {@code 2018-10-23}, also unpadded
 * ({@code 2021-3-5}) or with slashes; {@code 2018-07} (month); {@code 2018} (year); German {@code
 * 23.10.2018}, {@code 23. Oktober 2018}, {@code 23. Okt. 2018}, optionally after a weekday and
 * before a time; German {@code Oktober 2018} (month); epoch seconds (9-10 digits) and milliseconds
 * (12-13 digits), taken in UTC; RFC 1123 ({@code Tue, 23 Oct 2018 20:00:00 +0200}), weekday not
 * checked. Values over 100 characters, dates that do not exist ({@code 2018-02-30}), impossible
 * times, and years before 1000 give empty. Whether the date is plausible (not in the future, not
 * before the first newspapers) is {@link ArticleDater}'s rule, not this parser's. Limits: compact
 * {@code 20181023}, two-digit years and US {@code 10/23/2018} are not accepted.
 */
public final class MetadataDateParser {
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})"
              + "(?::(\\d{2})(?:[.,]\\d{1,9})?)?\\s*(?:Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern EPOCH_SECONDS = Pattern.compile("\\d{9,10}");
  private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{12,13}");
  private static final Pattern GERMAN_DAY =
      Pattern.compile(GermanDateSyntax.WEEKDAY_DAY_DATE + "(?:" + GermanDateSyntax.AT_TIME + ")?");
  private static final Pattern GERMAN_MONTH =
      Pattern.compile("(" + GermanDateSyntax.MONTH_NAME + ")\\.?\\s+(\\d{4})");
  private static final Pattern RFC_1123 =
      Pattern.compile(
          "(?:[A-Za-z]{3},\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})\\s+(\\d{4})\\s+(\\d{1,2}):(\\d{2})"
              + "(?::(\\d{2}))?\\s*(?:GMT|UTC?|Z|[+-]\\d{4}|[A-Z]{3})?");

  /** RFC 1123 month abbreviations, three letters each, in calendar order. */
  private static final String ENGLISH_MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  private static final int MAX_VALUE_CHARS = 100;

  private MetadataDateParser() {}

  /** The date in {@code value}, or empty when there is none or it does not exist. */
  public static Optional<PublicationDate> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.replace('\u00A0', ' ').strip();
    if (v.length() > MAX_VALUE_CHARS) {
      return Optional.empty();
    }
    Matcher m;
    if ((m = ISO.matcher(v)).matches()) {
      boolean validTime = validTime(m.group(4), m.group(5), m.group(6));
      return validTime ? day(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }
    if ((m = YEAR_MONTH.matcher(v)).matches()) {
      return GermanDateSyntax.date(num(m.group(1)), num(m.group(2)), 1)
          .map(d -> PublicationDate.month(d.getYear(), d.getMonthValue(), DateOrigin.FIELD));
    }
    if (YEAR.matcher(v).matches()) {
      return GermanDateSyntax.date(num(v), 1, 1)
          .map(d -> new PublicationDate(d, DatePrecision.YEAR, DateOrigin.FIELD));
    }
    if (EPOCH_SECONDS.matcher(v).matches()) {
      return epoch(Instant.ofEpochSecond(Long.parseLong(v)));
    }
    if (EPOCH_MILLIS.matcher(v).matches()) {
      return epoch(Instant.ofEpochMilli(Long.parseLong(v)));
    }
    if ((m = GERMAN_DAY.matcher(v)).matches()) {
      return GermanDateSyntax.dayDate(m.group(1))
          .map(d -> PublicationDate.day(d, DateOrigin.FIELD));
    }
    if ((m = GERMAN_MONTH.matcher(v)).matches()) {
      int month = GermanDateSyntax.month(m.group(1));
      return GermanDateSyntax.date(num(m.group(2)), month, 1)
          .map(d -> PublicationDate.month(d.getYear(), month, DateOrigin.FIELD));
    }
    if ((m = RFC_1123.matcher(v)).matches()) {
      int index = ENGLISH_MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT));
      int month = index % 3 == 0 ? index / 3 + 1 : 0;
      if (month == 0 || !validTime(m.group(4), m.group(5), m.group(6))) {
        return Optional.empty();
      }
      return GermanDateSyntax.date(num(m.group(3)), month, num(m.group(1)))
          .map(d -> PublicationDate.day(d, DateOrigin.FIELD));
    }
    return Optional.empty();
  }

  private static Optional<PublicationDate> day(String year, String month, String day) {
    return GermanDateSyntax.date(num(year), num(month), num(day))
        .map(d -> PublicationDate.day(d, DateOrigin.FIELD));
  }

  private static Optional<PublicationDate> epoch(Instant instant) {
    LocalDate d = LocalDate.ofInstant(instant, ZoneOffset.UTC);
    return GermanDateSyntax.date(d.getYear(), d.getMonthValue(), d.getDayOfMonth())
        .map(x -> PublicationDate.day(x, DateOrigin.FIELD));
  }

  private static boolean validTime(String hour, String minute, String second) {
    return (hour == null || num(hour) <= 23)
        && (minute == null || num(minute) <= 59)
        && (second == null || num(second) <= 60);
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }
}
