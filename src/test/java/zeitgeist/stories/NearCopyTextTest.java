package zeitgeist.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearCopyTextTest {
  private static final String TEXT =
      "Der Bundestag hat am Donnerstag das neue Heizungsgesetz"
          + " beschlossen. Die Opposition kritisierte, die Regierung habe das Verfahren überstürzt;"
          + " 399 Abgeordnete stimmten dafür, 275 dagegen.";

  /** Shingles by hand: lower-cased words and numbers, 5 in a row, as strings. */
  private static Set<String> shinglesByHand(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) words.add(w);
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 5 <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + 5)));
    }
    return out;
  }

  @Test
  void shinglesAreTheFiveWordWindowsOfTheWords() {
    int[] s = NearCopyText.shingles(TEXT);
    assertEquals(shinglesByHand(TEXT).size(), s.length);
    for (int i = 1; i < s.length; i++) {
      assertTrue(s[i - 1] < s[i], "sorted and distinct");
    }
  }

  @Test
  void shortTextsHaveNoShinglesAndNoSketch() {
    assertEquals(0, NearCopyText.shingles("Kurz und knapp, vier.").length);
    assertNull(NearCopyText.bands("Kurz und knapp, vier."));
    assertNull(NearCopyText.bands(null));
    assertNotNull(NearCopyText.bands("eins zwei drei vier fünf"));
  }

  @Test
  void theSketchIsNinetySixHashesAndEqualBandsMeanEqualHashes() {
    long[] a = NearCopyText.sketch(TEXT);
    assertEquals(NearCopyText.HASHES, a.length);
    assertNull(NearCopyText.sketch("Kurz und knapp, vier."));
    String other = TEXT.replace("275 dagegen", "270 dagegen");
    long[] b = NearCopyText.sketch(other);
    int[] bandsA = NearCopyText.bands(TEXT);
    int[] bandsB = NearCopyText.bands(other);
    for (int band = 0; band < NearCopyText.BANDS; band++) {
      boolean sameHashes =
          Arrays.equals(
              a,
              band * NearCopyText.ROWS,
              (band + 1) * NearCopyText.ROWS,
              b,
              band * NearCopyText.ROWS,
              (band + 1) * NearCopyText.ROWS);
      assertEquals(sameHashes, bandsA[band] == bandsB[band], "band " + band);
    }
  }

  @Test
  void caseAndPunctuationDoNotMatter() {
    assertArrayEquals(
        NearCopyText.shingles(TEXT),
        NearCopyText.shingles(TEXT.toUpperCase(Locale.ROOT).replace(",", " ,  ")));
    assertArrayEquals(NearCopyText.bands(TEXT), NearCopyText.bands(TEXT.replace(";", ".")));
  }

  @Test
  void jaccardAndContainmentAgreeWithABruteForceCountOverRandomTexts() {
    Random r = new Random(7);
    String[] vocabulary =
        ("der die das und in den von zu mit sich des auf für ist im dem nicht ein"
                + " Regierung Kanzler Berlin Wien Streik Bahn Zoll Wahl Partei Gericht")
            .split(" ");
    for (int t = 0; t < 200; t++) {
      String a = randomText(r, vocabulary, 5 + r.nextInt(60));
      String b =
          r.nextBoolean()
              ? a.substring(0, a.length() / 2) + " " + randomText(r, vocabulary, r.nextInt(30))
              : randomText(r, vocabulary, r.nextInt(60));
      Set<String> sa = shinglesByHand(a);
      Set<String> sb = shinglesByHand(b);
      Set<String> common = new HashSet<>(sa);
      common.retainAll(sb);
      Resemblance got = Resemblance.of(NearCopyText.shingles(a), NearCopyText.shingles(b));
      int union = sa.size() + sb.size() - common.size();
      assertEquals(
          sa.isEmpty() || sb.isEmpty() ? 0 : (double) common.size() / union,
          got.jaccard(),
          1e-12,
          a + " | " + b);
      int shorter = Math.min(sa.size(), sb.size());
      assertEquals(shorter == 0 ? 0 : (double) common.size() / shorter, got.containment(), 1e-12);
    }
  }

  private static String randomText(Random r, String[] vocabulary, int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      s.append(vocabulary[r.nextInt(vocabulary.length)]).append(i % 9 == 8 ? ". " : " ");
    }
    return s.toString().trim();
  }

  @Test
  void nearCopiesShareABandAndUnrelatedTextsDoNot() {
    Random r = new Random(11);
    String[] vocabulary = new String[5000];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = "w" + Integer.toString(i, 36);
    }
    int sharing = 0;
    int unrelatedSharing = 0;
    for (int t = 0; t < 100; t++) {
      String a = randomText(r, vocabulary, 300);
      // one word in 50 replaced: Jaccard about 0.8
      String[] words = a.split(" ");
      for (int i = 25; i < words.length; i += 50) {
        words[i] = "x" + i;
      }
      String copy = String.join(" ", words);
      Resemblance res = Resemblance.of(NearCopyText.shingles(a), NearCopyText.shingles(copy));
      assertTrue(res.jaccard() > 0.75 && res.isNearCopy(), String.valueOf(res));
      if (shareBand(NearCopyText.bands(a), NearCopyText.bands(copy))) sharing++;
      if (shareBand(NearCopyText.bands(a), NearCopyText.bands(randomText(r, vocabulary, 300)))) {
        unrelatedSharing++;
      }
    }
    // the S-curve gives 0.9995 at Jaccard 0.8: a miss in 100 has probability about 0.05
    assertTrue(sharing >= 99, "copies found: " + sharing);
    assertEquals(0, unrelatedSharing);
  }

  private static boolean shareBand(int[] a, int[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) return true;
    }
    return false;
  }

  @Test
  void theRuleTakesTrimmedCopiesButNotAShortTextQuotedInALongOne() {
    assertTrue(new Resemblance(0.5, 0.6, 100, 120).isNearCopy());
    assertTrue(new Resemblance(0.45, 0.9, 60, 120).isNearCopy());
    assertTrue(!new Resemblance(0.3, 1.0, 40, 130).isNearCopy(), "shorter than half");
    assertTrue(!new Resemblance(0.45, 1.0, 19, 30).isNearCopy(), "too short to tell");
    assertTrue(!new Resemblance(0.49, 0.89, 100, 110).isNearCopy());
  }
}
