package zeitgeist.tables;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of {@code article_entity_sentiment}: the tone around one entity of one article, against one
 * polarity lexicon: the sums of {@code article_sentiment} over the body sentences that mention the
 * entity (each sentence once, however often it names the entity). There is a row for every {@code
 * article_entities} row with a body mention and every polarity lexicon, hits or not. Partitioned by
 * {@code year} of {@code published_date}.
 */
public class ArticleEntitySentimentRow implements Serializable, SentimentColumns {
  public static final TableSpec<ArticleEntitySentimentRow> TABLE =
      TableSpec.of(
              "article_entity_sentiment",
              ArticleEntitySentimentRow.class,
              "article_id",
              "published_date",
              "entity",
              "type",
              "lexicon",
              "sentences",
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
  private String entity;
  private String type;
  private String lexicon;
  private long sentences;
  private long tokens;
  private long hits;
  private long positiveHits;
  private long negativeHits;
  private long negatedHits;
  private double positive;
  private double negative;
  private String runId;

  public ArticleEntitySentimentRow() {}

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

  /** The canonical entity, as in {@code article_entities}. */
  public String getEntity() {
    return entity;
  }

  public void setEntity(String v) {
    entity = v;
  }

  public String getType() {
    return type;
  }

  public void setType(String v) {
    type = v;
  }

  /** Body sentences mentioning the entity. */
  public long getSentences() {
    return sentences;
  }

  public void setSentences(long v) {
    sentences = v;
  }

  /** The lexicon's name ({@code --lexicon NAME=PATH}, or its file name). */
  public String getLexicon() {
    return lexicon;
  }

  public void setLexicon(String v) {
    lexicon = v;
  }

  /** Word tokens of those sentences. */
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
