package zeitgeist.tables;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of {@code article_terms}: one term (a lemma, n=1, or a two-word phrase, n=2) in one
 * analysed article, with its count. Only German articles that are not duplicates are analysed.
 * Partitioned by {@code year} of {@code published_date}, like {@code articles}.
 */
public class ArticleTermRow implements Serializable {
  public static final TableSpec<ArticleTermRow> TABLE =
      TableSpec.of(
              "article_terms",
              ArticleTermRow.class,
              "article_id",
              "published_date",
              "term",
              "n",
              "surface",
              "count",
              "first_offset",
              "run_id")
          .partitionedByYear();

  private String articleId;
  private LocalDate publishedDate;
  private String term;
  private int n;
  private String surface;
  private int count;
  private int firstOffset;
  private String runId;

  public ArticleTermRow() {}

  public ArticleTermRow(
      String articleId,
      LocalDate publishedDate,
      String term,
      int n,
      String surface,
      int count,
      int firstOffset,
      String runId) {
    this.runId = runId;
    this.articleId = articleId;
    this.publishedDate = publishedDate;
    this.term = term;
    this.n = n;
    this.surface = surface;
    this.count = count;
    this.firstOffset = firstOffset;
  }

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

  /** Lowercased lemma; for n=2 two lemmas joined by one space. */
  public String getTerm() {
    return term;
  }

  public void setTerm(String v) {
    term = v;
  }

  /** 1 for a word, 2 for a two-word phrase. */
  public int getN() {
    return n;
  }

  public void setN(int v) {
    n = v;
  }

  /** The most frequent form of the term in this article, as written. */
  public String getSurface() {
    return surface;
  }

  public void setSurface(String v) {
    surface = v;
  }

  public int getCount() {
    return count;
  }

  public void setCount(int v) {
    count = v;
  }

  /** Character offset of the first occurrence in the article's analysed {@code text}. */
  public int getFirstOffset() {
    return firstOffset;
  }

  public void setFirstOffset(int v) {
    firstOffset = v;
  }

  /** The run that wrote the row (the run that analysed the article). */
  public String getRunId() {
    return runId;
  }

  public void setRunId(String v) {
    runId = v;
  }
}
