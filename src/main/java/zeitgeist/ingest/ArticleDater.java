package zeitgeist.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses an article's date from its date field and the date its text gave (header, dateline or
 * footer; see {@link ArticleTextCleaner}), keeping what it does not use visible. Pure and
 * thread-safe.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>A blank field is no field. Any other field value is kept as read ({@code date_raw}).
 *   <li>A date is plausible when it lies from {@link #EARLIEST} to the run's date plus one day
 *       ({@link #latest}; the day covers time zones ahead of UTC). A month or a year counts from
 *       its first day, so the running month and year are plausible. The same rule holds for every
 *       origin: a dateline of 2099 is no more trusted than a field of 2099.
 *   <li>The field's date is used when it parses ({@link MetadataDateParser}) and is plausible; else
 *       the text's date when it is plausible; else the article is undated.
 *   <li>An undated article's {@code date_origin} says why: {@code field_unreadable} (the field is
 *       not a date), else {@code field_implausible}, else {@code header_implausible}, {@code
 *       dateline_implausible} or {@code footer_implausible}; null when no date was given at all.
 *   <li>An unreadable field, and an implausible date that would otherwise have been used (the
 *       field's, or the text's when the field gave none), are reported ({@link
 *       ArticleDate#fieldUnreadable}, {@link ArticleDate#implausible}) even when the text gave the
 *       date: such an article is dated from its text, with {@code date_raw} showing the field it
 *       did not use. A text date behind a usable field is never looked at.
 * </ol>
 *
 * <p>Why 1600: the first printed newspapers appeared in 1605 (the {@code Relation} in Strasbourg)
 * and 1609 (the {@code Aviso} in Wolfenbüttel), both German; digitised newspaper archives
 * (Europeana Newspapers, ANNO, the Deutsches Zeitungsportal) start in the 17th century. An earlier
 * date is not a publication date of news. The parsers read any year from 1000 to 9999, so that such
 * a date is reported as implausible rather than unreadable.
 *
 * <p>Limits: the run's date is the UTC date its run started, so a rerun months later judges by a
 * later date; but articles already stored are not dated again until their content changes (or
 * {@code --full}), so an article judged implausible stays so. Only the first date the text gave is
 * looked at: an implausible header does not let a plausible footer through.
 */
public final class ArticleDater {
  /** The earliest plausible publication date. */
  public static final LocalDate EARLIEST = LocalDate.of(1600, 1, 1);

  private final LocalDate latest;

  /**
   * @param runDate the date the run started (UTC)
   */
  public ArticleDater(LocalDate runDate) {
    this.latest = Objects.requireNonNull(runDate, "runDate").plusDays(1);
  }

  /** The latest plausible publication date: the run's date plus one day. */
  public LocalDate latest() {
    return latest;
  }

  /** True when {@code d} (its first day) lies from {@link #EARLIEST} to {@link #latest}. */
  public boolean plausible(PublicationDate d) {
    return !d.date().isBefore(EARLIEST) && !d.date().isAfter(latest);
  }

  /**
   * The article's date.
   *
   * @param field the record's date field as read, or null
   * @param textDate the date its text gave, or null
   */
  public ArticleDate date(String field, PublicationDate textDate) {
    String raw = field == null || field.isBlank() ? null : field.strip();
    Optional<PublicationDate> parsed =
        raw == null ? Optional.empty() : MetadataDateParser.parse(raw);
    boolean unreadable = raw != null && parsed.isEmpty();
    PublicationDate fieldDate = parsed.orElse(null);
    boolean fieldImplausible = fieldDate != null && !plausible(fieldDate);
    if (fieldDate != null && !fieldImplausible) {
      return new ArticleDate(fieldDate, fieldDate.origin().code(), raw, false, false);
    }
    boolean textImplausible = textDate != null && !plausible(textDate);
    boolean implausible = fieldImplausible || textImplausible;
    if (textDate != null && !textImplausible) {
      return new ArticleDate(textDate, textDate.origin().code(), raw, unreadable, implausible);
    }
    String why =
        unreadable
            ? ArticleDate.FIELD_UNREADABLE
            : fieldImplausible
                ? ArticleDate.implausible(DateOrigin.FIELD)
                : textImplausible ? ArticleDate.implausible(textDate.origin()) : null;
    return new ArticleDate(null, why, raw, unreadable, implausible);
  }
}
