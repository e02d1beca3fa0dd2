package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zeitgeist.TestSpark;
import zeitgeist.sql.SqlCatalog;
import zeitgeist.tables.ArticleEntityRow;
import zeitgeist.tables.ArticleEntitySentimentRow;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleSentimentRow;
import zeitgeist.tables.ArticleTermRow;
import zeitgeist.tables.Warehouse;

/**
 * The twelve queries of "Questions you can ask", read from docs/questions.md itself (so the
 * documentation and this test cannot drift apart), run on the sample warehouse through the catalog
 * the {@code sql} command uses. Each must parse and answer with rows; most answers are compared
 * with a brute-force recount in plain Java over the sample warehouse's per-article rows (or, for
 * the rejects, with the hand-written expected rejects), with the periods, duplicates and ratios
 * written out again here. Rounded answers are compared within half a unit of their last digit.
 */
class DocumentedQuestionsTest {
  static final String SECTION = "# Questions you can ask";

  /** One question: its heading and its SQL block. */
  record Question(String heading, String sql) {}

  static List<Question> questions;
  static Warehouse warehouse;
  static List<Row> articles;

  @BeforeAll
  static void load() {
    questions = readQuestions(TestSpark.projectDir().resolve("docs/questions.md"));
    warehouse = SampleWarehouse.get().warehouse();
    articles =
        warehouse
            .read(ArticleRow.TABLE)
            .selectExpr(
                "article_id",
                "source",
                "published_date",
                "date_precision",
                "date_origin",
                "n_tokens",
                "duplicate_of",
                "language")
            .collectAsList();
  }

