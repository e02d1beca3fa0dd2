package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zeitgeist.job.RunFixtures.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.Warehouse;

/**
 * Every table exists with its schema after the first run, rows or not, so that readers other than
 * {@code zeitgeist sql} ({@code spark.read.parquet}, a metastore table, DuckDB) get zero rows
 * instead of "path does not exist"; and a later run that adds rows to such a table works.
 */
class EmptyTablesRunTest {
  @TempDir Path tmp;

  private static final String MERKEL =
      "Angela Merkel hat in Berlin mit Emmanuel Macron über "
          + "den Haushalt der Europäischen Union gesprochen. Die Opposition kritisierte die Pläne.";
  private static final String FIRE =
      "Die Feuerwehr wurde zu einem Brand in der Altstadt von "
          + "Hamburg gerufen. Angela Merkel dankte den Helfern in Berlin.";

  /**
   * The tables a {@code --ner none} run without a category lexicon, without rejects and without
   * near-copies leaves empty.
   */
  private static final Set<String> EMPTY_WITHOUT_NER =
      Set.of(
          "article_entities",
          "entity_mentions",
          "article_entity_sentiment",
          "entities_by_date",
          "entity_pairs_by_date",
          "article_lexicon_categories",
          "rejects",
          "near_copies");

  @Test
  void everyTableIsReadableByDeltaReadersAfterTheFirstRunAndGainsRowsLater() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("news.jsonl"),
        "{\"id\":\"m\",\"date\":\"2021-03-12\",\"text\":\""
            + MERKEL
            + "\"}\n"
            + "{\"id\":\"f\",\"date\":\"2022-05-03\",\"text\":\""
            + FIRE
            + "\"}\n");
    String wh = tmp.resolve("wh").toString();
    RunFixtures.Result first =
        cli("run", "--ner", "none", "--input", in.toString(), "--warehouse", wh);
    assertEquals(0, first.exitCode(), first.err());

    for (TableSpec<?> t : Warehouse.TABLES) {
      Dataset<Row> read = readAsDelta(wh, t);
      assertEquals(columns(t.schema(TestSpark.session())), columns(read.schema()), t.name());
      long rows = read.count();
      if (EMPTY_WITHOUT_NER.contains(t.name())) {
        assertEquals(0, rows, t.name());
      } else {
        assertTrue(rows > 0, t.name() + " has rows");
      }
    }

    Files.write(in.resolve("empty.txt"), new byte[0]);
    // a wire copy of the first article, a day later: a near-copy pair
    Files.writeString(
        in.resolve("copy.jsonl"),
        "{\"id\":\"m2\",\"date\":\"2021-03-13\",\"text\":\"Berlin (dpa) - " + MERKEL + "\"}\n");
    RunFixtures.Result second =
        cli("run", "--ner", "gazetteer", "--rebuild", "--input", in.toString(), "--warehouse", wh);
    assertEquals(0, second.exitCode(), second.err());
    Warehouse w = new Warehouse(TestSpark.session(), wh);
    for (TableSpec<?> t : Warehouse.TABLES) {
      Dataset<Row> read = readAsDelta(wh, t);
      assertEquals(columns(t.schema(TestSpark.session())), columns(read.schema()), t.name());
      assertEquals(w.read(t).count(), read.count(), t.name());
      if (!t.name().equals("article_lexicon_categories")) {
        assertTrue(read.count() > 0, t.name() + " has rows after the second run");
      }
    }
  }

  /** How any Spark user reads a table: by its folder, as a Delta table. */
  private static Dataset<Row> readAsDelta(String warehouse, TableSpec<?> table) {
    return TestSpark.session()
        .read()
        .format("delta")
        .load(Path.of(warehouse, table.name()).toString());
  }

  /** Column names and types, in order (Parquet readers make every column nullable). */
  private static List<String> columns(StructType schema) {
    return java.util.Arrays.stream(schema.fields())
        .map(f -> f.name() + " " + f.dataType().simpleString())
        .toList();
  }
}
