package zeitgeist.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import zeitgeist.tables.ArticleEntityRow;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleSentimentRow;
import zeitgeist.tables.SentimentByDateRow;
import zeitgeist.tables.ArticleTermRow;
import zeitgeist.tables.CorpusByDateRow;
import zeitgeist.tables.DatePeriods;
import zeitgeist.tables.EntitiesByDateRow;
import zeitgeist.tables.EntityPairsByDateRow;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.TableTransaction;
import zeitgeist.tables.TermsByDateRow;
import zeitgeist.tables.Warehouse;

/**
 * Recomputes the per-date tables for the periods that the run touches (those of the articles it
 * writes, and those its removed article versions leave), from the per-article rows (stored minus
 * removed, plus written), and stages them to replace exactly those partitions. Partitions the run
 * does not touch are left as they are on disk. Period rules: {@link DatePeriods}.
 */
final class DateRollups {
  private DateRollups() {}

  /** The per-article rows a run writes, in stored columns. */
  record NewRows(Dataset<Row> articles, Dataset<Row> terms, Dataset<Row> entities,
      Dataset<Row> sentiment) {}

  /**
   * @param written the run's new per-article rows ({@code n_tokens} set on analysed articles)
   * @param removedIds ids whose stored per-article rows the run removes; null when none
   * @param removedVersions the stored rows of those ids, the periods they leave are touched too;
   *     null when none
   * @param clock times the sub-stages (printed with {@code --verbose})
   * @return the number of partitions replaced in each per-date table
   */
  static int stage(Warehouse warehouse, TableTransaction tx, String runId, NewRows written,
      Dataset<Row> removedIds, Dataset<Row> removedVersions, StageClock clock) {
    Dataset<Row> dated = removedVersions == null ? analysed(written.articles())
        : analysed(written.articles()).unionByName(analysed(removedVersions));
    List<Row> buckets = withBucket(DatePeriods.explode(dated))
        .select("bucket").distinct().collectAsList();
    clock.lap("per-date: touched periods");
    if (buckets.isEmpty()) {
      return 0;
    }
    List<String> partitions = buckets.stream().map(r -> "bucket=" + r.getString(0)).toList();
    // bucket = GRAIN_YYYY-MM-DD
    Object[] years = buckets.stream()
        .map(r -> Integer.parseInt(r.getString(0).replaceFirst("^[a-z]+_", "").substring(0, 4)))
        .distinct().toArray();
    Current current = new Current(warehouse, years, removedIds);

    Dataset<Row> articles = analysed(current.rows(ArticleRow.TABLE, written.articles()));
    Dataset<Row> periods = withBucket(DatePeriods.explode(articles))
        .filter(col("bucket").isin(buckets.stream().map(r -> r.getString(0)).toArray()))
        .select("article_id", "grain", "period", "n_tokens")
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> articlePeriods = periods.select("article_id", "grain", "period");

    Dataset<Row> corpus = periods.groupBy("grain", "period")
        .agg(count(lit(1)).as("articles"), sum("n_tokens").as("tokens"));
    replace(tx, CorpusByDateRow.TABLE, corpus, runId, partitions);
    zeitgeist.tables.CrashPoints.reach("mid-per-date");
    clock.lap("per-date: corpus_by_date");

    Dataset<Row> terms = current.rows(ArticleTermRow.TABLE, written.terms())
        .join(articlePeriods, "article_id")
        .groupBy("grain", "period", "term", "n")
        .agg(count(lit(1)).as("articles"), sum("count").as("count"));
    replace(tx, TermsByDateRow.TABLE, terms, runId, partitions);
    clock.lap("per-date: terms_by_date");

    Dataset<Row> entityRows = current.rows(ArticleEntityRow.TABLE, written.entities())
        .select("article_id", "entity", "type", "mentions")
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> entities = entityRows.join(articlePeriods, "article_id")
        .groupBy("grain", "period", "entity", "type")
        .agg(count(lit(1)).as("articles"), sum("mentions").as("mentions"));
    replace(tx, EntitiesByDateRow.TABLE, entities, runId, partitions);
    Dataset<Row> pairs = EntityPairs.of(entityRows).join(articlePeriods, "article_id")
        .groupBy("grain", "period", "entity_a", "type_a", "entity_b", "type_b")
        .agg(count(lit(1)).as("articles"));
    replace(tx, EntityPairsByDateRow.TABLE, pairs, runId, partitions);
    clock.lap("per-date: entities_by_date, entity_pairs_by_date");
    entityRows.unpersist();

    Dataset<Row> sentiment = current.rows(ArticleSentimentRow.TABLE, written.sentiment())
        .join(articlePeriods, "article_id")
        .withColumn("tone", when(col("tokens").gt(0),
            col("positive").minus(col("negative")).divide(col("tokens")).multiply(100))
            .otherwise(lit(0.0)))
        .groupBy("grain", "period", "lexicon")
        .agg(count(lit(1)).as("articles"), sum("tokens").as("tokens"), sum("hits").as("hits"),
            sum("positive_hits").as("positive_hits"), sum("negative_hits").as("negative_hits"),
            sum("negated_hits").as("negated_hits"), exactSum("positive").as("positive"),
            exactSum("negative").as("negative"), exactSum("tone").as("tone_sum"));
    replace(tx, SentimentByDateRow.TABLE, sentiment, runId, partitions);
    clock.lap("per-date: sentiment_by_date");
    periods.unpersist();
    return partitions.size();
  }

  /**
   * The sum of a double column, independent of the order rows arrive in: each value is taken as
   * a decimal with 12 places (exact for lexicon weights, which have at most 5) and summed
   * exactly, so one run and several batches give the same bits.
   */
  private static org.apache.spark.sql.Column exactSum(String column) {
    return sum(col(column).cast("decimal(38,12)")).cast("double");
  }

  private static <T> void replace(TableTransaction tx, TableSpec<T> table, Dataset<Row> rows,
      String runId, List<String> partitions) {
    tx.replacePartitions(table, table.fromStored(rows.withColumn("run_id", lit(runId))),
        partitions);
  }

  /**
   * A per-article table as it stands after the run, restricted to the touched years: stored rows
   * minus the removed ids (null: none), plus the run's new rows (without the partition column).
   */
  private record Current(Warehouse warehouse, Object[] years, Dataset<Row> removedIds) {
    Dataset<Row> rows(TableSpec<?> table, Dataset<Row> written) {
      Dataset<Row> stored = warehouse.read(table).filter(col("year").isin(years)).drop("year");
      if (removedIds != null) {
        stored = stored.join(removedIds.select(col("article_id").as("rm_id")),
            col("article_id").equalTo(col("rm_id")), "left_anti");
      }
      return stored.unionByName(written.drop("year"));
    }
  }

  /** Articles whose statistics count: analysed (a token count) and not duplicates. */
  private static Dataset<Row> analysed(Dataset<Row> articles) {
    return articles.filter(col("n_tokens").isNotNull().and(col("duplicate_of").isNull()))
        .select("article_id", "published_date", "date_precision", "n_tokens");
  }

  private static Dataset<Row> withBucket(Dataset<Row> df) {
    return df.withColumn("bucket", DatePeriods.bucket(df));
  }
}
