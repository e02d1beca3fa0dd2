package zeitgeist.tables;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of {@code article_sentiment}: one analysed article scored against one polarity lexicon.
 * Additive sums only; tone and coverage are derived in the view {@code article_tone}. Scoring
 * rules: {@link zeitgeist.lexicon.SentimentScorer}. Partitioned by {@code year} of {@code
 * published_date}.
 */
public class ArticleSentimentRow implements Serializable, SentimentColumns {
  public static final TableSpec<ArticleSentimentRow> TABLE =
      TableSpec.of(
              "article_sentiment",
              ArticleSentimentRow.class,
              "article_id",
              "published_date",
              "lexicon",
              "tokens",
              "hits",
              "positive_hits",
              "negative_hits",
              "negated_hits",
              "positive",
              "negative",
              "run_id")
          .partitionedByYear();

  private String articleId;
  private LocalDate publishedDate;
  private String lexicon;
  private long tokens;
  private long hits;
  private long positiveHits;
  private long negativeHits;
  private long negatedHits;
  private double positive;
  private double negative;
  private String runId;

  public ArticleSentimentRow() {}

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

  /** The lexicon's name ({@code --lexicon NAME=PATH}, or its file name). */
  public String getLexicon() {
    return lexicon;
  }

  public void setLexicon(String v) {
    lexicon = v;
  }

  /** Word tokens of the article's text (as {@code articles.n_tokens}). */
  public long getTokens() {
    return tokens;
  }

  public void setTokens(long v) {
    tokens = v;
  }

  /** Lexicon hits. */
  public long getHits() {
    return hits;
  }

  public void setHits(long v) {
    hits = v;
  }

  /** Hits whose final score (after negation and intensifiers) is positive. */
  public long getPositiveHits() {
    return positiveHits;
  }

  public void setPositiveHits(long v) {
    positiveHits = v;
  }

  /** Hits whose final score is negative. */
  public long getNegativeHits() {
    return negativeHits;
  }

  public void setNegativeHits(long v) {
    negativeHits = v;
  }

  /** Hits inside a negation's scope (their sign flipped). */
  public long getNegatedHits() {
    return negatedHits;
  }

  public void setNegatedHits(long v) {
    negatedHits = v;
  }

  /** Sum of the positive final scores. */
  public double getPositive() {
    return positive;
  }

  public void setPositive(double v) {
    positive = v;
  }

  /** Sum of the absolute negative final scores. */
  public double getNegative() {
    return negative;
  }

  public void setNegative(double v) {
    negative = v;
  }

  public String getRunId() {
    return runId;
  }

  public void setRunId(String v) {
    runId = v;
  }
}
