package zeitgeist.lexicon;

/**
 * A lexicon hit after the rules of {@link SentimentScorer}. Lives within the analysis of one
 * article; only the sums ({@link SentimentSums}, {@link CategorySums}) leave it.
 *
 * @param hit the hit as the matcher gave it
 * @param sentence the index of the sentence of its first token
 * @param negated whether an odd number of negators reach it ({@link NegationScope})
 * @param factor what its weight was multiplied by: intensifier or diminisher, and for a polarity
 *     hit the sign flip of a negation; always 1 for a category hit
 * @param score {@code hit.weight() * factor}
 */
public record ScoredHit(Hit hit, int sentence, boolean negated, double factor, double score) {}
