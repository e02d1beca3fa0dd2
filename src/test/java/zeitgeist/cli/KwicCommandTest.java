package zeitgeist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zeitgeist.TestSpark;
import zeitgeist.job.RunFixtures;
import zeitgeist.job.RunFixtures.Result;
import zeitgeist.job.SampleWarehouse;
import zeitgeist.sql.SqlCatalog;
import zeitgeist.tables.Warehouse;

/**
 * {@code zeitgeist kwic} over the sample warehouse: the contexts of a term in a month are as many
 * as its count in {@code terms_by_date}, each is the term where the count found it, and the options
 * select, lemmatise and refuse as documented.
 */
class KwicCommandTest {
  static String warehouse;

  @BeforeAll
  static void sample() {
    warehouse = SampleWarehouse.get().dir();
    SqlCatalog.register(new Warehouse(TestSpark.session(), warehouse));
  }

  private static Result kwic(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "kwic";
    all[1] = "--warehouse";
    all[2] = warehouse;
    System.arraycopy(args, 0, all, 3, args.length);
    return RunFixtures.cli(all);
  }

  private static List<CSVRecord> csv(Result r) throws IOException {
    assertEquals(0, r.exitCode(), r.err());
    return CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(r.out()))
        .getRecords();
  }

  @Test
  void contextsOfATermInAMonthAreItsCountInTermsByDate() throws IOException {
    List<Row> top =
        TestSpark.session()
            .sql(
                "(SELECT period, term, n, count FROM terms_by_date WHERE grain = 'month' AND n = 1 "
                    + "ORDER BY count DESC, term LIMIT 3) UNION ALL (SELECT period, term, n, count "
                    + "FROM terms_by_date WHERE grain = 'month' AND n = 2 ORDER BY count DESC, term "
                    + "LIMIT 2)")
            .collectAsList();
    assertEquals(5, top.size());
    for (Row t : top) {
      LocalDate month = t.getDate(0).toLocalDate();
      String option = t.getInt(2) == 1 ? "--term" : "--phrase";
      List<CSVRecord> lines =
          csv(
              kwic(
                  option,
                  t.getString(1),
                  "--from",
                  month.toString(),
                  "--to",
                  month.plusMonths(1).minusDays(1).toString(),
                  "--limit",
                  "0",
                  "--format",
                  "csv"));
      assertEquals(t.getLong(3), lines.size(), t.toString());
      for (CSVRecord l : lines) {
        LocalDate date = LocalDate.parse(l.get("published_date"));
        assertTrue(!date.isBefore(month) && date.isBefore(month.plusMonths(1)), l.toString());
      }
    }
  }

  @Test
  void contextsOfAnEntityInAMonthAreItsMentionsInEntitiesByDate() throws IOException {
    List<Row> top =
        TestSpark.session()
            .sql(
                "SELECT period, entity, sum(mentions) AS mentions "
                    + "FROM entities_by_date WHERE grain = 'month' GROUP BY period, entity "
                    + "ORDER BY mentions DESC, entity LIMIT 4")
            .collectAsList();
    assertEquals(4, top.size());
    for (Row t : top) {
      LocalDate month = t.getDate(0).toLocalDate();
      List<CSVRecord> lines =
          csv(
              kwic(
                  "--entity",
                  t.getString(1),
                  "--from",
                  month.toString(),
                  "--to",
                  month.plusMonths(1).minusDays(1).toString(),
                  "--limit",
                  "0",
                  "--format",
                  "csv"));
      assertEquals(t.getLong(2), lines.size(), t.toString());
    }
  }

  @Test
  void everyEntityContextIsAMentionWhereItWasCounted() throws IOException {
    Map<String, Row> articles = new HashMap<>();
    for (Row r :
        TestSpark.session().sql("SELECT article_id, title, text FROM articles").collectAsList()) {
      articles.put(r.getString(0), r);
    }
    Result r = kwic("--entity", "putin", "--limit", "0", "--format", "csv");
    assertTrue(r.err().contains("'putin' is counted as the entity 'Wladimir Putin'"), r.err());
    List<CSVRecord> lines = csv(r);
    Row counted =
        TestSpark.session()
            .sql(
                "SELECT sum(mentions), count_if(in_title) FROM "
                    + "article_entities WHERE entity = 'Wladimir Putin'")
            .first();
    assertEquals(counted.getLong(0), lines.size());
    assertEquals(
        counted.getLong(1), lines.stream().filter(l -> l.get("in_title").equals("true")).count());
    Set<String> surfaces =
        Set.copyOf(
            TestSpark.session()
                .sql(
                    "SELECT DISTINCT explode(surfaces) "
                        + "FROM article_entities WHERE entity = 'Wladimir Putin'")
                .as(Encoders.STRING())
                .collectAsList());
    for (CSVRecord l : lines) {
      Row a = articles.get(l.get("article_id"));
      String text = l.get("in_title").equals("true") ? a.getString(1) : a.getString(2);
      String match =
          text.substring(Integer.parseInt(l.get("start")), Integer.parseInt(l.get("end")));
      assertEquals(match, l.get("match"));
      assertTrue(surfaces.contains(match), l.toString());
    }
  }

  @Test
  void aToneKeepsTheContextsWhoseSentenceHasIt() throws IOException {
    String negativeSentences =
        "SELECT article_id, sentence FROM lexicon_hits "
            + "WHERE kind = 'polarity' GROUP BY article_id, sentence HAVING sum(score) <= -0.1";
    long entityExpected =
        TestSpark.session()
            .sql(
                "SELECT count(*) FROM entity_mentions m JOIN ("
                    + negativeSentences
                    + ") USING (article_id, sentence) WHERE m.entity = 'Wladimir Putin'")
            .first()
            .getLong(0);
    List<CSVRecord> entity =
        csv(
            kwic(
                "--entity",
                "Wladimir Putin",
                "--tone",
                "negative",
                "--limit",
                "0",
                "--format",
                "csv"));
    assertTrue(entityExpected > 0, "negative sentences about Putin in the sample");
    assertEquals(entityExpected, entity.size());
    for (CSVRecord l : entity) {
      assertTrue(Double.parseDouble(l.get("sentence_tone")) <= -0.1, l.toString());
    }
    long termExpected =
        TestSpark.session()
            .sql(
                "SELECT count(*) FROM (SELECT t.article_id, "
                    + "c.sentence FROM article_terms t JOIN articles a USING (article_id) "
                    + "LATERAL VIEW explode(term_contexts(a.text, t.term, t.n, 0)) x AS c "
                    + "WHERE t.term = 'putin' AND t.n = 1) o JOIN ("
                    + negativeSentences
                    + ") s "
                    + "ON s.article_id = o.article_id AND s.sentence = o.sentence")
            .first()
            .getLong(0);
    List<CSVRecord> term =
        csv(kwic("--term", "putin", "--tone", "negative", "--limit", "0", "--format", "csv"));
    assertTrue(termExpected > 0);
    assertEquals(termExpected, term.size());
    List<CSVRecord> all =
        csv(
            kwic(
                "--term",
                "putin",
                "--lexicon",
                "zeitgeist-polarity-de",
                "--limit",
                "0",
                "--format",
                "csv"));
    assertEquals(
        termExpected,
        all.stream().filter(l -> Double.parseDouble(l.get("sentence_tone")) <= -0.1).count(),
        "--lexicon alone shows every context with its sentence's tone");
  }

  @Test
  void everyContextIsWhereTheCountFoundTheTerm() throws IOException {
    Map<String, String> texts = new HashMap<>();
    for (Row r : TestSpark.session().sql("SELECT article_id, text FROM articles").collectAsList()) {
      texts.put(r.getString(0), r.getString(1));
    }
    List<CSVRecord> lines =
        csv(kwic("--term", "putin", "--limit", "0", "--width", "25", "--format", "csv"));
    long counted =
        TestSpark.session()
            .sql("SELECT sum(count) FROM article_terms WHERE term = " + "'putin' AND n = 1")
            .first()
            .getLong(0);
    assertEquals(counted, lines.size());
    int previousStart = -1;
    String previous = "";
    for (CSVRecord l : lines) {
      String text = texts.get(l.get("article_id"));
      int start = Integer.parseInt(l.get("start"));
      int end = Integer.parseInt(l.get("end"));
      assertEquals(text.substring(start, end), l.get("match"));
      assertTrue(l.get("match").toLowerCase().startsWith("putin"), l.toString());
      assertTrue(l.get("left_context").length() <= 25 + 1, l.toString());
      String key = l.get("published_date") + l.get("article_id");
      assertTrue(
          key.compareTo(previous) > 0 || (key.equals(previous) && start > previousStart),
          "ordered by date, article and offset: " + l);
      previous = key;
      previousStart = start;
    }
  }

  @Test
  void aWordOrPhraseAsWrittenIsFoundUnderItsTerm() throws IOException {
    Result r = kwic("--term", "Gesprächen", "--limit", "0", "--format", "csv");
    assertTrue(r.err().contains("'Gesprächen' is counted as the term 'gespräch'"), r.err());
    long counted =
        TestSpark.session()
            .sql("SELECT sum(count) FROM article_terms WHERE term = " + "'gespräch' AND n = 1")
            .first()
            .getLong(0);
    assertEquals(counted, csv(r).size());
    assertTrue(csv(r).stream().anyMatch(l -> l.get("match").equals("Gesprächen")));

    Result phrase = kwic("--phrase", "Weiße Haus", "--limit", "0", "--format", "csv");
    assertTrue(phrase.err().contains("is counted as the phrase 'weiß haus'"), phrase.err());
    assertTrue(
        csv(phrase).stream().allMatch(l -> l.get("match").startsWith("Weiße")), phrase.out());
  }

  @Test
  void aLimitShowsThatManyContextsSpreadOverTheDates() throws IOException {
    Result r = kwic("--term", "putin", "--limit", "3", "--format", "csv");
    List<CSVRecord> lines = csv(r);
    assertEquals(3, lines.size());
    assertTrue(r.err().contains("showing 3 (spread evenly over the dates"), r.err());
    List<String> dates = lines.stream().map(l -> l.get("published_date")).toList();
    assertEquals(dates.stream().sorted().toList(), dates);
    Result first = kwic("--term", "putin", "--limit", "3", "--order", "date", "--format", "csv");
    List<CSVRecord> all = csv(kwic("--term", "putin", "--limit", "0", "--format", "csv"));
    assertEquals(
        all.subList(0, 3).stream().map(CSVRecord::toList).toList(),
        csv(first).stream().map(CSVRecord::toList).toList());
  }

  @Test
  void theTableShowsOneLinePerContextWithTheMatchInBrackets() {
    Result r = kwic("--term", "putin", "--limit", "2");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    assertTrue(lines.get(0).contains("[Putin"), r.out());
    assertEquals("(2 contexts)", lines.get(2));
  }

  @Test
  void theSqlFunctionFindsAsManyContextsAsTheCounts() {
    Row r =
        TestSpark.session()
            .sql(
                "SELECT sum(size(term_contexts(a.text, t.term, t.n, 20))), "
                    + "sum(t.count) FROM article_terms t JOIN articles a USING (article_id) "
                    + "WHERE t.term IN ('putin', 'trump', 'weiß haus')")
            .first();
    assertEquals(r.getLong(1), r.getLong(0));
    assertTrue(r.getLong(1) > 20, "enough occurrences to compare: " + r.getLong(1));
  }

  @Test
  void badArgumentsGetOneLineAndExitCode2() {
    for (String[] args :
        List.of(
            new String[] {"--term", "putin", "--from", "2018-13-01"},
            new String[] {"--term", "putin", "--phrase", "weiß haus"},
            new String[] {"--phrase", "putin"},
            new String[] {"--term", "putin", "--order", "random"},
            new String[] {"--term", "putin", "--from", "2019-01-01", "--to", "2018-01-01"},
            new String[] {"--term", "putin", "--limit", "-1"},
            new String[] {"--term", "putin", "--tone", "sad"},
            new String[] {"--entity", "Wladimir Putin", "--lexicon", "nope"},
            new String[] {"--entity", "Wladimir Putin", "--term", "putin"},
            new String[] {"--from", "2018-01-01"})) {
      Result r = kwic(args);
      assertEquals(2, r.exitCode(), String.join(" ", args) + ": " + r.err());
      assertEquals(1, r.err().lines().count(), r.err());
    }
  }
}
