package zeitgeist.tables;

import org.apache.spark.sql.SparkSession;

/**
 * Registers a warehouse for Spark SQL: every table as a temporary view under its own name. The one
 * place derived views will be defined too, so {@code zeitgeist sql} and any generated DDL agree.
 */
public final class SqlCatalog {
  private SqlCatalog() {}

  public static void register(Warehouse warehouse) {
    SparkSession spark = warehouse.spark();
    for (TableSpec<?> t : Warehouse.TABLES) {
      warehouse.read(t).createOrReplaceTempView(t.name());
    }
  }
}
