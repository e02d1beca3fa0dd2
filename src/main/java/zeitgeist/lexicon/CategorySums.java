package zeitgeist.lexicon;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import zeitgeist.text.AnalyzedText;

/**
 * Additive per-category figures of a category lexicon (LIWC-style) over a text, some of its
 * sentences, or many texts added up with {@link #plus}. A category without hits is absent.
 *
 * @param tokens word tokens counted (numbers in, punctuation out)
 * @param categories per category name, in name order; unmodifiable
 */
public record CategorySums(long tokens, SortedMap<String, CategorySums.Count> categories)
    implements Serializable {

  /**
   * The figures of one category.
   *
   * @param hits hits of the category
   * @param negatedHits of those, the ones a negation reaches (counted, not subtracted)
   * @param weightSum the sum of their lexicon weights: equal to {@code hits} for an unweighted
   *     lexicon; negation and intensifiers do not change it
   */
  public record Count(long hits, long negatedHits, double weightSum) implements Serializable {
    public Count plus(Count other) {
      return new Count(
          hits + other.hits, negatedHits + other.negatedHits, weightSum + other.weightSum);
    }
  }

  public static final CategorySums ZERO = new CategorySums(0, new TreeMap<>());

  public CategorySums {
    categories = Collections.unmodifiableSortedMap(new TreeMap<>(categories));
  }

  /** The sums of the whole of {@code text}, given its hits scored by {@link SentimentScorer}. */
  public static CategorySums of(AnalyzedText text, List<ScoredHit> scored) {
    return sum(text.tokens().size(), scored, null);
  }

  /**
   * The sums of the sentences {@code sentences} of {@code text}: their tokens, and the hits that
   * start in them.
   *
   * @throws IllegalArgumentException naming the index when one is not a sentence of {@code text}
   */
  public static CategorySums of(AnalyzedText text, List<ScoredHit> scored, Set<Integer> sentences) {
    return sum(SentenceSelection.tokens(text, sentences), scored, sentences);
  }

  private static CategorySums sum(long tokens, List<ScoredHit> scored, Set<Integer> sentences) {
    SortedMap<String, Count> categories = new TreeMap<>();
    for (ScoredHit h : scored) {
      if (sentences == null || sentences.contains(h.sentence())) {
        categories.merge(
            h.hit().category(), new Count(1, h.negated() ? 1 : 0, h.score()), Count::plus);
      }
    }
    return new CategorySums(tokens, categories);
  }

  /** The sum of this and {@code other}, category by category. */
  public CategorySums plus(CategorySums other) {
    SortedMap<String, Count> categories = new TreeMap<>(this.categories);
    for (Map.Entry<String, Count> e : other.categories.entrySet()) {
      categories.merge(e.getKey(), e.getValue(), Count::plus);
    }
    return new CategorySums(tokens + other.tokens, categories);
  }
}
