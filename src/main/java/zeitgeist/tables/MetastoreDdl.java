package zeitgeist.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark SQL DDL that registers a warehouse in a metastore (Hive metastore, {@code spark-sql}, a
 * Thrift/JDBC server), built from the same definitions {@code zeitgeist sql} uses: {@link
 * Warehouse#TABLES} and {@code views.sql}. Nothing is copied, so the two cannot drift apart.
 *
 * <p>The statements, in order:
 *
 * <ol>
 *   <li>{@code CREATE DATABASE IF NOT EXISTS db} and {@code USE db}, so the unqualified table
 *       names inside the view bodies resolve in {@code db} (Spark stores the current database
 *       with each view);
 *   <li>for each table, {@code CREATE TABLE IF NOT EXISTS db.table (columns) USING parquet
 *       [PARTITIONED BY (...)] LOCATION 'warehouse/table'}: the stored schema with the partition
 *       columns last, as Spark requires; an external table, so dropping it leaves the files;
 *   <li>for each partitioned table whose folder exists, {@code MSCK REPAIR TABLE db.table}, which
 *       adds the partition folders found to the metastore;
 *   <li>for each view of {@code views.sql}, in its order (views that use views come after them),
 *       its {@code CREATE OR REPLACE TEMPORARY VIEW name AS body} as {@code CREATE OR REPLACE VIEW
 *       db.name AS body}.
 * </ol>
 *
 * <p>Every statement can be run again: rerunning the script after a {@code zeitgeist run} adds
 * new partitions. Limits: {@code CREATE TABLE IF NOT EXISTS} leaves an existing definition as it
 * is, so after a zeitgeist upgrade that changes a table's columns the table must be dropped
 * first (the files stay); a partitioned table whose folder did not exist when the script was made
 * gets its partitions only from a later script.
 */
public final class MetastoreDdl {
  public static final String DEFAULT_DATABASE = "zeitgeist";

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern TEMP_VIEW = Pattern.compile(
      "CREATE\\s+OR\\s+REPLACE\\s+TEMPORARY\\s+VIEW\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+AS\\s",
      Pattern.CASE_INSENSITIVE);

  private MetastoreDdl() {}

  /** Rejects a database name that is not a plain SQL identifier. */
  public static String checkDatabase(String database) {
    if (!NAME.matcher(database).matches()) {
      throw new IllegalArgumentException("database name must be letters, digits and _, not "
          + "starting with a digit, got '" + database + "'");
    }
    return database;
  }

  /** The statements, without closing {@code ;}, for {@code warehouse} in {@code database}. */
  public static List<String> statements(Warehouse warehouse, String database) {
    String db = checkDatabase(database);
    List<String> out = new ArrayList<>();
    out.add("CREATE DATABASE IF NOT EXISTS " + db);
    out.add("USE " + db);
    for (TableSpec<?> t : Warehouse.TABLES) {
      out.add(createTable(db, t, t.schema(warehouse.spark()),
          warehouse.tablePath(t).toString()));
    }
    for (TableSpec<?> t : Warehouse.TABLES) {
      if (!t.partitionColumns().isEmpty() && hasFolder(warehouse, t)) {
        out.add("MSCK REPAIR TABLE " + db + "." + t.name());
      }
    }
    List<String> views = SqlCatalog.viewStatements();
    for (int i = 0; i < views.size(); i++) {
      out.add(persistentView(db, views.get(i), i + 1));
    }
    return out;
  }

  /** The statements as a script: a header comment, then each statement ending in {@code ;}. */
  public static String script(Warehouse warehouse, String database) {
    StringBuilder sb = new StringBuilder()
        .append("-- zeitgeist warehouse ").append(warehouse.root())
        .append(" as database ").append(database).append('\n')
        .append("-- Made by zeitgeist ddl from its table definitions and views.sql.\n")
        .append("-- Run it again after each zeitgeist run to add new partitions.\n");
    for (String s : statements(warehouse, database)) {
      sb.append('\n').append(s).append(";\n");
    }
    return sb.toString();
  }

  static String createTable(String db, TableSpec<?> table, StructType schema, String location) {
    List<String> columns = new ArrayList<>();
    for (StructField f : schema.fields()) {
      columns.add("  " + quote(f.name()) + " " + f.dataType().sql());
    }
    StringBuilder sb = new StringBuilder()
        .append("CREATE TABLE IF NOT EXISTS ").append(db).append('.').append(table.name())
        .append(" (\n").append(String.join(",\n", columns)).append("\n)\nUSING parquet\n");
    if (!table.partitionColumns().isEmpty()) {
      sb.append("PARTITIONED BY (")
          .append(String.join(", ", table.partitionColumns().stream()
              .map(MetastoreDdl::quote).toList()))
          .append(")\n");
    }
    return sb.append("LOCATION ").append(literal(location)).toString();
  }

  /** {@code CREATE OR REPLACE TEMPORARY VIEW name AS body} → a view {@code db.name}. */
  static String persistentView(String db, String statement, int number) {
    Matcher m = TEMP_VIEW.matcher(statement);
    if (!m.lookingAt()) {
      throw new IllegalStateException("views.sql statement " + number + " does not start with "
          + "CREATE OR REPLACE TEMPORARY VIEW name AS: "
          + statement.lines().findFirst().orElse(""));
    }
    return "CREATE OR REPLACE VIEW " + db + "." + m.group(1).toLowerCase(Locale.ROOT) + " AS\n"
        + statement.substring(m.end()).strip();
  }

  private static boolean hasFolder(Warehouse warehouse, TableSpec<?> table) {
    try {
      return warehouse.fs().exists(warehouse.tablePath(table));
    } catch (IOException e) {
      throw new UncheckedIOException("checking " + warehouse.tablePath(table), e);
    }
  }

  private static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  private static String literal(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
