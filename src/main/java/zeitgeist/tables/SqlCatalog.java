package zeitgeist.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import zeitgeist.contexts.KwicLineFunction;
import zeitgeist.contexts.TermContextsFunction;

/**
 * Registers a warehouse for Spark SQL: every table as a temporary view under its own name, then
 * the derived views of {@code zeitgeist/sql/views.sql} (the one place they are defined), and the
 * SQL functions that find contexts on read ({@code term_contexts}).
 */
public final class SqlCatalog {
  static final String VIEWS = "/zeitgeist/sql/views.sql";

  private SqlCatalog() {}

  public static void register(Warehouse warehouse) {
    SparkSession spark = warehouse.spark();
    registerFunctions(spark, warehouse.lastConfig().map(Warehouse.RunConfig::keepsStopwords)
        .orElse(false));
    for (TableSpec<?> t : Warehouse.TABLES) {
      warehouse.read(t).createOrReplaceTempView(t.name());
    }
    for (String statement : viewStatements()) {
      spark.sql(statement);
    }
  }

  /**
   * Registers the functions that find contexts on read ({@link TermContextsFunction}, {@link
   * KwicLineFunction}), counting
   * terms as a warehouse built with or without {@code --keep-stopwords} counted them.
   */
  public static void registerFunctions(SparkSession spark, boolean keepStopwords) {
    spark.udf().register(TermContextsFunction.NAME, new TermContextsFunction(keepStopwords),
        DataTypes.createArrayType(TermContextsFunction.LINE, false));
    spark.udf().register(KwicLineFunction.NAME, new KwicLineFunction(), KwicLineFunction.LINE);
  }

  /**
   * The statements of {@code views.sql}, in order, each a {@code CREATE OR REPLACE TEMPORARY VIEW
   * name AS ...} without its closing {@code ;} or its comment lines (split by {@link SqlScript}).
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
    return SqlScript.split(sql).stream().map(SqlScript.Statement::sql).toList();
  }
}
