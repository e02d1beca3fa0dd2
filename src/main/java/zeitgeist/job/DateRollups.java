package zeitgeist.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import zeitgeist.tables.ArticleEntityRow;
import zeitgeist.tables.ArticleSentimentRow;
import zeitgeist.tables.ArticleTermRow;
import zeitgeist.tables.CorpusByDateRow;
import zeitgeist.tables.CrashPoints;
import zeitgeist.tables.DatePeriods;
import zeitgeist.tables.EntitiesByDateRow;
import zeitgeist.tables.EntityPairsByDateRow;
import zeitgeist.tables.SentimentByDateRow;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.TableTransaction;
import zeitgeist.tables.TermsByDateRow;
import zeitgeist.tables.Warehouse;

/**
 * Keeps the per-date tables equal to the rollup of the per-article tables, by addition.
 *
 * <p>Rules: every per-date row is a sum over the analysed, non-duplicate, dated articles of its
 * period ({@link DatePeriods}). A run adds the contributions of the articles it writes and
 * subtracts those of the stored versions it replaces (a changed article, a stored article written
 * again because its duplicate status changed), per key, and merges the difference into each table
 * (Delta {@code MERGE}, reading only the files whose grain and period span can hold a touched
 * key): a key the run does not touch is not written, and a row whose article count falls to
 * zero is deleted. No article the run does not touch is counted again, so
 * a run's cost follows its new articles, not the archive.
 *
 * <p>Exactness: every sum is an integer count, or a {@code DECIMAL} ({@code positive}, {@code
 * negative}, {@code tone_sum} of {@code sentiment_by_date}, see {@link SentimentByDateRow#TABLE}):
 * each article's value is rounded once to the table's scale and the sums are exact, so runs in
 * any order, and batches in any split, give the same values to the last digit as one run.
 *
 * <p>{@link #overwrite} computes every per-date table from scratch from a complete set of
 * per-article rows ({@code --rebuild}, and converting a warehouse); both paths share the
 * contribution code, so they cannot disagree on a rule.
 */
final class DateRollups {
  private DateRollups() {}

  /** Per-article rows in stored columns: articles, article_terms, article_entities, sentiment. */
  record ArticleRows(Dataset<Row> articles, Dataset<Row> terms, Dataset<Row> entities,
      Dataset<Row> sentiment) {}

  /** The signed per-date contributions of some per-article rows, one Dataset per table. */
  private record Contributions(Dataset<Row> corpus, Dataset<Row> terms, Dataset<Row> entities,
      Dataset<Row> pairs, Dataset<Row> sentiment) {
    Contributions plus(Contributions o) {
      return new Contributions(corpus.unionByName(o.corpus), terms.unionByName(o.terms),
          entities.unionByName(o.entities), pairs.unionByName(o.pairs),
          sentiment.unionByName(o.sentiment));
    }
  }

  /**
   * Merges into every per-date table the contributions of {@code written} minus those of {@code
   * removed} (null when the run replaces no stored version).
   *
   * @param removed the stored rows the run removes, read before it removes them
   */
  static void merge(TableTransaction tx, String runId, ArticleRows written, ArticleRows removed,
      StageClock clock) {
    Dataset<Row> periods = periods(written, 1);
    if (removed != null) periods = periods.unionByName(periods(removed, -1));
    periods = periods.persist(StorageLevel.MEMORY_AND_DISK());
    Row span = periods.agg(sort_array(collect_set("grain")), min("period"), max("period")).first();
    clock.lap("per-date: touched periods");
    if (span.isNullAt(1)) {
      periods.unpersist(); // the run counts in no period
      return;
    }
    List<String> grains = span.getList(0);
    String touched = "t.grain IN (" + grains.stream().map(g -> "'" + g + "'")
        .collect(Collectors.joining(", ")) + ") AND t.period BETWEEN DATE'" + span.getDate(1)
        + "' AND DATE'" + span.getDate(2) + "'";
    Contributions c = contributions(written, periods.filter(col("sign").gt(0)));
    if (removed != null) c = c.plus(contributions(removed, periods.filter(col("sign").lt(0))));
    merge(tx, CorpusByDateRow.TABLE, c.corpus(), runId, touched);
    CrashPoints.reach("mid-per-date");
    clock.lap("per-date: corpus_by_date");
    merge(tx, TermsByDateRow.TABLE, c.terms(), runId, touched);
    clock.lap("per-date: terms_by_date");
    merge(tx, EntitiesByDateRow.TABLE, c.entities(), runId, touched);
    merge(tx, EntityPairsByDateRow.TABLE, c.pairs(), runId, touched);
    clock.lap("per-date: entities_by_date, entity_pairs_by_date");
    merge(tx, SentimentByDateRow.TABLE, c.sentiment(), runId, touched);
    clock.lap("per-date: sentiment_by_date");
    periods.unpersist();
  }

  /** Replaces every per-date table by the rollup of {@code all}, every stored article's rows. */
  static void overwrite(TableTransaction tx, String runId, ArticleRows all, StageClock clock) {
    Dataset<Row> periods = periods(all, 1).persist(StorageLevel.MEMORY_AND_DISK());
    Contributions c = contributions(all, periods);
    tx.overwrite(CorpusByDateRow.TABLE, rows(c.corpus(), runId));
    CrashPoints.reach("mid-per-date");
    tx.overwrite(TermsByDateRow.TABLE, rows(c.terms(), runId));
    tx.overwrite(EntitiesByDateRow.TABLE, rows(c.entities(), runId));
    tx.overwrite(EntityPairsByDateRow.TABLE, rows(c.pairs(), runId));
    tx.overwrite(SentimentByDateRow.TABLE, rows(c.sentiment(), runId));
    clock.lap("per-date tables, recomputed");
    periods.unpersist();
  }

