package zeitgeist.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The simple {@code term<TAB>category<TAB>weight} format: kinds, defaults and errors. */
class TsvLexiconReaderTest {
  private static final String EXPECTED =
      "expected 'term<TAB>category[<TAB>weight]' or 'term<TAB>weight'";

  @Test
  void polarityFileWithHeaderCommentsAndMultiWordTerms() {
    Lexicon l =
        parse(
            "\uFEFF# my lexicon\r\nterm\tcategory\tweight\r\n\r\n  # indented\r\n"
                + "Gut\tpositive\t0.5\r\nin Frage  stellen\tNegative\t-0,4\r\nKrise\tnegative\r\n"
                + "hoffen\t0.3\r\nübel\t-0.6\r\nlob*\tpositive\t\r\n");
    assertEquals(LexiconKind.POLARITY, l.kind());
    assertEquals(LexiconFormat.TSV, l.format());
    assertEquals(
        List.of(
            LexiconEntry.of("gut", "positive", 0.5),
            LexiconEntry.of("in frage stellen", "negative", -0.4),
            LexiconEntry.of("krise", "negative", -1),
            LexiconEntry.of("hoffen", "positive", 0.3),
            LexiconEntry.of("übel", "negative", -0.6),
            LexiconEntry.of("lob*", "positive", 1)),
        l.entries());
    assertEquals(List.of("in", "frage", "stellen"), l.entries().get(1).words());
  }

  @Test
  void anyOtherCategoryMakesACategoryLexicon() {
    Lexicon l = parse("term\tcategory\nglück*\tposemo\nangst\tnegemo\t2\nfreude\tPositive\n");
    assertEquals(LexiconKind.CATEGORIES, l.kind());
    assertEquals(
        List.of(
            LexiconEntry.of("glück*", "posemo", 1),
            LexiconEntry.of("angst", "negemo", 2),
            LexiconEntry.of("freude", "Positive", 1)),
        l.entries());
  }

  @Test
  void headerCountsOnlyOnTheFirstLine() {
    assertEquals(2, parse("term\tweight\nterm\t0.5\ngut\t0.5\n").size());
  }

  @Test
  void malformedLinesFailWithFileAndLine() {
    assertEquals("t.tsv:3: " + EXPECTED + ", got 'schlecht'", error("# c\ngut\t0.5\nschlecht\n"));
    assertEquals(
        "t.tsv:1: " + EXPECTED + ", got 'gut\tpositive\t0.5\tx'", error("gut\tpositive\t0.5\tx\n"));
    assertEquals("t.tsv:1: " + EXPECTED + ", got ' \tpositive'", error(" \tpositive\n"));
    assertEquals("t.tsv:1: " + EXPECTED + ", got 'gut\t\t'", error("gut\t\t\n"));
    assertEquals(
        "t.tsv:2: expected a number as weight, got 'hoch'",
        error("gut\tpositive\t0.5\nschön\tpositive\thoch\n"));
  }

  @Test
  void polarityRulesFailWithFileAndLine() {
    assertEquals(
        "t.tsv:1: expected a weight in [-1, 1] other than 0, got 1.5",
        error("gut\tpositive\t1.5\n"));
    assertEquals("t.tsv:1: expected a weight in [-1, 1] other than 0, got 0.0", error("gut\t0\n"));
    assertEquals(
        "t.tsv:2: weight -0.3 contradicts category 'positive'",
        error("gut\tpositive\nschlecht\tpositive\t-0.3\n"));
  }

  @Test
  void categoryLexiconNeedsACategoryOnEveryLine() {
    assertEquals(
        "t.tsv:2: expected a category: this file names categories other than positive"
            + " and negative, so it is a category lexicon",
        error("glück\tposemo\nangst\t-0.5\n"));
  }

  @Test
  void badWildcardsFailWithFileAndLine() {
    assertEquals(
        "t.tsv:1: wildcard 'ab*' needs at least 3 characters before '*'", error("ab*\tnegative\n"));
    assertEquals(
        "t.tsv:1: '*' may only end a word (a prefix wildcard), got 'glü*ck'",
        error("glü*ck\tpositive\n"));
  }

  private static Lexicon parse(String text) {
    return TsvLexiconReader.parse("t", LexiconText.of(text, "t.tsv"));
  }

  private static String error(String text) {
    return assertThrows(IllegalArgumentException.class, () -> parse(text)).getMessage();
  }
}
