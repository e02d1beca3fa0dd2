package zeitgeist.tonemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.lexicon.Lexicon;
import zeitgeist.lexicon.LexiconEntry;
import zeitgeist.lexicon.LexiconFormat;
import zeitgeist.lexicon.LexiconKind;
import zeitgeist.lexicon.Lexicons;

/** The export rules against weights worked out by hand (see the comments). */
class LexiconExportTest {
  @TempDir Path dir;

  // Features: 0 gut, 1 "gut nachricht", 2 nachricht, 3 lexicon positive sum, 4 negative sum.
  private static final Vocabulary VOCABULARY =
      new Vocabulary(List.of("gut", "gut nachricht", "nachricht"), 2);
  // d = positive - negative = [0.4, 0.2, -0.3, 1.0, -2.0]
  private static final LinearToneModel MODEL =
      new LinearToneModel(
          new double[][] {
            {0.5, 0.2, 0.0, 1.0, 0.0},
            {9.0, 9.0, 9.0, 9.0, 9.0},
            {0.1, 0.0, 0.3, 0.0, 2.0}
          },
          new double[] {0, 0, 0});
  private static final Lexicon INPUT =
      new Lexicon(
          "in",
          LexiconKind.POLARITY,
          LexiconFormat.TSV,
          List.of(
              LexiconEntry.of("gut", LexiconKind.POSITIVE, 0.5),
              LexiconEntry.of("schlecht", LexiconKind.NEGATIVE, -1.0),
              LexiconEntry.of("glück*", LexiconKind.POSITIVE, 1.0)),
          "test",
          "test");

  @Test
  void weightsFoldLexiconEntriesAndUnigramsIntoBigrams() {
    Map<String, Double> expected = new LinkedHashMap<>();
    expected.put("glück*", 1.0); // lexicon: d(pos) 1.0 x 1.0
    expected.put("gut", 0.9); // unigram 0.4 + lexicon 1.0 x 0.5
    expected.put("gut nachricht", 0.8); // bigram 0.2 + gut 0.9 + nachricht -0.3
    expected.put("nachricht", -0.3); // unigram
    expected.put("schlecht", -2.0); // lexicon: d(neg) -2.0 x |-1.0|
    Map<String, Double> actual = LexiconExport.weights(MODEL, VOCABULARY, List.of(INPUT));
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    expected.forEach((k, v) -> assertEquals(v, actual.get(k), 1e-12, k));
    assertEquals(0.5, LexiconExport.unitScale(actual), 1e-12);
  }

  @Test
  void twoLexiconsWithTheSamePhraseAddUp() {
    Vocabulary v = new Vocabulary(List.of(), 4);
    // d = [1.0, -1.0, 0.5, -0.5]
    LinearToneModel m =
        new LinearToneModel(
            new double[][] {{1.0, 0, 0.5, 0}, {0, 0, 0, 0}, {0, 1.0, 0, 0.5}},
            new double[] {0, 0, 0});
    Lexicon second =
        new Lexicon(
            "second",
            LexiconKind.POLARITY,
            LexiconFormat.TSV,
            List.of(LexiconEntry.of("gut", LexiconKind.POSITIVE, 1.0)),
            "test",
            "test");
    Map<String, Double> w = LexiconExport.weights(m, v, List.of(INPUT, second));
    assertEquals(0.5 + 0.5, w.get("gut"), 1e-12);
    assertEquals(-1.0, w.get("schlecht"), 1e-12);
  }

  @Test
  void scaledClippedRoundedAndZerosLeftOut() {
    Map<String, Double> w = LexiconExport.weights(MODEL, VOCABULARY, List.of(INPUT));
    assertEquals(
        Map.of(
            "glück*", 0.5, "gut", 0.45, "gut nachricht", 0.4, "nachricht", -0.15, "schlecht", -1.0),
        weights(LexiconExport.lexicon("t", w, 0.5, "test")));
    assertEquals(
        Map.of(
            "glück*", 1.0, "gut", 1.0, "gut nachricht", 1.0, "nachricht", -0.9, "schlecht", -1.0),
        weights(LexiconExport.lexicon("t", w, 3, "test")));
    // 0.0003 x 2.0 = 0.0006 rounds to 0.001; the others round to 0 and are left out
    assertEquals(
        Map.of("schlecht", -0.001), weights(LexiconExport.lexicon("t", w, 0.0003, "test")));
  }

  @Test
  void theTsvReadsBackAsThePolarityLexiconWritten() throws Exception {
    Map<String, Double> w = LexiconExport.weights(MODEL, VOCABULARY, List.of(INPUT));
    Lexicon exported = LexiconExport.lexicon("model", w, 0.5, "test");
    Path file = dir.resolve("model.tsv");
    Files.writeString(file, LexiconExport.tsv(exported, List.of("trained", "on nothing")));
    Lexicon read = Lexicons.load(file);
    assertEquals("model", read.name());
    assertEquals(LexiconKind.POLARITY, read.kind());
    assertEquals(weights(exported), weights(read));
    assertEquals(List.of("# trained", "# on nothing"), Files.readAllLines(file).subList(0, 2));
  }

  private static Map<String, Double> weights(Lexicon l) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (LexiconEntry e : l.entries()) {
      out.put(e.phrase(), e.weight());
    }
    return out;
  }
}
