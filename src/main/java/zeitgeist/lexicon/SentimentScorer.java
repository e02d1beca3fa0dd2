package zeitgeist.lexicon;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import zeitgeist.text.AnalyzedText;

/**
 * Applies negation ({@link NegationScope}) and intensifiers ({@link DegreeModifiers}) to the hits
 * of one lexicon in one text; {@link SentimentSums} and {@link CategorySums} add the results up,
 * for the whole text or for chosen sentences. Use: {@code SentimentSums.of(text,
 * scorer.scorePolarity(text, hits))}.
 *
 * <p>Polarity lexicons ({@link #scorePolarity}), with {@code d} the degree factor of the hit
 * (intensifier 1.5, diminisher 0.5, else 1):
 *
 * <ul>
 *   <li>not negated: {@code factor = d} ({@code sehr gut} 1.5 × {@code gut});
 *   <li>negated: the sign flips, {@code factor = -d} ({@code nicht gut} -1 ×, {@code nicht
 *       schlecht} turns positive, {@code nicht etwas besser} -0.5 ×); but a negated intensified hit
 *       is a weak opposite, {@code factor = -0.5} ({@code nicht sehr gut} is "mediocre", not "very
 *       bad");
 *   <li>a one-token hit that is itself a modifier is not scored: a negator word ({@code kein},
 *       {@code ohne}, when a lexicon lists them) and an intensifier or diminisher that scales the
 *       next hit ({@code extrem gut} counts {@code gut} × 1.5, not also {@code extrem}).
 * </ul>
 *
 * <p>Category lexicons ({@link #scoreCategories}): every hit is kept with {@code factor = 1};
 * negation only flags it ({@code nicht traurig} is still about sadness, and a flip has no meaning
 * for a category), intensifiers do not scale counts.
 *
 * <p>Limits: a negated negative word counts as much as a positive one ({@code nicht schlecht} as
 * {@code gut}), though readers take it as weaker; negated diminishers are litotes more often than
 * not ({@code nicht wenig erfreulich}) and come out weakly negative.
 *
 * <p>Scored hits come in the order of the given hits. Cost: one pass over the tokens for the
 * clauses, then a few tokens per hit. Immutable and stateless: one instance may be shared by all
 * threads.
 */
public final class SentimentScorer implements Serializable {
  private static final long serialVersionUID = 1L;

  public SentimentScorer() {}

  /**
   * The polarity hits of {@code text} after negation and intensifiers; hits that are modifiers
   * themselves are left out.
   *
   * @throws IllegalArgumentException naming the hit when it reaches past the tokens of {@code text}
   */
  public List<ScoredHit> scorePolarity(AnalyzedText text, List<Hit> hits) {
    checkSpans(text, hits);
    ClauseBoundaries clauses = ClauseBoundaries.of(text);
    Set<Integer> starts = new HashSet<>();
    for (Hit h : hits) {
      starts.add(h.firstToken());
    }
    List<ScoredHit> scored = new ArrayList<>(hits.size());
    for (Hit h : hits) {
      if (isModifier(text, clauses, h, starts)) {
        continue;
      }
      boolean negated = NegationScope.isNegated(text, clauses, h);
      double factor =
          polarityFactor(negated, DegreeModifiers.factor(text, clauses, h.firstToken()));
      scored.add(new ScoredHit(h, sentence(text, h), negated, factor, h.weight() * factor));
    }
    return List.copyOf(scored);
  }

  /**
   * The category hits of {@code text}, flagged when negated, weights unchanged.
   *
   * @throws IllegalArgumentException naming the hit when it reaches past the tokens of {@code text}
   */
  public List<ScoredHit> scoreCategories(AnalyzedText text, List<Hit> hits) {
    checkSpans(text, hits);
    ClauseBoundaries clauses = ClauseBoundaries.of(text);
    List<ScoredHit> scored = new ArrayList<>(hits.size());
    for (Hit h : hits) {
      boolean negated = NegationScope.isNegated(text, clauses, h);
      scored.add(new ScoredHit(h, sentence(text, h), negated, 1, h.weight()));
    }
    return List.copyOf(scored);
  }

  /** The factor of a polarity hit, given whether it is negated and its degree factor. */
  static double polarityFactor(boolean negated, double degree) {
    if (!negated) {
      return degree;
    }
    return degree > 1 ? -DegreeModifiers.DIMINISHER : -degree;
  }

  private static boolean isModifier(
      AnalyzedText text, ClauseBoundaries clauses, Hit h, Set<Integer> starts) {
    if (h.endToken() - h.firstToken() != 1) {
      return false;
    }
    int k = h.firstToken();
    return NegationScope.isNegator(text, clauses, k)
        || starts.contains(k + 1) && DegreeModifiers.factor(text, clauses, k + 1) != 1;
  }

  private static int sentence(AnalyzedText text, Hit h) {
    return text.tokens().get(h.firstToken()).sentence();
  }

  private static void checkSpans(AnalyzedText text, List<Hit> hits) {
    Objects.requireNonNull(text, "text");
    int n = text.tokens().size();
    for (Hit h : hits) {
      if (h.endToken() > n) {
        throw new IllegalArgumentException(
            "hit " + h + " reaches past the " + n + " tokens of the text");
      }
    }
  }
}
