package zeitgeist.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;

/**
 * One row of every table, with a different value in every column, written through the one write
 * path and read back: each value lands in its own column. Typed Datasets keep the column order of
 * the plan they come from (a bean encoder orders by name, a {@code select} by its list), so a write
 * or a union by position could swap two columns of the same type without any error.
 */
class TableRoundTripTest {
  @TempDir Path dir;

  @Test
  void everyValueOfEveryTableLandsInItsOwnColumn() throws Exception {
    SparkSession spark = TestSpark.session();
    Warehouse wh = new Warehouse(spark, dir.toString());
    Map<TableSpec<?>, Object> written = new HashMap<>();
    TableTransaction tx = wh.begin("roundtrip");
    int next = 1;
    for (TableSpec<?> t : Warehouse.TABLES) {
      Object row = distinctValues(t, next);
      next += t.columns().size();
      written.put(t, row);
      if (t != RunRow.TABLE) {
        assertEquals(1, appendInReverseOrder(tx, t, row), t.name());
      }
    }
    tx.commit((RunRow) written.get(RunRow.TABLE)); // its status is no run status: kept as is

    for (TableSpec<?> t : Warehouse.TABLES) {
      Dataset<Row> stored = spark.read().format("delta").load(wh.tablePath(t).toString());
      List<Row> rows = stored.collectAsList();
      assertEquals(1, rows.size(), t.name());
      Row back = rows.get(0);
      Object row = written.get(t);
      for (String c : t.columns()) {
        Object expected = comparable(property(t, c).getReadMethod().invoke(row));
        assertEquals(expected, javaValue(back, back.fieldIndex(c)), t.name() + "." + c);
      }
      Object typed = t.fromStored(stored).collectAsList().get(0);
      for (String c : t.columns()) {
        var getter = property(t, c).getReadMethod();
        assertEquals(
            comparable(getter.invoke(row)),
            comparable(getter.invoke(typed)),
            t.name() + "." + c + " typed");
      }
    }
  }

  /**
   * Regression: rejects were combined with a positional {@code union}, which swapped {@code run_id}
   * and {@code detail}. Datasets of table rows are combined by name ({@code unionByName}); this
   * keeps a positional union out of the job's code.
   */
  @Test
  void theJobCombinesDatasetsByNameOnly() throws IOException {
    Path main = TestSpark.projectDir().resolve("src/main/java");
    assertTrue(Files.isDirectory(main), main.toString());
    List<String> positional = new ArrayList<>();
    try (var files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).matches(".*\\.(union|unionAll)\\(.*")) {
            positional.add(main.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertEquals(List.of(), positional, "use unionByName");
  }

  /** Stages {@code row} from a Dataset whose columns are in reverse bean order. */
  @SuppressWarnings("unchecked")
  private static <T> long appendInReverseOrder(TableTransaction tx, TableSpec<T> t, Object row) {
    Dataset<Row> beans = TestSpark.session().createDataset(List.of((T) row), t.encoder()).toDF();
    List<String> names = new ArrayList<>(List.of(beans.columns()));
    java.util.Collections.reverse(names);
    Dataset<T> reversed =
        beans.select(names.stream().map(beans::col).toArray(Column[]::new)).as(t.encoder());
    return tx.append(t, reversed);
  }

  /** A row of {@code t} whose columns hold values no other column of any table holds. */
  private static Object distinctValues(TableSpec<?> t, int first) throws Exception {
    Object row = t.rowClass().getDeclaredConstructor().newInstance();
    int k = first;
    for (String c : t.columns()) {
      PropertyDescriptor p = property(t, c);
      Class<?> type = p.getPropertyType();
      Object v;
      if (type == String.class) {
        v = c + "-" + k;
      } else if (type == int.class || type == Integer.class) {
        v = k;
      } else if (type == long.class || type == Long.class) {
        v = 1_000_000L + k;
      } else if (type == double.class || type == Double.class) {
        v = k + 0.25;
      } else if (type == boolean.class || type == Boolean.class) {
        v = true; // one boolean column: true differs from the bean's default
      } else if (type == LocalDate.class) {
        v = LocalDate.of(2000, 1, 1).plusDays(k);
      } else if (type == Timestamp.class) {
        v = Timestamp.from(java.time.Instant.parse("2001-01-01T00:00:00Z").plusSeconds(k));
      } else if (type == List.class) {
        v = List.of(c + "-" + k, c + "-" + (k + 1000));
      } else if (type == int[].class) {
        v = new int[] {k, k + 1000};
      } else if (type == Map.class) {
        v = Map.of(c + "-" + k, 1_000_000L + k, c + "-" + (k + 1000), 2_000_000L + k);
      } else {
        throw new AssertionError("no test value for " + t.name() + "." + c + " of " + type);
      }
      p.getWriteMethod().invoke(row, v);
      k++;
    }
    return row;
  }

  private static PropertyDescriptor property(TableSpec<?> t, String column)
      throws IntrospectionException {
    String name = TableSpec.camel(column);
    for (PropertyDescriptor p : Introspector.getBeanInfo(t.rowClass()).getPropertyDescriptors()) {
      if (p.getName().equalsIgnoreCase(name)) { // getNChars is property NChars
        return p;
      }
    }
    return fail("no bean property " + name + " for " + t.name() + "." + column);
  }

  /** A read-back value as the bean holds it: dates as {@code LocalDate}, arrays as lists. */
  /** An int array as a list (arrays compare by identity). */
  private static Object comparable(Object v) {
    return v instanceof int[] a ? java.util.Arrays.stream(a).boxed().toList() : v;
  }

  private static Object javaValue(Row row, int i) {
    Object v = row.get(i);
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof scala.collection.Seq<?>) {
      return row.getList(i);
    }
    if (v instanceof scala.collection.Map<?, ?>) {
      return new HashMap<>(row.getJavaMap(i));
    }
    if (v instanceof java.math.BigDecimal d) {
      return d.doubleValue(); // an exact sum stored as DECIMAL, a double in its row class
    }
    return v;
  }
}
