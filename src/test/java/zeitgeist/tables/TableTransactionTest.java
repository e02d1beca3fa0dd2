package zeitgeist.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;

/** The write path's commit protocol, including what an interrupted run leaves behind. */
class TableTransactionTest {
  @TempDir Path dir;

  private static RejectRow reject(String path) {
    return new RejectRow("r", path, "file", "empty", "the file has no bytes");
  }

  private Warehouse warehouse() {
    return new Warehouse(TestSpark.session(), dir.toString());
  }

  private void stage(TableTransaction tx, String... paths) {
    tx.append(RejectRow.TABLE, TestSpark.session().createDataset(
        List.of(paths).stream().map(TableTransactionTest::reject).toList(),
        RejectRow.TABLE.encoder()));
  }

  @Test
  void stagedRowsAreInvisibleUntilCommit() {
    Warehouse wh = warehouse();
    TableTransaction tx = wh.begin("run1");
    stage(tx, "a", "b");
    assertEquals(0, wh.read(RejectRow.TABLE).count());
    tx.commit();
    assertEquals(2, wh.read(RejectRow.TABLE).count());
    assertFalse(Files.exists(dir.resolve("_staging")));
  }

  @Test
  void aRunKilledBeforeItsJournalLeavesNoTrace() {
    Warehouse wh = warehouse();
    stage(wh.begin("dead"), "a");
    assertTrue(Files.exists(dir.resolve("_staging/dead")));
    TableTransaction next = wh.begin("next");
    assertFalse(Files.exists(dir.resolve("_staging")));
    next.commit();
    assertEquals(0, wh.read(RejectRow.TABLE).count());
  }

  @Test
  void aRunKilledDuringItsMovesIsRolledForward() throws Exception {
    Warehouse wh = warehouse();
    TableTransaction tx = wh.begin("half");
    stage(tx, "a", "b", "c");
    // What commit() would do, stopped after the journal and the first move.
    Path staged = dir.resolve("_staging/half/rejects");
    List<Path> files;
    try (var s = Files.list(staged)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList();
    }
    StringBuilder journal = new StringBuilder();
    for (Path f : files) {
      journal.append("file:").append(f).append('\t').append("file:")
          .append(dir.resolve("rejects").resolve(f.getFileName())).append('\n');
    }
    Files.createDirectories(dir.resolve("_journal"));
    Files.writeString(dir.resolve("_journal/half.moves"), journal);
    Files.createDirectories(dir.resolve("rejects"));
    Files.move(files.get(0), dir.resolve("rejects").resolve(files.get(0).getFileName()));

    assertTrue(ConsistencyCheck.run(wh).stream().anyMatch(f -> !f.ok()
        && f.text().startsWith("an interrupted commit is pending")));

    wh.begin("next").commit();
    assertEquals(3, wh.read(RejectRow.TABLE).count());
    assertTrue(ConsistencyCheck.run(wh).stream().allMatch(ConsistencyCheck.Finding::ok));
    assertFalse(Files.exists(dir.resolve("_journal")));
    assertFalse(Files.exists(dir.resolve("_staging")));
    // Rolling forward twice changes nothing.
    wh.begin("again").commit();
    assertEquals(3, wh.read(RejectRow.TABLE).count());
  }

  @Test
  void aMissingTableReadsAsEmptyWithItsSchema() {
    var df = warehouse().read(ArticleRow.TABLE);
    assertEquals(0, df.count());
    assertEquals(ArticleRow.TABLE.columns().size() + 1, df.columns().length);
    assertEquals("article_id", df.columns()[0]);
    assertEquals("year", df.columns()[df.columns().length - 1]);
  }
}
