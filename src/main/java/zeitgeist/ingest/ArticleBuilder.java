package zeitgeist.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import zeitgeist.config.IdScope;

/**
 * Turns one {@link RawRecord} into an {@link Article} or a {@link Reject}. Pure and thread-safe.
 *
 * <p>Rules: a record already rejected by its reader stays rejected; a record without text, or whose
 * text is only boilerplate, is {@code no_text}; a text over the size limit is {@code too_large}.
 * The date is chosen by {@link ArticleDater}: the metadata field's when it parses and is plausible,
 * else the one the cleaner found in the text when plausible; the field's value is kept as read
 * ({@link ArticleDate#raw}), and an undated article's {@link ArticleDate#origin} says why (e.g.
 * {@code field_unreadable}, {@code field_implausible}). Title and source: the field's, else what
 * the cleaner recognised. Whether an article duplicates another needs all articles and is decided
 * by the Spark layer; so is its language ({@link LanguageIdentifier}), the costliest step, only for
 * the articles a run keeps.
 */
public final class ArticleBuilder {
  private final ArticleTextCleaner cleaner = new ArticleTextCleaner();
  private final long maxArticleBytes;
  private final ArticleDater dater;
  private final IdScope idScope;

  /** A builder judging dates by today (UTC). */
  public ArticleBuilder(long maxArticleBytes) {
    this(maxArticleBytes, LocalDate.now(ZoneOffset.UTC));
  }

  /**
   * @param runDate the date the run started (UTC): dates after the next day are implausible
   */
  public ArticleBuilder(long maxArticleBytes, LocalDate runDate) {
    this(maxArticleBytes, runDate, IdScope.GLOBAL);
  }

  /**
   * @param runDate the date the run started (UTC): dates after the next day are implausible
   * @param idScope where a record's own id is unique ({@code --id-scope})
   */
  public ArticleBuilder(long maxArticleBytes, LocalDate runDate, IdScope idScope) {
    this.maxArticleBytes = maxArticleBytes;
    this.dater = new ArticleDater(runDate);
    this.idScope = idScope;
  }

  /** Either an article or a reject, never both. */
  public record Built(Article article, Reject reject) {}

  public Built build(RawRecord r) {
    if (r.isRejected()) {
      return reject(r, r.getRejectReason(), r.getRejectDetail());
    }
    String raw = r.getText();
    if (raw == null || raw.isBlank()) {
      return reject(r, RejectReason.NO_TEXT, "the record has no text");
    }
    long bytes = raw.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxArticleBytes) {
      return reject(
          r,
          RejectReason.TOO_LARGE,
          bytes + " bytes of text, over the limit of " + maxArticleBytes);
    }
    CleanedText cleaned = cleaner.clean(raw, r.getTitle());
    if (cleaned.text().isBlank()) {
      return reject(r, RejectReason.NO_TEXT, "the text is only boilerplate");
    }
    String normalised = ArticleIds.normalise(cleaned.text());
    Article a =
        new Article(
            ArticleIds.articleId(r, normalised, idScope),
            firstNonBlank(r.getSource(), cleaned.source()),
            r.getUrl(),
            firstNonBlank(r.getTitle(), cleaned.title()),
            dater.date(r.getDate(), cleaned.date()),
            cleaned.text(),
            raw,
            ArticleIds.contentHash(normalised),
            r.getEncoding(),
            r.getInputPath(),
            r.getLocator());
    return new Built(a, null);
  }

  private static Built reject(RawRecord r, String reason, String detail) {
    return new Built(null, new Reject(r.getInputPath(), r.getLocator(), reason, detail));
  }

  private static String firstNonBlank(String a, String b) {
    if (a != null && !a.isBlank()) return a.strip();
    return b == null || b.isBlank() ? null : b.strip();
  }
}
