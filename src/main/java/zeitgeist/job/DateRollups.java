package zeitgeist.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
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

    Object[] touched = buckets.stream().map(r -> r.getString(0)).toArray();
    Dataset<Row> dates = analysed(current.rows(ArticleRow.TABLE, written.articles()))
        .filter(col("published_date").isNotNull())
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> periods = withBucket(DatePeriods.explode(dates))
        .filter(col("bucket").isin(touched))
        .select("article_id", "grain", "period")
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> corpus = rollUp(dates.select("article_id", "n_tokens"), periods, List.of(),
        aggregates("articles", count(lit(1)), "tokens", sum("n_tokens")));
    replace(tx, CorpusByDateRow.TABLE, corpus, runId, partitions);
    clock.lap("per-date: corpus_by_date");

    Dataset<Row> terms = rollUp(
        current.rows(ArticleTermRow.TABLE, written.terms())
            .select("article_id", "term", "n", "count"),
        periods, List.of("term", "n"),
        aggregates("articles", count(lit(1)), "count", sum("count")));
    replace(tx, TermsByDateRow.TABLE, terms, runId, partitions);
    clock.lap("per-date: terms_by_date");

    Dataset<Row> entityRows = current.rows(ArticleEntityRow.TABLE, written.entities())
        .select("article_id", "entity", "type", "mentions")
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> entities = rollUp(entityRows, periods,
        List.of("entity", "type"),
        aggregates("articles", count(lit(1)), "mentions", sum("mentions")));
    replace(tx, EntitiesByDateRow.TABLE, entities, runId, partitions);
    Dataset<Row> pairs = rollUp(EntityPairs.of(entityRows), periods,
        List.of("entity_a", "type_a", "entity_b", "type_b"),
        aggregates("articles", count(lit(1))));
    replace(tx, EntityPairsByDateRow.TABLE, pairs, runId, partitions);
    clock.lap("per-date: entities_by_date, entity_pairs_by_date");
    entityRows.unpersist();

    Dataset<Row> sentimentRows = current.rows(ArticleSentimentRow.TABLE, written.sentiment())
        .select("article_id", "lexicon", "tokens", "hits", "positive_hits", "negative_hits",
            "negated_hits", "positive", "negative")
        .withColumn("tone", when(col("tokens").gt(0),
            col("positive").minus(col("negative")).divide(col("tokens")).multiply(100))
            .otherwise(lit(0.0)));
    Dataset<Row> sentiment = rollUp(sentimentRows, periods, List.of("lexicon"),
        aggregates("articles", count(lit(1)), "tokens", sum("tokens"), "hits", sum("hits"),
            "positive_hits", sum("positive_hits"), "negative_hits", sum("negative_hits"),
            "negated_hits", sum("negated_hits"), "positive", exactSum("positive"),
            "negative", exactSum("negative"), "tone_sum", exactSum("tone")))
        .withColumn("positive", col("positive").cast("double"))
        .withColumn("negative", col("negative").cast("double"))
        .withColumn("tone_sum", col("tone_sum").cast("double"));
    replace(tx, SentimentByDateRow.TABLE, sentiment, runId, partitions);
    clock.lap("per-date: sentiment_by_date");
    periods.unpersist();
    dates.unpersist();
    return partitions.size();
  }

  /**
   * The sum of a double column, independent of the order rows arrive in: each value is taken as
   * a decimal with 12 places (exact for lexicon weights, which have at most 5) and summed
   * exactly, so one run and several batches give the same bits. The caller casts the decimal sum
   * to double.
   */
  private static Column exactSum(String column) {
    return sum(col(column).cast("decimal(38,12)"));
  }

  /** Named aggregates, in order: name, column, name, column, ... */
  private static Map<String, Column> aggregates(Object... nameThenColumn) {
    Map<String, Column> out = new LinkedHashMap<>();
    for (int i = 0; i < nameThenColumn.length; i += 2) {
      out.put((String) nameThenColumn[i], (Column) nameThenColumn[i + 1]);
    }
    return out;
  }

  /**
   * Per-article rows to one row per touched (grain, period, keys): each row joined to its
   * article's periods and aggregated.
   *
   * @param periods (article_id, grain, period) of the articles counted, in touched partitions
   * @param aggregates the aggregates by name
   */
  private static Dataset<Row> rollUp(Dataset<Row> rows, Dataset<Row> periods, List<String> keys,
      Map<String, Column> aggregates) {
    List<Column> byPeriod = new ArrayList<>(List.of(col("grain"), col("period")));
    for (String k : keys) {
      byPeriod.add(col(k));
    }
    List<Column> aggs = new ArrayList<>();
    aggregates.forEach((name, agg) -> aggs.add(agg.as(name)));
    return rows.join(periods, "article_id")
        .groupBy(byPeriod.toArray(Column[]::new))
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
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
