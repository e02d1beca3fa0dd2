package zeitgeist.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;

/**
 * The write path on Delta tables: writes are invisible until the run's {@code runs} row names them,
 * a run that died is undone by the next, every table exists from the first run, and any finished
 * run's state can be read again.
 */
class TableTransactionTest {
  @TempDir Path dir;

  private static RejectRow reject(String path) {
    return new RejectRow("r", path, "file", "empty", "the file has no bytes");
  }

  private Warehouse warehouse() {
    return new Warehouse(TestSpark.session(), dir.toString());
  }

  private static void rejects(TableTransaction tx, String... paths) {
    tx.append(
        RejectRow.TABLE,
        TestSpark.session()
            .createDataset(
                List.of(paths).stream().map(TableTransactionTest::reject).toList(),
                RejectRow.TABLE.encoder()));
  }

  private static long count(Warehouse wh, TableSpec<?> t) {
    return wh.read(t).count();
  }

  @Test
  void writesAreInvisibleUntilTheRunsRowNamesThem() {
    Warehouse wh = warehouse();
    TableTransaction tx = wh.begin("run1");
    rejects(tx, "a", "b");
    assertEquals(0, count(wh, RejectRow.TABLE), "the run's own reads");
    assertEquals(0, count(warehouse(), RejectRow.TABLE), "another reader");
    tx.commit(TestRuns.finished("run1"));
    assertEquals(2, count(wh, RejectRow.TABLE));
    assertEquals(2, count(warehouse(), RejectRow.TABLE));
    Map<String, Long> versions = warehouse().snapshot().versions();
    assertEquals(wh.version(RejectRow.TABLE), versions.get("rejects"));
    assertEquals(Warehouse.TABLES.size() - 1, versions.size(), "every table but runs: " + versions);
  }

  @Test
  void aRunThatDiedIsUndoneByTheNext() {
    Warehouse wh = warehouse();
    TableTransaction first = wh.begin("run1");
    rejects(first, "a");
    first.commit(TestRuns.finished("run1"));
    long finished = wh.version(RejectRow.TABLE);

    rejects(warehouse().begin("run2"), "b", "c"); // dies: never commits
    assertTrue(warehouse().version(RejectRow.TABLE) > finished);
    assertEquals(1, count(warehouse(), RejectRow.TABLE), "readers see the last finished run");
    assertEquals(3, warehouse().latest(RejectRow.TABLE).count(), "the dead run's commit is there");

    Warehouse next = warehouse();
    TableTransaction tx = next.begin("run3");
    assertEquals(1, next.latest(RejectRow.TABLE).count(), "restored before the run works");
    rejects(tx, "d");
    tx.commit(TestRuns.finished("run3"));
    assertEquals(
        List.of("a", "d"),
        warehouse()
            .read(RejectRow.TABLE)
            .orderBy("input_path")
            .select("input_path")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList());
  }

  @Test
  void aFirstRunThatDiedLeavesEmptyTables() {
    rejects(warehouse().begin("run1"), "a");
    TableTransaction tx = warehouse().begin("run2");
    tx.commit(TestRuns.finished("run2"));
    assertEquals(0, count(warehouse(), RejectRow.TABLE));
  }

  @Test
  void aFailedRunsRowRecordsNoSnapshot() {
    Warehouse wh = warehouse();
    TableTransaction ok = wh.begin("run1");
    rejects(ok, "a");
    ok.commit(TestRuns.finished("run1"));
    RunRow failed = TestRuns.finished("run2");
    failed.setStatus("failed");
    warehouse().begin("run2").commit(failed);
    assertEquals("run1", warehouse().snapshot().runId());
    assertEquals(2, warehouse().read(RunRow.TABLE).count(), "runs is read as it stands");
  }

