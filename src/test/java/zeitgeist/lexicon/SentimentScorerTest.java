package zeitgeist.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.GermanTextAnalyzer;

/** {@link SentimentScorer}: the required relations, modifiers as hits, category hits, bad input. */
class SentimentScorerTest {
  private static final GermanTextAnalyzer ANALYZER = new GermanTextAnalyzer();
  private static final SentimentScorer SCORER = new SentimentScorer();

  private static double net(String sentence) {
    AnalyzedText text = ANALYZER.analyze(sentence);
    List<ScoredHit> scored = SCORER.scorePolarity(text, SentimentGoldenTest.LEXICON.hits(text));
    SentimentSums sums = SentimentSums.of(text, scored);
    return sums.positive() - sums.negative();
  }

  @Test
  void requiredRelations() {
    assertTrue(net("Das ist nicht gut.") < 0, "nicht gut");
    assertTrue(net("Das war kein Erfolg.") < 0, "kein Erfolg");
    assertTrue(net("Das ist sehr gut.") > net("Das ist gut."), "sehr gut > gut");
    assertTrue(net("Das ist gut.") > 0, "gut > 0");
    assertTrue(net("Das gefällt mir nicht.") < 0, "clause-final nicht");
    assertTrue(net("Das ist nicht nur gut, sondern auch schnell.") > 0, "nicht nur ... sondern");
    assertTrue(net("Das ist nicht schlecht.") > 0, "nicht schlecht");
    assertTrue(net("Das ist kaum gut.") > 0, "kaum weakens, does not negate");
    assertTrue(
        net("Das ist nicht sehr gut.") > net("Das ist nicht gut."), "nicht sehr gut is weak");
  }

  @Test
  void negatorListedByThePolarityLexiconIsNotScored() {
    WordListMatcher lexicon = WordListMatcher.polarity("ohne=-0.5", "erfolg=1");
    AnalyzedText text = ANALYZER.analyze("Er kam ohne Erfolg.");
    List<ScoredHit> scored = SCORER.scorePolarity(text, lexicon.hits(text));
    assertEquals(1, scored.size(), scored.toString());
    assertEquals(new ScoredHit(new Hit(3, 4, "positive", 1), 0, true, -1, -1), scored.get(0));
  }

  @Test
  void intensifierListedByThePolarityLexiconIsScoredOnlyAlone() {
    WordListMatcher lexicon = WordListMatcher.polarity("extrem=-0.25", "gut=1");
    AnalyzedText text = ANALYZER.analyze("Das ist extrem gut. Das ist extrem.");
    List<ScoredHit> scored = SCORER.scorePolarity(text, lexicon.hits(text));
    assertEquals(
        List.of(
            new ScoredHit(new Hit(3, 4, "positive", 1), 0, false, 1.5, 1.5),
            new ScoredHit(new Hit(6, 7, "negative", -0.25), 1, false, 1, -0.25)),
        scored);
  }

  @Test
  void negatorInsideAMultiWordHitBelongsToTheEntry() {
    AnalyzedText text = ANALYZER.analyze("Das ist nicht gut.");
    List<ScoredHit> scored = SCORER.scorePolarity(text, List.of(new Hit(2, 4, "negative", -0.5)));
    assertEquals(
        List.of(new ScoredHit(new Hit(2, 4, "negative", -0.5), 0, false, 1, -0.5)), scored);
  }

  @Test
  void categoryHitsAreFlaggedNotFlippedNorScaled() {
    WordListMatcher lexicon = WordListMatcher.categories("traurig=negemo", "nicht=negate");
    AnalyzedText text = ANALYZER.analyze("Er war nicht sehr traurig.");
    List<ScoredHit> scored = SCORER.scoreCategories(text, lexicon.hits(text));
    assertEquals(
        List.of(
            new ScoredHit(new Hit(2, 3, "negate", 1), 0, false, 1, 1),
            new ScoredHit(new Hit(4, 5, "negemo", 1), 0, true, 1, 1)),
        scored);
  }

  @Test
  void polarityFactorCombinesNegationAndDegree() {
    assertEquals(1, SentimentScorer.polarityFactor(false, 1));
    assertEquals(1.5, SentimentScorer.polarityFactor(false, 1.5));
    assertEquals(0.5, SentimentScorer.polarityFactor(false, 0.5));
    assertEquals(-1, SentimentScorer.polarityFactor(true, 1));
    assertEquals(-0.5, SentimentScorer.polarityFactor(true, 1.5));
    assertEquals(-0.5, SentimentScorer.polarityFactor(true, 0.5));
  }

  @Test
  void hitPastTheTextIsRejected() {
    AnalyzedText text = ANALYZER.analyze("Gut.");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SCORER.scorePolarity(text, List.of(new Hit(1, 2, "positive", 1))));
    assertEquals(
        "hit Hit[firstToken=1, endToken=2, category=positive, weight=1.0] reaches past the 1"
            + " tokens of the text",
        e.getMessage());
  }

  @Test
  void emptyTextGivesNoHitsAndZeroSums() {
    AnalyzedText empty = AnalyzedText.empty();
    assertEquals(List.of(), SCORER.scorePolarity(empty, List.of()));
    assertEquals(List.of(), SCORER.scoreCategories(empty, List.of()));
    assertEquals(SentimentSums.ZERO, SentimentSums.of(empty, List.of()));
    assertEquals(CategorySums.ZERO, CategorySums.of(empty, List.of()));
  }

  @Test
  void randomInputKeepsTheInvariants() {
    String[] words = {
      "nicht", "kein", "ohne", "weder", "noch", "nie", "nur", "sehr", "kaum", "etwas", "mehr",
      "gut", "Erfolg", "schlecht", "Krise", "extrem", "und", "aber", "doch", "Das", "ist", ",",
      ";", "–", ".", "(", ")", "„", "“", ":", "!"
    };
    Random random = new Random(42);
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        b.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
      }
      AnalyzedText text = ANALYZER.analyze(b.toString());
      List<Hit> hits = SentimentGoldenTest.LEXICON.hits(text);
      List<ScoredHit> scored = SCORER.scorePolarity(text, hits);
      SentimentSums sums = SentimentSums.of(text, scored);
      double net = 0;
      for (ScoredHit h : scored) {
        double f = Math.abs(h.factor());
        assertTrue(f == 0.5 || f == 1 || f == 1.5, b + ": " + h);
        assertEquals(h.hit().weight() * h.factor(), h.score(), b + ": " + h);
        assertEquals(h.negated(), h.factor() < 0, b + ": a negation and only a negation flips");
        net += h.score();
      }
      assertTrue(scored.size() <= hits.size(), b.toString());
      assertEquals(scored.size(), sums.hits(), b.toString());
      assertEquals(net, sums.positive() - sums.negative(), 1e-9, b.toString());
      assertEquals(text.tokens().size(), sums.tokens(), b.toString());
    }
  }
}
