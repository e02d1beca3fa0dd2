package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zeitgeist.job.RunFixtures.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.sql.SqlCatalog;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.NearCopyRow;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.Warehouse;

/**
 * Near-copy stories over whole runs, on {@code src/test/resources/near-copies/} (its README says
 * what each article is): the pairs and their similarities against a brute-force count, the stories
 * against the hand-written expectation, and the same tables whatever order the articles arrive in,
 * with a correction that breaks a pair and mends it again.
 */
class NearCopyStoriesRunTest {
  private static final Path FIXTURE =
      TestSpark.projectDir().resolve("src/test/resources/near-copies");

  @TempDir Path tmp;

  private String run(Path in, String wh) {
    RunFixtures.Result r =
        cli("run", "--input", in.toString(), "--warehouse", wh, "--ner", "gazetteer");
    assertEquals(0, r.exitCode(), r.err());
    return wh;
  }

  private Path inputs(String name, String... files) throws IOException {
    Path in = tmp.resolve(name);
    Files.createDirectories(in);
    for (String f : files) {
      Files.copy(FIXTURE.resolve(f), in.resolve(f), StandardCopyOption.REPLACE_EXISTING);
    }
    return in;
  }

  private static final String[] ALL = {
    "a-kurier.jsonl", "b-echo.jsonl", "c-post.jsonl", "d-bote.jsonl", "e-kurier.jsonl"
  };

  @Test
  void oneRunFindsTheStoryAndItsPairsMeasureWhatABruteForceCountMeasures() throws IOException {
    String wh = run(inputs("in", ALL), tmp.resolve("wh").toString());
    Warehouse w = new Warehouse(TestSpark.session(), wh);

    Map<String, String> stories = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    Map<String, Double> similarity = new HashMap<>();
    for (Row r :
        w.read(ArticleRow.TABLE)
            .select("article_id", "story_id", "text", "story_similarity", "duplicate_of")
            .collectAsList()) {
      stories.put(r.getString(0), r.getString(1));
      texts.put(r.getString(0), r.getString(2));
      similarity.put(r.getString(0), r.getDouble(3));
    }
    // the exact duplicate pair: bahn-bote is the first copy (same date and outlet kind, smaller id)
    assertEquals(
        Map.of(
            "bahn-kurier",
            "bahn-kurier",
            "bahn-echo",
            "bahn-kurier",
            "bahn-post",
            "bahn-kurier",
            "bahn-bote",
            "bahn-kurier",
            "bahn-bilanz",
            "bahn-bilanz"),
        stories);

    // every pair of first copies, by brute force: the stored pairs are exactly those over the
    // rule, with the same Jaccard and containment
    List<String> firsts = List.of("bahn-kurier", "bahn-bote", "bahn-post", "bahn-bilanz");
    Set<String> expected = new TreeSet<>();
    for (int i = 0; i < firsts.size(); i++) {
      for (int j = i + 1; j < firsts.size(); j++) {
        String a = firsts.get(i).compareTo(firsts.get(j)) < 0 ? firsts.get(i) : firsts.get(j);
        String b = a.equals(firsts.get(i)) ? firsts.get(j) : firsts.get(i);
        Set<String> sa = shingles(texts.get(a));
        Set<String> sb = shingles(texts.get(b));
        Set<String> common = new HashSet<>(sa);
        common.retainAll(sb);
        double jaccard = (double) common.size() / (sa.size() + sb.size() - common.size());
        double containment = (double) common.size() / Math.min(sa.size(), sb.size());
        boolean rule =
            jaccard >= 0.5
                || containment >= 0.9
                    && Math.min(sa.size(), sb.size()) >= 20
                    && 2 * Math.min(sa.size(), sb.size()) >= Math.max(sa.size(), sb.size());
        if (rule) {
          expected.add(a + " " + b + " " + round(jaccard) + " " + round(containment));
        }
      }
    }
    Set<String> got = new TreeSet<>();
    for (Row r :
        w.read(NearCopyRow.TABLE)
            .select("article_id", "other_id", "jaccard", "containment")
            .collectAsList()) {
      got.add(
          r.getString(0)
              + " "
              + r.getString(1)
              + " "
              + round(r.getDouble(2))
              + " "
              + round(r.getDouble(3)));
    }
    assertEquals(expected, got);
    assertEquals(3, got.size(), "the head, the wire copy and the trimmed copy pair up: " + got);
    String headPair =
        got.stream().filter(s -> s.startsWith("bahn-bote bahn-kurier ")).findFirst().orElseThrow();
    assertEquals(round(similarity.get("bahn-bote")), headPair.split(" ")[2]);
    assertEquals(
        round(similarity.get("bahn-echo")),
        headPair.split(" ")[2],
        "a duplicate has its first copy's similarity");
    assertEquals(1.0, similarity.get("bahn-kurier"));
    storyViewsCountWhatABruteForceCountCounts(wh);
  }