  @Test
  void anEarlierRunCanBeReadAgain() {
    Warehouse wh = warehouse();
    TableTransaction one = wh.begin("run1");
    rejects(one, "a");
    one.commit(TestRuns.finished("run1"));
    TableTransaction two = warehouse().begin("run2");
    rejects(two, "b");
    two.commit(TestRuns.finished("run2"));
    assertEquals(2, count(warehouse(), RejectRow.TABLE));
    assertEquals(1, count(warehouse().atRun("run1"), RejectRow.TABLE));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> warehouse().atRun("nope"));
    assertTrue(e.getMessage().contains("no finished run nope"), e.getMessage());
  }

  @Test
  void aRunAWeekOldCanBeReadAndRestoredTo() throws java.io.IOException {
    // Regression: Delta 4.4 refused to read, or RESTORE to, a version older than 7 days
    // (delta.deletedFileRetentionDuration), so --as-of-run failed for a week-old run, and the
    // next run could not undo a dead run when the last finished run was a week old.
    TableTransaction one = warehouse().begin("run1");
    rejects(one, "a");
    one.commit(TestRuns.finished("run1"));
    java.nio.file.attribute.FileTime weekAgo =
        java.nio.file.attribute.FileTime.from(
            java.time.Instant.now().minus(java.time.Duration.ofDays(8)));
    try (var logs = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) logs::iterator) {
        if (p.getParent().endsWith("_delta_log") && p.toString().endsWith(".json")) {
          Files.setLastModifiedTime(p, weekAgo); // commit times are the log files' times
        }
      }
    }
    org.apache.spark.sql.delta.DeltaLog.clearCache();
    rejects(warehouse().begin("run2"), "b"); // dies
    TableTransaction three = warehouse().begin("run3");
    assertEquals(1, warehouse().latest(RejectRow.TABLE).count(), "restored to run1's version");
    three.commit(TestRuns.finished("run3"));
    assertEquals(
        List.of("a"),
        warehouse()
            .atRun("run1")
            .read(RejectRow.TABLE)
            .select("input_path")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList());
  }

  @Test
  void aMissingTableReadsAsEmptyWithItsSchema() {
    SparkSession spark = TestSpark.session();
    for (TableSpec<?> t : Warehouse.TABLES) {
      assertEquals(0, count(warehouse(), t), t.name());
      assertEquals(t.schema(spark), warehouse().read(t).schema(), t.name());
    }
  }

  @Test
  void everyTableIsADeltaTableWithItsSchemaFromTheFirstRun() {
    warehouse().begin("run1").commit(TestRuns.finished("run1"));
    SparkSession spark = TestSpark.session();
    for (TableSpec<?> t : Warehouse.TABLES) {
      assertTrue(Files.isDirectory(dir.resolve(t.name()).resolve("_delta_log")), t.name());
      StructType stored =
          spark.read().format("delta").load(dir.resolve(t.name()).toString()).schema();
      assertEquals(t.schema(spark).fieldNames().length, stored.fieldNames().length, t.name());
      for (var f : t.schema(spark).fields()) {
        assertEquals(f.dataType(), stored.apply(f.name()).dataType(), t.name() + "." + f.name());
      }
    }
    assertEquals(1, count(warehouse(), RunRow.TABLE));
  }

  @Test
  void mergeSumsAddsInsertsAndDeletesRowsThatFallToZero() {
    SparkSession spark = TestSpark.session();
    Warehouse wh = warehouse();
    TableTransaction one = wh.begin("run1");
    one.append(
        CorpusByDateRow.TABLE,
        spark.createDataset(
            List.of(
                corpus("day", "2020-01-01", 1),
                corpus("day", "2020-02-01", 2),
                corpus("month", "2020-01-01", 3)),
            CorpusByDateRow.TABLE.encoder()));
    one.commit(TestRuns.finished("run1"));
    TableTransaction two = warehouse().begin("run2");
    Dataset<Row> sums =
        spark
            .createDataset(
                List.of(
                    corpus("day", "2020-01-01", 2), corpus("day", "2020-02-01", -2),
                    corpus("day", "2020-03-03", 7), corpus("month", "2020-01-01", 0)),
                CorpusByDateRow.TABLE.encoder())
            .toDF()
            .selectExpr("grain", "period", "articles", "tokens", "'run2' AS run_id");
    two.mergeSums(
        CorpusByDateRow.TABLE,
        sums,
        "t.grain IN ('day', 'month') AND t.period "
            + "BETWEEN DATE'2020-01-01' AND DATE'2020-03-03'");
    two.commit(TestRuns.finished("run2"));
    assertEquals(
        List.of("day 2020-01-01 3 30 run2", "day 2020-03-03 7 70 run2", "month 2020-01-01 3 30 r"),
        warehouse()
            .read(CorpusByDateRow.TABLE)
            .orderBy("grain", "period")
            .selectExpr("concat_ws(' ', grain, period, articles, tokens, run_id)")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList());
  }

  @Test
  void filesKeepStatisticsOnlyForTheColumnsTheTableNames() {
    SparkSession spark = TestSpark.session();
    TableTransaction tx = warehouse().begin("run1");
    List<ArticleTermRow> terms = List.of(term("a", "krise"), term("b", "gipfel"));
    terms.forEach(t -> t.setPublishedDate(java.time.LocalDate.parse("2020-01-01")));
    tx.append(ArticleTermRow.TABLE, spark.createDataset(terms, ArticleTermRow.TABLE.encoder()));
    tx.mergeSums(
        CorpusByDateRow.TABLE,
        spark
            .createDataset(List.of(corpus("day", "2020-01-01", 1)), CorpusByDateRow.TABLE.encoder())
            .toDF(),
        "true");
    rejects(tx, "x");
    tx.commit(TestRuns.finished("run1"));
    assertEquals("[article_id, published_date]", statisticsColumns(ArticleTermRow.TABLE));
    assertEquals("[period]", statisticsColumns(CorpusByDateRow.TABLE));
    String rejects = statisticsColumns(RejectRow.TABLE);
    assertTrue(
        rejects.contains("input_path") && rejects.contains("reason"),
        "Delta's default, every column: " + rejects);
  }

  /** The columns with a minimum in the statistics of the table's data files, sorted. */
  private String statisticsColumns(TableSpec<?> t) {
    Dataset<Row> log =
        TestSpark.session()
            .read()
            .json(dir.resolve(t.name()).resolve("_delta_log").resolve("*.json").toString());
    if (!List.of(log.columns()).contains("add")) return "[]";
    return log
        .filter("add.stats IS NOT NULL")
        .selectExpr("json_object_keys(get_json_object(add.stats, '$.minValues')) AS k")
        .selectExpr("explode(k)")
        .distinct()
        .orderBy("col")
        .collectAsList()
        .stream()
        .map(r -> r.getString(0))
        .toList()
        .toString();
  }

  @Test
  void removeArticlesDeletesOnlyTheirRows() {
    SparkSession spark = TestSpark.session();
    Warehouse wh = warehouse();
    TableTransaction one = wh.begin("run1");
    List<ArticleTermRow> terms =
        List.of(term("a", "krise"), term("a", "gipfel"), term("b", "krise"));
    one.append(ArticleTermRow.TABLE, spark.createDataset(terms, ArticleTermRow.TABLE.encoder()));
    one.commit(TestRuns.finished("run1"));
    TableTransaction two = warehouse().begin("run2");
    two.removeArticles(
        ArticleTermRow.TABLE,
        spark
            .createDataset(List.of("a"), org.apache.spark.sql.Encoders.STRING())
            .toDF("article_id"));
    two.commit(TestRuns.finished("run2"));
    List<Row> left =
        warehouse().read(ArticleTermRow.TABLE).select("article_id", "term").collectAsList();
    assertEquals(1, left.size());
    assertEquals("b", left.get(0).getString(0));
  }

  private static CorpusByDateRow corpus(String grain, String period, long articles) {
    CorpusByDateRow r = new CorpusByDateRow();
    r.setGrain(grain);
    r.setPeriod(java.time.LocalDate.parse(period));
    r.setArticles(articles);
    r.setTokens(articles * 10);
    r.setRunId("r");
    return r;
  }

  private static ArticleTermRow term(String articleId, String term) {
    ArticleTermRow r = new ArticleTermRow();
    r.setArticleId(articleId);
    r.setTerm(term);
    r.setN(1);
    r.setCount(1);
    r.setRunId("r");
    return r;
  }
}
