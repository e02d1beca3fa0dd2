package zeitgeist.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.GermanTextAnalyzer;

/** {@link CategorySums}: per-category counts, additivity, restriction to sentences, empty input. */
class CategorySumsTest {
  private static final GermanTextAnalyzer ANALYZER = new GermanTextAnalyzer();
  private static final SentimentScorer SCORER = new SentimentScorer();
  private static final WordListMatcher LEXICON =
      WordListMatcher.categories("traurig=negemo", "angst=negemo", "freude=posemo");

  // sentence 0: 4 tokens, traurig negated; sentence 1: 6 tokens, Angst and Freude
  private static final AnalyzedText TEXT =
      ANALYZER.analyze("Er war nicht traurig. Die Angst wich der großen Freude.");
  private static final List<ScoredHit> SCORED = SCORER.scoreCategories(TEXT, LEXICON.hits(TEXT));

  private static CategorySums sums(long tokens, Map<String, CategorySums.Count> categories) {
    return new CategorySums(tokens, new TreeMap<>(categories));
  }

  @Test
  void countsPerCategory() {
    assertEquals(
        sums(
            10,
            Map.of(
                "negemo", new CategorySums.Count(2, 1, 2),
                "posemo", new CategorySums.Count(1, 0, 1))),
        CategorySums.of(TEXT, SCORED));
  }

  @Test
  void restrictsToSentencesAndAddsUp() {
    CategorySums first = CategorySums.of(TEXT, SCORED, Set.of(0));
    CategorySums second = CategorySums.of(TEXT, SCORED, Set.of(1));
    assertEquals(sums(4, Map.of("negemo", new CategorySums.Count(1, 1, 1))), first);
    assertEquals(CategorySums.of(TEXT, SCORED), first.plus(second));
    assertEquals(first.plus(second), second.plus(first));
    assertEquals(first, first.plus(CategorySums.ZERO));
  }

  @Test
  void categoriesAreUnmodifiable() {
    CategorySums all = CategorySums.of(TEXT, SCORED);
    assertThrows(UnsupportedOperationException.class, () -> all.categories().clear());
  }

  @Test
  void emptyText() {
    assertEquals(CategorySums.ZERO, CategorySums.of(AnalyzedText.empty(), List.of()));
    assertEquals(CategorySums.ZERO, CategorySums.of(TEXT, SCORED, Set.of()));
  }

  @Test
  void unknownSentenceIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CategorySums.of(TEXT, SCORED, Set.of(-1)));
    assertEquals("sentence -1 is not one of the 2 of the text", e.getMessage());
  }
}
