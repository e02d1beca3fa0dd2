package zeitgeist.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;

/**
 * {@code maintain} on a warehouse of four small runs by hand (appends, replaced partitions, a
 * deleted article) and one that died: compaction leaves fewer files and the same rows, the last two
 * runs stay readable and the earlier ones are refused, a dry run changes nothing, and the next run
 * neither restores the compaction away nor loses a row.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarehouseMaintenanceTest {
  @TempDir static Path dir;

  /** Covers the seconds between planning and VACUUM (an hour outside tests). */
  private static final Duration MARGIN = Duration.ofSeconds(8);

  private static Path STALE;

  /** The tables the runs write, with rows per run to compare. */
  private static final List<TableSpec<?>> WRITTEN =
      List.of(RejectRow.TABLE, ArticleTermRow.TABLE, CorpusByDateRow.TABLE);

  private static Map<String, Map<String, List<String>>> rowsAtRun = new HashMap<>();
  private static Map<String, List<Row>> latestBefore = new HashMap<>();
  private static Map<String, Long> versionsAfterDryRun;
  private static Map<String, Long> versionsBeforeDryRun;
  private static List<Path> filesBeforeDryRun;
  private static List<Path> filesAfterDryRun;
  private static List<Path> filesBefore;
  private static zeitgeist.job.RunFixtures.Result dryRun;
  private static WarehouseMaintenance.Result result;

  private static Warehouse warehouse() {
    return new Warehouse(TestSpark.session(), dir.toString());
  }

  @BeforeAll
  static void fourRunsOneDeadThenMaintain() {
    SparkSession spark = TestSpark.session();
    STALE = dir.resolve("rejects").resolve("part-00000-stale-c000.snappy.parquet");
    run(
        "run1",
        List.of(term("a1", "2020-03-01"), term("a2", "2021-03-01")),
        List.of(corpus("2020-01-02", 1), corpus("2021-01-02", 1)),
        null);
    run("run2", List.of(term("a3", "2020-04-01")), List.of(corpus("2020-01-02", 2)), null);
    try {
      // what run2 removed must be older than run3's commit less the margin to be deleted
      Thread.sleep(MARGIN.plusSeconds(2).toMillis());
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    run("run3", List.of(term("a4", "2020-05-01")), List.of(corpus("2020-01-02", 3)), "a1");
    run("run4", List.of(term("a5", "2021-05-01")), List.of(corpus("2021-01-02", 4)), null);
    for (String r : List.of("run3", "run4")) {
      rowsAtRun.put(r, rows(warehouse().atRun(r)));
    }
    for (TableSpec<?> t : Warehouse.TABLES) {
      Dataset<Row> rows = warehouse().read(t);
      // counting an empty Delta table reads its log, not its files: no Spark job
      if (t != RunRow.TABLE) {
        latestBefore.put(t.name(), rows.count() == 0 ? List.of() : rows.collectAsList());
      }
    }
    // a run that died after one write: maintain restores it away first
    warehouse()
        .begin("run5")
        .append(
            RejectRow.TABLE,
            spark.createDataset(List.of(reject("dead")), RejectRow.TABLE.encoder()));
    // and a file a run wrote three hours ago but never committed
    try {
      Files.copy(
          dataFiles().stream()
              .filter(f -> f.startsWith(dir.resolve("rejects")))
              .findFirst()
              .orElseThrow(),
          STALE);
      Files.setLastModifiedTime(
          STALE,
          java.nio.file.attribute.FileTime.from(
              java.time.Instant.now().minus(Duration.ofHours(3))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    versionsBeforeDryRun = versions();
    filesBeforeDryRun = dataFiles();
    dryRun =
        zeitgeist.job.RunFixtures.cli(
            "maintain", "--warehouse", dir.toString(), "--keep-runs", "2", "--dry-run");
    versionsAfterDryRun = versions();
    filesAfterDryRun = dataFiles();
    filesBefore = dataFiles();
    RunRow row = new RunRow();
    row.setRunId("run9-maintain");
    result = new WarehouseMaintenance(warehouse(), 2, MARGIN).run(row);
  }

  private static void run(
      String runId,
      List<ArticleTermRow> terms,
      List<CorpusByDateRow> corpus,
      String removeArticle) {
    SparkSession spark = TestSpark.session();
    TableTransaction tx = warehouse().begin(runId);
    tx.append(
        RejectRow.TABLE, spark.createDataset(List.of(reject(runId)), RejectRow.TABLE.encoder()));
    if (removeArticle != null) {
      tx.removeArticles(
          ArticleTermRow.TABLE,
          spark
              .createDataset(List.of(removeArticle), org.apache.spark.sql.Encoders.STRING())
              .toDF("article_id"));
    }
    tx.append(ArticleTermRow.TABLE, spark.createDataset(terms, ArticleTermRow.TABLE.encoder()));
    // each run adds to the day rows it names (the first run appends them)
    tx.mergeSums(
        CorpusByDateRow.TABLE,
        CorpusByDateRow.TABLE.toStored(
            spark.createDataset(corpus, CorpusByDateRow.TABLE.encoder()).toDF()),
        "t.grain = 'day' AND t.period BETWEEN DATE'2020-01-01' AND DATE'2021-12-31'");
    tx.commit(TestRuns.finished(runId));
  }

  /** The rows of the tables the runs write, each as sorted strings. */
  private static Map<String, List<String>> rows(Warehouse wh) {
    Map<String, List<String>> out = new HashMap<>();
    for (TableSpec<?> t : WRITTEN) {
      List<String> rows =
          new ArrayList<>(wh.read(t).collectAsList().stream().map(Row::toString).toList());
      rows.sort(null);
      out.put(t.name(), rows);
    }
    return out;
  }

  private static Map<String, Long> versions() {
    Map<String, Long> out = new HashMap<>();
    for (TableSpec<?> t : Warehouse.TABLES) out.put(t.name(), warehouse().version(t));
    return out;
  }

  /** Every Parquet file in the warehouse's table folders, sorted. */
  private static List<Path> dataFiles() {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".parquet") && !p.toString().contains("_delta_log"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aDryRunChangesNothingAndSaysWhatVacuumWouldDelete() {
    assertEquals(0, dryRun.exitCode(), dryRun.err());
    assertEquals(versionsBeforeDryRun, versionsAfterDryRun, "no commit");
    assertEquals(filesBeforeDryRun, filesAfterDryRun, "no file deleted");
    assertTrue(filesBeforeDryRun.contains(STALE));
    List<String> lines = dryRun.out().lines().toList();
    assertEquals(Warehouse.TABLES.size() + 1, lines.size(), dryRun.out());
    assertTrue(
        lines
            .get(Warehouse.TABLES.indexOf(RejectRow.TABLE))
            .matches("  rejects +5 files .*; VACUUM would delete 1 files \\(.*"),
        "the stale file, not the seconds-old removals (within the hour's margin): " + lines);
    assertTrue(
        lines
            .get(lines.size() - 1)
            .matches(
                "maintain --dry-run: nothing changed; VACUUM "
                    + "would delete 1 files \\(.*\\) of 17 tables; would keep the last 2 runs: 2 from run "
                    + "run3 on; 2 earlier would no longer be readable"),
        lines.get(lines.size() - 1));
  }

  @Test
  void compactionLeavesFewerFiles() {
    assertTrue(result.filesAfter() < result.filesBefore(), result.lines().toString());
    WarehouseMaintenance.TableResult rejects =
        result.tables().stream().filter(t -> t.table().equals("rejects")).findFirst().orElseThrow();
    assertEquals(4, rejects.before().files(), "one file a run");
    assertEquals(1, rejects.after().files());
    assertEquals(Warehouse.TABLES.size() + 1, result.lines().size(), "a line a table, one more");
  }

  @Test
  void vacuumDeletesWhatOnlyTheDroppedRunsNeeded() {
    assertTrue(result.filesRemoved() > 0, result.lines().toString());
    assertTrue(!Files.exists(STALE), "the file no commit named");
    assertEquals(List.of("run4", "run3"), result.plan().kept());
    assertEquals(List.of("run2", "run1"), result.plan().dropped());
  }

  @Test
  void everyTableKeepsItsRows() {
    SparkSession spark = TestSpark.session();
    for (TableSpec<?> t : Warehouse.TABLES) {
      if (t == RunRow.TABLE) continue;
      Dataset<Row> after = warehouse().read(t);
      if (latestBefore.get(t.name()).isEmpty()) {
        assertEquals(0, after.count(), t.name());
        continue;
      }
      Dataset<Row> before = spark.createDataFrame(latestBefore.get(t.name()), after.schema());
      assertEquals(0, before.exceptAll(after).union(after.exceptAll(before)).count(), t.name());
    }
    assertEquals("run9-maintain", warehouse().snapshot().runId(), "readers see maintain's");
  }

  @Test
  void theLastTwoRunsStayReadableAndEarlierOnesAreRefused() {
    for (String r : List.of("run3", "run4")) {
      assertEquals(rowsAtRun.get(r), rows(warehouse().atRun(r)), r);
    }
    for (String r : List.of("run1", "run2")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> warehouse().atRun(r));
      assertEquals(
          "run "
              + r
              + " is no longer retained; maintain keeps the last 2 runs (the "
              + "oldest is run3)",
          e.getMessage());
    }
    assertEquals(List.of("run9-maintain", "run4", "run3"), warehouse().retainedRuns());
  }

  @Test
  @Order(Integer.MAX_VALUE) // it adds a run: last
  void theNextRunStartsFromTheCompactedTables() {
    // Regression guard: maintain's commits are after the last run's versions, which recovery
    // would otherwise restore away as a dead run's.
    Map<String, Long> maintained = versions();
    Warehouse wh = warehouse();
    TableTransaction tx = wh.begin("run9-next");
    assertEquals(maintained, versions(), "nothing restored");
    tx.append(
        RejectRow.TABLE,
        TestSpark.session().createDataset(List.of(reject("next")), RejectRow.TABLE.encoder()));
    tx.commit(TestRuns.finished("run9-next"));
    List<String> got = rows(warehouse()).get("rejects");
    assertEquals(5, got.size(), got.toString());
    assertTrue(got.containsAll(rowsAtRun.get("run4").get("rejects")), got.toString());
    assertEquals(2, warehouse().fileCount(ArticleTermRow.TABLE), "still one file a year");
  }

  private static RejectRow reject(String path) {
    return new RejectRow("r", path, "file", "empty", "the file has no bytes");
  }

  private static CorpusByDateRow corpus(String period, long articles) {
    CorpusByDateRow r = new CorpusByDateRow();
    r.setGrain("day");
    r.setPeriod(LocalDate.parse(period));
    r.setArticles(articles);
    r.setTokens(articles * 10);
    r.setRunId("r");
    return r;
  }

  private static ArticleTermRow term(String articleId, String date) {
    ArticleTermRow r = new ArticleTermRow();
    r.setArticleId(articleId);
    r.setPublishedDate(LocalDate.parse(date));
    r.setTerm("krise");
    r.setN(1);
    r.setCount(1);
    r.setRunId("r");
    return r;
  }
}
