package zeitgeist.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zeitgeist.TestSpark;

/** What a read-only server runs and what it refuses, as Spark's parser (with Delta's) sees it. */
class ReadOnlyStatementsTest {
  private static SparkSession spark() {
    return TestSpark.session();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT 1",
        "WITH t AS (SELECT 1 AS a) SELECT a FROM t",
        "SELECT * FROM articles a JOIN runs r ON a.run_id = r.run_id WHERE a.title LIKE '%x%'",
        "VALUES (1, 2)",
        "TABLE articles",
        "SHOW TABLES",
        "SHOW VIEWS",
        "SHOW COLUMNS IN articles",
        "DESCRIBE articles",
        "DESCRIBE HISTORY delta.`/tmp/w/articles`",
        "EXPLAIN SELECT * FROM articles",
        "SET spark.sql.shuffle.partitions = 4",
        "CREATE OR REPLACE TEMPORARY VIEW mine AS SELECT 1",
        "CACHE TABLE articles",
        "UNCACHE TABLE articles",
        "SELECT nonsense FROM (" // does not parse: left for Spark to report
      })
  void runs(String sql) {
    assertDoesNotThrow(() -> ReadOnlyStatements.check(spark(), sql));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "INSERT INTO articles SELECT * FROM articles",
        "INSERT OVERWRITE DIRECTORY '/tmp/out' USING parquet SELECT 1",
        "FROM articles INSERT INTO t SELECT *",
        "CREATE TABLE t (a INT) USING parquet",
        "CREATE TABLE t USING delta AS SELECT 1 AS a",
        "CREATE VIEW v AS SELECT 1",
        "CREATE GLOBAL TEMPORARY VIEW g AS SELECT 1",
        "DROP TABLE articles",
        "DROP VIEW articles",
        "ALTER TABLE articles ADD COLUMNS (x INT)",
        "TRUNCATE TABLE articles",
        "DELETE FROM delta.`/tmp/w/articles` WHERE true",
        "UPDATE delta.`/tmp/w/articles` SET title = 'x'",
        "MERGE INTO delta.`/tmp/w/articles` t USING articles s ON t.article_id = s.article_id "
            + "WHEN MATCHED THEN DELETE",
        "OPTIMIZE delta.`/tmp/w/articles`",
        "VACUUM delta.`/tmp/w/articles`",
        "RESTORE TABLE delta.`/tmp/w/articles` TO VERSION AS OF 0",
        "CREATE TABLE delta.`/tmp/copy` SHALLOW CLONE delta.`/tmp/w/articles`",
        "CONVERT TO DELTA parquet.`/tmp/w/x`",
        "ADD JAR /tmp/x.jar",
        "CREATE FUNCTION f AS 'x.Y'",
        "ANALYZE TABLE articles COMPUTE STATISTICS",
        "LOAD DATA LOCAL INPATH '/tmp/x' INTO TABLE articles"
      })
  void isRefused(String sql) {
    SqlFailure.Refusal r =
        assertThrows(SqlFailure.Refusal.class, () -> ReadOnlyStatements.check(spark(), sql));
    assertTrue(
        r.getMessage().startsWith("this server is read-only: it does not run "), r.getMessage());
  }
}
