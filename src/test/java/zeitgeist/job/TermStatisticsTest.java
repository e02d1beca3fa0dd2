package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleTermRow;
import zeitgeist.tables.CorpusByDateRow;
import zeitgeist.tables.TermsByDateRow;
import zeitgeist.tables.Warehouse;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.GermanTextAnalyzer;
import zeitgeist.text.Token;

/**
 * Every count of {@code article_terms}, {@code terms_by_date} and {@code corpus_by_date} on the
 * sample corpus, recomputed by brute force in plain Java over the same tokens (no Spark, no
 * TermCounter), must equal the tables exactly.
 */
class TermStatisticsTest {
  static Warehouse warehouse;
  static List<Row> analysed;

  @BeforeAll
  static void load() {
    warehouse = SampleWarehouse.get().warehouse();
    analysed =
        warehouse
            .read(ArticleRow.TABLE)
            .filter("language = 'de' AND duplicate_of IS NULL")
            .select("article_id", "published_date", "date_precision", "text")
            .collectAsList();
  }

  /** One brute-force term: count, surfaces in order of appearance, first offset. */
  private static final class Tally {
    int count;
    int first = -1;
    final Map<String, Integer> surfaces = new LinkedHashMap<>();

    void add(String surface, int offset) {
      count++;
      if (first < 0) first = offset;
      surfaces.merge(surface, 1, Integer::sum);
    }

    String surface() {
      String best = null;
      int bestN = 0;
      for (var e : surfaces.entrySet()) {
        if (e.getValue() > bestN) {
          best = e.getKey();
          bestN = e.getValue();
        }
      }
      return best;
    }
  }

  private static boolean countable(Token t) {
    return !t.stopword() && !t.number() && t.term().codePoints().anyMatch(Character::isLetter);
  }

  /** term + "\t" + n → tally, for one article. */
  private static Map<String, Tally> bruteForce(AnalyzedText text) {
    Map<String, Tally> out = new LinkedHashMap<>();
    List<Token> tokens = text.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (countable(t)) {
        out.computeIfAbsent(t.term() + "\t1", k -> new Tally()).add(t.surface(), t.start());
      }
      if (i + 1 < tokens.size()) {
        Token u = tokens.get(i + 1);
        if (countable(t)
            && countable(u)
            && t.sentence() == u.sentence()
            && text.text().substring(t.end(), u.start()).isBlank()) {
          out.computeIfAbsent(t.term() + " " + u.term() + "\t2", k -> new Tally())
              .add(t.surface() + " " + u.surface(), t.start());
        }
      }
    }
    return out;
  }

  private static List<String[]> periods(LocalDate date, String precision) {
    List<String[]> out = new ArrayList<>();
    if (date == null) return out;
    if (precision.equals("day")) out.add(new String[] {"day", date.toString()});
    if (!precision.equals("year"))
      out.add(new String[] {"month", date.withDayOfMonth(1).toString()});
    out.add(new String[] {"year", date.withDayOfYear(1).toString()});
    return out;
  }

  @Test
  void everyCountMatchesABruteForceRecount() {
    GermanTextAnalyzer analyzer = new GermanTextAnalyzer();
    TreeSet<String> articleTerms = new TreeSet<>();
    Map<String, long[]> termsByDate = new HashMap<>();
    Map<String, long[]> corpusByDate = new HashMap<>();
    for (Row a : analysed) {
      String id = a.getString(0);
      LocalDate date = a.isNullAt(1) ? null : a.getDate(1).toLocalDate();
      AnalyzedText text = analyzer.analyze(a.getString(3));
      Map<String, Tally> tallies = bruteForce(text);
      for (var e : tallies.entrySet()) {
        Tally t = e.getValue();
        articleTerms.add(
            String.join(
                "\t",
                id,
                date == null ? "" : date.toString(),
                e.getKey(),
                t.surface(),
                Integer.toString(t.count),
                Integer.toString(t.first)));
      }
      for (String[] p : periods(date, a.getString(2))) {
        long[] c = corpusByDate.computeIfAbsent(p[0] + "\t" + p[1], k -> new long[2]);
        c[0]++;
        c[1] += text.tokens().size();
        for (var e : tallies.entrySet()) {
          long[] t =
              termsByDate.computeIfAbsent(p[0] + "\t" + p[1] + "\t" + e.getKey(), k -> new long[2]);
          t[0]++;
          t[1] += e.getValue().count;
        }
      }
    }
    assertFalse(articleTerms.isEmpty());

    assertEquals(
        articleTerms,
        RunFixtures.rows(
            warehouse
                .read(ArticleTermRow.TABLE)
                .selectExpr(
                    "article_id",
                    "cast(published_date as string)",
                    "term",
                    "n",
                    "surface",
                    "count",
                    "first_offset")));
    assertEquals(
        joined(termsByDate),
        RunFixtures.rows(
            warehouse
                .read(TermsByDateRow.TABLE)
                .selectExpr("grain", "cast(period as string)", "term", "n", "articles", "count")));
    assertEquals(
        joined(corpusByDate),
        RunFixtures.rows(
            warehouse
                .read(CorpusByDateRow.TABLE)
                .selectExpr("grain", "cast(period as string)", "articles", "tokens")));
  }

  private static TreeSet<String> joined(Map<String, long[]> m) {
    TreeSet<String> out = new TreeSet<>();
    m.forEach((k, v) -> out.add(k + "\t" + v[0] + "\t" + v[1]));
    return out;
  }

  @Test
  void periodRulesOnTheSample() {
    Dataset<Row> corpus = warehouse.read(CorpusByDateRow.TABLE);
    // putin-einladung-washington.txt is dated 2018-07 (month): a month row, no day row.
    assertTrue(corpus.filter("grain = 'month' AND period = DATE'2018-07-01'").count() == 1);
    // The year-precise 2024 record counts in 2024's year row only.
    Row y2024 = corpus.filter("grain = 'year' AND period = DATE'2024-01-01'").first();
    long months2024 =
        corpus
            .filter("grain = 'month' AND year(period) = 2024")
            .agg(org.apache.spark.sql.functions.sum("articles"))
            .first()
            .getLong(0);
    assertEquals(3L, (long) y2024.getAs("articles"));
    assertEquals(2L, months2024);
    // Undated articles are in no per-date row; duplicates and non-German articles nowhere.
    long analysedDated = analysed.stream().filter(r -> !r.isNullAt(1)).count();
    assertEquals(
        analysedDated,
        (long)
            corpus
                .filter("grain = 'year'")
                .agg(org.apache.spark.sql.functions.sum("articles"))
                .first()
                .getLong(0));
    assertEquals(
        0,
        warehouse
            .read(ArticleTermRow.TABLE)
            .filter(
                "article_id IN ('txt/tagesschau/helsinki-gipfel_kopie.txt', "
                    + "'txt/misc/reuters-geneva-summit.txt', 'txt/misc/macron-scholz-elysee.txt')")
            .count());
  }

  @Test
  void relatedHeadlinesOfTheEuronewsArticleAreNotCounted() {
    Dataset<Row> terms =
        warehouse
            .read(ArticleTermRow.TABLE)
            .filter("article_id = 'txt/euronews/gaspreisdeckel-bruessel.txt'");
    assertTrue(terms.count() > 20);
    assertEquals(
        0, terms.filter("term IN ('selenskyj', 'greenpeace', 'lützerath', 'macron')").count());
  }
}
