package zeitgeist.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.job.RunFixtures;
import zeitgeist.job.SampleWarehouse;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.Warehouse;

/**
 * The DDL of {@code zeitgeist ddl} run against a persistent catalog: the test JVM's shared
 * SparkContext with Spark's in-memory catalog (no Hive). The script runs in its own session (so the
 * temporary views other tests register cannot shadow its tables), as printed by the command,
 * statement by statement. Then every table and derived view queried as {@code db.name} must give
 * what {@code zeitgeist sql}'s temporary views give over the same warehouse (the sample corpus).
 * The database is dropped at the end; the warehouse files must survive that.
 */
class MetastoreDdlTest {
  private static final String DB = "zeitgeist_ddl_test";

  @TempDir static Path databaseDir;
  static String warehouseDir;
  static String script;
  static SparkSession metastore;
  static SparkSession tempViews;

  @BeforeAll
  static void registerTheSampleWarehouse() {
    warehouseDir = SampleWarehouse.get().dir();
    RunFixtures.Result ddl = RunFixtures.cli("ddl", "--warehouse", warehouseDir, "--database", DB);
    assertEquals(0, ddl.exitCode(), ddl.err());
    script = ddl.out();
    metastore = TestSpark.session().newSession();
    // Created first with a location of its own, so the catalog writes nothing into the project.
    metastore.sql("CREATE DATABASE " + DB + " LOCATION '" + databaseDir.toUri() + "'");
    runScript(metastore, script);
    metastore.sql("USE default");
    tempViews = TestSpark.session().newSession();
    SqlCatalog.register(new Warehouse(tempViews, warehouseDir));
  }

  @AfterAll
  static void dropTheDatabase() {
    if (metastore == null) return;
    metastore.sql("DROP DATABASE IF EXISTS " + DB + " CASCADE");
    assertFalse(metastore.catalog().databaseExists(DB));
    assertTrue(
        parquetFiles(Path.of(warehouseDir, "articles")) > 0,
        "the tables are external: dropping them leaves the warehouse files");
  }

  private static void runScript(SparkSession spark, String sql) {
    for (SqlScript.Statement s : SqlScript.split(sql)) {
      spark.sql(s.sql());
    }
  }

  @Test
  void everyTableCountsTheSameRowsAsTheSqlCommand(@TempDir Path dir) throws IOException {
    // The counts through the sql command itself: one --file with a statement per table.
    Path queries = dir.resolve("counts.sql");
    StringBuilder sql = new StringBuilder();
    for (TableSpec<?> t : Warehouse.TABLES) {
      sql.append("SELECT '")
          .append(t.name())
          .append("' AS t, count(*) AS n FROM ")
          .append(t.name())
          .append(";\n");
    }
    Files.writeString(queries, sql);
    RunFixtures.Result counts =
        RunFixtures.cli(
            "sql", "--warehouse", warehouseDir, "--format", "json", "--file", queries.toString());
    assertEquals(0, counts.exitCode(), counts.err());
    Map<String, Long> expected = new TreeMap<>();
    Matcher m = Pattern.compile("\\{\"t\":\"(\\w+)\",\"n\":(\\d+)}\n").matcher(counts.out());
    while (m.find()) expected.put(m.group(1), Long.parseLong(m.group(2)));
    assertEquals(Warehouse.TABLES.size(), expected.size(), counts.out());
    assertTrue(expected.get("articles") > 0 && expected.get("terms_by_date") > 0, counts.out());

    Map<String, Long> actual = new TreeMap<>();
    for (TableSpec<?> t : Warehouse.TABLES) {
      actual.put(t.name(), metastore.table(DB + "." + t.name()).count());
    }
    assertEquals(expected, actual);
  }

  @Test
  void everyTableHasTheStoredSchemaWithPartitionColumnsLast() {
    for (TableSpec<?> t : Warehouse.TABLES) {
      List<String> expected = new ArrayList<>();
      for (StructField f : t.schema(metastore).fields()) {
        expected.add(f.name() + " " + f.dataType().sql());
      }
      List<String> actual = new ArrayList<>();
      for (StructField f : metastore.table(DB + "." + t.name()).schema().fields()) {
        actual.add(f.name() + " " + f.dataType().sql());
      }
      assertEquals(expected, actual, t.name());
    }
  }

