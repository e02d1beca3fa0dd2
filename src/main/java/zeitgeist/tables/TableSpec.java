package zeitgeist.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.year;

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
  private final Map<String, String> storedTypes;
  private final List<String> sums;
  private final List<String> fileOrder;
  private final List<String> statsColumns;

  private TableSpec(
      String name,
      Class<T> rowClass,
      List<String> columns,
      Map<String, Function<Dataset<Row>, Column>> partitions,
      Map<String, String> storedTypes,
      List<String> sums,
      List<String> fileOrder,
      List<String> statsColumns) {
    this.name = name;
    this.rowClass = rowClass;
    this.columns = List.copyOf(columns);
    this.partitions = partitions;
    this.storedTypes = storedTypes;
    this.sums = List.copyOf(sums);
    this.fileOrder = List.copyOf(fileOrder);
    this.statsColumns = List.copyOf(statsColumns);
  }

  /** A table named {@code name} whose columns are {@code columns} (snake_case), in this order. */
  public static <T> TableSpec<T> of(String name, Class<T> rowClass, String... columns) {
    return new TableSpec<>(
        name,
        rowClass,
        List.of(columns),
        new LinkedHashMap<>(),
        Map.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /** Adds a partition column computed from the row columns (e.g. the year of a date). */
  public TableSpec<T> partitionedBy(String column, Function<Dataset<Row>, Column> expression) {
    Map<String, Function<Dataset<Row>, Column>> p = new LinkedHashMap<>(partitions);
    p.put(column, expression);
    return new TableSpec<>(name, rowClass, columns, p, storedTypes, sums, fileOrder, statsColumns);
  }

  /**
   * Stores {@code column} as the SQL type {@code sqlType} (e.g. an exact {@code DECIMAL}) rather
   * than its bean property's type; typed reads convert it back.
   */
  public TableSpec<T> storedAs(String column, String sqlType) {
    Map<String, String> t = new LinkedHashMap<>(storedTypes);
    t.put(column, sqlType);
    return new TableSpec<>(
        name, rowClass, columns, partitions, Map.copyOf(t), sums, fileOrder, statsColumns);
  }

  /**
   * Marks the table as one of sums: {@code sumColumns} are added up per key, every other column but
   * {@code run_id} is the key (see {@link TableTransaction#mergeSums}).
   */
  public TableSpec<T> summing(String... sumColumns) {
    return new TableSpec<>(
        name,
        rowClass,
        columns,
        partitions,
        storedTypes,
        List.of(sumColumns),
        fileOrder,
        statsColumns);
  }

  /**
   * Writes of whole tables ({@link #partitionedForFiles}) sort rows by {@code columns} across
   * files, so each file holds a narrow range of them and Delta's per-file statistics let a query or
   * a merge on a range skip most files.
   */
  public TableSpec<T> filesOrderedBy(String... columns) {
    return new TableSpec<>(
        name,
        rowClass,
        this.columns,
        partitions,
        storedTypes,
        sums,
        List.of(columns),
        statsColumns);
  }

  /**
   * Delta collects per-file statistics (minimum, maximum, nulls) only for {@code columns}, not for
   * every column: statistics serve file skipping, which needs a column the files are laid out by,
   * and collecting them costs the write a copy and comparison per row and string column (a fifth of
   * the write's CPU in a profile of {@code article_terms}, four string columns). Set as the table
   * property {@code delta.dataSkippingStatsColumns} when the table is created.
   */
  public TableSpec<T> statisticsOn(String... columns) {
    return new TableSpec<>(
        name, rowClass, this.columns, partitions, storedTypes, sums, fileOrder, List.of(columns));
  }

  /**
   * A per-article table: partitioned by the {@code year} of {@code published_date}, with file
   * statistics on {@code article_id} and {@code published_date} only ({@link #statisticsOn}).
   */
  public TableSpec<T> partitionedByYear() {
    return partitionedBy("year", df -> year(col("published_date")))
        .statisticsOn("article_id", "published_date");
  }

  /** The columns Delta keeps file statistics for; empty: Delta's default (the first 32). */
  public List<String> statisticsColumns() {
    return statsColumns;
  }

  /**
   * Rows range-partitioned by the file order ({@link #filesOrderedBy}), for writing whole files of
   * a table of sums (every per-date table has one, {@link DatePeriods}); then {@link
   * #sortedInFiles}.
   *
   * @throws IllegalStateException for a table without a file order
   */
  public Dataset<Row> partitionedForFiles(Dataset<Row> rows) {
    if (fileOrder.isEmpty()) {
      throw new IllegalStateException(name + " has no file order to lay whole files out by");
    }
    return rows.repartitionByRange(fileOrder.stream().map(rows::col).toArray(Column[]::new));
  }

  /** Rows sorted by the file order within each partition (as they are without one). */
  public Dataset<Row> sortedInFiles(Dataset<Row> rows) {
    return fileOrder.isEmpty()
        ? rows
        : rows.sortWithinPartitions(fileOrder.stream().map(rows::col).toArray(Column[]::new));
  }

  /** The sum columns of a table of sums; empty for other tables. */
  public List<String> sums() {
    return sums;
  }

  /** The key columns of a table of sums: every column but the sums and {@code run_id}. */
  public List<String> keys() {
    return columns.stream().filter(c -> !sums.contains(c) && !c.equals("run_id")).toList();
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
      cols.add(stored(c, col(camel(c))));
    }
    return withPartitions(beans.select(cols.toArray(Column[]::new)));
  }

  /**
   * Rows with the table's columns (snake_case, any order, numbers of any width) in stored form:
   * ordered, cast to the stored types, partition columns added.
   */
  public Dataset<Row> conform(Dataset<Row> rows) {
    StructType bean = encoder().schema();
    List<Column> cols = new ArrayList<>();
    for (String c : columns) {
      Column value =
          storedTypes.containsKey(c) ? col(c) : col(c).cast(bean.apply(camel(c)).dataType());
      cols.add(stored(c, value));
    }
    return withPartitions(rows.select(cols.toArray(Column[]::new)));
  }

  private Column stored(String column, Column value) {
    String type = storedTypes.get(column);
    return (type == null ? value : value.cast(type)).as(column);
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
    StructType bean = encoder().schema();
    List<Column> cols = new ArrayList<>();
    for (String c : columns) {
      Column value =
          storedTypes.containsKey(c) ? col(c).cast(bean.apply(camel(c)).dataType()) : col(c);
      cols.add(value.as(camel(c)));
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
