package zeitgeist.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** LIWC-style {@code .dic} files: categories, wildcards, multi-word entries and errors. */
class LiwcDictionaryReaderTest {

  @Test
  void readsTheFixture() {
    Lexicon l =
        Lexicons.load(
            null, LexiconMatcherGoldenTest.resource("lexicons/test-categories.dic"), null);
    assertEquals("test-categories", l.name());
    assertEquals(LexiconKind.CATEGORIES, l.kind());
    assertEquals(LexiconFormat.LIWC, l.format());
    assertEquals(
        List.of(
            LexiconEntry.of("glück*", "posemo", 1),
            LexiconEntry.of("glück*", "affect", 1),
            LexiconEntry.of("glücklich", "posemo", 1),
            LexiconEntry.of("angst*", "negemo", 1),
            LexiconEntry.of("angst*", "affect", 1),
            LexiconEntry.of("freund*", "posemo", 1),
            LexiconEntry.of("freund*", "social", 1),
            LexiconEntry.of("freund*", "affect", 1),
            LexiconEntry.of("zu kurz kommen", "negemo", 1),
            LexiconEntry.of("wir", "social", 1)),
        l.entries());
    assertEquals(true, l.entries().get(0).isWildcard(0));
    assertEquals("glück", l.entries().get(0).literal(0));
  }

  @Test
  void bomCrlfBlankLinesAndRepeatedIdsAreFine() {
    Lexicon l = parse("\uFEFF\r\n%\r\n1 posemo (positive emotion)\r\n\r\n%\r\n\r\nlob*\t1\t1\r\n");
    assertEquals(List.of(LexiconEntry.of("lob*", "posemo", 1)), l.entries());
  }

  @Test
  void malformedFilesFailWithFileAndLine() {
    assertEquals(
        "d.dic:1: expected '%' to open the category list, got 'glück*\t1'", error("glück*\t1\n"));
    assertEquals("d.dic: expected '%' to open the category list, got an empty file", error("\n"));
    assertEquals(
        "d.dic:3: expected '%' to close the category list before the end of the file",
        error("%\n1\tposemo\nglück*\t1\n"));
    assertEquals(
        "d.dic:2: expected 'id<TAB>category' or '%', got 'posemo'", error("%\nposemo\n%\n"));
    assertEquals("d.dic:3: category id '1' is declared twice", error("%\n1\ta\n1\tb\n%\n"));
    assertEquals(
        "d.dic:4: expected 'word<TAB>id<TAB>id...', got 'glück*'",
        error("%\n1\tposemo\n%\nglück*\n"));
    assertEquals("d.dic:4: unknown category id '7'", error("%\n1\tposemo\n%\nglück*\t1\t7\n"));
    assertEquals(
        "d.dic:4: unknown category id '(02' (LIWC2007 conditional entries are not" + " supported)",
        error("%\n1\tposemo\n%\nkind\t(02 134)125/464\t1\n"));
    assertEquals(
        "d.dic:4: wildcard 'gl*' needs at least 3 characters before '*'",
        error("%\n1\tposemo\n%\ngl*\t1\n"));
  }

  private static Lexicon parse(String text) {
    return LiwcDictionaryReader.parse("d", LexiconText.of(text, "d.dic"));
  }

  private static String error(String text) {
    return assertThrows(IllegalArgumentException.class, () -> parse(text)).getMessage();
  }
}
