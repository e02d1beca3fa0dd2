package zeitgeist.job;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.util.LongAccumulator;
import zeitgeist.analysis.ArticleAnalyzer;
import zeitgeist.analysis.ArticleStatistics;
import zeitgeist.config.AnalysisOptions;
import zeitgeist.ingest.LanguageIdentifier;
import zeitgeist.stories.NearCopyText;
import zeitgeist.tables.ArticleRow;

/**
 * Spark function: articles to write → the same articles with their language, token count and
 * near-copy sketch ({@link NearCopyText#bands}; not for exact duplicates), plus their per-article
 * rows. The language is identified anew ({@link LanguageIdentifier}, with the corpus language when
 * known), or set to {@code --language}'s code. Each article analysed adds one to the run's progress
 * counter, when there is one.
 */
public final class AnalyzeArticles implements MapPartitionsFunction<ArticleRow, AnalyzedArticle> {
  private final AnalysisOptions options;
  private final String corpusLanguage;
  private final LongAccumulator analysed;

  /**
   * @param corpusLanguage the corpus's dominant language, or null when not known; decides short
   *     texts that carry no evidence of their own
   * @param analysed counts the articles analysed, for the progress lines; null for none
   */
  public AnalyzeArticles(AnalysisOptions options, String corpusLanguage, LongAccumulator analysed) {
    this.options = options;
    this.corpusLanguage = corpusLanguage;
    this.analysed = analysed;
  }

  @Override
  public Iterator<AnalyzedArticle> call(Iterator<ArticleRow> articles) {
    ArticleAnalyzer analyzer = ArticleAnalyzer.forOptions(options);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public AnalyzedArticle next() {
        ArticleRow a = articles.next();
        a.setLanguage(
            options.identifiesLanguage()
                ? LanguageIdentifier.identify(a.getText(), corpusLanguage)
                : options.language());
        ArticleStatistics statistics =
            ArticleAnalyzer.isAnalysed(a.getLanguage(), a.getDuplicateOf() != null)
                ? analyzer.analyse(a.getTitle(), a.getText())
                : null;
        a.setNTokens(statistics == null ? null : statistics.tokens());
        a.setMinhashBands(a.getDuplicateOf() == null ? NearCopyText.bands(a.getText()) : null);
        if (analysed != null) {
          analysed.add(1);
        }
        return TableRows.analyzed(a, statistics);
      }
    };
  }
}
