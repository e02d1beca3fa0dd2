package zeitgeist.lexicon;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import zeitgeist.text.AnalyzedText;

/**
 * Additive polarity figures of a text, of some of its sentences, or of many texts added up with
 * {@link #plus}. Ratios (mean score per token, share of negated hits) are derived later, from sums.
 *
 * @param tokens word tokens counted (numbers in, punctuation out), as {@code
 *     TermCounter.wordTokens}
 * @param hits scored polarity hits
 * @param positiveHits hits whose final score is above 0
 * @param negativeHits hits whose final score is below 0 (a hit scored 0 is neither)
 * @param negatedHits hits that a negation reaches, whichever their final sign
 * @param positive the sum of the positive final scores
 * @param negative the sum of the absolute values of the negative final scores
 */
public record SentimentSums(
    long tokens,
    long hits,
    long positiveHits,
    long negativeHits,
    long negatedHits,
    double positive,
    double negative)
    implements Serializable {

  public static final SentimentSums ZERO = new SentimentSums(0, 0, 0, 0, 0, 0, 0);

  /** The sums of the whole of {@code text}, given its hits scored by {@link SentimentScorer}. */
  public static SentimentSums of(AnalyzedText text, List<ScoredHit> scored) {
    return sum(text.tokens().size(), scored, null);
  }

  /**
   * The sums of the sentences {@code sentences} of {@code text} (indices into {@link
   * AnalyzedText#sentences()}): their tokens, and the hits that start in them.
   *
   * @throws IllegalArgumentException naming the index when one is not a sentence of {@code text}
   */
  public static SentimentSums of(
      AnalyzedText text, List<ScoredHit> scored, Set<Integer> sentences) {
    return sum(SentenceSelection.tokens(text, sentences), scored, sentences);
  }

  private static SentimentSums sum(long tokens, List<ScoredHit> scored, Set<Integer> sentences) {
    long hits = 0;
    long positiveHits = 0;
    long negativeHits = 0;
    long negatedHits = 0;
    double positive = 0;
    double negative = 0;
    for (ScoredHit h : scored) {
      if (sentences != null && !sentences.contains(h.sentence())) {
        continue;
      }
      hits++;
      if (h.negated()) {
        negatedHits++;
      }
      if (h.score() > 0) {
        positiveHits++;
        positive += h.score();
      } else if (h.score() < 0) {
        negativeHits++;
        negative -= h.score();
      }
    }
    return new SentimentSums(
        tokens, hits, positiveHits, negativeHits, negatedHits, positive, negative);
  }

  /** The field-by-field sum of this and {@code other}. */
  public SentimentSums plus(SentimentSums other) {
    return new SentimentSums(
        tokens + other.tokens,
        hits + other.hits,
        positiveHits + other.positiveHits,
        negativeHits + other.negativeHits,
        negatedHits + other.negatedHits,
        positive + other.positive,
        negative + other.negative);
  }
}
