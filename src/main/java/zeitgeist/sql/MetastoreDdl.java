package zeitgeist.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.Warehouse;

/**
 * Spark SQL DDL that registers a warehouse in a metastore (Hive metastore, {@code spark-sql}, a
 * Thrift/JDBC server), built from the same definitions {@code zeitgeist sql} uses: {@link
 * Warehouse#TABLES} and {@code views.sql}. Nothing is copied, so the two cannot drift apart.
 *
 * <p>The statements, in order:
 *
 * <ol>
 *   <li>{@code CREATE DATABASE IF NOT EXISTS db} and {@code USE db}, so the unqualified table names
 *       inside the view bodies resolve in {@code db} (Spark stores the current database with each
 *       view);
 *   <li>for each table, {@code CREATE TABLE IF NOT EXISTS db.table USING DELTA LOCATION
 *       'warehouse/table'}: an external table whose schema and partitions Delta reads from the
 *       table's own log, so it never needs repairing and follows schema changes;
 *   <li>for each view of {@code views.sql}, in its order (views that use views come after them),
 *       its {@code CREATE OR REPLACE TEMPORARY VIEW name AS body} as {@code CREATE OR REPLACE VIEW
 *       db.name AS body}.
 * </ol>
 *
 * <p>Every statement can be run again. The tables must exist (after the first {@code zeitgeist
 * run}). Limits: a metastore table reads the latest version of each table, which during a run (or
 * after one died) may be ahead of the last finished run; {@code zeitgeist sql} reads the last
 * finished run's versions ({@code runs.table_versions}), and so can a query with {@code VERSION AS
 * OF}.
 */
public final class MetastoreDdl {
  public static final String DEFAULT_DATABASE = "zeitgeist";

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern TEMP_VIEW =
      Pattern.compile(
          "CREATE\\s+OR\\s+REPLACE\\s+TEMPORARY\\s+VIEW\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+AS\\s",
          Pattern.CASE_INSENSITIVE);

  private MetastoreDdl() {}

  /** Rejects a database name that is not a plain SQL identifier. */
  public static String checkDatabase(String database) {
    if (!NAME.matcher(database).matches()) {
      throw new IllegalArgumentException(
          "database name must be letters, digits and _, not "
              + "starting with a digit, got '"
              + database
              + "'");
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
      out.add(createTable(db, t, warehouse.tablePath(t).toString()));
    }
    List<String> views = SqlCatalog.viewStatements();
    for (int i = 0; i < views.size(); i++) {
      out.add(persistentView(db, views.get(i), i + 1));
    }
    return out;
  }

  /** The statements as a script: a header comment, then each statement ending in {@code ;}. */
  public static String script(Warehouse warehouse, String database) {
    StringBuilder sb =
        new StringBuilder()
            .append("-- zeitgeist warehouse ")
            .append(warehouse.root())
            .append(" as database ")
            .append(database)
            .append('\n')
            .append("-- Made by zeitgeist ddl from its table definitions and views.sql.\n")
            .append("-- The tables are Delta tables: new runs need no further statement.\n");
    for (String s : statements(warehouse, database)) {
      sb.append('\n').append(s).append(";\n");
    }
    return sb.toString();
  }

  static String createTable(String db, TableSpec<?> table, String location) {
    return "CREATE TABLE IF NOT EXISTS "
        + db
        + "."
        + table.name()
        + "\nUSING DELTA\nLOCATION "
        + literal(location);
  }

  /** {@code CREATE OR REPLACE TEMPORARY VIEW name AS body} → a view {@code db.name}. */
  static String persistentView(String db, String statement, int number) {
    Matcher m = TEMP_VIEW.matcher(statement);
    if (!m.lookingAt()) {
      throw new IllegalStateException(
          "views.sql statement "
              + number
              + " does not start with "
              + "CREATE OR REPLACE TEMPORARY VIEW name AS: "
              + statement.lines().findFirst().orElse(""));
    }
    return "CREATE OR REPLACE VIEW "
        + db
        + "."
        + m.group(1).toLowerCase(Locale.ROOT)
        + " AS\n"
        + statement.substring(m.end()).strip();
  }

  private static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  private static String literal(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
