package zeitgeist.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property-style checks over random input: the cleaner and the metadata date parser never throw,
 * and cleaning never makes a text longer. Seeds are fixed, so a failure names a reproducible case.
 */
class RandomInputTest {
  private static final String[] PIECES = {
    "a",
    "e",
    "ü",
    "ß",
    "Ä",
    "x",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\u00A0",
    "\uFEFF",
    "\u200B",
    "\u0308",
    "\u00AD",
    ".",
    ":",
    "|",
    "-",
    "–",
    "\"",
    "©",
    "(c)",
    "1",
    "2018",
    "07",
    "23.",
    "10.",
    "date ",
    "date 2018-07 ",
    " date 2018-13-40",
    "2. Mai 2017, 21:06 Uhr ",
    "31. Februar 2019 | ",
    "Über dieses Thema berichtete die tagesschau am ",
    "23. Oktober 2018",
    " um 20:00 Uhr.",
    "Stand: ",
    "Von ",
    "Peter Müller",
    " mit dpa, Reuters",
    "Quelle: ",
    "Zum selben Thema",
    "Mehr zum Thema",
    "Anzeige",
    "WERBUNG",
    "Diesen Artikel teilen",
    "Copy to clipboard",
    "Foto: ",
    "Lesen Sie auch: ",
    "Der Rat tagt."
  };
  private static final ArticleTextCleaner CLEANER = new ArticleTextCleaner();

  @Test
  void cleanerOnTokenSoupNeverThrowsNorGrows() {
    for (long seed = 0; seed < 3000; seed++) {
      Random random = new Random(seed);
      StringBuilder raw = new StringBuilder();
      int pieces = random.nextInt(60);
      for (int i = 0; i < pieces; i++) {
        raw.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String input = raw.toString();
      String title = random.nextBoolean() ? null : PIECES[random.nextInt(PIECES.length)];
      CleanedText c = CLEANER.clean(input, title);
      String where = "seed " + seed + ": " + GoldenValues.orNone(input);
      assertTrue(c.text().length() <= input.length(), where);
      assertTrue(c.text().equals(c.text().strip()), "untrimmed text, " + where);
      assertFalse(c.text().contains("\n\n\n"), "three line breaks, " + where);
      assertFalse(c.text().matches("(?s).*[\r\u00A0\uFEFF\u200B].*"), "unnormalised, " + where);
      if (title == null && c.title() != null) {
        assertTrue(c.title().length() <= TitleDetector.MAX_TITLE_CHARS, "long title, " + where);
      }
    }
  }

  @Test
  void cleanerOnArbitraryCodePointsNeverThrows() {
    Random random = new Random(42);
    for (int n = 0; n < 2000; n++) {
      StringBuilder raw = new StringBuilder();
      int length = random.nextInt(300);
      for (int i = 0; i < length; i++) {
        raw.appendCodePoint(random.nextInt(8) == 0 ? '\n' : random.nextInt(0x30000));
      }
      String input = raw.toString();
      CleanedText c = CLEANER.clean(input, null);
      // NFC may expand a code point to at most three.
      assertTrue(c.text().length() <= 3 * input.length(), "case " + n);
    }
  }

  /** Regression: a long line of repeated widget labels overflowed the stack in the regex engine. */
  @Test
  void longRepetitiveLinesDoNotOverflowTheStack() {
    String[] inputs = {
      "Diesen Artikel teilen ".repeat(20_000),
      "Von Euronews mit " + "dpa, ".repeat(30_000) + "AFP",
      "Von " + "Peter Müller ".repeat(5_000) + "mit dpa",
      "Der Rat tagt.\nÜber dieses Thema berichtete "
          + "die tagesschau ".repeat(5_000)
          + "am 5.3.2019",
      "Quelle: " + "a ".repeat(50_000),
      "2. Mai 2017 " + "1".repeat(50_000),
      "Zum selben Thema\n" + "kurze Zeile\n".repeat(50_000)
    };
    for (String input : inputs) {
      CLEANER.clean(input, input);
      MetadataDateParser.parse(input);
    }
  }

  @Test
  void metadataDateParserNeverThrows() {
    String alphabet = "0123456789-:.,/ TZ+OktMaiärz";
    Random random = new Random(7);
    for (int n = 0; n < 20000; n++) {
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      MetadataDateParser.parse(value.toString());
    }
  }
}
