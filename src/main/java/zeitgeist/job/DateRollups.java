package zeitgeist.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.year;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleTermRow;
import zeitgeist.tables.CorpusByDateRow;
import zeitgeist.tables.DatePeriods;
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

  /**
   * @param newArticles the articles the run writes (stored columns, {@code n_tokens} set when
   *     analysed)
   * @param newTerms the run's {@code article_terms} rows (stored columns)
   * @param removedIds ids whose stored per-article rows the run removes
   * @param removedVersions the stored rows of those ids: the periods they leave are touched too
   * @param clock times the sub-stages (printed with {@code --verbose})
   * @return the number of partitions replaced in each per-date table
   */
  static int stage(Warehouse warehouse, TableTransaction tx, String runId,
      Dataset<Row> newArticles, Dataset<Row> newTerms, Dataset<Row> removedIds,
      Dataset<Row> removedVersions, StageClock clock) {
    Dataset<Row> touched = withBucket(DatePeriods.explode(
            analysed(newArticles).unionByName(analysed(removedVersions))))
        .select("bucket").distinct();
    List<Row> buckets = touched.collectAsList();
    clock.lap("per-date: touched periods");
    if (buckets.isEmpty()) {
      return 0;
    }
    List<String> partitions = buckets.stream().map(r -> "bucket=" + r.getString(0)).toList();
    // bucket = GRAIN_YYYY-MM-DD
    List<Integer> years = buckets.stream()
        .map(r -> Integer.parseInt(r.getString(0).replaceFirst("^[a-z]+_", "").substring(0, 4)))
        .distinct().toList();

    Dataset<Row> removed = removedIds.select(col("article_id").as("rm_id"));
    Dataset<Row> stored = warehouse.read(ArticleRow.TABLE)
        .filter(col("year").isin(years.toArray()))
        .join(removed, col("article_id").equalTo(col("rm_id")), "left_anti");
    Dataset<Row> articles = analysed(stored).unionByName(analysed(newArticles));
    Dataset<Row> periods = withBucket(DatePeriods.explode(articles))
        .join(touched, "bucket")
        .select("article_id", "grain", "period", "n_tokens")
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> corpus = periods.groupBy("grain", "period")
        .agg(count(lit(1)).as("articles"), sum("n_tokens").as("tokens"))
        .withColumn("run_id", lit(runId));
    Dataset<Row> terms = warehouse.read(ArticleTermRow.TABLE)
        .filter(col("year").isin(years.toArray())).drop("year")
        .join(removed, col("article_id").equalTo(col("rm_id")), "left_anti")
        .unionByName(newTerms.drop("year"))
        .join(periods.select("article_id", "grain", "period"), "article_id")
        .groupBy("grain", "period", "term", "n")
        .agg(count(lit(1)).as("articles"), sum("count").as("count"))
        .withColumn("run_id", lit(runId));

    tx.replacePartitions(CorpusByDateRow.TABLE, CorpusByDateRow.TABLE.fromStored(corpus),
        partitions);
    clock.lap("per-date: corpus_by_date");
    tx.replacePartitions(TermsByDateRow.TABLE, TermsByDateRow.TABLE.fromStored(terms),
        partitions);
    clock.lap("per-date: terms_by_date");
    periods.unpersist();
    return partitions.size();
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