  /** The {@code ```sql} blocks under the section's {@code ###} headings, in order. */
  static List<Question> readQuestions(Path readme) {
    List<String> lines;
    try {
      lines = Files.readAllLines(readme);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + readme, e);
    }
    int start = lines.indexOf(SECTION);
    assertTrue(start >= 0, readme + " has no line '" + SECTION + "'");
    List<Question> out = new ArrayList<>();
    String heading = null;
    StringBuilder sql = null;
    for (String line : lines.subList(start + 1, lines.size())) {
      if (sql != null) {
        if (line.equals("```")) {
          assertNotNull(heading, "an SQL block before the first question heading");
          out.add(new Question(heading, sql.toString()));
          heading = null;
          sql = null;
        } else {
          sql.append(line).append('\n');
        }
      } else if (line.startsWith("## ")) {
        break;
      } else if (line.startsWith("### ")) {
        heading = line.substring(4);
      } else if (line.equals("```sql")) {
        sql = new StringBuilder();
      }
    }
    return out;
  }

  /** The answer to question {@code number} (1-based), as the {@code sql} command would give it. */
  private static List<Row> answer(int number) {
    Question q = questions.get(number - 1);
    SqlCatalog.register(warehouse);
    List<Row> rows = TestSpark.session().sql(q.sql()).collectAsList();
    assertFalse(rows.isEmpty(), "no rows for: " + q.heading());
    return rows;
  }

  @Test
  void twelveQuestionsEachWithOneQueryThatAnswers() {
    assertEquals(12, questions.size(), "SQL blocks under '" + SECTION + "'");
    for (int i = 0; i < questions.size(); i++) {
      assertTrue(
          questions.get(i).heading().startsWith((i + 1) + ". "),
          "question " + (i + 1) + " is headed '" + questions.get(i).heading() + "'");
      answer(i + 1);
    }
  }

  // --- 1. tone per month -----------------------------------------------------------------------

  @Test
  void toneByMonthIsTheMeanAndPoolOfTheArticlesTones() {
    Map<String, Row> dated = analysedById();
    Map<String, double[]> months = new TreeMap<>(); // articles, tokens, hits, tone sum, net
    for (Row s :
        warehouse
            .read(ArticleSentimentRow.TABLE)
            .selectExpr("article_id", "lexicon", "tokens", "hits", "positive", "negative")
            .collectAsList()) {
      Row a = dated.get(s.getString(0));
      assertNotNull(a, "article_sentiment row of an article not analysed: " + s);
      String month = month(a);
      if (month == null) continue;
      double[] m = months.computeIfAbsent(month + "-01\t" + s.getString(1), k -> new double[5]);
      double net = s.getDouble(4) - s.getDouble(5);
      m[0]++;
      m[1] += s.getLong(2);
      m[2] += s.getLong(3);
      m[3] += s.getLong(2) == 0 ? 0 : net / s.getLong(2) * 100;
      m[4] += net;
    }
    List<String> expected = new ArrayList<>();
    months.forEach(
        (k, m) ->
            expected.add(
                String.join(
                    "\t",
                    k,
                    "" + (long) m[0],
                    "" + (long) m[1],
                    "" + (long) m[2],
                    approx(m[3] / m[0], 2),
                    approx(m[4] / m[1] * 100, 2))));
    assertRows(expected, answer(1));
  }

  // --- 2. top entities per month --------------------------------------------------------------

  @Test
  void topEntitiesPerMonthAreAtMostThreeAndWithinTheMonthsArticles() {
    Map<String, Integer> perMonth = new HashMap<>();
    for (Row r : answer(2)) {
      perMonth.merge(r.get(0).toString(), 1, Integer::sum);
      assertFalse(r.getString(2).equals("MISC"), r.toString());
      assertTrue(r.getLong(3) <= r.getLong(4), "more articles than the month has: " + r);
    }
    assertTrue(perMonth.values().stream().allMatch(n -> n <= 3), perMonth.toString());
    Set<String> months = new TreeSet<>();
    for (Row a : analysedById().values()) {
      if (month(a) != null) months.add(month(a) + "-01");
    }
    assertEquals(months, new TreeSet<>(perMonth.keySet()), "every month with articles");
  }

  // --- 3. partners of Donald Trump -------------------------------------------------------------

  private record Mention(String entity, String type, int mentions) {}

  @Test
  void trumpsPartnersAreRecountedFromArticleEntities() {
    Map<String, Row> analysed = analysedById();
    Map<String, List<Mention>> byArticle = new HashMap<>();
    for (Row r :
        warehouse
            .read(ArticleEntityRow.TABLE)
            .selectExpr("article_id", "entity", "type", "mentions")
            .collectAsList()) {
      byArticle
          .computeIfAbsent(r.getString(0), k -> new ArrayList<>())
          .add(new Mention(r.getString(1), r.getString(2), r.getInt(3)));
    }
    Mention trump = new Mention("Donald Trump", "PER", 0);
    long trumpArticles = 0;
    Map<String, Long> partners = new HashMap<>();
    for (Map.Entry<String, List<Mention>> e : byArticle.entrySet()) {
      Row a = analysed.get(e.getKey());
      if (a == null || a.isNullAt(2)) continue; // pairs and entity counts are per date
      List<Mention> es = e.getValue();
      if (es.stream().noneMatch(m -> same(m, trump))) continue;
      trumpArticles++;
      List<Mention> capped =
          es.stream()
              .filter(m -> !m.type().equals("MISC"))
              .sorted(
                  Comparator.comparing(Mention::mentions)
                      .reversed()
                      .thenComparing(Mention::entity)
                      .thenComparing(Mention::type))
              .limit(50)
              .toList();
      if (capped.stream().noneMatch(m -> same(m, trump))) continue;
      for (Mention m : capped) {
        if (!same(m, trump)) partners.merge(m.entity() + "\t" + m.type(), 1L, Long::sum);
      }
    }
    long total = trumpArticles;
    List<String> expected =
        partners.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(10)
            .map(
                p ->
                    String.join(
                        "\t",
                        p.getKey(),
                        "" + p.getValue(),
                        "" + total,
                        approx((double) p.getValue() / total, 2)))
            .toList();
    assertTrue(total >= 5, "Donald Trump is in " + total + " dated sample articles");
    assertEquals(expected.size(), 10);
    assertRowsInOrder(expected, answer(3));
  }

  private static boolean same(Mention a, Mention b) {
    return a.entity().equals(b.entity()) && a.type().equals(b.type());
  }

  // --- 4. words that spiked per week -----------------------------------------------------------

  @Test
  void weeklySpikesAreDunningsG2AgainstAllOtherWeeks() {
    Map<String, LocalDate> weekOf = new HashMap<>();
    Map<LocalDate, Long> weekTokens = new TreeMap<>();
    for (Row a : analysedById().values()) {
      if (!"day".equals(a.getString(3))) continue;
      LocalDate monday = date(a).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      weekOf.put(a.getString(0), monday);
      weekTokens.merge(monday, (long) a.getInt(5), Long::sum);
    }
    long allTokens = weekTokens.values().stream().mapToLong(Long::longValue).sum();
    Map<String, long[]> cells = new HashMap<>(); // week \t term -> count, articles
    Map<String, Long> termTotals = new HashMap<>();
    for (Row t :
        warehouse
            .read(ArticleTermRow.TABLE)
            .filter("n = 1")
            .selectExpr("article_id", "term", "count")
            .collectAsList()) {
      LocalDate week = weekOf.get(t.getString(0));
      if (week == null) continue;
      long[] c = cells.computeIfAbsent(week + "\t" + t.getString(1), k -> new long[2]);
      c[0] += t.getInt(2);
      c[1]++;
      termTotals.merge(t.getString(1), (long) t.getInt(2), Long::sum);
    }
    record Spike(String week, String term, long count, long rest, long articles, double g2) {}
    Map<String, List<Spike>> byWeek = new TreeMap<>();
    cells.forEach(
        (key, c) -> {
          String[] wt = key.split("\t");
          long a = c[0];
          long b = termTotals.get(wt[1]) - a;
          long tokens = weekTokens.get(LocalDate.parse(wt[0]));
          double g2 = g2(a, b, tokens, allTokens - tokens);
          if (c[1] >= 2 && g2 > 0) {
            byWeek
                .computeIfAbsent(wt[0], k -> new ArrayList<>())
                .add(new Spike(wt[0], wt[1], a, b, c[1], g2));
          }
        });
    List<String> expected = new ArrayList<>();
    byWeek.forEach(
        (week, spikes) ->
            spikes.stream()
                .sorted(Comparator.comparingDouble(Spike::g2).reversed().thenComparing(Spike::term))
                .limit(5)
                .forEach(
                    s ->
                        expected.add(
                            String.join(
                                "\t",
                                s.week(),
                                s.term(),
                                "" + s.count(),
                                "" + s.rest(),
                                "" + s.articles(),
                                approx(s.g2(), 1)))));
    assertTrue(byWeek.size() >= 2, "weeks with spikes: " + byWeek.keySet());
    assertRowsInOrder(expected, answer(4));
  }

  /** Signed G² written out from the documented keyness formula. */
  private static double g2(double a, double b, double c, double d) {
    if (d == 0) return 0;
    double e1 = c * (a + b) / (c + d);
    double e2 = d * (a + b) / (c + d);
    double g = 2 * ((a > 0 ? a * Math.log(a / e1) : 0) + (b > 0 ? b * Math.log(b / e2) : 0));
    return a / c >= b / d ? g : -g;
  }

  // --- 5. outlets' tone about people and organisations -----------------------------------------

  @Test
  void outletToneRowsRestOnTwoArticlesAndRiseFromTheMostNegative() {
    List<Row> rows = answer(5);
    double previous = Double.NEGATIVE_INFINITY;
    for (Row r : rows) {
      assertNotNull(r.getString(0), "a row without a source: " + r);
      assertTrue(Set.of("PER", "ORG").contains(r.getString(2)), r.toString());
      assertTrue(r.getLong(4) >= 2, "fewer than two articles: " + r);
      assertTrue(r.getDouble(7) >= previous, "not ordered by tone: " + r);
      previous = r.getDouble(7);
    }
    assertTrue(rows.get(0).getDouble(7) < 0, "the most negative row is negative: " + rows.get(0));
  }

  // --- 6. articles per source and month --------------------------------------------------------

  @Test
  void articlesPerSourceAndMonthAreRecountedFromArticles() {
    Map<String, long[]> counts = new TreeMap<>();
    for (Row a : articles) {
      String source = a.isNullAt(1) ? "(unknown)" : a.getString(1);
      String precision = a.getString(3);
      String month =
          precision == null
              ? "undated"
              : precision.equals("year")
                  ? date(a).getYear() + " (year only)"
                  : date(a).toString().substring(0, 7);
      long[] c = counts.computeIfAbsent(source + "\t" + month, k -> new long[2]);
      c[0]++;
      if (analysed(a)) c[1]++;
    }
    List<String> expected = new ArrayList<>();
    counts.forEach((k, c) -> expected.add(k + "\t" + c[0] + "\t" + c[1]));
    assertEquals(articles.size(), counts.values().stream().mapToLong(c -> c[0]).sum());
    assertRows(expected, answer(6));
  }

  // --- 7. date coverage ------------------------------------------------------------------------

  @Test
  void dateCoverageIsRecountedFromArticles() {
    Map<String, long[]> counts = new HashMap<>();
    for (Row a : articles) {
      String key =
          (a.isNullAt(3) ? "undated" : a.getString(3))
              + "\t"
              + (a.isNullAt(4) ? "" : a.getString(4));
      long[] c = counts.computeIfAbsent(key, k -> new long[2]);
      c[0]++;
      if (analysed(a)) c[1]++;
    }
    List<String> expected = new ArrayList<>();
    counts.forEach(
        (k, c) ->
            expected.add(
                String.join(
                    "\t", k, "" + c[0], approx((double) c[0] / articles.size(), 3), "" + c[1])));
    assertTrue(counts.containsKey("undated\t"), "the sample has undated articles");
    assertRows(expected, answer(7));
  }

  // --- 8. tf-idf of one article ----------------------------------------------------------------

  @Test
  void distinctiveTermsAreTfIdfRecountedFromArticleTerms() {
    String article = "txt/tagesschau/helsinki-gipfel.txt";
    Set<String> analysedIds = analysedById().keySet();
    Map<String, Long> documentFrequency = new HashMap<>();
    List<Row> own = new ArrayList<>();
    for (Row t :
        warehouse
            .read(ArticleTermRow.TABLE)
            .selectExpr("article_id", "term", "n", "surface", "count")
            .collectAsList()) {
      if (!analysedIds.contains(t.getString(0))) continue;
      documentFrequency.merge(t.getString(1) + "\t" + t.getInt(2), 1L, Long::sum);
      if (t.getString(0).equals(article)) own.add(t);
    }
    int tokens = analysedById().get(article).getInt(5);
    record Score(String term, int n, String surface, int count, double idf, double tfidf) {}
    List<String> expected =
        own.stream()
            .map(
                t -> {
                  double idf =
                      Math.log(
                          (double) analysedIds.size()
                              / documentFrequency.get(t.getString(1) + "\t" + t.getInt(2)));
                  return new Score(
                      t.getString(1),
                      t.getInt(2),
                      t.getString(3),
                      t.getInt(4),
                      idf,
                      (double) t.getInt(4) / tokens * idf);
                })
            .sorted(Comparator.comparingDouble(Score::tfidf).reversed().thenComparing(Score::term))
            .limit(10)
            .map(
                s ->
                    String.join(
                        "\t",
                        s.term(),
                        "" + s.n(),
                        s.surface(),
                        "" + s.count(),
                        "" + tokens,
                        approx(s.idf(), 2),
                        approx(s.tfidf(), 4)))
            .toList();
    assertEquals(10, expected.size());
    assertRowsInOrder(expected, answer(8));
  }

  // --- 9. tone about Donald Trump per year -----------------------------------------------------

  @Test
  void trumpsYearsCoverEveryDatedArticleWithASentenceAboutHim() {
    Map<String, Row> analysed = analysedById();
    Map<String, Long> perYear = new TreeMap<>();
    for (Row e :
        warehouse
            .read(ArticleEntityRow.TABLE)
            .filter("entity = 'Donald Trump' AND type = 'PER' AND first_offset IS NOT NULL")
            .select("article_id")
            .collectAsList()) {
      Row a = analysed.get(e.getString(0));
      if (a != null && !a.isNullAt(2)) {
        perYear.merge(Integer.toString(date(a).getYear()), 1L, Long::sum);
      }
    }
    Map<String, Long> answered = new TreeMap<>();
    for (Row r : answer(9)) answered.merge(r.get(0).toString(), r.getLong(2), Long::sum);
    assertEquals(perYear, answered);
  }

  // --- 11. the hits behind an entity's tone ----------------------------------------------------

  @Test
  void putinsToneHitsAddUpToHisEntitySentimentRowsOfTheMonth() {
    double net = 0;
    long hits = 0;
    for (Row r :
        warehouse
            .read(ArticleEntitySentimentRow.TABLE)
            .filter(
                "entity = 'Wladimir Putin' AND lexicon = 'zeitgeist-polarity-de' "
                    + "AND published_date BETWEEN DATE'2018-07-01' AND DATE'2018-07-31'")
            .selectExpr("hits", "positive", "negative")
            .collectAsList()) {
      hits += r.getLong(0);
      net += r.getDouble(1) - r.getDouble(2);
    }
    List<Row> rows = answer(11);
    assertEquals(hits, rows.size());
    double sum = 0;
    for (Row r : rows) sum += ((Number) r.getAs("score")).doubleValue();
    assertEquals(net, sum, 0.005 * rows.size(), "scores rounded to 2 places");
    assertTrue(
        rows.stream()
            .allMatch(r -> r.<String>getAs("sentence_text").contains(r.<String>getAs("word"))),
        "each word stands in its sentence");
  }

  // --- 10. rejects -----------------------------------------------------------------------------

  @Test
  void rejectsPerReasonAreTheHandWrittenExpectedRejects() {
    Map<String, long[]> byReason = new TreeMap<>();
    Map<String, Set<String>> files = new HashMap<>();
    for (String line :
        RunFixtures.tsvRows(
            TestSpark.projectDir().resolve("src/test/resources/sample-expected/rejects.tsv"))) {
      String[] f = line.split("\t");
      byReason.computeIfAbsent(f[2], k -> new long[1])[0]++;
      files.computeIfAbsent(f[2], k -> new HashSet<>()).add(f[0]);
    }
    List<String> expected = new ArrayList<>();
    byReason.forEach(
        (reason, n) -> expected.add(reason + "\t" + n[0] + "\t" + files.get(reason).size()));
    List<String> actual = new ArrayList<>();
    for (Row r : answer(10)) {
      actual.add(r.getString(0) + "\t" + r.getLong(1) + "\t" + r.getLong(2));
      assertTrue(r.getString(3).contains("data/sample/"), "example: " + r.getString(3));
    }
    assertEquals(new TreeSet<>(expected), new TreeSet<>(actual));
  }

  // --- 12. stories about Wladimir Putin per month ----------------------------------------------

  @Test
  void putinsStoriesPerMonthAreRecountedFromArticlesAndTheirEntities() {
    Map<String, String> storyOf = new HashMap<>();
    Map<String, List<String>> sources = new HashMap<>();
    Map<String, Row> byId = new HashMap<>();
    for (Row a :
        warehouse
            .read(ArticleRow.TABLE)
            .selectExpr("article_id", "story_id", "source")
            .collectAsList()) {
      storyOf.put(a.getString(0), a.getString(1));
      sources.computeIfAbsent(a.getString(1), k -> new ArrayList<>()).add(a.getString(2));
    }
    for (Row a : articles) byId.put(a.getString(0), a);
    Set<String> putinStories = new TreeSet<>();
    for (Row r :
        warehouse
            .read(ArticleEntityRow.TABLE)
            .filter("entity = 'Wladimir Putin' AND type = 'PER'")
            .select("article_id")
            .collectAsList()) {
      putinStories.add(storyOf.get(r.getString(0)));
    }
    Map<String, Long> perMonth = new HashMap<>();
    Map<String, String> monthOf = new HashMap<>();
    for (String story : putinStories) {
      Row head = byId.get(story);
      String month = analysed(head) ? month(head) : null; // a story counts in its head's month
      if (month == null) continue;
      monthOf.put(story, month + "-01");
      perMonth.merge(month + "-01", 1L, Long::sum);
    }
    Set<String> expected = new TreeSet<>();
    monthOf.forEach(
        (story, month) ->
            expected.add(
                month
                    + "\t"
                    + story
                    + "\t"
                    + sources.get(story).size()
                    + "\t"
                    + sources.get(story).stream()
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .count()
                    + "\t"
                    + perMonth.get(month)));
    Set<String> actual = new TreeSet<>();
    for (Row r : answer(12)) {
      actual.add(
          r.get(0)
              + "\t"
              + r.getString(1)
              + "\t"
              + r.getLong(3)
              + "\t"
              + r.getLong(4)
              + "\t"
              + r.getLong(6));
    }
    assertEquals(expected, actual);
    assertTrue(actual.size() >= 3, "the sample has several Putin stories: " + actual);
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** Analysed articles (German, not a duplicate) by id, written out without the view. */
  private static Map<String, Row> analysedById() {
    Map<String, Row> out = new HashMap<>();
    for (Row a : articles) {
      if (analysed(a)) out.put(a.getString(0), a);
    }
    return out;
  }

  private static boolean analysed(Row a) {
    return "de".equals(a.getString(7)) && a.isNullAt(6);
  }

  /** The article row's {@code published_date}. */
  private static LocalDate date(Row a) {
    return ((java.sql.Date) a.get(2)).toLocalDate();
  }

  /** {@code yyyy-MM} of an article dated to the day or month, else null. */
  private static String month(Row a) {
    String precision = a.getString(3);
    if (precision == null || precision.equals("year")) return null;
    return date(a).toString().substring(0, 7);
  }

  /**
   * An expected number that the query rounds to {@code scale} decimals: it matches an answer within
   * half a unit of that decimal (plus a hair), so the exact recount is compared with the rounded
   * answer and a sum taken in another order cannot fail on the last bit.
   */
  private static String approx(double d, int scale) {
    return APPROX + d + "@" + scale;
  }

  private static final String APPROX = "~";

  /** Compares rows as tab-joined cells; an {@link #approx} cell numerically. */
  private static void assertRows(List<String> expected, List<Row> actual) {
    assertMatches(new ArrayList<>(new TreeSet<>(expected)), sorted(actual));
  }

  private static void assertRowsInOrder(List<String> expected, List<Row> actual) {
    assertMatches(expected, actual.stream().map(DocumentedQuestionsTest::cells).toList());
  }

  private static List<String> sorted(List<Row> rows) {
    return new ArrayList<>(
        new TreeSet<>(rows.stream().map(DocumentedQuestionsTest::cells).toList()));
  }

  private static String cells(Row r) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < r.length(); i++) out.add(r.isNullAt(i) ? "" : String.valueOf(r.get(i)));
    return String.join("\t", out);
  }

  private static void assertMatches(List<String> expected, List<String> actual) {
    String message =
        "expected\n"
            + String.join("\n", expected)
            + "\nbut the documented query gave\n"
            + String.join("\n", actual);
    assertEquals(expected.size(), actual.size(), message);
    for (int i = 0; i < expected.size(); i++) {
      String[] e = expected.get(i).split("\t", -1);
      String[] a = actual.get(i).split("\t", -1);
      assertEquals(e.length, a.length, message);
      for (int j = 0; j < e.length; j++) {
        String where = "row " + i + ", column " + j + ": " + message;
        if (e[j].startsWith(APPROX)) {
          String[] valueScale = e[j].substring(APPROX.length()).split("@");
          double tolerance = 0.5 * Math.pow(10, -Integer.parseInt(valueScale[1])) + 1e-9;
          assertEquals(
              Double.parseDouble(valueScale[0]), Double.parseDouble(a[j]), tolerance, where);
        } else {
          assertEquals(e[j], a[j], where);
        }
      }
    }
  }
}
