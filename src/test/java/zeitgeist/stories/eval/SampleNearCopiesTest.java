package zeitgeist.stories.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The published set derived from {@code data/sample} is what {@code zeitgeist near-copy-eval
 * --split all --write ... data/sample} makes now: a change to the edits or to the sample corpus
 * must regenerate it (see {@code data/near-copies/README.md}).
 */
class SampleNearCopiesTest {
  static final Path SET = Path.of("data/near-copies/sample-near-copies.jsonl");

  @Test
  void theCommittedSetIsUpToDate() throws Exception {
    NearCopySet set =
        NearCopySet.build(
            "data/sample", SourceArticles.read(Path.of("data/sample")), 1, NearCopySet.Split.ALL);
    assertEquals(
        Files.readString(SET), set.toJsonLines(), "regenerate " + SET + " as its README says");
  }
}
