package zeitgeist.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Registers a warehouse for Spark SQL: every table as a temporary view under its own name, then
 * the derived views of {@code zeitgeist/sql/views.sql} (the one place they are defined).
 */
public final class SqlCatalog {
  static final String VIEWS = "/zeitgeist/sql/views.sql";

  private SqlCatalog() {}

  public static void register(Warehouse warehouse) {
    SparkSession spark = warehouse.spark();
    for (TableSpec<?> t : Warehouse.TABLES) {
      warehouse.read(t).createOrReplaceTempView(t.name());
    }
    for (String statement : viewStatements()) {
      spark.sql(statement);
    }
  }

  /**
   * The statements of {@code views.sql}: split at a {@code ;} ending a line that is not a
   * comment line; comments kept.
   */
  public static List<String> viewStatements() {
    String sql;
    try (InputStream in = SqlCatalog.class.getResourceAsStream(VIEWS)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("resource " + VIEWS + " is missing"));
      }
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + VIEWS, e);
    }
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n")) {
      current.append(line).append('\n');
      if (!line.stripLeading().startsWith("--") && line.stripTrailing().endsWith(";")) {
        String s = current.toString().strip();
        out.add(s.substring(0, s.length() - 1));
        current.setLength(0);
      }
    }
    return out;
  }
}
