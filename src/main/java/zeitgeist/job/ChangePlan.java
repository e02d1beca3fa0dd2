package zeitgeist.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import zeitgeist.tables.ArticleRow;

/**
 * Decides which article rows a run writes and which stored ones it replaces.
 *
 * <p>Rules: every incoming article (new or changed) is written. {@code duplicate_of} is resolved
 * anew for every content hash the run touches (the incoming articles' hashes and the old hashes of
 * changed ones), over the stored and incoming articles with that hash: the smallest article_id is
 * the first copy, every other copy points to it. A stored article whose {@code duplicate_of} comes
 * out different (its first copy arrived later with a smaller id, or changed its text) is written
 * again from its stored row, and re-analysed: a former duplicate that became a first copy gains its
 * statistics, a former first copy that became a duplicate loses them. With {@code rebuild}, every
 * stored article is written again. Every stored article written again, or changed, has all its old
 * rows removed from every per-article table, so the outcome does not depend on the order in which
 * articles arrive.
 */
final class ChangePlan {
  /**
   * @param toWrite the articles to (re)write and analyse
   * @param removedIds {@code article_id}s whose stored rows are removed from per-article tables
   * @param removedVersions the stored rows of those ids (article_id, published_date,
   *     date_precision, n_tokens, duplicate_of), for the periods they leave
   */
  record Plan(Dataset<ArticleRow> toWrite, Dataset<Row> removedIds, Dataset<Row> removedVersions,
      long rewritten, long duplicates) {}

  private ChangePlan() {}

  static Plan of(Dataset<ArticleRow> incoming, Dataset<Row> changedIds, Dataset<Row> storedRows,
      boolean rebuild, String runId) {
    Dataset<Row> in = incoming.toDF();
    Dataset<Row> changed = changedIds.select(col("article_id").as("cid"));
    Dataset<Row> stored = storedRows.join(changed, col("article_id").equalTo(col("cid")),
        "left_anti").join(in.select(col("articleId").as("iid")),
            col("article_id").equalTo(col("iid")), "left_anti");

    // Hashes whose first copy may move: incoming hashes, and old hashes of changed articles.
    Dataset<Row> touchedHashes = rebuild
        ? storedRows.select(col("content_hash").as("h")).union(in.select(col("contentHash")))
        : in.select(col("contentHash").as("h")).union(storedRows
            .join(changed, col("article_id").equalTo(col("cid")), "left_semi")
            .select("content_hash"));
    touchedHashes = touchedHashes.distinct();
    Dataset<Row> candidates = stored.select(col("article_id").as("id"), col("content_hash").as("h"))
        .union(in.select(col("articleId"), col("contentHash")))
        .join(touchedHashes, "h");
    Dataset<Row> firsts = candidates.groupBy("h").agg(min("id").as("first"));

    Dataset<Row> incomingResolved = in.join(firsts, col("contentHash").equalTo(col("h")), "left")
        .withColumn("duplicateOf", when(col("first").notEqual(col("articleId")), col("first")))
        .drop("h", "first");
    Dataset<Row> storedResolved = stored.join(firsts, col("content_hash").equalTo(col("h")))
        .withColumn("new_duplicate_of",
            when(col("first").notEqual(col("article_id")), col("first")));
    Dataset<Row> reresolved = rebuild
        ? stored.join(firsts, col("content_hash").equalTo(col("h")), "left")
            .withColumn("new_duplicate_of",
                when(col("first").notEqual(col("article_id")), col("first")))
        : storedResolved.filter(not(col("new_duplicate_of").eqNullSafe(col("duplicate_of"))));
    reresolved = reresolved.withColumn("duplicate_of", col("new_duplicate_of"))
        .withColumn("run_id", lit(runId)).withColumn("n_tokens", lit(null).cast("int"))
        .localCheckpoint(true);
    Dataset<ArticleRow> rewrittenRows = ArticleRow.TABLE.fromStored(reresolved);

    Dataset<ArticleRow> toWrite = incomingResolved.as(ArticleRow.TABLE.encoder())
        .unionByName(rewrittenRows);
    Dataset<Row> removedIds = changed.select(col("cid").as("article_id"))
        .union(reresolved.select("article_id")).localCheckpoint(true);
    Dataset<Row> removedVersions = storedRows.join(removedIds.select(col("article_id").as("rid")),
            col("article_id").equalTo(col("rid")), "left_semi")
        .select("article_id", "published_date", "date_precision", "n_tokens", "duplicate_of")
        .localCheckpoint(true);
    long rewritten = reresolved.count();
    long duplicates = incomingResolved.filter(col("duplicateOf").isNotNull()).count();
    return new Plan(toWrite, removedIds, removedVersions, rewritten, duplicates);
  }
}
