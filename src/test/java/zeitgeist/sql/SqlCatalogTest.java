package zeitgeist.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zeitgeist.TestSpark;
import zeitgeist.job.SampleWarehouse;
import zeitgeist.tables.Warehouse;

/**
 * The lazy catalog: a statement gets the tables and views it names, with the ones those views read,
 * and nothing else; every view works when it alone is asked for (so the dependencies found in
 * {@code views.sql} are complete); and the answers equal those of the eagerly registered catalog.
 * Each test has a Spark session of its own, so temporary views do not leak between them.
 */
class SqlCatalogTest {
  static String warehouse;
  static SparkSession eager;

  @BeforeAll
  static void sample() {
    warehouse = SampleWarehouse.get().dir();
    eager = TestSpark.session().newSession();
    SqlCatalog.register(new Warehouse(eager, warehouse));
  }

  private static SqlCatalog fresh() {
    return new SqlCatalog(new Warehouse(TestSpark.session().newSession(), warehouse));
  }

  private static Set<String> views(SqlCatalog c) {
    Set<String> out = new TreeSet<>();
    for (Row r : c.warehouse().spark().sql("SHOW VIEWS").collectAsList()) {
      out.add(r.getString(r.fieldIndex("viewName")));
    }
    return out;
  }

  @Test
  void aQueryGetsWhatItNamesAndNothingElse() {
    SqlCatalog c = fresh();
    c.prepare("SELECT count(*) FROM articles");
    assertEquals(Set.of("articles"), views(c));

    // tone_hits reads lexicon_hits and articles (its sentence text)
    SqlCatalog t = fresh();
    t.prepare("SELECT * FROM Tone_Hits LIMIT 1");
    Set<String> got = views(t);
    assertTrue(got.containsAll(List.of("tone_hits", "lexicon_hits")), got.toString());
    assertFalse(got.contains("terms_by_date"), got.toString());
    assertFalse(got.contains("entity_pairs_by_date"), got.toString());
  }

  @Test
  void showRegistersEverything() {
    SqlCatalog c = fresh();
    c.prepare("SHOW VIEWS");
    assertEquals(new TreeSet<>(c.relationNames()), views(c));
  }

  @Test
  void everyViewWorksAskedForAloneAndCountsAsTheEagerCatalog() {
    for (String view : SqlCatalog.viewNames()) {
      SqlCatalog c = fresh();
      String sql = "SELECT count(*) FROM " + view;
      c.prepare(sql);
      long lazy = c.warehouse().spark().sql(sql).first().getLong(0);
      assertEquals(eager.sql(sql).first().getLong(0), lazy, view);
    }
  }

  @Test
  void aNameInAStringRegistersATableNeedlesslyButChangesNoAnswer() {
    SqlCatalog c = fresh();
    c.prepare("SELECT 'runs' AS word");
    assertTrue(views(c).contains("runs"), "over-approximated, as documented");
    assertEquals("runs", c.warehouse().spark().sql("SELECT 'runs' AS word").first().getString(0));
  }
}
