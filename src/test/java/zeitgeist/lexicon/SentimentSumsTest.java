package zeitgeist.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.GermanTextAnalyzer;

/** {@link SentimentSums}: counts, additivity, restriction to sentences, empty input. */
class SentimentSumsTest {
  private static final GermanTextAnalyzer ANALYZER = new GermanTextAnalyzer();
  private static final SentimentScorer SCORER = new SentimentScorer();

  // sentence 0: 4 tokens, gut 1.5 and schlecht -1 negated to 1; sentence 1: 4 tokens, Krise -1
  private static final AnalyzedText TEXT =
      ANALYZER.analyze("Sehr gut, nicht schlecht. Die Krise bleibt aber.");
  private static final List<ScoredHit> SCORED =
      SCORER.scorePolarity(TEXT, SentimentGoldenTest.LEXICON.hits(TEXT));

  @Test
  void sumsTheWholeText() {
    assertEquals(new SentimentSums(8, 3, 2, 1, 1, 2.5, 1), SentimentSums.of(TEXT, SCORED));
  }

  @Test
  void restrictsToSentences() {
    assertEquals(
        new SentimentSums(4, 2, 2, 0, 1, 2.5, 0), SentimentSums.of(TEXT, SCORED, Set.of(0)));
    assertEquals(new SentimentSums(4, 1, 0, 1, 0, 0, 1), SentimentSums.of(TEXT, SCORED, Set.of(1)));
    assertEquals(SentimentSums.ZERO, SentimentSums.of(TEXT, SCORED, Set.of()));
  }

  @Test
  void sentencesAddUpToTheText() {
    assertEquals(
        SentimentSums.of(TEXT, SCORED),
        SentimentSums.of(TEXT, SCORED, Set.of(0)).plus(SentimentSums.of(TEXT, SCORED, Set.of(1))));
    assertEquals(SentimentSums.of(TEXT, SCORED), SentimentSums.of(TEXT, SCORED, Set.of(0, 1)));
  }

  @Test
  void plusAddsFieldByField() {
    SentimentSums a = new SentimentSums(1, 2, 3, 4, 5, 6, 7);
    SentimentSums b = new SentimentSums(10, 20, 30, 40, 50, 60, 70);
    assertEquals(new SentimentSums(11, 22, 33, 44, 55, 66, 77), a.plus(b));
    assertEquals(a, a.plus(SentimentSums.ZERO));
    assertEquals(a.plus(b), b.plus(a));
  }

  @Test
  void emptyText() {
    assertEquals(SentimentSums.ZERO, SentimentSums.of(AnalyzedText.empty(), List.of()));
    assertEquals(SentimentSums.ZERO, SentimentSums.of(AnalyzedText.empty(), List.of(), Set.of()));
  }

  @Test
  void unknownSentenceIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SentimentSums.of(TEXT, SCORED, Set.of(2)));
    assertEquals("sentence 2 is not one of the 2 of the text", e.getMessage());
  }
}
