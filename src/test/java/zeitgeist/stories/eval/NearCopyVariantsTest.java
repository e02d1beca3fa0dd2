package zeitgeist.stories.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import zeitgeist.stories.eval.NearCopyVariants.Edit;
import zeitgeist.stories.eval.NearCopyVariants.Variant;

class NearCopyVariantsTest {
  private static final String ORIGINAL =
      """
      Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen. Die Mehrheit \
      stimmte nach langer Debatte zu, die Opposition lehnte ihn geschlossen ab.

      Bürgermeisterin Anna Keller sagte, der Haushalt sei solide finanziert. Die Stadt investiert \
      rund 12.500 Euro je Schule in neue Computer. Insgesamt stehen drei Millionen Euro für \
      Bildung bereit.

      Kritiker bemängeln jedoch, dass die Schulden weiter steigen. Bereits im vergangenen Jahr \
      hatte die Stadt neue Kredite aufgenommen. Der Kämmerer rechnet mit höheren Zinsen.

      Die Beratungen über den Nachtragshaushalt beginnen im Herbst. Bis dahin will die \
      Verwaltung einen Plan zur Sanierung der Finanzen vorlegen.""";
  private static final String DONOR =
      "Im Hafen legten gestern vier Frachter an. Matrosen "
          + "entluden Kisten voller Bananen. Zollbeamte kontrollierten jede Ladung sorgfältig.";

  /** Edits that keep the original's words in their order, so a word-level LCS counts them. */
  private static final Set<Edit> IN_ORDER =
      EnumSet.complementOf(EnumSet.of(Edit.SWAP, Edit.COMBINED));

  @Test
  void sameSeedSameCopiesOtherSeedOtherCopies() {
    List<Variant> a = new NearCopyVariants(7).derive("x", ORIGINAL, DONOR);
    assertEquals(a, new NearCopyVariants(7).derive("x", ORIGINAL, DONOR));
    assertNotEquals(a, new NearCopyVariants(8).derive("x", ORIGINAL, DONOR));
    assertEquals(Edit.values().length, a.size(), "every edit finds something to change here");
  }

  @Test
  void keptWordsAreTheLongestCommonWordSequenceForEditsThatKeepTheOrder() {
    List<String> original = words(ORIGINAL);
    for (long seed = 1; seed <= 20; seed++) {
      for (Variant v : new NearCopyVariants(seed).derive("x", ORIGINAL, DONOR)) {
        List<String> copy = words(v.text());
        assertEquals(original.size(), v.originalWords());
        assertEquals(copy.size(), v.copyWords(), v.edit() + " copy words");
        if (IN_ORDER.contains(v.edit())) {
          assertEquals(lcs(original, copy), v.keptWords(), v.edit() + " seed " + seed);
        } else {
          assertTrue(lcs(original, copy) <= v.keptWords(), "a moved sentence is still kept");
        }
        assertEquals((double) v.keptWords() / Math.max(original.size(), copy.size()), v.shared());
      }
    }
  }

  @Test
  void aSwapKeepsEveryWordAndAddingKeepsTheWholeOriginal() {
    for (Variant v : new NearCopyVariants(3).derive("x", ORIGINAL, DONOR)) {
      if (v.edit() == Edit.SWAP) {
        List<String> a = new ArrayList<>(words(ORIGINAL));
        List<String> b = new ArrayList<>(words(v.text()));
        assertNotEquals(a, b);
        a.sort(null);
        b.sort(null);
        assertEquals(a, b);
        assertEquals(1.0, v.kept());
      }
      if (v.edit() == Edit.ADD) {
        assertEquals(1.0, v.kept());
        assertTrue(v.text().contains("Bananen") || v.text().contains("Frachter"), v.text());
      }
    }
  }

  @Test
  void lightEditsKeepMostOfTheTextAndTheTrimmedCopyKeepsTheStart() {
    for (Variant v : new NearCopyVariants(5).derive("x", ORIGINAL, DONOR)) {
      switch (v.edit()) {
        case HEADLINE, BOILERPLATE, REWORD, SWAP, NUMBERS, ADD ->
            assertTrue(v.shared() >= 0.8, v.edit() + " " + v.shared());
        case DROP ->
            assertTrue(
                v.kept() >= 1 - 0.15 * 1.5 && v.kept() <= 1 - 0.08 * 0.5,
                "a paragraph of half to 1.5 times 8-15 %: " + v.kept());
        case TRIMMED -> {
          assertTrue(v.kept() >= 0.5 && v.kept() <= 0.7, "trimmed " + v.kept());
          assertTrue(v.text().startsWith("Der Stadtrat hat am Dienstag"));
        }
        default -> {}
      }
    }
  }

  @Test
  void numbersAreReformattedInOneStyle() {
    Variant numbers =
        new NearCopyVariants(1)
            .derive("x", ORIGINAL, DONOR).stream()
                .filter(v -> v.edit() == Edit.NUMBERS)
                .findFirst()
                .orElseThrow();
    assertTrue(numbers.text().contains("rund 12500 Euro"), numbers.text());
    assertTrue(numbers.text().contains("stehen 3 Mio. Euro"), numbers.text());
    assertTrue(numbers.text().contains("im vergangenen Jahr"), "not a number");
  }

  @Test
  void aTextWithOneSentenceAndNothingToRewordGivesFewerCopies() {
    List<Variant> v = new NearCopyVariants(1).derive("y", "Kurz gemeldet heute in Kiel.", DONOR);
    assertTrue(
        v.stream()
            .noneMatch(
                x ->
                    x.edit() == Edit.SWAP
                        || x.edit() == Edit.NUMBERS
                        || x.edit() == Edit.DROP
                        || x.edit() == Edit.REWORD),
        v.toString());
  }

  private static List<String> words(String text) {
    return Arrays.asList(text.strip().split("\\s+"));
  }

  private static int lcs(List<String> a, List<String> b) {
    int[][] t = new int[a.size() + 1][b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        t[i][j] =
            a.get(i - 1).equals(b.get(j - 1))
                ? t[i - 1][j - 1] + 1
                : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return t[a.size()][b.size()];
  }
}
