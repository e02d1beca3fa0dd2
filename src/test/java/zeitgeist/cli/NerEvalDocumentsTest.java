package zeitgeist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ner-eval --documents}: two articles through cleaning, language identification and the
 * gazetteer engine, counted by hand: the German one names Wladimir Putin (twice), Moskau and Graz,
 * which the shipped gazetteer knows, and Hans Meierhöfer, whom it does not; the English one is not
 * analysed, so its two gold entities are missed.
 */
class NerEvalDocumentsTest {
  @Test
  void scoresWholeArticlesThroughThePipeline() throws URISyntaxException {
    Path file = Path.of(getClass().getResource("/entities/documents-small.jsonl").toURI());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        ZeitgeistCommand.execute(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "ner-eval",
            "--documents",
            "--show-errors",
            "--ner",
            "gazetteer",
            file.toString());
    assertEquals(0, code, err.toString());
    List<String> lines = out.toString().lines().map(String::strip).toList();
    assertTrue(lines.contains("missed PER Hans Meierhöfer"), out.toString());
    assertTrue(lines.contains("d2 (not analysed):"), out.toString());
    // type, gold, predicted, true positives
    assertRow(lines, "PER", 3, 1, 1);
    assertRow(lines, "ORG", 0, 0, 0);
    assertRow(lines, "LOC", 3, 2, 2);
    assertRow(lines, "all", 6, 3, 3);
    assertTrue(
        lines.contains(
            "2 articles, 1 not analysed (not German, empty or rejected: all "
                + "their entities missed)"),
        out.toString());
  }

  /**
   * {@code --raw-spans}: the engine's own mentions, one entity per distinct name and type, so
   * {@code Putin} (title) and {@code Wladimir Putin} are two persons: one matches, one is extra.
   */
  @Test
  void rawSpansCountEachDistinctName() throws URISyntaxException {
    Path file = Path.of(getClass().getResource("/entities/documents-small.jsonl").toURI());
    StringWriter out = new StringWriter();
    int code =
        ZeitgeistCommand.execute(
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true),
            "ner-eval",
            "--documents",
            "--raw-spans",
            "--ner",
            "gazetteer",
            file.toString());
    assertEquals(0, code, out.toString());
    List<String> lines = out.toString().lines().map(String::strip).toList();
    assertRow(lines, "PER", 3, 2, 1);
    assertRow(lines, "LOC", 3, 2, 2);
  }

  private static void assertRow(List<String> lines, String type, int gold, int predicted, int tp) {
    String row = lines.stream().filter(l -> l.startsWith(type + " ")).findFirst().orElseThrow();
    String[] cols = row.split("\\s+");
    assertEquals(
        List.of(type, "" + gold, "" + predicted, "" + tp),
        List.of(cols[0], cols[1], cols[2], cols[3]),
        row);
  }
}
