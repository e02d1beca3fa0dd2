package zeitgeist.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import zeitgeist.tables.ArticleRow;

/**
 * Decides which article rows a run writes and which stored ones it replaces.
 *
 * <p>Rules: every incoming article (new or changed) is written. {@code duplicate_of} is resolved
 * anew for every content hash the run touches (the incoming articles' hashes and the old hashes of
 * changed ones), over the stored and incoming articles with that hash. The first copy is the
 * best-dated one: by date precision (day, month, year, undated), then the earliest date, then one
 * with a source, then the smallest article_id (so the order is total, and the outcome does not
 * depend on the order of arrival); every other copy points to it. A stored article whose {@code
 * duplicate_of} comes out different (a better copy arrived later, or its first copy changed its
 * text) is written again from its stored row, and re-analysed: a former duplicate that became a
 * first copy gains its statistics, a former first copy that became a duplicate loses them. With
 * {@code rebuild}, every stored article is written again. Every stored article written again, or
 * changed, has all its old rows removed from every per-article table, so the outcome does not
 * depend on the order in which articles arrive.
 *
 * <p>Cost: the decision is made over the stored articles' ids, hashes and dates only (never their
 * text), in one checkpointed pass; full stored rows are read only for the articles written again.
 */
final class ChangePlan {
  private static final String INCOMING = "incoming";
  private static final String STORED = "stored";
  private static final String OLD = "old";

  /**
   * @param toWrite the articles to (re)write and analyse
   * @param removedIds {@code article_id}s whose stored rows are removed from per-article tables
   * @param removedVersions the stored rows of those ids (article_id, published_date,
   *     date_precision, n_tokens, duplicate_of), for the periods they leave
   */
  record Plan(
      Dataset<ArticleRow> toWrite,
      Dataset<Row> removedIds,
      Dataset<Row> removedVersions,
      long rewritten,
      long duplicates) {}

  private ChangePlan() {}

  /**
   * @param incoming the new and changed articles read (bean columns)
   * @param storedRows the stored {@code articles} table
   */
  static Plan of(
      Dataset<ArticleRow> incoming, Dataset<Row> storedRows, boolean rebuild, String runId) {
    Dataset<Row> in = incoming.toDF();
    Column none = lit(null);
    Dataset<Row> rows =
        in.select(
                col("articleId").as("article_id"),
                col("contentHash").as("content_hash"),
                lit(INCOMING).as("role"),
                none.cast("string").as("duplicate_of"),
                col("publishedDate").as("published_date"),
                col("datePrecision").as("date_precision"),
                col("source"),
                none.cast("int").as("n_tokens"))
            .unionByName(
                storedRows
                    .select(
                        "article_id",
                        "content_hash",
                        "duplicate_of",
                        "published_date",
                        "date_precision",
                        "source",
                        "n_tokens")
                    .withColumn("role", lit(STORED)));
    // Two windows, no joins (each join of a small and a large side costs Spark jobs): an
    // incoming id that is stored is a changed article, its stored row the old version; a hash is
    // touched by an incoming article or an old version; the first copy is the best-dated of the
    // incoming and kept rows of a hash (see the class comment).
    Column isOld =
        col("role")
            .equalTo(STORED)
            .and(max(col("role").equalTo(INCOMING)).over(Window.partitionBy("article_id")));
    rows = rows.withColumn("role", when(isOld, lit(OLD)).otherwise(col("role")));
    Column touched = max(col("role").notEqual(STORED)).over(Window.partitionBy("content_hash"));
    Column precision =
        when(col("role").equalTo(OLD), lit(9))
            .when(col("date_precision").equalTo("day"), lit(0))
            .when(col("date_precision").equalTo("month"), lit(1))
            .when(col("date_precision").equalTo("year"), lit(2))
            .otherwise(lit(3));
    WindowSpec copies =
        Window.partitionBy("content_hash")
            .orderBy(
                precision,
                col("published_date").asc_nulls_last(),
                col("source").isNull(),
                col("article_id"))
            .rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());
    Column first = first("article_id").over(copies);
    Dataset<Row> resolution =
        rows.withColumn("touched", touched)
            .withColumn("first", first)
            .filter(col("touched").or(lit(rebuild)))
            .withColumn(
                "new_duplicate_of",
                when(
                    col("role").notEqual(OLD).and(col("first").notEqual(col("article_id"))),
                    col("first")))
            .filter(
                col("role")
                    .notEqual(STORED)
                    .or(lit(rebuild))
                    .or(not(col("new_duplicate_of").eqNullSafe(col("duplicate_of")))))
            .drop("touched", "first");
    resolution = Checkpoints.eager(resolution);

    long rewritten = 0;
    long duplicates = 0;
    for (Row r :
        resolution
            .groupBy(col("role"), col("new_duplicate_of").isNotNull())
            .agg(count(lit(1)))
            .collectAsList()) {
      if (STORED.equals(r.getString(0))) {
        rewritten += r.getLong(2);
      }
      if (!OLD.equals(r.getString(0)) && r.getBoolean(1)) {
        duplicates += r.getLong(2); // written, incoming or stored, with a first copy elsewhere
      }
    }

    Dataset<Row> resolvedIncoming =
        resolution
            .filter(col("role").equalTo(INCOMING))
            .select(col("article_id").as("rid"), col("new_duplicate_of"));
    Dataset<ArticleRow> toWrite =
        in.join(resolvedIncoming, col("articleId").equalTo(col("rid")))
            .withColumn("duplicateOf", col("new_duplicate_of"))
            .drop("rid", "new_duplicate_of")
            .as(ArticleRow.TABLE.encoder());
    if (rewritten > 0) {
      Dataset<Row> again =
          resolution
              .filter(col("role").equalTo(STORED))
              .select(col("article_id").as("rid"), col("new_duplicate_of"));
      Dataset<Row> stored =
          storedRows
              .join(again, col("article_id").equalTo(col("rid")))
              .withColumn("duplicate_of", col("new_duplicate_of"))
              .withColumn("run_id", lit(runId))
              .withColumn("n_tokens", lit(null).cast("int"))
              .drop("rid", "new_duplicate_of");
      toWrite = toWrite.unionByName(ArticleRow.TABLE.fromStored(stored));
    }
    Dataset<Row> removedVersions =
        resolution
            .filter(col("role").notEqual(INCOMING))
            .select("article_id", "published_date", "date_precision", "n_tokens", "duplicate_of");
    return new Plan(
        toWrite, removedVersions.select("article_id"), removedVersions, rewritten, duplicates);
  }
}
