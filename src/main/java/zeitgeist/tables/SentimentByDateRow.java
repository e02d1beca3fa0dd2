package zeitgeist.tables;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of {@code sentiment_by_date}: the sums of {@code article_sentiment} over one period's
 * analysed articles, per lexicon, plus {@code tone_sum} (the sum of the articles' tones) so the
 * view {@code tone_by_date} can give both the article-weighted and the token-weighted mean tone.
 * Periods follow {@link DatePeriods}; partitioned by {@code grain}.
 */
public class SentimentByDateRow implements Serializable, SentimentColumns {
  /**
   * The stored type of the real-valued sums: each article's value rounded once to 12 decimal places
   * (lexicon weights have at most 5), then summed exactly, so sums merged run by run equal one
   * run's to the last digit. 18 integer digits, and the sum of two still fits {@code
   * DECIMAL(31,12)} without rounding.
   */
  public static final String EXACT = "decimal(30,12)";

  public static final TableSpec<SentimentByDateRow> TABLE =
      DatePeriods.partitioned(
              TableSpec.of(
                  "sentiment_by_date",
                  SentimentByDateRow.class,
                  "grain",
                  "period",
                  "lexicon",
                  "articles",
                  "tokens",
                  "hits",
                  "positive_hits",
                  "negative_hits",
                  "negated_hits",
                  "positive",
                  "negative",
                  "tone_sum",
                  "run_id"))
          .summing(
              "articles",
              "tokens",
              "hits",
              "positive_hits",
              "negative_hits",
              "negated_hits",
              "positive",
              "negative",
              "tone_sum")
          .storedAs("positive", EXACT)
          .storedAs("negative", EXACT)
          .storedAs("tone_sum", EXACT);

  private String grain;
  private LocalDate period;
  private String lexicon;
  private long articles;
  private long tokens;
  private long hits;
  private long positiveHits;
  private long negativeHits;
  private long negatedHits;
  private double positive;
  private double negative;
  private double toneSum;
  private String runId;

  public SentimentByDateRow() {}

  public String getGrain() {
    return grain;
  }

  public void setGrain(String v) {
    grain = v;
  }

  public LocalDate getPeriod() {
    return period;
  }

  public void setPeriod(LocalDate v) {
    period = v;
  }

  public String getLexicon() {
    return lexicon;
  }

  public void setLexicon(String v) {
    lexicon = v;
  }

  /** Analysed articles of the period (each has a row per lexicon). */
  public long getArticles() {
    return articles;
  }

  public void setArticles(long v) {
    articles = v;
  }

  public long getTokens() {
    return tokens;
  }

  public void setTokens(long v) {
    tokens = v;
  }

  public long getHits() {
    return hits;
  }

  public void setHits(long v) {
    hits = v;
  }

  public long getPositiveHits() {
    return positiveHits;
  }

  public void setPositiveHits(long v) {
    positiveHits = v;
  }

  public long getNegativeHits() {
    return negativeHits;
  }

  public void setNegativeHits(long v) {
    negativeHits = v;
  }

  public long getNegatedHits() {
    return negatedHits;
  }

  public void setNegatedHits(long v) {
    negatedHits = v;
  }

  public double getPositive() {
    return positive;
  }

  public void setPositive(double v) {
    positive = v;
  }

  public double getNegative() {
    return negative;
  }

  public void setNegative(double v) {
    negative = v;
  }

  /** Sum over the articles of tone = (positive − negative) / tokens × 100. */
  public double getToneSum() {
    return toneSum;
  }

  public void setToneSum(double v) {
    toneSum = v;
  }

  /** The run that last changed the row. */
  public String getRunId() {
    return runId;
  }

  public void setRunId(String v) {
    runId = v;
  }
}
