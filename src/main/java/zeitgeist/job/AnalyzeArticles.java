package zeitgeist.job;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import zeitgeist.analysis.ArticleAnalyzer;
import zeitgeist.config.AnalysisOptions;
import zeitgeist.ingest.LanguageIdentifier;
import zeitgeist.tables.ArticleRow;

/**
 * Spark function: articles to write → the same articles with their language (when not yet
 * identified) and token count, plus their per-article rows.
 */
public final class AnalyzeArticles implements MapPartitionsFunction<ArticleRow, AnalyzedArticle> {
  private final AnalysisOptions options;

  public AnalyzeArticles(AnalysisOptions options) {
    this.options = options;
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
        if (a.getLanguage() == null) {
          a.setLanguage(LanguageIdentifier.identify(a.getText()));
        }
        ArticleAnalyzer.Analysis analysis = analyzer.analyse(a);
        if (analysis != null) {
          a.setNTokens(analysis.tokens());
        }
        return new AnalyzedArticle(a, analysis);
      }
    };
  }
}
