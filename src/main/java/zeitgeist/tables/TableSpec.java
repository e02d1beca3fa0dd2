package zeitgeist.tables;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * A warehouse table: its folder name, its typed row class, its column order and its partition
 * columns. Row classes are Java beans with camelCase properties; the table's columns are the same
 * names in snake_case ({@code articleId} → {@code article_id}), in the order given here.
 *
 * @param <T> the row class
 */
public final class TableSpec<T> {
  private final String name;
  private final Class<T> rowClass;
  private final List<String> columns;
  private final Map<String, Function<Dataset<Row>, Column>> partitions;

  private TableSpec(
      String name,
      Class<T> rowClass,
      List<String> columns,
      Map<String, Function<Dataset<Row>, Column>> partitions) {
    this.name = name;
    this.rowClass = rowClass;
    this.columns = List.copyOf(columns);
    this.partitions = partitions;
  }

  /** A table named {@code name} whose columns are {@code columns} (snake_case), in this order. */
  public static <T> TableSpec<T> of(String name, Class<T> rowClass, String... columns) {
    return new TableSpec<>(name, rowClass, List.of(columns), new LinkedHashMap<>());
  }

  /** Adds a partition column computed from the row columns (e.g. the year of a date). */
  public TableSpec<T> partitionedBy(String column, Function<Dataset<Row>, Column> expression) {
    Map<String, Function<Dataset<Row>, Column>> p = new LinkedHashMap<>(partitions);
    p.put(column, expression);
    return new TableSpec<>(name, rowClass, columns, p);
  }

  public String name() {
    return name;
  }

  public Class<T> rowClass() {
    return rowClass;
  }

  public List<String> columns() {
    return columns;
  }

  public List<String> partitionColumns() {
    return List.copyOf(partitions.keySet());
  }

  public Encoder<T> encoder() {
    return Encoders.bean(rowClass);
  }

  /** The schema of the stored table: columns in order, then partition columns. */
  public StructType schema(org.apache.spark.sql.SparkSession spark) {
    Dataset<Row> empty = spark.createDataset(List.of(), encoder()).toDF();
    return toStored(empty).schema();
  }

  /** Renames bean properties to columns, orders them, and adds the partition columns. */
  public Dataset<Row> toStored(Dataset<Row> beans) {
    List<Column> cols = new ArrayList<>();
    for (String c : columns) {
      cols.add(col(camel(c)).as(c));
    }
    return withPartitions(beans.select(cols.toArray(Column[]::new)));
  }

  /** Adds the partition columns to rows that have the table's columns. */
  public Dataset<Row> withPartitions(Dataset<Row> ordered) {
    for (Map.Entry<String, Function<Dataset<Row>, Column>> p : partitions.entrySet()) {
      ordered = ordered.withColumn(p.getKey(), p.getValue().apply(ordered));
    }
    return ordered;
  }

  /** Reads stored rows back as typed rows (partition columns dropped). */
  public Dataset<T> fromStored(Dataset<Row> stored) {
    List<Column> cols = new ArrayList<>();
    for (String c : columns) {
      cols.add(col(c).as(camel(c)));
    }
    return stored.select(cols.toArray(Column[]::new)).as(encoder());
  }

  static String camel(String snake) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char ch : snake.toCharArray()) {
      if (ch == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return sb.toString();
  }
}
