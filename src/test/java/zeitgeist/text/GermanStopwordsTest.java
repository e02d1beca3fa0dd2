package zeitgeist.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The German stopword list. */
class GermanStopwordsTest {

  @Test
  void functionWordsAreListed() {
    for (String w :
        new String[] {
          "der", "die", "des", "ein", "sich", "im", "zum", "und", "dass", "daß", "hat", "wurde",
          "kann", "nicht", "auch", "z.b", "bzw", "dafür"
        }) {
      assertTrue(GermanStopwords.contains(w), w);
    }
  }

  @Test
  void contentWordsAreNot() {
    for (String w : new String[] {"sagen", "heute", "präsident", "zwei", "gespräch", "trump"}) {
      assertFalse(GermanStopwords.contains(w), w);
    }
  }

  @Test
  void entriesAreLowerCaseWithoutComments() {
    for (String w : GermanStopwords.words()) {
      assertTrue(w.equals(w.toLowerCase()) && !w.contains("#") && !w.isBlank(), "[" + w + "]");
    }
  }

  @Test
  void missingListIsAnErrorNamingTheResource() {
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> GermanStopwords.read("/no/such-list.txt"));
    assertTrue(e.getMessage().contains("/no/such-list.txt"), e.getMessage());
  }
}