  @Test
  void partitionedTablesKeepTheirPartitionColumnsAndTheNullPartition() {
    for (TableSpec<?> t : Warehouse.TABLES) {
      Row detail = metastore.sql("DESCRIBE DETAIL " + DB + "." + t.name()).first();
      assertEquals("delta", detail.getAs("format"), t.name());
      assertEquals(
          t.partitionColumns(), detail.getList(detail.fieldIndex("partitionColumns")), t.name());
    }
    assertEquals(
        tempViews.sql("SELECT count(*) FROM articles WHERE year IS NULL").first().getLong(0),
        metastore
            .sql("SELECT count(*) FROM " + DB + ".articles WHERE year IS NULL")
            .first()
            .getLong(0),
        "undated articles are in the null partition, for the metastore too");
  }

  @Test
  void everyDerivedViewGivesTheRowsOfItsTemporaryView() {
    List<String> names = viewNames();
    assertEquals(SqlCatalog.viewStatements().size(), names.size());
    assertTrue(names.containsAll(List.of("term_frequency", "tone_by_date", "entity_partners")));
    for (String view : names) {
      List<String> expected = rows(tempViews.table(view));
      List<String> actual = rows(metastore.table(DB + "." + view));
      assertFalse(expected.isEmpty(), view + " has rows on the sample");
      assertEquals(expected, actual, view);
    }
  }

  @Test
  void theScriptCanRunAgain() {
    long terms = metastore.table(DB + ".article_terms").count();
    runScript(metastore, script);
    metastore.sql("USE default");
    assertEquals(terms, metastore.table(DB + ".article_terms").count());
    assertEquals(
        rows(tempViews.table("tone_by_date")), rows(metastore.table(DB + ".tone_by_date")));
  }

  @Test
  void theScriptIsMadeFromTheTableSpecsAndViewsSql() {
    List<SqlScript.Statement> statements = SqlScript.split(script);
    assertEquals("CREATE DATABASE IF NOT EXISTS " + DB, statements.get(0).sql());
    assertEquals("USE " + DB, statements.get(1).sql());
    String articles = statements.get(2).sql();
    assertEquals(
        "CREATE TABLE IF NOT EXISTS "
            + DB
            + ".articles\nUSING DELTA\nLOCATION '"
            + new Warehouse(metastore, warehouseDir).root()
            + "/articles'",
        articles);
    assertFalse(script.contains("MSCK"), "Delta tables never need repairing");
    assertFalse(script.contains("TEMPORARY"), "every view is a persistent view");
    // views.sql's order: a view comes after the views it uses.
    List<String> names = viewNames();
    assertTrue(names.indexOf("analysed_articles") < names.indexOf("term_frequency"));
    assertTrue(names.indexOf("term_frequency") < names.indexOf("article_term_tfidf"));
  }

  @Test
  void aBadDatabaseNameIsOneErrorLine() {
    RunFixtures.Result r =
        RunFixtures.cli("ddl", "--warehouse", warehouseDir, "--database", "x; DROP");
    assertEquals(2, r.exitCode());
    assertEquals(
        "zeitgeist ddl: error: --database: database name must be letters, digits and _,"
            + " not starting with a digit, got 'x; DROP'",
        r.err().strip());
  }

  /** The names of the views in the script, in its order. */
  private static List<String> viewNames() {
    List<String> names = new ArrayList<>();
    String prefix = "CREATE OR REPLACE VIEW " + DB + ".";
    for (SqlScript.Statement s : SqlScript.split(script)) {
      if (s.sql().startsWith(prefix)) {
        names.add(s.sql().substring(prefix.length(), s.sql().indexOf(" AS\n")));
      }
    }
    return names;
  }

  /** Rows as tab-joined cells, doubles to 9 decimals (sums may add up in another order), sorted. */
  private static List<String> rows(Dataset<Row> df) {
    List<String> out = new ArrayList<>();
    for (Row r : df.collectAsList()) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < r.length(); i++) {
        Object v = r.isNullAt(i) ? null : r.get(i);
        cells.add(v == null ? "" : v instanceof Double d ? RunFixtures.num(d) : v.toString());
      }
      out.add(String.join("\t", cells));
    }
    out.sort(null);
    return out;
  }

  private static long parquetFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".parquet")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
