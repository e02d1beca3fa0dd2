package zeitgeist.lexicon.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import zeitgeist.TestSpark;
import zeitgeist.lexicon.LexiconMatcher;
import zeitgeist.lexicon.Lexicons;

/** The three-class evaluation on a hand-labelled fixture, with hand-computed scores. */
class PolarityEvaluationTest {
  private static final Path FIXTURE =
      TestSpark.projectDir().resolve("src/test/resources/sentiment-eval-sample.tsv");

  @Test
  void confusionAccuracyAndMacroF1() {
    PolarityEvaluation.Report r =
        PolarityEvaluation.evaluate(
            FIXTURE, "sentence", "pol_majority", new LexiconMatcher(Lexicons.shipped()));
    // Gold: +, -, 0, -, 0 (row 6 skipped). The shipped lexicon: Erfolg +, Katastrophe -, no hit
    // in row 3, "nicht gut" negated -, "gut" + although gold says neutral.
    assertEquals(1, r.skipped());
    assertArrayEquals(new long[] {1, 0, 0}, r.confusion()[0]);
    assertArrayEquals(new long[] {1, 1, 0}, r.confusion()[1]);
    assertArrayEquals(new long[] {0, 0, 2}, r.confusion()[2]);
    assertEquals(0.8, r.accuracy(), 1e-9);
    // F1: positive P 1/2 R 1 → 2/3; neutral P 1 R 1/2 → 2/3; negative 1.
    assertEquals((2.0 / 3 + 2.0 / 3 + 1) / 3, r.macroF1(), 1e-9);
  }

  @Test
  void neutralBand() {
    assertEquals(0, PolarityEvaluation.predicted(0.1));
    assertEquals(1, PolarityEvaluation.predicted(0.099));
    assertEquals(1, PolarityEvaluation.predicted(-0.099));
    assertEquals(2, PolarityEvaluation.predicted(-0.1));
  }

  @Test
  void missingColumnIsNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PolarityEvaluation.evaluate(
                    FIXTURE, "text", "pol_majority", new LexiconMatcher(Lexicons.shipped())));
    assertEquals(
        FIXTURE + " has no column 'text' (columns: sentenceid, sentence, pol_majority)",
        e.getMessage());
  }
}
