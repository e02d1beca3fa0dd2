package zeitgeist.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading lexicons: the format option, detection, names, missing files and the shipped one. */
class LexiconsTest {
  /** Words the sentiment rules treat as negators or intensifiers: never lexicon entries. */
  private static final Set<String> RULE_WORDS =
      Set.of(
          "nicht",
          "kein",
          "keine",
          "nie",
          "niemals",
          "nichts",
          "niemand",
          "ohne",
          "weder",
          "kaum",
          "sehr",
          "äußerst",
          "extrem",
          "besonders",
          "ziemlich",
          "völlig",
          "total",
          "absolut",
          "höchst",
          "überaus",
          "ganz",
          "zu",
          "so",
          "recht",
          "etwas",
          "wenig",
          "weniger",
          "mehr",
          "stark",
          "hoch",
          "massiv",
          "enorm",
          "unglaublich",
          "wirklich",
          "richtig",
          "komplett",
          "vollkommen",
          "durchaus",
          "eher",
          "fast",
          "beinahe",
          "allzu",
          "zutiefst",
          "heftig",
          "schwer");

  private static final Set<String> NEGATORS =
      Set.of(
          "nicht", "kein", "keine", "nie", "niemals", "nichts", "niemand", "ohne", "weder", "kaum");

  @Test
  void formatOptionIsParsedCaseInsensitively() {
    assertEquals(LexiconFormat.SENTIWS, LexiconFormat.parse("SentiWS"));
    assertEquals(LexiconFormat.LIWC, LexiconFormat.parse(" liwc "));
    assertEquals(
        "lexicon format must be one of sentiws, tsv, liwc, got 'csv'",
        assertThrows(IllegalArgumentException.class, () -> LexiconFormat.parse("csv"))
            .getMessage());
  }

  @Test
  void formatIsDetectedByNameThenContent(@TempDir Path dir) throws Exception {
    Path sentiws = LexiconMatcherGoldenTest.resource("lexicons/sentiws");
    assertEquals(LexiconFormat.SENTIWS, LexiconFormat.detect(sentiws));
    assertEquals(
        LexiconFormat.SENTIWS, LexiconFormat.detect(sentiws.resolve("Test_v1_Negative.txt")));
    assertEquals(LexiconFormat.LIWC, LexiconFormat.detect(write(dir, "a.DIC", "whatever")));
    assertEquals(LexiconFormat.TSV, LexiconFormat.detect(write(dir, "b.tsv", "%\n")));
    assertEquals(
        LexiconFormat.LIWC, LexiconFormat.detect(write(dir, "c.txt", "\uFEFF\n%\n1\ta\n")));
    assertEquals(LexiconFormat.SENTIWS, LexiconFormat.detect(write(dir, "d", "Gut|NN\t0.1\n")));
    assertEquals(LexiconFormat.TSV, LexiconFormat.detect(write(dir, "e.txt", "# x\ngut\t0.5\n")));
    assertEquals(LexiconFormat.TSV, LexiconFormat.detect(write(dir, "f.txt", "")));
  }

  @Test
  void explicitFormatSkipsDetection(@TempDir Path dir) throws Exception {
    Path file = write(dir, "words.dic", "gut\tpositive\t0.5\n");
    assertEquals(1, Lexicons.load("mine", file, LexiconFormat.TSV).size());
    assertEquals(
        file + ":1: expected '%' to open the category list, got 'gut\tpositive\t0.5'",
        assertThrows(IllegalArgumentException.class, () -> Lexicons.load(file)).getMessage());
  }

  @Test
  void namesComeFromTheUserOrTheFileName(@TempDir Path dir) throws Exception {
    Path file = write(dir, "Meine Wörter v2.tsv", "gut\t0.5\n");
    assertEquals("meine-wörter-v2", Lexicons.load(file).name());
    assertEquals("news_polarity", Lexicons.load("news_polarity", file, null).name());
    assertEquals(
        "lexicon name must be letters, digits, '.', '_' or '-', got 'my lexicon'",
        assertThrows(IllegalArgumentException.class, () -> Lexicons.load("my lexicon", file, null))
            .getMessage());
  }

  @Test
  void missingOrUnreadableFilesFailNamingThem(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing.tsv");
    for (LexiconFormat f : List.of(LexiconFormat.TSV, LexiconFormat.LIWC)) {
      assertEquals(
          "lexicon file not found: " + missing,
          assertThrows(UncheckedIOException.class, () -> Lexicons.load("x", missing, f))
              .getMessage());
    }
    assertEquals(
        "lexicon file not found: " + dir.resolve("none"),
        assertThrows(UncheckedIOException.class, () -> Lexicons.load(dir.resolve("none")))
            .getMessage());
    Path latin1 = dir.resolve("latin1.tsv");
    Files.write(latin1, "übel\t-0.5\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(
        "lexicon " + latin1 + " is not UTF-8",
        assertThrows(UncheckedIOException.class, () -> Lexicons.load(latin1)).getMessage());
  }

  @Test
  void shippedLexiconLoadsWithItsPolarityEntries() {
    Lexicon l = Lexicons.shipped();
    assertEquals(Lexicons.SHIPPED_NAME, l.name());
    assertEquals(LexiconKind.POLARITY, l.kind());
    assertEquals(1160, l.size());
    Set<String> phrases = new HashSet<>();
    int multiWord = 0;
    for (LexiconEntry e : l.entries()) {
      assertTrue(e.weight() >= -1 && e.weight() <= 1 && e.weight() != 0, e.toString());
      assertEquals(e.weight() > 0 ? "positive" : "negative", e.category(), e.toString());
      assertTrue(phrases.add(e.phrase()), "listed twice: " + e.phrase());
      assertFalse(e.phrase().contains("*"), "no wildcards in the shipped lexicon: " + e);
      multiWord += e.size() > 1 ? 1 : 0;
      for (String w : e.words()) {
        assertFalse(NEGATORS.contains(w), "negator in " + e.phrase());
      }
      if (e.size() == 1) {
        assertFalse(RULE_WORDS.contains(e.words().get(0)), "negator or intensifier: " + e);
      }
    }
    assertEquals(94, multiWord, "multi-word entries");
    assertTrue(l.contentHash().matches("[0-9a-f]{16}"));
  }

  @Test
  void shippedResourceIsTheDataFile() throws Exception {
    Path data =
        Path.of(System.getProperty("zeitgeist.projectDir", "."))
            .resolve("data/lexicons/zeitgeist-polarity-de.tsv");
    assertEquals(LexiconText.hash(Files.readAllBytes(data)), Lexicons.shipped().contentHash());
  }

  private static Path write(Path dir, String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
