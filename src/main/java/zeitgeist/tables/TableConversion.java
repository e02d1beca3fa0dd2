package zeitgeist.tables;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The table-by-table steps of {@code zeitgeist convert}, each one idempotent: a table already a
 * Delta table is left alone, so a conversion that died is finished by running it again.
 *
 * <ul>
 *   <li>{@link #inPlace}: a folder of the earlier release ({@link ReleasedLayout}) becomes a Delta
 *       table without copying data: Delta's {@code CONVERT TO DELTA} writes a log naming the
 *       Parquet files where they are, with the table's partition columns ({@code year INT}: {@code
 *       year=__HIVE_DEFAULT_PARTITION__} reads back as null). A folder without rows becomes an
 *       empty Delta table with today's schema.
 *   <li>{@link #addMissingColumns}: columns added since that release (e.g. {@code
 *       runs.table_versions}) are added by Delta schema evolution ({@code ALTER TABLE ADD
 *       COLUMNS}); the rows already stored read null there.
 *   <li>{@link #replaceByEmpty}: a folder whose rows are recomputed, not converted (the per-date
 *       tables), is deleted and made an empty Delta table.
 * </ul>
 *
 * <p>Limits: converted columns are all nullable (Parquet files written by Spark declare them so;
 * the tables created by this release declare some counts {@code NOT NULL}); the values are the
 * same. A column whose type changed since the earlier release cannot be converted in place and is
 * refused ({@link #addMissingColumns}): there is none between the Parquet release and this one but
 * the per-date sums, which are recomputed.
 */
public final class TableConversion {
  private TableConversion() {}

  /** What {@link #inPlace} did to one table. */
  public record Outcome(String table, Kind kind, long files) {}

  /** Converted in place, created empty (no rows), or a Delta table already. */
  public enum Kind {
    CONVERTED,
    CREATED_EMPTY,
    ALREADY_DELTA
  }

  /**
   * Marks the warehouse as being converted (see {@link Warehouse#CONVERSION_MARKER}), before the
   * first table changes; {@code run} refuses it from then on until {@link #finish}.
   */
  public static void start(Warehouse warehouse, String runId) {
    Path marker = new Path(warehouse.root(), Warehouse.CONVERSION_MARKER);
    try (Writer w =
        new OutputStreamWriter(warehouse.fs().create(marker, true), StandardCharsets.UTF_8)) {
      w.write("zeitgeist convert, run " + runId + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + marker, e);
    }
  }

  /** Whether a conversion was started and has not finished. */
  public static boolean started(Warehouse warehouse) {
    try {
      return warehouse.fs().exists(new Path(warehouse.root(), Warehouse.CONVERSION_MARKER));
    } catch (IOException e) {
      throw new UncheckedIOException("checking " + warehouse.root(), e);
    }
  }

  /** Removes the mark of {@link #start}, once the conversion's run has committed. */
  public static void finish(Warehouse warehouse) {
    Path marker = new Path(warehouse.root(), Warehouse.CONVERSION_MARKER);
    try {
      warehouse.fs().delete(marker, false);
    } catch (IOException e) {
      throw new UncheckedIOException("deleting " + marker, e);
    }
  }

  /** Makes {@code table}'s folder a Delta table in place, unless it is one (see the class). */
  public static Outcome inPlace(Warehouse warehouse, TableSpec<?> table) {
    if (warehouse.exists(table)) return new Outcome(table.name(), Kind.ALREADY_DELTA, 0);
    FileSystem fs = warehouse.fs();
    Path dir = warehouse.tablePath(table);
    long files;
    try {
      // no rows: the earlier release's zero-row file would become a Delta file of no use
      fs.delete(new Path(dir, ReleasedLayout.SCHEMA_ONLY), false);
      files = ReleasedLayout.dataFiles(fs, dir);
      if (files == 0) {
        fs.delete(dir, true);
        warehouse.create(table);
        return new Outcome(table.name(), Kind.CREATED_EMPTY, 0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + dir, e);
    }
    StructType schema = table.schema(warehouse.spark());
    StructType partitions = new StructType();
    for (String c : table.partitionColumns()) {
      partitions = partitions.add(schema.apply(c));
    }
    String identifier = "parquet.`" + dir.toString().replace("`", "``") + "`";
    if (partitions.isEmpty()) {
      DeltaTable.convertToDelta(warehouse.spark(), identifier);
    } else {
      DeltaTable.convertToDelta(warehouse.spark(), identifier, partitions);
    }
    return new Outcome(table.name(), Kind.CONVERTED, files);
  }

  /**
   * Adds to the Delta table {@code table} the columns of its schema it lacks, each where the schema
   * has it (after the column before it), a commit per column; none when it lacks none.
   *
   * @return the columns added
   * @throws IllegalStateException when a stored column has another type than the schema's
   */
  public static List<String> addMissingColumns(Warehouse warehouse, TableSpec<?> table) {
    StructType stored = warehouse.latest(table).schema();
    List<String> added = new ArrayList<>();
    List<String> ddl = new ArrayList<>();
    StructField[] fields = table.schema(warehouse.spark()).fields();
    for (int i = 0; i < fields.length; i++) {
      StructField f = fields[i];
      if (!List.of(stored.fieldNames()).contains(f.name())) {
        added.add(f.name());
        ddl.add(
            "`"
                + f.name()
                + "` "
                + f.dataType().sql()
                + (i == 0 ? " FIRST" : " AFTER `" + fields[i - 1].name() + "`"));
        continue;
      }
      DataType was = stored.apply(f.name()).dataType();
      if (!DataType.equalsStructurally(was, f.dataType(), true)) {
        throw new IllegalStateException(
            warehouse.tablePath(table)
                + ": column "
                + f.name()
                + " is "
                + was.sql()
                + ", this release stores "
                + f.dataType().sql());
      }
    }
    for (String column : ddl) {
      warehouse
          .spark()
          .sql(
              "ALTER TABLE delta.`"
                  + warehouse.tablePath(table).toString().replace("`", "``")
                  + "` ADD COLUMNS ("
                  + column
                  + ")");
    }
    return added;
  }

  /**
   * Replaces {@code table}'s folder of the earlier release by an empty Delta table, unless it is a
   * Delta table already.
   *
   * @return whether it replaced it
   */
  public static boolean replaceByEmpty(Warehouse warehouse, TableSpec<?> table) {
    if (warehouse.exists(table)) return false;
    Path dir = warehouse.tablePath(table);
    try {
      warehouse.fs().delete(dir, true);
    } catch (IOException e) {
      throw new UncheckedIOException("deleting " + dir, e);
    }
    warehouse.create(table);
    return true;
  }
}
