package zeitgeist.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import zeitgeist.config.IdScope;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.RejectRow;

/**
 * Turns one {@link RawRecord} into an {@link ArticleRow} or a {@link RejectRow}. Pure and
 * thread-safe.
 *
 * <p>Rules: a record already rejected by its reader stays rejected; a record without text, or whose
 * text is only boilerplate, is {@code no_text}; a text over the size limit is {@code too_large}.
 * The date is chosen by {@link ArticleDater}: the metadata field's when it parses and is plausible,
 * else the one the cleaner found in the text when plausible; the field's value is kept as read
 * ({@code date_raw}), and an undated article's {@code date_origin} says why (e.g. {@code
 * field_unreadable}, {@code field_implausible}). Title and source: the field's, else what the
 * cleaner recognised. {@code duplicate_of} is left null here: it needs all articles and is set by
 * the Spark layer.
 */
public final class ArticleBuilder {
  private final ArticleTextCleaner cleaner = new ArticleTextCleaner();
  private final long maxArticleBytes;
  private final boolean detectLanguage;
  private final ArticleDater dater;
  private final IdScope idScope;

  /** A builder that also identifies each article's language, judging dates by today (UTC). */
  public ArticleBuilder(long maxArticleBytes) {
    this(maxArticleBytes, true);
  }

  /** A builder judging dates by today (UTC). */
  public ArticleBuilder(long maxArticleBytes, boolean detectLanguage) {
    this(maxArticleBytes, detectLanguage, LocalDate.now(ZoneOffset.UTC));
  }

  /**
   * @param detectLanguage identify the language now; when false it is left null, for a later stage
   *     to fill in only for the articles it keeps (language identification is the costliest step
   *     here)
   * @param runDate the date the run started (UTC): dates after the next day are implausible
   */
  public ArticleBuilder(long maxArticleBytes, boolean detectLanguage, LocalDate runDate) {
    this(maxArticleBytes, detectLanguage, runDate, IdScope.GLOBAL);
  }

  /**
   * @param runDate the date the run started (UTC): dates after the next day are implausible
   * @param idScope where a record's own id is unique ({@code --id-scope})
   */
  public ArticleBuilder(
      long maxArticleBytes, boolean detectLanguage, LocalDate runDate, IdScope idScope) {
    this.maxArticleBytes = maxArticleBytes;
    this.detectLanguage = detectLanguage;
    this.dater = new ArticleDater(runDate);
    this.idScope = idScope;
  }

  /** Either an article (with how it was dated) or a reject, never both. */
  public record Built(ArticleRow article, RejectRow reject, ArticleDate date) {}

  public Built build(RawRecord r, String runId) {
    if (r.isRejected()) {
      return reject(r, runId, r.getRejectReason(), r.getRejectDetail());
    }
    String raw = r.getText();
    if (raw == null || raw.isBlank()) {
      return reject(r, runId, RejectReason.NO_TEXT, "the record has no text");
    }
    long bytes = raw.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxArticleBytes) {
      return reject(
          r,
          runId,
          RejectReason.TOO_LARGE,
          bytes + " bytes of text, over the limit of " + maxArticleBytes);
    }
    CleanedText cleaned = cleaner.clean(raw, r.getTitle());
    if (cleaned.text().isBlank()) {
      return reject(r, runId, RejectReason.NO_TEXT, "the text is only boilerplate");
    }
    String normalised = ArticleIds.normalise(cleaned.text());

    ArticleRow a = new ArticleRow();
    a.setArticleId(ArticleIds.articleId(r, normalised, idScope));
    a.setSource(firstNonBlank(r.getSource(), cleaned.source()));
    a.setUrl(r.getUrl());
    a.setTitle(firstNonBlank(r.getTitle(), cleaned.title()));
    ArticleDate dated = dater.date(r.getDate(), cleaned.date());
    if (dated.date() != null) {
      a.setPublishedDate(dated.date().date());
      a.setDatePrecision(dated.date().precision().code());
    }
    a.setDateOrigin(dated.origin());
    a.setDateRaw(dated.raw());
    if (detectLanguage) {
      a.setLanguage(LanguageIdentifier.identify(cleaned.text()));
    }
    a.setText(cleaned.text());
    a.setRawText(raw);
    a.setContentHash(ArticleIds.contentHash(normalised));
    a.setNChars(cleaned.text().length());
    a.setEncoding(r.getEncoding());
    a.setInputPath(r.getInputPath());
    a.setLocator(r.getLocator());
    a.setRunId(runId);
    return new Built(a, null, dated);
  }

  private static Built reject(RawRecord r, String runId, String reason, String detail) {
    return new Built(
        null, new RejectRow(runId, r.getInputPath(), r.getLocator(), reason, detail), null);
  }

  private static String firstNonBlank(String a, String b) {
    if (a != null && !a.isBlank()) return a.strip();
    return b == null || b.isBlank() ? null : b.strip();
  }
}
