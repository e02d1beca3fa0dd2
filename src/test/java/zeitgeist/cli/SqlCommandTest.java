package zeitgeist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.job.RunFixtures;
import zeitgeist.job.RunFixtures.Result;
import zeitgeist.job.SampleWarehouse;

/**
 * {@code zeitgeist sql} over the sample warehouse: one query, {@code --file} with several
 * statements, and the interactive mode over a piped standard input (no terminal, so no prompts);
 * every error is one line with exit code 2 (cannot parse or analyse) or 1 (failed while running).
 */
class SqlCommandTest {
  @TempDir Path dir;
  static String warehouse;

  @BeforeAll
  static void sample() {
    warehouse = SampleWarehouse.get().dir();
  }

  private static Result sql(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "sql";
    all[1] = "--warehouse";
    all[2] = warehouse;
    System.arraycopy(args, 0, all, 3, args.length);
    return RunFixtures.cli(all);
  }

  /** The command with {@code stdin} as its standard input (the interactive mode). */
  private static Result interactive(String stdin, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(Charset.defaultCharset())));
    try {
      return sql(args);
    } finally {
      System.setIn(saved);
    }
  }

  private static void assertOneErrorLine(Result r, int code, String start) {
    assertEquals(code, r.exitCode(), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
    assertTrue(r.err().startsWith(start), r.err());
  }

  private Path file(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void aQueryFromTheCommandLine() {
    Result r = sql("SELECT count(*) AS n FROM articles");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("n\n--\n30\n(1 rows)\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void everyTableAndDerivedViewHasItsName() {
    Result r =
        sql(
            "--format",
            "csv",
            "SELECT (SELECT count(*) FROM corpus_by_date) > 0 AS t, "
                + "(SELECT count(*) FROM term_frequency) > 0 AS v");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("t,v\r\ntrue,true\r\n", r.out());
  }

  @Test
  void aFileWithSeveralStatementsPrintsEachResultInTurn() throws Exception {
    Path queries =
        file(
            "q.sql",
            """
        -- German articles; a comment line ending in ; ends nothing;
        SELECT count(*) AS n
        FROM articles
        WHERE language = 'de';

        CREATE OR REPLACE TEMPORARY VIEW dated AS
          SELECT * FROM articles WHERE published_date IS NOT NULL;
        SELECT count(*) AS undated FROM articles WHERE published_date IS NULL;
        SELECT min(year) AS first_year FROM dated
        """);
    Result table = sql("--file", queries.toString());
    assertEquals(0, table.exitCode(), table.err());
    String[] results = table.out().split("\n\n");
    assertEquals(
        3,
        results.length,
        "the view prints nothing, a blank line between results:\n" + table.out());
    assertTrue(results[0].startsWith("n\n--\n"), results[0]);
    assertTrue(results[1].startsWith("undated\n-------\n"), results[1]);
    assertEquals("first_year\n----------\n2017\n(1 rows)\n", results[2]);

    Result csv = sql("--format", "csv", "--file", queries.toString());
    assertEquals(0, csv.exitCode(), csv.err());
    String[] csvResults = csv.out().split("\n\n");
    assertEquals(3, csvResults.length, csv.out());
    assertEquals("first_year\r\n2017\r\n", csvResults[2]);

    Result json = sql("--format", "json", "--file", queries.toString());
    assertEquals(0, json.exitCode(), json.err());
    assertEquals(3, json.out().lines().count(), "one line per row, no separators: " + json.out());
    assertTrue(json.out().endsWith("{\"first_year\":2017}\n"), json.out());
  }

  @Test
  void csvAndJsonPrintEveryRowByDefault() {
    // Regression: both used to stop silently after 1,000 rows, with exit code 0.
    Result csv = sql("--format", "csv", "SELECT id FROM range(2500)");
    assertEquals(0, csv.exitCode(), csv.err());
    assertEquals(2501, csv.out().lines().count(), "a header and every row");
    assertTrue(csv.out().endsWith("\r\n2499\r\n"), "in order, to the last row");
    assertEquals("", csv.err(), "nothing was cut");

    Result json = sql("--format", "json", "SELECT id FROM range(2500)");
    assertEquals(0, json.exitCode(), json.err());
    assertEquals(2500, json.out().lines().count());
    assertTrue(json.out().endsWith("{\"id\":2499}\n"), "in order, to the last row");
    assertEquals("", json.err());
  }

  @Test
  void aResultCutAtTheLimitSaysSoOnStderr() {
    Result csv = sql("--format", "csv", "--limit", "3", "SELECT id FROM range(10)");
    assertEquals(0, csv.exitCode(), csv.err());
    assertEquals("id\r\n0\r\n1\r\n2\r\n", csv.out());
    assertEquals(
        "zeitgeist sql: printed the first 3 rows only (--limit 3); the result has more\n",
        csv.err());

    Result json = sql("--format", "json", "--limit", "3", "SELECT id FROM range(10)");
    assertEquals(3, json.out().lines().count(), json.out());
    assertEquals(csv.err(), json.err());

    Result exact = sql("--format", "csv", "--limit", "10", "SELECT id FROM range(10)");
    assertEquals(11, exact.out().lines().count());
    assertEquals("", exact.err(), "a result of exactly --limit rows is not cut");
  }

  @Test
  void theTableFormatStillStopsAt1000RowsAndSaysSoTwice() {
    Result r = sql("SELECT id FROM range(1500)");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().endsWith("\n999\n(1000+ rows, cut at --limit)\n"), r.out());
    assertEquals(
        "zeitgeist sql: printed the first 1000 rows only (--limit 1000); the result has "
            + "more\n",
        r.err());
  }

  @Test
  void aCutResultOfAFileNamesItsStatement() throws Exception {
    Path queries = file("q.sql", "SELECT 1 AS one;\nSELECT id\nFROM range(5);\n");
    Result r = sql("--format", "csv", "--limit", "2", "--file", queries.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("one\r\n1\r\n\nid\r\n0\r\n1\r\n", r.out());
    assertEquals(
        "zeitgeist sql: statement 2 (line 2) of "
            + queries
            + ": printed the first 2 "
            + "rows only (--limit 2); the result has more\n",
        r.err());
  }

  @Test
  void csvRowsAreStreamedAPartitionAtATime() {
    // Four partitions of 100 rows; the fourth fails. Rows reach the output as their partition
    // is computed, so the first 300 are printed before the failure is known. (A result
    // collected on the driver whole would print nothing.)
    Result r =
        sql(
            "--format",
            "csv",
            "SELECT CASE WHEN id < 300 THEN id"
                + " ELSE raise_error('late failure') END AS id FROM range(0, 400, 1, 4)");
    assertOneErrorLine(r, 1, "zeitgeist sql: error: [USER_RAISED_EXCEPTION] late failure");
    assertEquals(301, r.out().lines().count(), "the header and the rows before the failure");
  }

  @Test
  void aFileStopsAtTheFirstFailingStatementAndNamesIt() throws Exception {
    Path queries =
        file(
            "q.sql",
            """
        SELECT 1 AS one;
        -- the next one is wrong
        SELECT *
        FROM nope;
        SELECT 3 AS three;
        """);
    Result r = sql("--file", queries.toString());
    assertOneErrorLine(
        r,
        2,
        "zeitgeist sql: error: statement 2 (line 3) of "
            + queries
            + ": [TABLE_OR_VIEW_NOT_FOUND] The table or view `nope` cannot be found.");
    assertEquals("one\n---\n1\n(1 rows)\n", r.out(), "statements before it ran, none after");
  }

  @Test
  void aBadQueryIsOneLineAndExitCode2() {
    Result unknown = sql("SELECT * FROM nope");
    assertOneErrorLine(
        unknown,
        2,
        "zeitgeist sql: error: [TABLE_OR_VIEW_NOT_FOUND] The table or view `nope` cannot be");
    assertEquals("", unknown.out());
    assertOneErrorLine(
        sql("SELEC 1"),
        2,
        "zeitgeist sql: error: [PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'");
    assertOneErrorLine(
        sql("SELECT nope FROM articles"),
        2,
        "zeitgeist sql: error: [UNRESOLVED_COLUMN.WITH_SUGGESTION]");
  }

  @Test
  void aQueryFailingWhileItRunsIsOneLineAndExitCode1() {
    Result raised =
        sql(
            "SELECT CASE WHEN n_chars > 0 THEN raise_error('too long: ' || article_id)"
                + " END FROM articles");
    assertOneErrorLine(raised, 1, "zeitgeist sql: error: [USER_RAISED_EXCEPTION] too long: ");
    assertEquals("", raised.out());
    // Spark's default ANSI mode makes a bad cast an error, raised inside a task.
    assertOneErrorLine(
        sql("SELECT CAST(title AS INT) FROM articles"),
        1,
        "zeitgeist sql: error: [CAST_INVALID_INPUT]");
  }

  @Test
  void anUnreadableTableFileIsOneLineAndExitCode1() throws Exception {
    Path articles = dir.resolve("wh/articles");
    try (var files = Files.walk(Path.of(warehouse, "articles"))) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path to = articles.resolve(Path.of(warehouse, "articles").relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to);
        else Files.copy(p, to);
      }
    }
    try (var files = Files.walk(articles)) {
      // every data file the table's log names: one of them is read by the query
      for (Path p :
          (Iterable<Path>)
              files.filter(
                      f ->
                          f.toString().endsWith(".parquet") && !f.toString().contains("_delta_log"))
                  ::iterator) {
        Files.writeString(p, "not parquet");
      }
    }
    Result r =
        RunFixtures.cli(
            "sql",
            "--warehouse",
            dir.resolve("wh").toString(),
            "SELECT title FROM delta.`" + articles.toUri() + "`");
    assertOneErrorLine(
        r,
        1,
        "zeitgeist sql: error: [FAILED_READ_FILE.NO_HINT] Encountered "
            + "error while reading file ");
    assertTrue(r.err().contains("is not a Parquet file"), "names the cause: " + r.err());
  }

  @Test
  void aWarehouseOfPlainParquetFoldersIsOneLine() throws Exception {
    // A warehouse an earlier release wrote: Parquet folders without a Delta log.
    Path articles = dir.resolve("wh/articles/year=2018");
    Files.createDirectories(articles);
    Path sample;
    try (var files = Files.walk(Path.of(warehouse, "articles"))) {
      sample =
          files
              .filter(
                  p -> p.toString().endsWith(".parquet") && !p.toString().contains("_delta_log"))
              .findFirst()
              .orElseThrow();
    }
    Files.copy(sample, articles.resolve("part-0.parquet"));
    Result r = RunFixtures.cli("sql", "--warehouse", dir.resolve("wh").toString(), "SELECT 1");
    assertOneErrorLine(
        r, 1, "zeitgeist sql: error: cannot register the tables of " + dir.resolve("wh") + ": ");
    assertTrue(
        r.err()
            .contains(
                "/articles is not a Delta table: the warehouse was written by "
                    + "an earlier release"),
        r.err());
    assertTrue(
        r.err()
            .contains(
                "convert it in place with: zeitgeist convert --warehouse " + dir.resolve("wh")),
        "names the command that converts it: " + r.err());
  }

  @Test
  void aQueryAndAFileTogetherOrAMissingFileAreBadArguments() throws Exception {
    Path queries = file("q.sql", "SELECT 1;\n");
    assertOneErrorLine(
        sql("--file", queries.toString(), "SELECT 2"),
        2,
        "zeitgeist sql: error: give a QUERY or --file, not both");
    Path missing = dir.resolve("missing.sql");
    Result r = sql("--file", missing.toString());
    assertOneErrorLine(
        r, 2, "zeitgeist sql: error: cannot read --file " + missing + ": no such file");
    assertOneErrorLine(
        sql("--file", file("empty.sql", "-- nothing\n\n").toString()),
        2,
        "zeitgeist sql: error: no statement in --file ");
  }

  @Test
  void interactiveReadsStatementsUntilQuitAndGoesOnAfterAnError() {
    Result r =
        interactive(
            """
        SELECT 1 AS a;
        SELECT nope FROM articles;
        SELECT 2
          AS b;
        quit
        SELECT 3 AS c;
        """);
    assertEquals(
        "a\n-\n1\n(1 rows)\n\nb\n-\n2\n(1 rows)\n",
        r.out(),
        "no prompts without a terminal; nothing after quit");
    assertOneErrorLine(r, 2, "zeitgeist sql: error: [UNRESOLVED_COLUMN.WITH_SUGGESTION]");
  }

  @Test
  void interactiveEndsAtTheEndOfInputRunningAnUnfinishedStatement() {
    Result r = interactive("-- csv\nSELECT 1 AS a;\n\nSELECT 2 AS b", "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("a\r\n1\r\n\nb\r\n2\r\n", r.out());
    Result exit = interactive("EXIT;\nSELECT 1 AS a;\n");
    assertEquals(0, exit.exitCode(), exit.err());
    assertEquals("", exit.out());
  }
}
