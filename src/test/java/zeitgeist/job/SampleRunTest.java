package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zeitgeist.job.RunFixtures.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zeitgeist.TestSpark;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.RejectRow;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.Warehouse;

/**
 * A full run on the shipped sample corpus through the CLI, checked against rows written by hand in
 * {@code src/test/resources/sample-expected/}; then a rerun that must add nothing.
 */
class SampleRunTest {
  static Path sample;
  static Path expected;
  static String warehouse;
  static RunFixtures.Result first;
  static RunFixtures.Result second;

  @BeforeAll
  static void runTwice() {
    sample = SampleWarehouse.SAMPLE;
    expected = TestSpark.projectDir().resolve("src/test/resources/sample-expected");
    SampleWarehouse.Runs runs = SampleWarehouse.get();
    warehouse = runs.dir();
    first = runs.first();
    second = runs.second();
  }

  private static Warehouse warehouse() {
    return new Warehouse(TestSpark.session(), warehouse);
  }

  @Test
  void articlesMatchTheHandWrittenRows() {
    assertEquals(0, first.exitCode(), first.err());
    Path file = expected.resolve("articles.tsv");
    Dataset<Row> got =
        warehouse().read(ArticleRow.TABLE).selectExpr(RunFixtures.tsvColumns(file).split(", "));
    assertEquals(RunFixtures.tsvRows(file), RunFixtures.rows(got));
  }

  @Test
  void rejectsMatchTheHandWrittenRows() {
    Dataset<Row> got =
        warehouse()
            .read(RejectRow.TABLE)
            .selectExpr(
                "substr(input_path, " + (sample.toString().length() + 2) + ")",
                "locator",
                "reason");
    assertEquals(RunFixtures.tsvRows(expected.resolve("rejects.tsv")), RunFixtures.rows(got));
  }

  @Test
  void everyArticleKeepsRawTextAndCleanedTextWithoutBoilerplate() {
    Dataset<Row> a = warehouse().read(ArticleRow.TABLE);
    assertEquals(
        0, a.filter("raw_text is null or text is null or n_chars <> length(text)").count());
    Row euronews = a.filter("article_id = 'txt/euronews/gaspreisdeckel-bruessel.txt'").first();
    String text = euronews.getAs("text");
    assertFalse(text.contains("WERBUNG"), text);
    assertFalse(text.contains("Zum selben Thema"), text);
    assertFalse(text.contains("Selenskyj"), "related headline left in the text: " + text);
    assertTrue(((String) euronews.getAs("raw_text")).contains("Zum selben Thema"));
  }

  @Test
  void summaryAndRunsTableAgree() {
    assertTrue(
        first
            .out()
            .matches(
                "(?s)run \\S+: read 35, new 30, unchanged 0, rejected 5 \\(5 not seen before\\), "
                    + "written 30 \\(2 duplicates; languages de 28, en 1, fr 1\\) in .*articles/s\\s*"),
        first.out());
    assertTrue(
        second
            .out()
            .contains("read 35, new 0, unchanged 30, rejected 5 (0 not seen before), written 0"),
        second.out());
    Dataset<Row> runs = warehouse().read(RunRow.TABLE).orderBy("run_id");
    assertEquals(2, runs.count());
    Row r1 = runs.collectAsList().get(0);
    assertEquals("succeeded", r1.getAs("status"));
    assertEquals(30L, (long) r1.getAs("written"));
    assertEquals(5L, (long) r1.getAs("rejected"));
    assertEquals(
        java.util.Map.of("de", 28L, "en", 1L, "fr", 1L),
        new java.util.TreeMap<>(r1.<String, Long>getJavaMap(r1.fieldIndex("languages"))));
  }

  @Test
  void rerunAddsNoArticle() {
    assertEquals(0, second.exitCode(), second.err());
    assertEquals(30, warehouse().read(ArticleRow.TABLE).count());
    assertEquals(30, warehouse().read(ArticleRow.TABLE).select("article_id").distinct().count());
    // Regression: a rerun with no new rejects wrote an empty Parquet file.
    assertEquals(1, warehouse().fileCount(RejectRow.TABLE));
  }

  @Test
  void sqlAnswersOverTheTables() {
    RunFixtures.Result r =
        cli(
            "sql",
            "--warehouse",
            warehouse,
            "--format",
            "csv",
            "SELECT language, count(*) AS n FROM articles GROUP BY language ORDER BY language");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("language,n\nde,28\nen,1\nfr,1\n", r.out().replace("\r\n", "\n"));

    RunFixtures.Result table =
        cli(
            "sql",
            "--warehouse",
            warehouse,
            "SELECT date_origin, count(*) AS n FROM articles GROUP BY 1 ORDER BY 1 NULLS FIRST");
    assertEquals(
        String.join(
            "\n",
            "date_origin | n",
            "------------+---",
            "NULL        | 4",
            "dateline    | 3",
            "field       | 15",
            "footer      | 4",
            "header      | 4",
            "(5 rows)",
            ""),
        table.out());

    RunFixtures.Result json =
        cli(
            "sql",
            "--warehouse",
            warehouse,
            "--format",
            "json",
            "SELECT count(*) AS n FROM rejects");
    assertEquals("{\"n\":5}", json.out().strip());
  }

  @Test
  void badQueryGivesOneLineAndExitCode2() {
    RunFixtures.Result r = cli("sql", "--warehouse", warehouse, "SELECT * FROM nosuchtable");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("zeitgeist sql: error: [TABLE_OR_VIEW_NOT_FOUND]"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void statusListsRunsAndTables() {
    RunFixtures.Result r = cli("status", "--warehouse", warehouse);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("nothing_new"), r.out());
    assertTrue(r.out().contains("the warehouse is consistent"), r.out());
    assertTrue(
        r.out().matches("(?s).*\\narticles\\s+30\\s+\\d+.*\\nrejects\\s+5\\s+\\d+.*\\nruns\\s+2.*"),
        r.out());
  }

  @Test
  void warehouseHoldsOnlyTablesAfterCommit() throws Exception {
    try (var files = Files.list(Path.of(warehouse))) {
      // Every table, article_lexicon_categories too: without rows, an empty Delta table.
      assertEquals(
          "[article_entities, article_entity_sentiment, article_lexicon_categories, "
              + "article_sentiment, article_terms, articles, corpus_by_date, entities_by_date, "
              + "entity_mentions, entity_pairs_by_date, input_files, lexicon_hits, near_copies, "
              + "rejects, runs, sentiment_by_date, terms_by_date]",
          files.map(p -> p.getFileName().toString()).sorted().toList().toString());
    }
    SparkSession spark = TestSpark.session();
    assertEquals(
        0,
        spark
            .read()
            .format("delta")
            .load(warehouse + "/articles")
            .filter("year is null")
            .filter("published_date is not null")
            .count());
  }
}
