package zeitgeist.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SentiWS v2.0 files: the fixture {@code lexicons/sentiws/Test_v1_*.txt} has a byte-order mark,
 * CRLF line ends, empty and missing inflection columns, like the real files.
 */
class SentiWsReaderTest {
  private static final Path DIR = LexiconMatcherGoldenTest.resource("lexicons/sentiws");
  private static final String EXPECTED =
      "expected 'word|POS<TAB>weight<TAB>inflection,inflection,...'";

  @Test
  void readsTheDirectoryPositiveFileFirst() {
    Lexicon l = Lexicons.load(null, DIR, null);
    assertEquals("test_v1", l.name());
    assertEquals(LexiconKind.POLARITY, l.kind());
    assertEquals(LexiconFormat.SENTIWS, l.format());
    // 28 positive forms (Gefallen in gefallen's line is the lemma again), 17 negative
    assertEquals(45, l.size());
    assertEquals(28, l.entries().stream().filter(e -> e.category().equals("positive")).count());
    assertEquals(
        new LexiconEntry(List.of("gut"), "positive", 0.5, "gut", "ADJ"), l.entries().get(0));
    assertEquals(
        new LexiconEntry(List.of("erfolgen"), "positive", 0.6, "erfolg", "NOUN"),
        l.entries().get(13));
    assertEquals(
        new LexiconEntry(List.of("kritisierte"), "negative", -0.4, "kritisieren", "VERB"),
        l.entries().get(l.size() - 2));
  }

  @Test
  void emptyOrMissingInflectionColumnGivesTheLemmaOnly() {
    Lexicon l = Lexicons.load(null, DIR, null);
    assertEquals(1, count(l, "zuversicht"));
    assertEquals(1, count(l, "glück"));
    assertEquals(1, count(l, "stillstand"));
    assertTrue(
        l.entries().stream().allMatch(e -> e.words().get(0).matches("[\\p{L}]+")),
        "no BOM, CR or empty word");
  }

  @Test
  void eitherFileFindsItsSibling() {
    Lexicon dir = Lexicons.load(null, DIR, null);
    for (String file : List.of("Test_v1_Positive.txt", "Test_v1_Negative.txt")) {
      Lexicon l = Lexicons.load(null, DIR.resolve(file), null);
      assertEquals(dir.entries(), l.entries(), file);
      assertEquals(dir.contentHash(), l.contentHash(), file);
      assertEquals("test_v1", l.name());
    }
  }

  @Test
  void contentHashCoversBothFilesInOrder() throws Exception {
    byte[] pos = Files.readAllBytes(DIR.resolve("Test_v1_Positive.txt"));
    byte[] neg = Files.readAllBytes(DIR.resolve("Test_v1_Negative.txt"));
    String hash = Lexicons.load(null, DIR, null).contentHash();
    assertEquals(LexiconText.hash(pos, neg), hash);
    assertTrue(hash.matches("[0-9a-f]{16}"), hash);
  }

  @Test
  void missingSiblingFailsNamingIt(@TempDir Path dir) throws Exception {
    Path pos = Files.copy(DIR.resolve("Test_v1_Positive.txt"), dir.resolve("Mine_Positive.txt"));
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> Lexicons.load(null, pos, null));
    assertEquals(
        "SentiWS file " + pos + " has no sibling Mine_Negative.txt beside it", e.getMessage());
    UncheckedIOException empty =
        assertThrows(
            UncheckedIOException.class,
            () -> Lexicons.load("x", dir.resolve("sub"), LexiconFormat.SENTIWS));
    assertEquals("lexicon file not found: " + dir.resolve("sub"), empty.getMessage());
  }

  @Test
  void directoryWithoutOrWithSeveralPairsFails(@TempDir Path dir) throws Exception {
    UncheckedIOException none =
        assertThrows(UncheckedIOException.class, () -> Lexicons.load(null, dir, null));
    assertEquals("no SentiWS file *_Positive.txt in directory " + dir, none.getMessage());
    for (String p : List.of("A", "B")) {
      Files.copy(DIR.resolve("Test_v1_Positive.txt"), dir.resolve(p + "_Positive.txt"));
      Files.copy(DIR.resolve("Test_v1_Negative.txt"), dir.resolve(p + "_Negative.txt"));
    }
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Lexicons.load(null, dir, null))
            .getMessage()
            .startsWith("SentiWS directory " + dir + " holds several files *_Positive.txt"));
  }

  @Test
  void fileNotNamedLikeSentiWsIsReadAloneWithPolarityBySign(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("words.txt");
    Files.writeString(file, "gut|ADJX\t0.5\tgute\r\nübel|ADJX\t-0.7\t\r\n", StandardCharsets.UTF_8);
    assertEquals(LexiconFormat.SENTIWS, LexiconFormat.detect(file));
    Lexicon l = Lexicons.load(file);
    assertEquals("words", l.name());
    assertEquals(
        List.of("positive", "positive", "negative"),
        l.entries().stream().map(LexiconEntry::category).toList());
  }

  @Test
  void malformedLinesFailWithFileAndLine() {
    assertEquals(
        "p.txt:2: " + EXPECTED + ", got 'schlecht\t-0.5'",
        error("gut|ADJX\t0.5\tgute\nschlecht\t-0.5\n", "positive"));
    assertEquals("p.txt:1: " + EXPECTED + ", got 'gut|ADJX'", error("gut|ADJX\n", null));
    assertEquals("p.txt:1: " + EXPECTED + ", got 'gut|\t0.5'", error("gut|\t0.5\n", null));
    assertEquals(
        "p.txt:1: " + EXPECTED + ", got 'gut|ADJX\t0.5\tgute\tx'",
        error("gut|ADJX\t0.5\tgute\tx\n", null));
  }

  @Test
  void badWeightsFailWithFileAndLine() {
    assertEquals(
        "p.txt:1: expected a weight in [-1, 1], got 'hoch'", error("gut|ADJX\thoch\t\n", null));
    assertEquals(
        "p.txt:1: expected a weight in [-1, 1] other than 0, got '1.5'",
        error("gut|ADJX\t1.5\t\n", null));
    assertEquals(
        "p.txt:1: expected a weight in [-1, 1] other than 0, got '0.0'",
        error("gut|ADJX\t0.0\t\n", null));
    assertEquals(
        "p.txt:3: weight -0.3 is negative in a file of positive words",
        error("\ngut|ADJX\t0.3\n\u00fcbel|ADJX\t-0.3\n", "positive"));
    assertEquals(
        "p.txt:1: weight 0.3 is positive in a file of negative words",
        error("gut|ADJX\t0.3\n", "negative"));
  }

  private static String error(String text, String polarity) {
    return assertThrows(
            IllegalArgumentException.class,
            () -> SentiWsReader.parse(LexiconText.of(text, "p.txt"), polarity))
        .getMessage();
  }

  private static long count(Lexicon l, String lemma) {
    return l.entries().stream().filter(e -> e.lemma().equals(lemma)).count();
  }
}
