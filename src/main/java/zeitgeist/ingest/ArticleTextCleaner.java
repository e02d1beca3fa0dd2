package zeitgeist.ingest;

import java.util.List;

/**
 * Cleans one article's raw text and recognises its publication date, title and source. Stateless
 * and thread-safe; never throws.
 *
 * <p>Steps, in order, each a rule of its own class: {@link TextNormalizer} (BOM, line breaks, NBSP,
 * zero-width characters, NFC, whitespace); {@link HeaderDateRule} ({@code date 2018-07} at the very
 * start); {@link BoilerplateFilter} (widgets, ads, copyright, credits); {@link
 * BylineSourceDetector} (bylines); {@link DatelineParser} ({@code 2. Mai 2017, 21:06 Uhr} in the
 * first three lines, with the headline after it); {@link BroadcastFooterParser} ({@code Über dieses
 * Thema berichtete die tagesschau am ...}, {@code Stand: ...}); {@code Quelle:} lines; {@link
 * RelatedArticlesTrimmer} (trailing related-article lists); {@link TitleDetector} (title, repeated
 * title lines). Every rule runs and removes what it recognises; the date is the first found of
 * header, dateline, footer, in line with {@link DateOrigin}. The source is the first of byline
 * outlet, broadcaster, {@code Quelle:} outlet. Dates in the body ({@code am 16. Juli in Helsinki})
 * are never used: a wrong date is worse than none.
 */
public final class ArticleTextCleaner {

  /**
   * Cleans {@code rawText}.
   *
   * @param rawText the article text as read; null is treated as empty
   * @param knownTitle a title from a metadata field, or null; when given it is the title and lines
   *     repeating it are removed
   */
  public CleanedText clean(String rawText, String knownTitle) {
    List<String> lines = TextNormalizer.lines(rawText);
    PublicationDate headerDate = HeaderDateRule.extract(lines);
    BoilerplateFilter.removeFrom(lines);
    String bylineOutlet = BylineSourceDetector.extractBylines(lines);
    DatelineParser.Dateline dateline = DatelineParser.extract(lines);
    BroadcastFooterParser.Footer footer = BroadcastFooterParser.extract(lines);
    String sourceLineOutlet = BylineSourceDetector.extractSourceLine(lines);
    RelatedArticlesTrimmer.trim(lines);

    String headline = dateline == null ? null : dateline.headline();
    String title = TitleDetector.detect(lines, knownTitle, headline);
    TitleDetector.removeRepeats(lines, title);

    PublicationDate date =
        firstNonNull(
            headerDate,
            dateline == null ? null : dateline.date(),
            footer == null ? null : footer.date());
    String source =
        firstNonNull(bylineOutlet, footer == null ? null : footer.broadcaster(), sourceLineOutlet);
    return new CleanedText(TextNormalizer.join(lines), title, source, date);
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
