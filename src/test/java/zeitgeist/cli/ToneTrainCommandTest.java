package zeitgeist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.lexicon.Lexicon;
import zeitgeist.lexicon.LexiconKind;
import zeitgeist.lexicon.Lexicons;

/** {@code zeitgeist tone-train} as a user runs it, and its one-line usage errors. */
class ToneTrainCommandTest {
  private static final String LABELS = "src/test/resources/tone/labels-small.tsv";
  private static final String TINY = "src/test/resources/tone/tiny-lexicon.tsv";

  @TempDir Path dir;

  private record Outcome(int code, String out, String err) {}

  private static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        ZeitgeistCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Outcome(code, out.toString(), err.toString());
  }

  private static void assertUsageError(Outcome o, String expectedLine) {
    assertEquals(2, o.code(), o.err());
    assertEquals(expectedLine, o.err().strip());
  }

  @Test
  void trainsReportsAndWritesALexiconARunCanLoad() throws Exception {
    TestSpark.session();
    Path model = dir.resolve("my-tone.tsv");
    Outcome o =
        run(
            "tone-train",
            "--labels",
            LABELS,
            "--lexicon",
            TINY,
            "--output",
            model.toString(),
            "--folds",
            "2");
    assertEquals(0, o.code(), o.err());
    assertTrue(
        o.out()
            .startsWith(
                LABELS
                    + ": 36 sentences (positive 12, neutral 12, negative 12),"
                    + " 1 rows without a usable label"),
        o.out());
    assertTrue(
        o.out().contains("lexicon tiny-lexicon as it is: 36 sentences (1 skipped)"), o.out());
    assertTrue(
        o.out().contains("classifier, 2-fold cross-validated: 36 sentences (1 skipped)"), o.out());
    assertTrue(o.out().contains("lexicon my-tone (the export), 2-fold cross-validated"), o.out());
    Matcher f1 = Pattern.compile("macro-F1 ([0-9.]+)").matcher(o.out());
    assertTrue(f1.find());
    assertEquals(
        0.5 / 3,
        Double.parseDouble(f1.group(1)),
        0.001,
        "the tiny lexicon finds no cue:" + " all neutral, F1 0 / 0.5 / 0");
    assertTrue(o.out().contains("wrote " + model + ": "), o.out());
    Lexicon written = Lexicons.load(model);
    assertEquals("my-tone", written.name());
    assertEquals(LexiconKind.POLARITY, written.kind());
    assertTrue(written.size() > 2);
    assertTrue(Files.readString(model).startsWith("# zeitgeist tone-train, "));
  }

  @Test
  void badArgumentsGetOneLineAndExitTwo() {
    String out = dir.resolve("m.tsv").toString();
    assertUsageError(
        run("tone-train", "--labels", LABELS, "--output", out, "--folds", "1"),
        "zeitgeist tone-train: error: --folds must be 2 to 20, got 1");
    assertUsageError(
        run("tone-train", "--labels", dir.resolve("none.tsv").toString(), "--output", out),
        "zeitgeist tone-train: error: cannot read " + dir.resolve("none.tsv"));
    assertUsageError(
        run("tone-train", "--labels", LABELS, "--output", out, "--label-column", "pol"),
        "zeitgeist tone-train: error: "
            + LABELS
            + " has no column 'pol' (columns: id, "
            + "label, sentence)");
    assertUsageError(
        run("tone-train", "--labels", LABELS, "--output", dir.resolve("no/such/m.tsv").toString()),
        "zeitgeist tone-train: error: --output: no such " + "folder: " + dir.resolve("no/such"));
    assertUsageError(
        run("tone-train", "--labels", LABELS, "--output", out, "--folds", "13"),
        "zeitgeist tone-train: error: "
            + LABELS
            + ": training needs at least two classes with 13"
            + " sentences each (--folds), got positive 12, neutral 12, negative 12 (1 rows without a "
            + "usable label)");
  }
}
