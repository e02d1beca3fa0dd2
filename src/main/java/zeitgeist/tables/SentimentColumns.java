package zeitgeist.tables;

import zeitgeist.lexicon.SentimentSums;

/**
 * The additive sentiment columns that {@code article_sentiment}, {@code article_entity_sentiment}
 * and {@code sentiment_by_date} share: the sums of one polarity lexicon's scored hits over some
 * tokens ({@link SentimentSums}); tone and coverage are ratios of these, derived in views. Scoring
 * rules: {@link zeitgeist.lexicon.SentimentScorer}.
 *
 * <p>An interface rather than a base class: Spark's interpreted bean decoder looks a bean's setters
 * up among the methods its class declares itself, so each row class declares its own.
 */
public interface SentimentColumns {
  void setTokens(long v);

  void setHits(long v);

  void setPositiveHits(long v);

  void setNegativeHits(long v);

  void setNegatedHits(long v);

  void setPositive(double v);

  void setNegative(double v);

  /** Sets every sentiment column from one article's (or one entity's) sums. */
  default void setSums(SentimentSums s) {
    setTokens(s.tokens());
    setHits(s.hits());
    setPositiveHits(s.positiveHits());
    setNegativeHits(s.negativeHits());
    setNegatedHits(s.negatedHits());
    setPositive(s.positive());
    setNegative(s.negative());
  }
}
