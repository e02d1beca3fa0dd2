package zeitgeist.ingest;

/**
 * An article's date as {@link ArticleDater} chose it, with what was given and what was not used.
 *
 * @param date the plausible date chosen, or null when the article is undated
 * @param origin the {@code date_origin} stored: the chosen date's origin ({@code field}, {@code
 *     header}, {@code dateline}, {@code footer}); when undated, why: {@code field_unreadable},
 *     {@code field_implausible}, {@code header_implausible}, ..., or null when no date was given
 * @param raw the date field's value as read (stripped), or null when the record has none
 * @param fieldUnreadable the date field was given but is not a date (counted even when the text
 *     gave the date)
 * @param implausible the field's date, or the text's when the field gave none, is not plausible
 *     (counted even when the text gave the date instead)
 */
public record ArticleDate(
    PublicationDate date, String origin, String raw, boolean fieldUnreadable, boolean implausible) {
  /** {@code date_origin} of an undated article whose date field is not a date. */
  public static final String FIELD_UNREADABLE = "field_unreadable";

  /** {@code date_origin} of an undated article whose date from {@code origin} is implausible. */
  public static String implausible(DateOrigin origin) {
    return origin.code() + "_implausible";
  }
}
