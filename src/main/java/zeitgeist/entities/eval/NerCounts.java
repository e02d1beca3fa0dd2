package zeitgeist.entities.eval;

/**
 * Counts of one NER comparison: gold spans, predicted spans and those predicted exactly (same
 * tokens, same type). False positives and negatives, precision, recall and F1 derive from them.
 *
 * <p>Conventions for empty sets: precision is 0 when nothing was predicted, recall is 0 when there
 * is no gold span, and F1 is 0 when precision and recall are both 0.
 */
public record NerCounts(long gold, long predicted, long truePositives) {
  /** No spans at all. */
  public static final NerCounts ZERO = new NerCounts(0, 0, 0);

  public NerCounts {
    if (truePositives < 0 || truePositives > gold || truePositives > predicted) {
      throw new IllegalArgumentException(
          "bad counts: gold " + gold + ", predicted " + predicted + ", tp " + truePositives);
    }
  }

  /** Predicted spans that are not gold. */
  public long falsePositives() {
    return predicted - truePositives;
  }

  /** Gold spans not predicted. */
  public long falseNegatives() {
    return gold - truePositives;
  }

  /** {@code tp / predicted}, 0 when nothing was predicted. */
  public double precision() {
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  /** {@code tp / gold}, 0 when there is no gold span. */
  public double recall() {
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  /** The harmonic mean of precision and recall, 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The sum of both counts (micro-averaging adds counts, not ratios). */
  public NerCounts plus(NerCounts other) {
    return new NerCounts(
        gold + other.gold, predicted + other.predicted, truePositives + other.truePositives);
  }
}
