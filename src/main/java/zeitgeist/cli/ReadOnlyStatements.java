package zeitgeist.cli;

import java.security.CodeSource;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.LocalTempView$;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.command.CreateViewCommand;
import scala.Option;

/**
 * What a read-only server runs: queries, and the commands that only read or that change nothing but
 * the session (temporary views, cached tables, settings). Everything else is refused before it
 * runs: writing a table or a directory ({@code INSERT}, {@code CREATE TABLE}, {@code DELETE},
 * {@code MERGE}, Delta's {@code OPTIMIZE}, {@code VACUUM}, {@code RESTORE}), dropping or altering
 * anything, a persistent view, and loading code ({@code ADD JAR}, {@code CREATE FUNCTION}).
 *
 * <p>Rule: the statement is parsed (Spark's parser with Delta's extension, as the session runs it),
 * and every node of the parsed plan must be one of {@link #READING_COMMANDS} (by class name), a
 * {@code CREATE TEMPORARY VIEW}, or a node of Spark's own query plans (a class of the {@code
 * spark-catalyst} jar) that is neither a {@link Command} nor an insert ({@code
 * InsertIntoStatement}, {@code InsertIntoDir}). Delta's statements that are not commands ({@code
 * RESTORE}, {@code CLONE}) come from Delta's jar and so are refused. An allow list, not a deny
 * list: a command Spark or Delta adds later is refused until it is listed here.
 *
 * <p>Limit: a query can still call Spark's built-in functions, {@code reflect} among them, which
 * calls a static Java method with string and number arguments; the server's secret and its loopback
 * address are what keep strangers out, not this check.
 */
final class ReadOnlyStatements {
  /** Commands (by class name) that read the catalog or a table, or change the session only. */
  static final Set<String> READING_COMMANDS =
      Set.of(
          "ShowTables",
          "ShowTablesExtended",
          "ShowViews",
          "ShowColumns",
          "ShowFunctions",
          "ShowNamespaces",
          "ShowTableProperties",
          "ShowCreateTable",
          "ShowPartitions",
          "ShowCatalogsCommand",
          "DescribeRelation",
          "DescribeColumn",
          "DescribeFunction",
          "DescribeNamespace",
          "DescribeQueryCommand",
          "DescribeDeltaHistory",
          "DescribeDeltaDetailCommand",
          "ExplainCommand",
          "SetCommand",
          "ResetCommand",
          "SetCatalogAndNamespace",
          "CacheTable",
          "CacheTableAsSelect",
          "UncacheTable",
          "ClearCacheCommand");

  private ReadOnlyStatements() {}

  /**
   * Throws a {@link SqlFailure.Refusal} naming what {@code sql} would change, when it is not
   * read-only; a statement Spark cannot parse passes (running it gives the parse error).
   */
  static void check(SparkSession spark, String sql) {
    LogicalPlan plan;
    try {
      plan = spark.sessionState().sqlParser().parsePlan(sql);
    } catch (Exception e) { // ParseException: left for spark.sql to report
      return;
    }
    Option<LogicalPlan> bad = plan.find(node -> !reads(node));
    if (bad.isDefined()) {
      throw new SqlFailure.Refusal(
          "this server is read-only: it does not run "
              + bad.get().nodeName()
              + " (only queries, SHOW, DESCRIBE, EXPLAIN, SET, CACHE and "
              + "temporary views; start the server with --allow-writes to run it)");
    }
  }

  private static boolean reads(LogicalPlan node) {
    String name = node.getClass().getSimpleName();
    if (name.startsWith("InsertInto")) return false;
    if (node instanceof CreateViewCommand view) {
      return view.viewType() == LocalTempView$.MODULE$;
    }
    if (READING_COMMANDS.contains(name)) return true;
    return !(node instanceof Command) && sameJar(node.getClass(), LogicalPlan.class);
  }

  private static boolean sameJar(Class<?> a, Class<?> b) {
    CodeSource x = a.getProtectionDomain().getCodeSource();
    CodeSource y = b.getProtectionDomain().getCodeSource();
    return x != null && y != null && x.getLocation().equals(y.getLocation());
  }
}
