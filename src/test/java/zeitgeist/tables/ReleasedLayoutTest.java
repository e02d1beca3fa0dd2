package zeitgeist.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The earlier release's layout as {@code zeitgeist convert} reads it: what a folder is, its data
 * files, and its pending commits finished as that release finished them. File system only.
 */
class ReleasedLayoutTest {
  @TempDir Path dir;
  private FileSystem fs;
  private org.apache.hadoop.fs.Path root;

  @BeforeEach
  void openFileSystem() throws IOException {
    fs = FileSystem.getLocal(new Configuration());
    root = fs.makeQualified(new org.apache.hadoop.fs.Path(dir.toString()));
  }

  private Path file(String rel, String content) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content);
  }

  /** A journal line as the release wrote it: qualified paths, a tab between. */
  private String move(String from, String to) {
    return "file:" + dir.resolve(from) + "\t" + "file:" + dir.resolve(to) + "\n";
  }

  @Test
  void aDecidedCommitIsRolledForwardAndEverythingElseOfTheProtocolDeleted() throws IOException {
    file("articles/year=2018/part-old.parquet", "kept");
    file("_staging/R1/articles/year=2018/part-1.parquet", "one");
    file("_staging/R1/runs/part-1.parquet", "run row");
    file("_trash/R1/corpus_by_date/bucket=year_2018-01-01/part-0.parquet", "replaced");
    // the second move was done before the crash: its source is gone
    file("runs/part-0.parquet", "earlier run row");
    file(
        "_journal/R1.moves",
        move("_staging/R1/articles/year=2018/part-1.parquet", "articles/year=2018/part-1.parquet")
            + move("_staging/R1/gone.parquet", "runs/gone.parquet")
            + move("_staging/R1/runs/part-1.parquet", "runs/part-1.parquet"));
    // a run that died while writing its journal, and one that died before: never happened
    file("_journal/.R2.moves.tmp", move("_staging/R2/runs/part-2.parquet", "runs/part-2.parquet"));
    file("_staging/R2/runs/part-2.parquet", "never committed");

    assertEquals(List.of("R1"), ReleasedLayout.finishCommits(fs, root));
    assertEquals("one", Files.readString(dir.resolve("articles/year=2018/part-1.parquet")));
    assertEquals("run row", Files.readString(dir.resolve("runs/part-1.parquet")));
    assertTrue(Files.exists(dir.resolve("articles/year=2018/part-old.parquet")));
    assertFalse(Files.exists(dir.resolve("runs/part-2.parquet")));
    for (String gone : List.of("_staging", "_journal", "_trash")) {
      assertFalse(Files.exists(dir.resolve(gone)), gone);
    }
    assertEquals(List.of(), ReleasedLayout.finishCommits(fs, root), "done twice: nothing more");
  }

  @Test
  void aJournalNamingFilesOutsideTheWarehouseIsRefusedBeforeAnythingMoves() throws IOException {
    file("_staging/R1/runs/part-1.parquet", "run row");
    file(
        "_journal/R1.moves",
        "file:/elsewhere/wh/_staging/R1/runs/part-1.parquet\t"
            + "file:/elsewhere/wh/runs/part-1.parquet\n");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ReleasedLayout.finishCommits(fs, root));
    assertTrue(
        e.getMessage()
            .contains(" moves file:/elsewhere/wh/_staging/R1/runs/" + "part-1.parquet, outside "),
        e.getMessage());
    assertTrue(Files.exists(dir.resolve("_journal/R1.moves")));
    assertTrue(Files.exists(dir.resolve("_staging/R1/runs/part-1.parquet")));
  }

  @Test
  void aFolderIsTold() throws IOException {
    assertEquals(ReleasedLayout.Kind.NOT_A_WAREHOUSE, ReleasedLayout.inspect(fs, root));
    file("_journal/R1.moves", "");
    assertEquals(
        ReleasedLayout.Kind.RELEASED,
        ReleasedLayout.inspect(fs, root),
        "the first run's commit, pending");
    file("runs/part-0.parquet", "");
    assertEquals(ReleasedLayout.Kind.RELEASED, ReleasedLayout.inspect(fs, root));
    file("runs/_delta_log/00000000000000000000.json", "");
    assertEquals(ReleasedLayout.Kind.DELTA, ReleasedLayout.inspect(fs, root));
    file(Warehouse.CONVERSION_MARKER, "");
    assertEquals(ReleasedLayout.Kind.CONVERTING, ReleasedLayout.inspect(fs, root));
  }

  @Test
  void dataFilesLeaveOutTheSchemaOnlyFileAndHiddenOnes() throws IOException {
    file("articles/year=2018/part-0.parquet", "");
    file("articles/year=__HIVE_DEFAULT_PARTITION__/part-0.parquet", "");
    file("articles/year=2018/.part-0.parquet.crc", "");
    file("articles/schema-only.parquet", "");
    file("articles/_delta_log/00000000000000000000.checkpoint.parquet", "");
    file("articles/_SUCCESS", "");
    assertEquals(
        2,
        ReleasedLayout.dataFiles(
            fs, new org.apache.hadoop.fs.Path(dir.resolve("articles").toUri())));
    assertEquals(
        0,
        ReleasedLayout.dataFiles(
            fs, new org.apache.hadoop.fs.Path(dir.resolve("missing").toUri())));
  }
}
