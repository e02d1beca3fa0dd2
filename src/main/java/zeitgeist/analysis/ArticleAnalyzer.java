package zeitgeist.analysis;

import java.util.ArrayList;
import java.util.List;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleTermRow;
import zeitgeist.terms.TermCount;
import zeitgeist.terms.TermCounter;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.GermanTextAnalyzer;

/**
 * One article in, all of its per-article statistics out. Pure Java; one instance per partition
 * (the NLP models behind it are loaded once per JVM).
 *
 * <p>Rules: only German articles ({@code language = de}) that are not duplicates are analysed;
 * others get no rows and a null token count. The analysed text is the article's cleaned {@code
 * text}.
 */
public final class ArticleAnalyzer {
  private final GermanTextAnalyzer analyzer = new GermanTextAnalyzer();
  private final TermCounter counter;

  public ArticleAnalyzer(boolean keepStopwords) {
    this.counter = new TermCounter(keepStopwords);
  }

  /** What the analysis of one article gives. */
  public record Analysis(int tokens, List<ArticleTermRow> terms) {}

  /** True when the article is analysed: German and not a duplicate. */
  public static boolean isAnalysed(ArticleRow a) {
    return "de".equals(a.getLanguage()) && a.getDuplicateOf() == null;
  }

  /** The article's analysis, or null when it is not analysed. */
  public Analysis analyse(ArticleRow a) {
    if (!isAnalysed(a)) {
      return null;
    }
    AnalyzedText text = analyzer.analyze(a.getText());
    List<ArticleTermRow> rows = new ArrayList<>();
    for (TermCount t : counter.count(text)) {
      rows.add(new ArticleTermRow(a.getArticleId(), a.getPublishedDate(), t.term(), t.n(),
          t.surface(), t.count(), t.firstOffset(), a.getRunId()));
    }
    return new Analysis(TermCounter.wordTokens(text), rows);
  }
}
