package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zeitgeist.analysis.ArticleAnalyzer;
import zeitgeist.config.AnalysisOptions;
import zeitgeist.tables.ArticleEntitySentimentRow;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleSentimentRow;
import zeitgeist.tables.SentimentByDateRow;
import zeitgeist.tables.Warehouse;

/**
 * The lexicon tables of the sample run (shipped lexicon) against independent computations: the
 * per-article tables against the pure-Java analyser run on the stored articles, and {@code
 * sentiment_by_date} against a brute-force recount in plain Java of {@code article_sentiment} over
 * the period rules written out again here.
 */
class SentimentStatisticsTest {
  static Warehouse warehouse;
  static List<ArticleRow> analysed;

  @BeforeAll
  static void load() {
    warehouse = SampleWarehouse.get().warehouse();
    analysed = SampleWarehouse.get().analysedArticles();
  }

  @Test
  void perArticleRowsAreThePureJavaAnalysersRows() {
    ArticleAnalyzer analyzer = ArticleAnalyzer.forOptions(AnalysisOptions.DEFAULT);
    TreeSet<String> sentiment = new TreeSet<>();
    TreeSet<String> around = new TreeSet<>();
    for (ArticleRow a : analysed) {
      AnalyzedArticle an = TableRows.analyzed(a, analyzer.analyse(a.getTitle(), a.getText()));
      for (ArticleSentimentRow s : an.getSentiment()) {
        sentiment.add(
            String.join(
                "\t",
                s.getArticleId(),
                s.getLexicon(),
                "" + s.getTokens(),
                "" + s.getHits(),
                "" + s.getPositiveHits(),
                "" + s.getNegativeHits(),
                "" + s.getNegatedHits(),
                RunFixtures.num(s.getPositive()),
                RunFixtures.num(s.getNegative())));
      }
      for (ArticleEntitySentimentRow s : an.getEntitySentiment()) {
        around.add(
            String.join(
                "\t",
                s.getArticleId(),
                s.getEntity(),
                s.getType(),
                s.getLexicon(),
                "" + s.getSentences(),
                "" + s.getTokens(),
                "" + s.getHits(),
                RunFixtures.num(s.getPositive()),
                RunFixtures.num(s.getNegative())));
      }
    }
    assertEquals(analysed.size(), sentiment.size(), "one row per article and lexicon");
    assertFalse(around.isEmpty());
    assertEquals(
        sentiment,
        rows(
            warehouse
                .read(ArticleSentimentRow.TABLE)
                .selectExpr(
                    "article_id",
                    "lexicon",
                    "tokens",
                    "hits",
                    "positive_hits",
                    "negative_hits",
                    "negated_hits",
                    "positive",
                    "negative")
                .collectAsList(),
            7));
    assertEquals(
        around,
        rows(
            warehouse
                .read(ArticleEntitySentimentRow.TABLE)
                .selectExpr(
                    "article_id",
                    "entity",
                    "type",
                    "lexicon",
                    "sentences",
                    "tokens",
                    "hits",
                    "positive",
                    "negative")
                .collectAsList(),
            7));
  }

