package zeitgeist.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.tables.CorpusByDateRow;
import zeitgeist.tables.TableTransaction;
import zeitgeist.tables.TermsByDateRow;
import zeitgeist.tables.TestRuns;
import zeitgeist.tables.Warehouse;

/**
 * The derived term views on a tiny hand-made warehouse, checked against values computed by hand.
 *
 * <p>Two months of 100 and 200 tokens. "krise": 10 and 5 occurrences. By hand: E1 = 100·15/300 = 5,
 * E2 = 200·15/300 = 10, G² = 2(10 ln(10/5) + 5 ln(5/10)) = 10 ln 2 = 6.931471805599453, over-use in
 * January (10/100 > 5/200), so +6.93 there and −6.93 in February (the mirror table).
 *
 * <p>Collocations, January (N = 100 tokens): "weiß haus" 4 times, "weiß" 5, "haus" 8. The table:
 * o11 = 4, o12 = 1, o21 = 4, o22 = 91; e11 = 5·8/100 = 0.4, e12 = 5·92/100 = 4.6, e21 = 95·8/100 =
 * 7.6, e22 = 95·92/100 = 87.4. PMI = log2(4/0.4) = log2 10 = 3.321928094887362; G² = 2(4 ln 10 +
 * ln(1/4.6) + 4 ln(4/7.6) + 91 ln(91/87.4)) = 17.580025789258656.
 */
class TermViewsTest {
  @TempDir static Path dir;
  static SparkSession spark;

  private static final LocalDate JAN = LocalDate.of(2020, 1, 1);
  private static final LocalDate FEB = LocalDate.of(2020, 2, 1);

  private static TermsByDateRow term(LocalDate period, String term, long articles, long count) {
    TermsByDateRow r = new TermsByDateRow();
    r.setGrain("month");
    r.setPeriod(period);
    r.setTerm(term);
    r.setN(1);
    r.setArticles(articles);
    r.setCount(count);
    return r;
  }

  private static TermsByDateRow phrase(LocalDate period, String term, long articles, long count) {
    TermsByDateRow r = term(period, term, articles, count);
    r.setN(2);
    return r;
  }

  private static CorpusByDateRow corpus(LocalDate period, long articles, long tokens) {
    CorpusByDateRow r = new CorpusByDateRow();
    r.setGrain("month");
    r.setPeriod(period);
    r.setArticles(articles);
    r.setTokens(tokens);
    return r;
  }

  @BeforeAll
  static void warehouse() {
    spark = TestSpark.session();
    Warehouse wh = new Warehouse(spark, dir.toString());
    TableTransaction tx = wh.begin("hand");
    tx.append(
        TermsByDateRow.TABLE,
        spark.createDataset(
            List.of(
                term(JAN, "krise", 3, 10),
                term(FEB, "krise", 2, 5),
                term(JAN, "gipfel", 1, 2),
                term(JAN, "weiß", 2, 5),
                term(JAN, "haus", 3, 8),
                phrase(JAN, "weiß haus", 2, 4)),
            TermsByDateRow.TABLE.encoder()));
    tx.append(
        CorpusByDateRow.TABLE,
        spark.createDataset(
            List.of(corpus(JAN, 4, 100), corpus(FEB, 5, 200)), CorpusByDateRow.TABLE.encoder()));
    tx.commit(TestRuns.finished("hand"));
    SqlCatalog.register(wh);
  }

  @Test
  void keynessIsDunningsG2SignedByOverUse() {
    List<Row> rows =
        spark
            .sql(
                "SELECT period, count, count_rest, tokens, tokens_rest, g2 "
                    + "FROM term_keyness WHERE term = 'krise' ORDER BY period")
            .collectAsList();
    assertEquals(2, rows.size());
    Row jan = rows.get(0);
    assertEquals(10L, jan.getLong(1));
    assertEquals(5L, jan.getLong(2));
    assertEquals(100L, jan.getLong(3));
    assertEquals(200L, jan.getLong(4));
    assertEquals(6.931471805599453, jan.getDouble(5), 1e-9);
    assertEquals(-6.931471805599453, rows.get(1).getDouble(5), 1e-9);
  }

  @Test
  void keynessOfATermAbsentFromTheOtherPeriods() {
    // gipfel: a = 2, b = 0, c = 100, d = 200. E1 = 100·2/300 = 2/3. G² = 2·2·ln(3) = 4.394449.
    double g2 = spark.sql("SELECT g2 FROM term_keyness WHERE term = 'gipfel'").first().getDouble(0);
    assertEquals(4 * Math.log(3), g2, 1e-9);
  }

  @Test
  void aKeynessQueryNamingItsGrainReadsOnlyWhatThatGrainNeeds() {
    String month =
        spark
            .sql("SELECT term, g2 FROM term_keyness WHERE grain = 'month' AND n = 1")
            .queryExecution()
            .executedPlan()
            .toString();
    assertTrue(month.contains("terms_by_date"), month);
    assertFalse(month.contains("article_terms"), "the week grain is pruned: " + month);
    String week =
        spark.sql("SELECT * FROM term_keyness_by_week").queryExecution().executedPlan().toString();
    assertTrue(week.contains("article_terms"), week);
  }

  @Test
  void collocationsArePmiAndG2OfTheTwoByTwoTable() {
    Row r =
        spark
            .sql(
                "SELECT grain, first, second, count, first_count, second_count, tokens, "
                    + "pmi, g2 FROM collocations WHERE phrase = 'weiß haus'")
            .first();
    assertEquals("month", r.getString(0));
    assertEquals("weiß", r.getString(1));
    assertEquals("haus", r.getString(2));
    assertEquals(
        List.of(4L, 5L, 8L, 100L), List.of(r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6)));
    assertEquals(3.321928094887362, r.getDouble(7), 1e-9);
    assertEquals(17.580025789258656, r.getDouble(8), 1e-9);
    assertEquals(
        1L,
        spark.sql("SELECT count(*) FROM collocations").first().getLong(0),
        "one phrase in one period; no corpus-wide row without article rows");
  }

  @Test
  void topTermsRankAndShare() {
    Row r =
        spark
            .sql(
                "SELECT term, rank, per_1000_tokens FROM top_terms "
                    + "WHERE period = DATE'2020-01-01' ORDER BY rank")
            .first();
    assertEquals("krise", r.getString(0));
    assertEquals(1, r.getInt(1));
    assertEquals(100.0, ((Number) r.get(2)).doubleValue(), 1e-9);
  }
}
