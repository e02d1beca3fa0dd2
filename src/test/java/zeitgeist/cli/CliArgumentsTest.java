package zeitgeist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad arguments: exit code 2 and exactly one error line naming the problem, before any Spark
 * session exists. Runs in a JVM where this class may be first, so it checks no session was made.
 */
class CliArgumentsTest {
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
    assertEquals(1, o.err().strip().lines().count());
  }

  @Test
  void missingInput() {
    assertUsageError(
        run("run", "--warehouse", dir.toString()),
        "zeitgeist run: error: Missing required option: '--input=PATH' (see --help)");
  }

  @Test
  void inputThatDoesNotExist() {
    Path missing = dir.resolve("missing");
    assertUsageError(
        run("run", "--input", missing.toString(), "--warehouse", dir.toString()),
        "zeitgeist run: error: input path does not exist: " + missing);
  }

  @Test
  void warehouseNotWritable() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Outcome o = run("run", "--input", dir.toString(), "--warehouse", file + "/wh");
    assertEquals(2, o.code());
    assertTrue(
        o.err().startsWith("zeitgeist run: error: warehouse is not writable: " + file + "/wh"),
        o.err());
    assertEquals(1, o.err().strip().lines().count());
  }

  @Test
  void unknownFormatAndBadField() {
    assertUsageError(
        run("run", "--input", dir.toString(), "--warehouse", dir + "/wh", "--format", "xml"),
        "zeitgeist run: error: unknown format 'xml' (expected one of auto, txt, jsonl, csv, "
            + "parquet)");
    assertUsageError(
        run("run", "--input", dir.toString(), "--warehouse", dir + "/wh", "--field", "text"),
        "zeitgeist run: error: --field expects KEY=COLUMN (e.g. text=body), got 'text'");
  }

  @Test
  void unknownEngineAndBadGazetteer() throws Exception {
    assertUsageError(
        run("run", "--input", dir.toString(), "--warehouse", dir + "/wh", "--ner", "spacy"),
        "zeitgeist run: error: --ner must be one of corenlp, corenlp-only, gazetteer, none, got 'spacy'");
    Path missing = dir.resolve("none.tsv");
    Outcome o =
        run(
            "run",
            "--input",
            dir.toString(),
            "--warehouse",
            dir + "/wh",
            "--gazetteer",
            missing.toString());
    assertEquals(2, o.code(), o.err());
    assertTrue(
        o.err().startsWith("zeitgeist run: error: cannot read gazetteer " + missing), o.err());
    Path bad =
        Files.writeString(
            dir.resolve("bad.tsv"), "# people\nAngela Merkel\tPER\tMerkel\nBerlin\tCITY\n");
    assertUsageError(
        run(
            "run",
            "--input",
            dir.toString(),
            "--warehouse",
            dir + "/wh",
            "--gazetteer",
            bad.toString()),
        "zeitgeist run: error: bad gazetteer "
            + bad
            + ":3: unknown entity type 'CITY' "
            + "(expected PER, ORG, LOC or MISC)");
  }

  @Test
  void unsupportedLanguage() {
    assertUsageError(
        run("run", "--input", dir.toString(), "--warehouse", dir + "/wh", "--language", "en"),
        "zeitgeist run: error: --language expects auto or one of [de], got 'en' (the analysis "
            + "supports German only)");
    assertUsageError(
        run("run", "--input", dir.toString(), "--warehouse", dir + "/wh", "--language", "deutsch"),
        "zeitgeist run: error: --language expects auto or one of [de], got 'deutsch'");
  }

  @Test
  void unknownIdScope() {
    assertUsageError(
        run("run", "--input", dir.toString(), "--warehouse", dir + "/wh", "--id-scope", "outlet"),
        "zeitgeist run: error: --id-scope must be one of global, file, source, got 'outlet'");
  }

  @Test
  void badLexicon() throws Exception {
    Path bad =
        Files.writeString(
            dir.resolve("bad.tsv"),
            "term\tcategory\tweight\n" + "gut\tpositive\t0.5\nschlecht\tpositive\t-0.5\n");
    Outcome o =
        run(
            "run",
            "--input",
            dir.toString(),
            "--warehouse",
            dir + "/wh",
            "--lexicon",
            bad.toString());
    assertEquals(2, o.code(), o.err());
    assertTrue(o.err().startsWith("zeitgeist run: error: bad lexicon " + bad + ": "), o.err());
    assertTrue(o.err().contains(":3:"), "names the line: " + o.err());
    assertEquals(1, o.err().strip().lines().count());
    Outcome missing =
        run(
            "run",
            "--input",
            dir.toString(),
            "--warehouse",
            dir + "/wh",
            "--lexicon",
            "x=" + dir.resolve("nope.tsv"));
    assertEquals(2, missing.code(), missing.err());
    assertEquals(1, missing.err().strip().lines().count(), missing.err());
  }

  @Test
  void badProgressAndSummaryOptions() {
    String[] base = {"run", "--input", dir.toString(), "--warehouse", dir + "/wh"};
    assertUsageError(
        run(with(base, "--progress", "sometimes")),
        "zeitgeist run: error: --progress must be one of auto, terminal, log, none, got "
            + "'sometimes'");
    assertUsageError(
        run(with(base, "--progress-every", "soon")),
        "zeitgeist run: error: --progress-every expects a duration such as 30s, 2m or 500ms, got "
            + "'soon'");
    assertUsageError(
        run(with(base, "--progress-every", "5ms")),
        "zeitgeist run: error: --progress-every must be between 10ms and 24h, got '5ms'");
    assertUsageError(
        run(with(base, "--summary", "xml")),
        "zeitgeist run: error: --summary must be one of text, json, got 'xml'");
    Path missing = dir.resolve("no-such-dir");
    assertUsageError(
        run(with(base, "--summary-file", missing.resolve("s.json").toString())),
        "zeitgeist run: error: --summary-file: no such directory: " + missing);
  }

  private static String[] with(String[] base, String... more) {
    String[] out = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, out, base.length, more.length);
    return out;
  }

  @Test
  void unknownOptionAndMissingCommand() {
    assertUsageError(
        run("run", "--inptu", "x"), "zeitgeist run: error: Unknown option: '--inptu' (see --help)");
    assertUsageError(
        run(),
        "zeitgeist: error: a command is required: run, sql, kwic, ddl, "
            + "status, maintain, convert, ner-eval, sentiment-eval, tone-train or near-copy-eval");
  }

  @Test
  void sqlOnAMissingWarehouse() {
    assertUsageError(
        run("sql", "--warehouse", dir.resolve("none").toString(), "SELECT 1"),
        "zeitgeist sql: error: no warehouse at "
            + dir.resolve("none")
            + " (run 'zeitgeist run' first)");
    assertUsageError(
        run("status", "--warehouse", dir.resolve("none").toString()),
        "zeitgeist status: error: no warehouse at "
            + dir.resolve("none")
            + " (run 'zeitgeist run' first)");
    assertUsageError(
        run("kwic", "--warehouse", dir.resolve("none").toString(), "--term", "x"),
        "zeitgeist kwic: error: no warehouse at "
            + dir.resolve("none")
            + " (run 'zeitgeist run' first)");
  }

  @Test
  void helpForEveryCommand() {
    for (String cmd : new String[] {"run", "sql", "kwic", "ddl", "status"}) {
      Outcome o = run(cmd, "--help");
      assertEquals(0, o.code());
      assertTrue(o.out().startsWith("Usage: zeitgeist " + cmd), o.out());
    }
  }

  @Test
  void noSparkSessionWasStartedForBadArguments() {
    run("run", "--input", dir.resolve("missing").toString(), "--warehouse", dir.toString());
    if (SparkSession.getActiveSession().isEmpty()) {
      assertFalse(SparkSession.getDefaultSession().isDefined());
    }
  }
}
