package zeitgeist.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import zeitgeist.config.AnalysisOptions;
import zeitgeist.ingest.LanguageIdentifier;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.Warehouse;

/**
 * The languages of a run's articles: counted for the summary and {@code runs.languages}, and the
 * corpus language that settles short texts without evidence of their own.
 *
 * <p>The corpus language is the language of at least half of the articles whose language is known
 * ({@code und} not counted), among those stored before the run and those the run writes. Articles
 * first identified as {@code und} or as a label the identifier does not trust on its own ({@link
 * LanguageIdentifier#corpusDecided}) are identified again with it; only they are analysed twice. So
 * a short text is decided by the corpus as it stands when the text is first written: a run over one
 * batch and runs over its parts agree unless a part on its own has a different majority language.
 * The second analysis is not counted in the run's progress lines.
 */
final class ArticleLanguages {
  private ArticleLanguages() {}

  /** Articles per language, sorted by language code. */
  static Map<String, Long> count(Dataset<AnalyzedArticle> analysed) {
    return counts(analysed.select(col("article.language").as("language")));
  }

  /**
   * The analysed articles with every {@code und} or low-trust one identified again with the corpus
   * language, when there is one and languages are identified; else {@code analysed} itself.
   *
   * @param counts this run's articles per language ({@link #count})
   */
  static Dataset<AnalyzedArticle> settleUndetermined(
      Dataset<AnalyzedArticle> analysed,
      Map<String, Long> counts,
      Warehouse warehouse,
      AnalysisOptions options) {
    Object[] decided = LanguageIdentifier.corpusDecided().toArray();
    if (!options.identifiesLanguage()
        || counts.keySet().stream().noneMatch(LanguageIdentifier.corpusDecided()::contains)) {
      return analysed;
    }
    Map<String, Long> corpus = new TreeMap<>(counts);
    counts(warehouse.read(ArticleRow.TABLE).select(col("language")))
        .forEach((language, n) -> corpus.merge(language, n, Long::sum));
    String dominant = LanguageIdentifier.dominant(corpus);
    if (dominant == null) {
      return analysed;
    }
    Dataset<AnalyzedArticle> undetermined = analysed.filter(col("article.language").isin(decided));
    Dataset<AnalyzedArticle> settled =
        Checkpoints.eager(
            undetermined
                .select(col("article.*"))
                .as(ArticleRow.TABLE.encoder())
                .mapPartitions(
                    new AnalyzeArticles(options, dominant, null),
                    Encoders.bean(AnalyzedArticle.class)));
    return analysed.filter(not(col("article.language").isin(decided))).unionByName(settled);
  }

  private static Map<String, Long> counts(Dataset<Row> languages) {
    Map<String, Long> out = new TreeMap<>();
    for (Row r : languages.groupBy("language").count().collectAsList()) {
      out.put(r.isNullAt(0) ? LanguageIdentifier.UNDETERMINED : r.getString(0), r.getLong(1));
    }
    return out;
  }
}