  /**
   * The periods the counted articles of {@code rows} count in: {@code article_id, grain, period,
   * n_tokens, sign}.
   */
  private static Dataset<Row> periods(ArticleRows rows, int sign) {
    Dataset<Row> counted = rows.articles()
        .filter(col("n_tokens").isNotNull().and(col("duplicate_of").isNull()))
        .select("article_id", "published_date", "date_precision", "n_tokens");
    return DatePeriods.explode(counted).select(col("article_id"), col("grain"), col("period"),
        col("n_tokens"), lit(sign).as("sign"));
  }

  /**
   * Each per-date table's rows for the articles of {@code periods} (all of one sign), summed per
   * key with the sign applied. The per-article rows of other articles are joined away.
   */
  private static Contributions contributions(ArticleRows rows, Dataset<Row> periods) {
    Column sign = col("sign");
    Dataset<Row> at = periods.select("article_id", "grain", "period", "sign");
    Dataset<Row> corpus = periods.groupBy("grain", "period")
        .agg(sum(sign).as("articles"), sum(sign.multiply(col("n_tokens"))).as("tokens"));
    Dataset<Row> terms = rows.terms().select("article_id", "term", "n", "count")
        .join(at, "article_id")
        .groupBy("grain", "period", "term", "n")
        .agg(sum(sign).as("articles"), sum(sign.multiply(col("count"))).as("count"));
    Dataset<Row> entityRows = rows.entities().select("article_id", "entity", "type", "mentions");
    Dataset<Row> entities = entityRows.join(at, "article_id")
        .groupBy("grain", "period", "entity", "type")
        .agg(sum(sign).as("articles"), sum(sign.multiply(col("mentions"))).as("mentions"));
    Dataset<Row> pairs = EntityPairs.of(entityRows).join(at, "article_id")
        .groupBy("grain", "period", "entity_a", "type_a", "entity_b", "type_b")
        .agg(sum(sign).as("articles"));
    Column tone = when(col("tokens").gt(0),
        col("positive").minus(col("negative")).divide(col("tokens")).multiply(100))
        .otherwise(lit(0.0));
    Dataset<Row> sentiment = rows.sentiment().join(at, "article_id")
        .groupBy("grain", "period", "lexicon")
        .agg(sum(sign).as("articles"), sum(sign.multiply(col("tokens"))).as("tokens"),
            sum(sign.multiply(col("hits"))).as("hits"),
            sum(sign.multiply(col("positive_hits"))).as("positive_hits"),
            sum(sign.multiply(col("negative_hits"))).as("negative_hits"),
            sum(sign.multiply(col("negated_hits"))).as("negated_hits"),
            exactSum(col("positive"), sign).as("positive"),
            exactSum(col("negative"), sign).as("negative"),
            exactSum(tone, sign).as("tone_sum"));
    return new Contributions(corpus, terms, entities, pairs, sentiment);
  }

  /**
   * The signed sum of a double column, exact: each value is rounded once to the stored decimal
   * type ({@link SentimentByDateRow#EXACT}), then summed without rounding.
   */
  private static Column exactSum(Column value, Column sign) {
    // negated, not multiplied by the sign: DECIMAL(30,12) × INT would overflow 38 digits and
    // lose three places
    Column exact = value.cast(SentimentByDateRow.EXACT);
    return sum(when(sign.lt(0), functions.negate(exact)).otherwise(exact))
        .cast(SentimentByDateRow.EXACT);
  }

  /**
   * Merges {@code signed} (sums of both signs, a key may come twice) into {@code table}, as one
   * row per key.
   */
  private static void merge(TableTransaction tx, TableSpec<?> table, Dataset<Row> signed,
      String runId, String touched) {
    Column[] keys = table.keys().stream().map(functions::col).toArray(Column[]::new);
    Column[] sums = table.sums().stream().map(c -> sum(c).as(c)).toArray(Column[]::new);
    Dataset<Row> net = signed.groupBy(keys).agg(sums[0], Arrays.copyOfRange(sums, 1, sums.length));
    tx.mergeSums(table, rows(net, runId), touched);
  }

  /** A table's sums, tagged with the run that writes them. */
  private static Dataset<Row> rows(Dataset<Row> sums, String runId) {
    return sums.withColumn("run_id", lit(runId));
  }

  /**
   * The per-article rows of the articles {@code removed} (stored versions: {@code article_id},
   * {@code published_date}), read from the warehouse's tables at the run's start.
   */
  static ArticleRows stored(Warehouse warehouse, Dataset<Row> removed) {
    Dataset<Row> ids = removed.select(col("article_id").as("rm_id")).distinct();
    Object[] years = removed.filter(col("published_date").isNotNull())
        .select(year(col("published_date"))).distinct().collectAsList().stream()
        .map(r -> r.get(0)).toArray();
    return new ArticleRows(removed,
        storedRows(warehouse, ArticleTermRow.TABLE, ids, years),
        storedRows(warehouse, ArticleEntityRow.TABLE, ids, years),
        storedRows(warehouse, ArticleSentimentRow.TABLE, ids, years));
  }

  private static Dataset<Row> storedRows(Warehouse warehouse, TableSpec<?> table,
      Dataset<Row> ids, Object[] years) {
    // undated articles count in no period, so only the removed versions' years are read
    return warehouse.read(table).filter(col("year").isin(years))
        .join(ids, col("article_id").equalTo(col("rm_id")), "left_semi");
  }
}
