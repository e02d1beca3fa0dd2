package zeitgeist.ingest;

import java.time.LocalDate;

/**
 * One article as {@link ArticleBuilder} built it from one input record: cleaned, dated and
 * identified. Immutable. Its language is not part of it: a later stage identifies it with the
 * corpus's dominant language in mind ({@link LanguageIdentifier#identify(String, String)}).
 *
 * @param articleId the stable id ({@link ArticleIds#articleId})
 * @param source the record's source field, else the source the cleaner recognised; null when none
 * @param url the record's URL, or null
 * @param title the record's title field, else the title the cleaner recognised; null when none
 * @param date how the article was dated, undated included (never null)
 * @param text the cleaned text: boilerplate removed, lines joined, normalised
 * @param rawText the text as read
 * @param contentHash the hash of the normalised text ({@link ArticleIds#contentHash}), by which
 *     exact duplicates are found
 * @param encoding the character encoding the text was decoded from, or null when not a text file
 * @param inputPath the input file
 * @param locator where in the file: {@code file}, {@code line N}, {@code record N}, {@code row N}
 */
public record Article(
    String articleId,
    String source,
    String url,
    String title,
    ArticleDate date,
    String text,
    String rawText,
    String contentHash,
    String encoding,
    String inputPath,
    String locator) {

  /** The publication date, or null when undated. */
  public LocalDate publishedDate() {
    return date.date() == null ? null : date.date().date();
  }

  /** {@code day}, {@code month} or {@code year}, or null when undated. */
  public String datePrecision() {
    return date.date() == null ? null : date.date().precision().code();
  }
}
