package zeitgeist.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
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

  /** Column names and types in order (Parquet readers make every column nullable). */
  private static List<String> columns(org.apache.spark.sql.types.StructType schema) {
    return java.util.Arrays.stream(schema.fields())
        .map(f -> f.name() + " " + f.dataType().simpleString()).toList();
  }

  /** How any Spark user reads a table: by its folder, the schema from the files. */
  private Dataset<Row> readAsParquet(Warehouse wh, TableSpec<?> table) {
    return TestSpark.session().read().parquet(wh.tablePath(table).toString());
  }

  /** Regression: a table without rows had no folder, so Parquet readers failed on it. */
  @Test
  void everyTableIsReadableWithItsSchemaAfterACommitThatGivesItNoRows() {
    Warehouse wh = warehouse();
    wh.begin("first").commit();
    for (TableSpec<?> t : Warehouse.TABLES) {
      Dataset<Row> read = readAsParquet(wh, t);
      assertEquals(columns(t.schema(TestSpark.session())), columns(read.schema()), t.name());
      assertEquals(0, read.count(), t.name());
      assertEquals(0, wh.fileCount(t), t.name() + ": the schema-only file is no data");
    }
    assertFalse(Files.exists(dir.resolve("_staging")));
  }

  private static ArticleEntityRow entity(String articleId, String date) {
    ArticleEntityRow r = new ArticleEntityRow();
    r.setArticleId(articleId);
    r.setPublishedDate(date == null ? null : java.time.LocalDate.parse(date));
    r.setEntity("Angela Merkel");
    r.setType("PER");
    r.setMentions(2);
    r.setSurfaces(List.of("Merkel"));
    r.setRunId("r");
    return r;
  }

  @Test
  void aPartitionedTableWithoutRowsGainsRowsAndLosesThemAgain() throws Exception {
    Warehouse wh = warehouse();
    TableSpec<ArticleEntityRow> t = ArticleEntityRow.TABLE;
    Path schemaOnly = dir.resolve("article_entities/schema-only.parquet");
    wh.begin("first").commit();
    assertTrue(Files.exists(schemaOnly));
    assertEquals(columns(t.schema(TestSpark.session())), columns(readAsParquet(wh, t).schema()),
        "the partition column is in the schema-only file");

    TableTransaction tx = wh.begin("second");
    tx.append(t, TestSpark.session().createDataset(
        List.of(entity("a", "2020-05-01"), entity("b", "2021-06-02")), t.encoder()));
    tx.commit();
    assertFalse(Files.exists(schemaOnly), "rows replace the schema-only file");
    Dataset<Row> read = readAsParquet(wh, t);
    assertEquals(columns(t.schema(TestSpark.session())), columns(read.schema()));
    assertEquals(List.of("a\t2020", "b\t2021"), read.selectExpr("article_id", "year")
        .orderBy("article_id").collectAsList().stream()
        .map(r -> r.getString(0) + "\t" + r.getInt(1)).toList());

    // While a commit moves files, a reader may see both the schema-only file and rows.
    SchemaOnlyFile.write(TestSpark.session().sparkContext().hadoopConfiguration(),
        new org.apache.hadoop.fs.Path(schemaOnly.toUri()), t.schema(TestSpark.session()),
        TestSpark.session().version());
    Dataset<Row> both = readAsParquet(wh, t);
    assertEquals(columns(t.schema(TestSpark.session())), columns(both.schema()));
    assertEquals(2, both.count());
    Files.delete(schemaOnly);

    tx = wh.begin("fourth");
    tx.removeArticles(t, TestSpark.session().createDataset(List.of("a", "b"),
        org.apache.spark.sql.Encoders.STRING()).toDF("article_id"));
    tx.commit();
    assertTrue(Files.exists(schemaOnly), "a table that loses its last rows keeps its schema");
    read = readAsParquet(wh, t);
    assertEquals(columns(t.schema(TestSpark.session())), columns(read.schema()));
    assertEquals(0, read.count());
    assertEquals(0, wh.read(t).count());
  }

  @Test
  void anUnpartitionedTableWithoutRowsTakesAppendsAsBefore() {
    Warehouse wh = warehouse();
    wh.begin("first").commit();
    assertTrue(Files.exists(dir.resolve("rejects/schema-only.parquet")));
    TableTransaction tx = wh.begin("second");
    stage(tx, "a", "b");
    tx.commit();
    assertFalse(Files.exists(dir.resolve("rejects/schema-only.parquet")));
    assertEquals(2, readAsParquet(wh, RejectRow.TABLE).count());
    assertEquals(1, wh.fileCount(RejectRow.TABLE));
  }
}
