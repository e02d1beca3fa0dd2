package zeitgeist.tables;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of {@code article_lexicon_categories}: one category of a category lexicon (LIWC-style) that
 * matched in one analysed article. Categories without a hit have no row. Partitioned by {@code
 * year} of {@code published_date}.
 */
public class LexiconCategoryRow implements Serializable {
  public static final TableSpec<LexiconCategoryRow> TABLE =
      TableSpec.of(
              "article_lexicon_categories",
              LexiconCategoryRow.class,
              "article_id",
              "published_date",
              "lexicon",
              "category",
              "hits",
              "negated_hits",
              "weight_sum",
              "run_id")
          .partitionedByYear();

  private String articleId;
  private LocalDate publishedDate;
  private String lexicon;
  private String category;
  private long hits;
  private long negatedHits;
  private double weightSum;
  private String runId;

  public LexiconCategoryRow() {}

  public String getArticleId() {
    return articleId;
  }

  public void setArticleId(String v) {
    articleId = v;
  }

  public LocalDate getPublishedDate() {
    return publishedDate;
  }

  public void setPublishedDate(LocalDate v) {
    publishedDate = v;
  }

  public String getLexicon() {
    return lexicon;
  }

  public void setLexicon(String v) {
    lexicon = v;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String v) {
    category = v;
  }

  /** Hits of the category's words. */
  public long getHits() {
    return hits;
  }

  public void setHits(long v) {
    hits = v;
  }

  /** Of those, hits inside a negation's scope (counted, not flipped). */
  public long getNegatedHits() {
    return negatedHits;
  }

  public void setNegatedHits(long v) {
    negatedHits = v;
  }

  /** Sum of the matched entries' weights (1 each when the lexicon gives none). */
  public double getWeightSum() {
    return weightSum;
  }

  public void setWeightSum(double v) {
    weightSum = v;
  }

  public String getRunId() {
    return runId;
  }

  public void setRunId(String v) {
    runId = v;
  }
}
