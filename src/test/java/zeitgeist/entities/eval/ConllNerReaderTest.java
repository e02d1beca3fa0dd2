package zeitgeist.entities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.entities.eval.LabeledSentence.Span;

/** {@link ConllNerReader} on the hand-made GermEval sample and on small plain CoNLL texts. */
class ConllNerReaderTest {
  static Path sample() {
    try {
      return Path.of(ConllNerReaderTest.class.getResource("/ner/germeval-sample.tsv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<LabeledSentence> parse(String content) {
    return ConllNerReader.detectingLayout().parse(content, "test.tsv");
  }

  @Test
  void germEvalSampleKeepsOuterSpansWithTheirLabelsAndSkipsComments() {
    List<LabeledSentence> sentences = ConllNerReader.detectingLayout().read(sample());
    assertEquals(4, sentences.size());
    LabeledSentence first = sentences.get(0);
    assertEquals(
        List.of("Angela", "Merkel", "besuchte", "die", "Universität", "Leipzig", "."),
        first.tokens());
    assertEquals(
        List.of(new Span(0, 2, "PER"), new Span(4, 6, "ORG")),
        first.spans(),
        "inner B-LOC on Leipzig is not read");
    assertEquals(
        List.of(new Span(1, 2, "LOCderiv"), new Span(5, 6, "LOC"), new Span(8, 11, "OTH")),
        sentences.get(1).spans());
    assertEquals(List.of(new Span(1, 3, "ORG"), new Span(4, 5, "PER")), sentences.get(2).spans());
    assertEquals(
        List.of(new Span(1, 2, "ORGpart"), new Span(3, 4, "ORG")), sentences.get(3).spans());
  }

  @Test
  void plainConllTakesFirstAndLastColumn() {
    String conll =
        """
        -DOCSTART- -X- -X- O

        1980 CD B-NP O
        kam VVFIN B-VP O
        Toyota NE B-NP B-ORG
        Motor NE I-NP I-ORG
        . $. O O
        """;
    List<LabeledSentence> sentences = parse(conll);
    assertEquals(1, sentences.size(), "-DOCSTART- is no sentence");
    assertEquals(List.of("1980", "kam", "Toyota", "Motor", "."), sentences.get(0).tokens());
    assertEquals(List.of(new Span(2, 4, "ORG")), sentences.get(0).spans());
  }

  @Test
  void iob1AndStrayInsideTagsStartSpans() {
    String iob1 = "Peter\tI-PER\nMüller\tI-PER\nKarl\tB-PER\nund\tO\nBonn\tI-LOC\nAG\tI-ORG\n";
    assertEquals(
        List.of(
            new Span(0, 2, "PER"),
            new Span(2, 3, "PER"),
            new Span(4, 5, "LOC"),
            new Span(5, 6, "ORG")),
        parse(iob1).get(0).spans());
  }

  @Test
  void explicitColumnsOverrideDetection() {
    String text = "x\tBonn\tB-LOC\tO\ny\tliegt\tO\tB-PER\n";
    LabeledSentence detected = parse(text).get(0);
    assertEquals(List.of("x", "y"), detected.tokens(), "no counting index: plain CoNLL");
    assertEquals(List.of(new Span(1, 2, "PER")), detected.spans());
    LabeledSentence fixed = ConllNerReader.withColumns(1, 2).parse(text, "t").get(0);
    assertEquals(List.of("Bonn", "liegt"), fixed.tokens());
    assertEquals(List.of(new Span(0, 1, "LOC")), fixed.spans());
    LabeledSentence lastColumn = ConllNerReader.withColumns(1, -1).parse(text, "t").get(0);
    assertEquals(List.of("Bonn", "liegt"), lastColumn.tokens());
    assertEquals(List.of(new Span(1, 2, "PER")), lastColumn.spans());
  }

  @Test
  void byteOrderMarkCrLfAndMissingFinalBlankLine() {
    List<LabeledSentence> s = parse("\uFEFF#\tsrc\r\n1\tBonn\tB-LOC\tO\r\n\r\n1\tja\tO\tO");
    assertEquals(2, s.size());
    assertEquals(List.of("Bonn"), s.get(0).tokens());
    assertEquals(List.of(new Span(0, 1, "LOC")), s.get(0).spans());
    assertEquals(List.of("ja"), s.get(1).tokens());
  }

  @Test
  void emptyInputAndOnlyCommentsGiveNoSentences() {
    assertEquals(List.of(), parse(""));
    assertEquals(List.of(), parse("# nur\n\n# Kommentare\n\n"));
  }

  @Test
  void badLabelFailsWithFileLineAndLabel() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> parse("# c\n1\tBonn\tS-LOC\tO\n"));
    assertEquals("test.tsv:2: label 'S-LOC' (expected O, B-X or I-X)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> parse("Bonn\tB-\n"));
    assertEquals("test.tsv:1: label 'B-' has no type", e.getMessage());
  }

  @Test
  void missingColumnFailsWithFileAndLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConllNerReader.withColumns(1, 2).parse("1\tBonn\tB-LOC\tO\n2\tist\n", "f"));
    assertEquals("f:2: 2 columns, so no column 2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> parse("Bonn\n"));
    assertEquals("test.tsv:1: one column holds both token and label", e.getMessage());
  }

  @Test
  void missingFileAndBadEncodingNameTheFile(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing.tsv");
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class, () -> ConllNerReader.detectingLayout().read(missing));
    assertTrue(e.getMessage().contains("missing.tsv"), e.getMessage());

    Path latin1 = dir.resolve("latin1.tsv");
    Files.write(latin1, "1\tMüller\tB-PER\tO\n".getBytes(StandardCharsets.ISO_8859_1));
    e =
        assertThrows(
            UncheckedIOException.class, () -> ConllNerReader.detectingLayout().read(latin1));
    assertTrue(e.getMessage().contains("latin1.tsv as UTF-8"), e.getMessage());
  }
}