  /** Rows as TSV lines, with the columns from {@code firstDouble} on formatted as doubles. */
  private static TreeSet<String> rows(List<Row> rows, int firstDouble) {
    TreeSet<String> out = new TreeSet<>();
    for (Row r : rows) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < r.length(); i++) {
        cells.add(i >= firstDouble ? RunFixtures.num(r.getDouble(i)) : String.valueOf(r.get(i)));
      }
      out.add(String.join("\t", cells));
    }
    return out;
  }

  private static BigDecimal twelvePlaces(double d) {
    return BigDecimal.valueOf(d).setScale(12, RoundingMode.HALF_UP); // as Spark casts
  }

  @Test
  void sentimentByDateMatchesABruteForceRecount() {
    Map<String, Row> byArticle = new HashMap<>();
    for (Row r :
        warehouse
            .read(ArticleSentimentRow.TABLE)
            .selectExpr(
                "article_id",
                "lexicon",
                "tokens",
                "hits",
                "positive_hits",
                "negative_hits",
                "negated_hits",
                "positive",
                "negative")
            .collectAsList()) {
      byArticle.put(r.getString(0) + "\t" + r.getString(1), r);
    }
    // counts as longs; real values as Spark stores them: each article's value rounded once to
    // 12 places (half up), then summed exactly
    Map<String, double[]> sums = new HashMap<>();
    Map<String, BigDecimal[]> exact = new HashMap<>();
    for (ArticleRow a : analysed) {
      for (Map.Entry<String, Row> e : byArticle.entrySet()) {
        if (!e.getKey().startsWith(a.getArticleId() + "\t")) continue;
        Row r = e.getValue();
        for (String period : RunFixtures.periods(a.getPublishedDate(), a.getDatePrecision())) {
          double[] s = sums.computeIfAbsent(period + "\t" + r.getString(1), k -> new double[9]);
          s[0]++;
          for (int i = 2; i <= 6; i++) s[i - 1] += r.getLong(i);
          BigDecimal[] x =
              exact.computeIfAbsent(
                  period + "\t" + r.getString(1),
                  k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
          double tone =
              r.getLong(2) == 0 ? 0 : (r.getDouble(7) - r.getDouble(8)) / r.getLong(2) * 100;
          x[0] = x[0].add(twelvePlaces(r.getDouble(7)));
          x[1] = x[1].add(twelvePlaces(r.getDouble(8)));
          x[2] = x[2].add(twelvePlaces(tone));
        }
      }
    }
    assertTrue(sums.size() > 3);
    TreeSet<String> expected = new TreeSet<>();
    sums.forEach(
        (k, s) ->
            expected.add(
                String.join(
                    "\t",
                    k,
                    "" + (long) s[0],
                    "" + (long) s[1],
                    "" + (long) s[2],
                    "" + (long) s[3],
                    "" + (long) s[4],
                    "" + (long) s[5],
                    exact.get(k)[0].toPlainString(),
                    exact.get(k)[1].toPlainString(),
                    exact.get(k)[2].toPlainString())));
    TreeSet<String> actual = new TreeSet<>();
    for (Row r :
        warehouse
            .read(SentimentByDateRow.TABLE)
            .selectExpr(
                "grain",
                "cast(period as string)",
                "lexicon",
                "articles",
                "tokens",
                "hits",
                "positive_hits",
                "negative_hits",
                "negated_hits",
                "positive",
                "negative",
                "tone_sum")
            .collectAsList()) {
      actual.add(
          String.join(
              "\t",
              r.getString(0),
              r.getString(1),
              r.getString(2),
              "" + r.getLong(3),
              "" + r.getLong(4),
              "" + r.getLong(5),
              "" + r.getLong(6),
              "" + r.getLong(7),
              "" + r.getLong(8),
              r.getDecimal(9).toPlainString(),
              r.getDecimal(10).toPlainString(),
              r.getDecimal(11).toPlainString()));
    }
    assertEquals(expected, actual);
  }

  /** The one-query answers of docs/lexicons.md, run as a user would, on the sample warehouse. */
  @Test
  void readmeQueriesAnswer() {
    String dir = SampleWarehouse.get().dir();
    RunFixtures.Result tone =
        RunFixtures.cli(
            "sql",
            "--warehouse",
            dir,
            "--format",
            "csv",
            "SELECT period, lexicon, articles, round(mean_tone, 3) AS mean_tone, "
                + "round(pooled_tone, 3) AS pooled_tone FROM tone_by_date WHERE grain = 'month' "
                + "ORDER BY period, lexicon");
    assertEquals(0, tone.exitCode(), tone.err());
    assertTrue(tone.out().contains("2018-07-01,zeitgeist-polarity-de,"), tone.out());
    RunFixtures.Result putin =
        RunFixtures.cli(
            "sql",
            "--warehouse",
            dir,
            "--format",
            "csv",
            "SELECT trunc(published_date, 'MM') AS month, lexicon, count(*) AS articles, "
                + "sum(sentences) AS sentences, sum(hits) AS hits, "
                + "round(sum(positive - negative) / sum(tokens) * 100, 3) AS tone "
                + "FROM entity_tone WHERE entity = 'Wladimir Putin' "
                + "AND date_precision IN ('day', 'month') GROUP BY 1, 2 ORDER BY 1, 2");
    assertEquals(0, putin.exitCode(), putin.err());
    assertTrue(putin.out().contains("2018-07-01,zeitgeist-polarity-de,"), putin.out());
    RunFixtures.Result partners =
        RunFixtures.cli(
            "sql",
            "--warehouse",
            dir,
            "--format",
            "csv",
            "SELECT period, partner, partner_type, articles, entity_articles, round(share, 2) AS "
                + "share FROM entity_partners WHERE grain = 'month' AND entity = 'Wladimir Putin' "
                + "AND rank <= 5 ORDER BY period, rank");
    assertEquals(0, partners.exitCode(), partners.err());
    assertTrue(partners.out().contains("2018-07-01,Donald Trump,PER,"), partners.out());
  }
}