  /** {@code stories} and {@code story_terms_by_date} against counts made here. */
  private static void storyViewsCountWhatABruteForceCountCounts(String wh) {
    SparkSession spark = TestSpark.session().newSession();
    Warehouse w = new Warehouse(spark, wh);
    SqlCatalog.register(w);
    assertEquals(
        Set.of(
            "bahn-kurier 4 2 1 4 [Alpenpost, Hanse-Kurier, Rheinischer Bote," + " Spree-Echo]",
            "bahn-bilanz 1 0 0 1 [Hanse-Kurier]"),
        new HashSet<>(
            spark
                .sql(
                    "SELECT story_id, publications, near_copies, exact_copies,"
                        + " outlets, sources FROM stories")
                .collectAsList()
                .stream()
                .map(
                    r ->
                        r.getString(0)
                            + " "
                            + r.getLong(1)
                            + " "
                            + r.getLong(2)
                            + " "
                            + r.getLong(3)
                            + " "
                            + r.getLong(4)
                            + " "
                            + r.getList(5))
                .toList()));

    Map<String, String> storyOf = new HashMap<>();
    for (Row r : w.read(ArticleRow.TABLE).select("article_id", "story_id").collectAsList()) {
      storyOf.put(r.getString(0), r.getString(1));
    }
    // both heads are dated in March 2024: every story counts in that month
    Map<String, Set<String>> stories = new HashMap<>();
    Map<String, long[]> sums = new HashMap<>();
    for (Row r :
        w.read(zeitgeist.tables.ArticleTermRow.TABLE)
            .select("article_id", "term", "n", "count")
            .collectAsList()) {
      String key = r.getString(1) + "|" + r.getInt(2);
      stories.computeIfAbsent(key, k -> new HashSet<>()).add(storyOf.get(r.getString(0)));
      long[] s = sums.computeIfAbsent(key, k -> new long[2]);
      s[0]++;
      s[1] += r.getInt(3);
    }
    Set<String> expected = new TreeSet<>();
    stories.forEach(
        (k, v) -> expected.add(k + " " + v.size() + " " + sums.get(k)[0] + " " + sums.get(k)[1]));
    Set<String> got = new TreeSet<>();
    for (Row r :
        spark
            .sql(
                "SELECT term, n, stories, publications, count FROM story_terms_by_date"
                    + " WHERE grain = 'month' AND period = DATE'2024-03-01'")
            .collectAsList()) {
      got.add(
          r.getString(0)
              + "|"
              + r.getInt(1)
              + " "
              + r.getLong(2)
              + " "
              + r.getLong(3)
              + " "
              + r.getLong(4));
    }
    assertEquals(expected, got);
    assertTrue(got.stream().anyMatch(g -> g.matches("gdl\\|1 2 .*")), "GDL in both stories");
  }

  /** Shingles by hand: lower-cased words and numbers, five in a row. */
  private static Set<String> shingles(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) words.add(w);
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 5 <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + 5)));
    }
    return out;
  }

  private static String round(double d) {
    return String.format(Locale.ROOT, "%.9f", d);
  }

  /**
   * The copies first, the head last (every stored story changes), then the head corrected into
   * another text (the story breaks apart) and back: the same rows as one run, in every table.
   */
  @Test
  void anyOrderOfArrivalAndACorrectionGiveTheTablesOfOneRun() throws IOException {
    String one = run(inputs("one", ALL), tmp.resolve("wh-one").toString());

    String wh = tmp.resolve("wh").toString();
    Path in = inputs("in", "c-post.jsonl", "e-kurier.jsonl");
    run(in, wh);
    inputs("in", "b-echo.jsonl", "d-bote.jsonl");
    run(in, wh);
    inputs("in", "a-kurier.jsonl");
    run(in, wh);
    assertSameTables(one, wh);

    Path head = in.resolve("a-kurier.jsonl");
    String original = Files.readString(head);
    Files.writeString(
        head,
        original.replaceAll(
            "\"text\": \"[^\"]*\"",
            "\"text\": \"Ein ganz anderer Text über das Wetter in Hamburg, wo es am Dienstag den"
                + " ganzen Tag geregnet hat und die Elbe über die Ufer zu treten drohte.\""));
    run(in, wh);
    Warehouse w = new Warehouse(TestSpark.session(), wh);
    assertEquals(
        "bahn-bote",
        w.read(ArticleRow.TABLE).filter("article_id = 'bahn-post'").first().getAs("story_id"),
        "without the head, the best-dated copy heads the story");
    Files.writeString(head, original);
    run(in, wh);
    assertSameTables(one, wh);
  }

  private static void assertSameTables(String whOne, String whTwo) {
    Warehouse a = new Warehouse(TestSpark.session(), whOne);
    Warehouse b = new Warehouse(TestSpark.session(), whTwo);
    for (TableSpec<?> t : Warehouse.TABLES) {
      if (t.name().equals("runs") || t.name().equals("input_files")) continue; // bookkeeping
      String[] cols =
          Arrays.stream(a.read(t).columns())
              .filter(c -> !List.of("run_id", "input_path").contains(c))
              .toArray(String[]::new);
      assertEquals(
          RunFixtures.rows(a.read(t).selectExpr(cols)),
          RunFixtures.rows(b.read(t).selectExpr(cols)),
          t.name());
    }
    assertTrue(a.read(NearCopyRow.TABLE).count() > 0);
  }
}
