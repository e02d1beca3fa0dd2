package zeitgeist.stories.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.cli.ZeitgeistCommand;

/** {@code zeitgeist near-copy-eval} with a bad argument: exit code 2 and one error line. */
class NearCopyEvalCommandTest {
  @TempDir Path dir;

  private static void assertUsageError(String expected, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        ZeitgeistCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    assertEquals(2, code, err.toString());
    assertEquals(expected, err.toString().strip());
    assertEquals("", out.toString());
  }

  @Test
  void unknownSplit() {
    assertUsageError(
        "zeitgeist near-copy-eval: error: unknown --split 'train' (expected dev, " + "test, all)",
        "near-copy-eval",
        "--split",
        "train",
        "data/sample");
  }

  @Test
  void missingSource() {
    Path missing = dir.resolve("missing.csv");
    assertUsageError(
        "zeitgeist near-copy-eval: error: source does not exist: " + missing,
        "near-copy-eval",
        missing.toString());
  }

  @Test
  void aFileThatIsNotA10kGnadCsv() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.csv"), "just one field\n");
    assertUsageError(
        "zeitgeist near-copy-eval: error: "
            + file
            + " is not a 10kGNAD CSV "
            + "(label;'text'): record 1 has 1 fields",
        "near-copy-eval",
        file.toString());
  }

  @Test
  void writeIntoAFolderThatDoesNotExist() {
    Path folder = dir.resolve("missing");
    assertUsageError(
        "zeitgeist near-copy-eval: error: --write: no such folder: " + folder,
        "near-copy-eval",
        "--write",
        folder.resolve("set.jsonl").toString(),
        "data/sample");
  }

  @Test
  void noSource() {
    assertUsageError(
        "zeitgeist near-copy-eval: error: Missing required parameter: 'SOURCE' " + "(see --help)",
        "near-copy-eval");
  }
}
