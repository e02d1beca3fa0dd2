package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zeitgeist.analysis.ArticleAnalyzer;
import zeitgeist.config.AnalysisOptions;
import zeitgeist.tables.ArticleEntityRow;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.EntitiesByDateRow;
import zeitgeist.tables.EntityPairs;
import zeitgeist.tables.EntityPairsByDateRow;
import zeitgeist.tables.Warehouse;

/**
 * The entity tables of the sample run against independent computations: {@code article_entities}
 * against the pure-Java analyser run on the stored articles (the Spark layer must only move its
 * rows), and {@code entities_by_date} and {@code entity_pairs_by_date} against a brute-force
 * recount in plain Java, with the period rules and the pair cap written out again here.
 */
class EntityStatisticsTest {
  static Warehouse warehouse;
  static List<ArticleRow> analysed;

  @BeforeAll
  static void load() {
    warehouse = SampleWarehouse.get().warehouse();
    analysed = SampleWarehouse.get().analysedArticles();
  }

  @Test
  void articleEntitiesAreThePureJavaAnalysersRows() {
    ArticleAnalyzer analyzer = ArticleAnalyzer.forOptions(AnalysisOptions.DEFAULT);
    TreeSet<String> expected = new TreeSet<>();
    for (ArticleRow a : analysed) {
      for (ArticleEntityRow e :
          TableRows.analyzed(a, analyzer.analyse(a.getTitle(), a.getText())).getEntities()) {
        expected.add(
            String.join(
                "\t",
                e.getArticleId(),
                String.valueOf(e.getPublishedDate()),
                e.getEntity(),
                e.getType(),
                Integer.toString(e.getMentions()),
                String.join("|", e.getSurfaces()),
                String.valueOf(e.getFirstOffset()),
                Boolean.toString(e.getInTitle())));
      }
    }
    assertFalse(expected.isEmpty());
    assertEquals(
        expected,
        RunFixtures.rows(
            warehouse
                .read(ArticleEntityRow.TABLE)
                .selectExpr(
                    "article_id",
                    "coalesce(cast(published_date as string), 'null')",
                    "entity",
                    "type",
                    "mentions",
                    "array_join(surfaces, '|')",
                    "coalesce(cast(first_offset as string), 'null')",
                    "cast(in_title as string)")));
  }

  /**
   * One sample article's entities, counted by hand from {@code data/sample/txt/tagesschau/
   * helsinki-gipfel.txt} (title and body; the tagesschau footer is removed boilerplate; {@code
   * Syrien-Konflikt} is a compound, not a mention of Syrien; {@code Republikaner} maps to the
   * gazetteer's {@code Republikanische Partei}).
   */
  @Test
  void oneArticleAsCountedByHand() {
    java.nio.file.Path expected =
        zeitgeist.TestSpark.projectDir()
            .resolve("src/test/resources/sample-expected/entities-helsinki-gipfel.tsv");
    assertEquals(
        RunFixtures.tsvRows(expected),
        RunFixtures.rows(
            warehouse
                .read(ArticleEntityRow.TABLE)
                .filter("article_id = 'txt/tagesschau/helsinki-gipfel.txt'")
                .selectExpr(RunFixtures.tsvColumns(expected).split(", "))));
  }

  private record Entity(String article, String name, String type, int mentions) {}

  @Test
  void perDateTablesMatchABruteForceRecount() {
    Map<String, List<Entity>> byArticle = new HashMap<>();
    for (Row r :
        warehouse
            .read(ArticleEntityRow.TABLE)
            .select("article_id", "entity", "type", "mentions")
            .collectAsList()) {
      byArticle
          .computeIfAbsent(r.getString(0), k -> new ArrayList<>())
          .add(new Entity(r.getString(0), r.getString(1), r.getString(2), r.getInt(3)));
    }
    Map<String, long[]> entities = new HashMap<>();
    Map<String, long[]> pairs = new HashMap<>();
    for (ArticleRow a : analysed) {
      List<Entity> es = byArticle.getOrDefault(a.getArticleId(), List.of());
      List<Entity> capped =
          es.stream()
              .filter(e -> !e.type().equals("MISC"))
              .sorted(
                  Comparator.comparing(Entity::mentions)
                      .reversed()
                      .thenComparing(Entity::name)
                      .thenComparing(Entity::type))
              .limit(EntityPairs.MAX_ENTITIES_PER_ARTICLE)
              .toList();
      for (String period : RunFixtures.periods(a.getPublishedDate(), a.getDatePrecision())) {
        for (Entity e : es) {
          long[] c =
              entities.computeIfAbsent(
                  period + "\t" + e.name() + "\t" + e.type(), k -> new long[2]);
          c[0]++;
          c[1] += e.mentions();
        }
        for (Entity x : capped) {
          for (Entity y : capped) {
            String kx = x.name() + "\t" + x.type();
            String ky = y.name() + "\t" + y.type();
            if (x.name().compareTo(y.name()) < 0
                || (x.name().equals(y.name()) && x.type().compareTo(y.type()) < 0)) {
              pairs.computeIfAbsent(period + "\t" + kx + "\t" + ky, k -> new long[1])[0]++;
            }
          }
        }
      }
    }
    assertFalse(pairs.isEmpty());
    TreeSet<String> expectedEntities = new TreeSet<>();
    entities.forEach((k, v) -> expectedEntities.add(k + "\t" + v[0] + "\t" + v[1]));
    TreeSet<String> expectedPairs = new TreeSet<>();
    pairs.forEach((k, v) -> expectedPairs.add(k + "\t" + v[0]));
    assertEquals(
        expectedEntities,
        RunFixtures.rows(
            warehouse
                .read(EntitiesByDateRow.TABLE)
                .selectExpr(
                    "grain", "cast(period as string)", "entity", "type", "articles", "mentions")));
    assertEquals(
        expectedPairs,
        RunFixtures.rows(
            warehouse
                .read(EntityPairsByDateRow.TABLE)
                .selectExpr(
                    "grain",
                    "cast(period as string)",
                    "entity_a",
                    "type_a",
                    "entity_b",
                    "type_b",
                    "articles")));
  }
}
