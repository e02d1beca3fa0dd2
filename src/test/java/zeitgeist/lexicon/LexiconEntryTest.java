package zeitgeist.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Entry words: lower case, NFC, wildcard rules; and the polarity rule of {@link Lexicon}. */
class LexiconEntryTest {

  @Test
  void wordsAreLowerCaseAndNfc() {
    LexiconEntry e = LexiconEntry.of("  Gute  U\u0308bung ", "positive", 0.5);
    assertEquals(List.of("gute", "übung"), e.words());
    assertEquals("gute übung", e.lemma());
    assertEquals("gute übung", e.phrase());
    assertEquals(2, e.size());
  }

  @Test
  void wildcardEndsAWordAfterThreeCharacters() {
    LexiconEntry e = LexiconEntry.of("große sorg*", "negative", -0.5);
    assertFalse(e.isWildcard(0));
    assertTrue(e.isWildcard(1));
    assertEquals("sorg", e.literal(1));
    assertEquals(
        "wildcard 'so*' needs at least 3 characters before '*'",
        assertThrows(IllegalArgumentException.class, () -> LexiconEntry.of("so*", "x", 1))
            .getMessage());
    assertEquals(
        "'*' may only end a word (a prefix wildcard), got '*sorge'",
        assertThrows(IllegalArgumentException.class, () -> LexiconEntry.of("*sorge", "x", 1))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> LexiconEntry.of("  ", "x", 1));
  }

  @Test
  void polarityLexiconRefusesWrongSignsAndRanges() {
    LexiconEntry bad = LexiconEntry.of("gut", "positive", -0.5);
    assertEquals(
        "polarity entry 'gut' has category 'positive' and weight -0.5 (expected"
            + " positive with a weight in (0, 1] or negative with a weight in [-1, 0))",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    new Lexicon(
                        "l", LexiconKind.POLARITY, LexiconFormat.TSV, List.of(bad), "0", "mem"))
            .getMessage());
    Lexicon categories =
        new Lexicon(
            "l",
            LexiconKind.CATEGORIES,
            LexiconFormat.TSV,
            List.of(LexiconEntry.of("gut", "posemo", 7)),
            "0",
            "mem");
    assertEquals("Lexicon[l, CATEGORIES, tsv, 1 entries, 0, mem]", categories.toString());
  }
}
