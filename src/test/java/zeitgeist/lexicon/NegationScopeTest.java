package zeitgeist.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.GermanTextAnalyzer;

/** {@link NegationScope} and {@link ClauseBoundaries} token by token. */
class NegationScopeTest {
  private static final GermanTextAnalyzer ANALYZER = new GermanTextAnalyzer();

  private static int negators(String sentence, int hitToken) {
    AnalyzedText text = ANALYZER.analyze(sentence);
    return NegationScope.negators(
        text, ClauseBoundaries.of(text), new Hit(hitToken, hitToken + 1, "positive", 1));
  }

  @Test
  void countsEveryNegatorThatReachesTheHit() {
    assertEquals(0, negators("Das ist gut.", 2));
    assertEquals(1, negators("Das ist nicht gut.", 3));
    // nicht ohne Erfolg: two negators, the hit is not negated
    assertEquals(2, negators("Das ist nicht ohne Erfolg.", 4));
    // a negator before and one at the end of the clause
    assertEquals(2, negators("Keinen Erfolg gibt es nicht.", 1));
    // weder ... noch: the hit after noch is reached by noch only
    assertEquals(1, negators("Das ist weder gut noch schnell.", 5));
  }

  @Test
  void nichtNurIsNoNegator() {
    AnalyzedText text = ANALYZER.analyze("Nicht nur gut, nicht gut.");
    ClauseBoundaries clauses = ClauseBoundaries.of(text);
    assertFalse(NegationScope.isNegator(text, clauses, 0));
    assertTrue(NegationScope.isNegator(text, clauses, 3));
  }

  @Test
  void clausesBreakAtPunctuationConjunctionsAndSentences() {
    // tokens: Er0 kam1 nicht2 - gut3 und4 schön5, US-Präsident6 kam7. Gut8.
    AnalyzedText text = ANALYZER.analyze("Er kam nicht - gut und schön, US-Präsident kam. Gut.");
    ClauseBoundaries clauses = ClauseBoundaries.of(text);
    assertTrue(clauses.sameClause(0, 2));
    assertFalse(clauses.sameClause(2, 3), "a lone hyphen is a dash");
    assertFalse(clauses.sameClause(3, 4), "und");
    assertTrue(clauses.sameClause(4, 5), "und starts its clause");
    assertTrue(clauses.sameClause(6, 7), "a hyphen inside a word");
    assertFalse(clauses.sameClause(7, 8), "a new sentence");
    assertEquals(3, clauses.clauseEnd(0));
    assertEquals(9, clauses.clauseEnd(8));
  }
}
