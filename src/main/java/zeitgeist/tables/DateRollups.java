package zeitgeist.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * Keeps the per-date tables equal to the rollup of the per-article tables, by addition.
 *
 * <p>Rules: every per-date row is a sum over the analysed, non-duplicate, dated articles of its
 * period ({@link DatePeriods}). A run adds the contributions of the articles it writes and
 * subtracts those of the stored versions it replaces (a changed article, a stored article written
 * again because its duplicate status changed), per key, and merges the difference into each table
 * (Delta {@code MERGE}, reading only the files whose grain and period span can hold a touched key):
 * a key the run does not touch is not written, and a row whose article count falls to zero is
 * deleted. No article the run does not touch is counted again, so a run's cost follows its new
 * articles, not the archive.
 *
 * <p>Exactness: every sum is an integer count, or a {@code DECIMAL} ({@code positive}, {@code
 * negative}, {@code tone_sum} of {@code sentiment_by_date}, see {@link SentimentByDateRow#TABLE}):
 * each article's value is rounded once to the table's scale and the sums are exact, so runs in any
 * order, and batches in any split, give the same values to the last digit as one run.
 *
 * <p>{@link #overwrite} computes every per-date table from scratch from a complete set of
 * per-article rows ({@code --rebuild}, and converting a warehouse); both paths share the
 * contribution code, so they cannot disagree on a rule.
 */
public final class DateRollups {
  private DateRollups() {}

  /**
   * Per-article rows in stored columns: articles, article_entities, article_sentiment, and the
   * terms of the counted articles with their article's date ({@link #datedTerms}).
   *
   * @param datedTerms {@code published_date, date_precision, term, n, count}: one row per
   *     article_terms row of an analysed, non-duplicate article, with that article's date; so the
   *     terms' periods need no join with the articles
   */
  public record ArticleRows(
      Dataset<Row> articles,
      Dataset<Row> datedTerms,
      Dataset<Row> entities,
      Dataset<Row> sentiment) {
    /** From stored tables: the terms are joined with their articles for the dates. */
    public static ArticleRows joined(
        Dataset<Row> articles, Dataset<Row> terms, Dataset<Row> entities, Dataset<Row> sentiment) {
      Dataset<Row> dates =
          counted(articles)
              .select(col("article_id").as("d_id"), col("published_date"), col("date_precision"));
      Dataset<Row> dated =
          terms
              .select("article_id", "term", "n", "count")
              .join(dates, col("article_id").equalTo(col("d_id")))
              .select("published_date", "date_precision", "term", "n", "count");
      return new ArticleRows(articles, dated, entities, sentiment);
    }
  }

  /** The articles whose rows count in per-date tables: analysed and not duplicates. */
  public static Dataset<Row> counted(Dataset<Row> articles) {
    return articles.filter(col("n_tokens").isNotNull().and(col("duplicate_of").isNull()));
  }

  /** The signed per-date contributions of some per-article rows, one Dataset per table. */
  private record Contributions(
      Dataset<Row> corpus,
      Dataset<Row> terms,
      Dataset<Row> entities,
      Dataset<Row> pairs,
      Dataset<Row> sentiment) {
    Contributions plus(Contributions o) {
      return new Contributions(
          corpus.unionByName(o.corpus),
          terms.unionByName(o.terms),
          entities.unionByName(o.entities),
          pairs.unionByName(o.pairs),
          sentiment.unionByName(o.sentiment));
    }
  }

  /**
   * Merges into every per-date table the contributions of {@code written} minus those of {@code
   * removed} (null when the run replaces no stored version).
   *
   * @param removed the stored rows the run removes, read before it removes them
   */
  public static void merge(
      TableTransaction tx, ArticleRows written, ArticleRows removed, Consumer<String> stage) {
    stage.accept("per-date: touched periods");
    Dataset<Row> periods = periods(written, 1);
    if (removed != null) periods = periods.unionByName(periods(removed, -1));
    periods = periods.persist(StorageLevel.MEMORY_AND_DISK());
    Row span = periods.agg(sort_array(collect_set("grain")), min("period"), max("period")).first();
    if (span.isNullAt(1)) {
      periods.unpersist(); // the run counts in no period
      return;
    }
    List<String> grains = span.getList(0);
    String touched =
        "t.grain IN ("
            + grains.stream().map(g -> "'" + g + "'").collect(Collectors.joining(", "))
            + ") AND t.period BETWEEN DATE'"
            + span.getDate(1)
            + "' AND DATE'"
            + span.getDate(2)
            + "'";
    stage.accept("per-date: corpus_by_date");
    Contributions c = contributions(written, periods.filter(col("sign").gt(0)), 1);
    if (removed != null) {
      c = c.plus(contributions(removed, periods.filter(col("sign").lt(0)), -1));
    }
    tx.mergeSums(CorpusByDateRow.TABLE, c.corpus(), touched);
    CrashPoints.reach("mid-per-date");
    stage.accept("per-date: terms_by_date");
    tx.mergeSums(TermsByDateRow.TABLE, c.terms(), touched);
    stage.accept("per-date: entities_by_date, entity_pairs_by_date");
    tx.mergeSums(EntitiesByDateRow.TABLE, c.entities(), touched);
    tx.mergeSums(EntityPairsByDateRow.TABLE, c.pairs(), touched);
    stage.accept("per-date: sentiment_by_date");
    tx.mergeSums(SentimentByDateRow.TABLE, c.sentiment(), touched);
    periods.unpersist();
  }

  /** Replaces every per-date table by the rollup of {@code all}, every stored article's rows. */
  public static void overwrite(TableTransaction tx, ArticleRows all, Consumer<String> stage) {
    stage.accept("per-date tables, recomputed");
    Dataset<Row> periods = periods(all, 1).persist(StorageLevel.MEMORY_AND_DISK());
    Contributions c = contributions(all, periods, 1);
    tx.overwriteSums(CorpusByDateRow.TABLE, c.corpus());
    CrashPoints.reach("mid-per-date");
    tx.overwriteSums(TermsByDateRow.TABLE, c.terms());
    tx.overwriteSums(EntitiesByDateRow.TABLE, c.entities());
    tx.overwriteSums(EntityPairsByDateRow.TABLE, c.pairs());
    tx.overwriteSums(SentimentByDateRow.TABLE, c.sentiment());
    periods.unpersist();
  }

  /**
   * The periods the counted articles of {@code rows} count in: {@code article_id, grain, period,
   * n_tokens, sign}.
   */
  private static Dataset<Row> periods(ArticleRows rows, int sign) {
    Dataset<Row> counted =
        counted(rows.articles())
            .select("article_id", "published_date", "date_precision", "n_tokens");
    return DatePeriods.explode(counted)
        .select(
            col("article_id"), col("grain"), col("period"), col("n_tokens"), lit(sign).as("sign"));
  }

  /**
   * Each per-date table's signed contributions from the articles of {@code periods} (all of sign
   * {@code sign}): one row per article and key, with the table's key and sum columns, the sign
   * applied; {@link TableTransaction} sums them per key. The per-article rows of other articles are
   * joined away; the terms, the largest, come with their dates and are not joined ({@link
   * ArticleRows#datedTerms}): their periods are generated row by row.
   */
  private static Contributions contributions(ArticleRows rows, Dataset<Row> periods, int sign) {
    Column signed = lit(sign);
    Dataset<Row> at = periods.select("article_id", "grain", "period");
    Dataset<Row> corpus =
        periods.select(
            col("grain"),
            col("period"),
            signed.as("articles"),
            col("n_tokens").multiply(sign).as("tokens"));
    Dataset<Row> terms =
        DatePeriods.explode(rows.datedTerms())
            .select(
                col("grain"),
                col("period"),
                col("term"),
                col("n"),
                signed.as("articles"),
                col("count").multiply(sign).as("count"));
    Dataset<Row> entityRows = rows.entities().select("article_id", "entity", "type", "mentions");
    Dataset<Row> entities =
        entityRows
            .join(at, "article_id")
            .select(
                col("grain"),
                col("period"),
                col("entity"),
                col("type"),
                signed.as("articles"),
                col("mentions").multiply(sign).as("mentions"));
    Dataset<Row> pairs =
        EntityPairs.of(entityRows)
            .join(at, "article_id")
            .select(
                col("grain"),
                col("period"),
                col("entity_a"),
                col("type_a"),
                col("entity_b"),
                col("type_b"),
                signed.as("articles"));
    Column tone =
        when(
                col("tokens").gt(0),
                col("positive").minus(col("negative")).divide(col("tokens")).multiply(100))
            .otherwise(lit(0.0));
    Dataset<Row> sentiment =
        rows.sentiment()
            .join(at, "article_id")
            .select(
                col("grain"),
                col("period"),
                col("lexicon"),
                signed.as("articles"),
                col("tokens").multiply(sign).as("tokens"),
                col("hits").multiply(sign).as("hits"),
                col("positive_hits").multiply(sign).as("positive_hits"),
                col("negative_hits").multiply(sign).as("negative_hits"),
                col("negated_hits").multiply(sign).as("negated_hits"),
                exact(col("positive"), sign).as("positive"),
                exact(col("negative"), sign).as("negative"),
                exact(tone, sign).as("tone_sum"));
    return new Contributions(corpus, terms, entities, pairs, sentiment);
  }

  /**
   * A double column's signed value, exact: rounded once to the stored decimal type ({@link
   * SentimentByDateRow#EXACT}), so that sums of it are exact.
   */
  private static Column exact(Column value, int sign) {
    // negated, not multiplied by the sign: DECIMAL(30,12) × INT would overflow 38 digits and
    // lose three places
    Column exact = value.cast(SentimentByDateRow.EXACT);
    return sign < 0 ? functions.negate(exact) : exact;
  }

  /**
   * The per-article rows of the articles {@code removed} (stored versions: {@code article_id},
   * {@code published_date}), read from the warehouse's tables at the run's start.
   */
  public static ArticleRows stored(Warehouse warehouse, Dataset<Row> removed) {
    Dataset<Row> ids = removed.select(col("article_id").as("rm_id")).distinct();
    Object[] years =
        removed
            .filter(col("published_date").isNotNull())
            .select(year(col("published_date")))
            .distinct()
            .collectAsList()
            .stream()
            .map(r -> r.get(0))
            .toArray();
    return ArticleRows.joined(
        removed,
        storedRows(warehouse, ArticleTermRow.TABLE, ids, years),
        storedRows(warehouse, ArticleEntityRow.TABLE, ids, years),
        storedRows(warehouse, ArticleSentimentRow.TABLE, ids, years));
  }

  private static Dataset<Row> storedRows(
      Warehouse warehouse, TableSpec<?> table, Dataset<Row> ids, Object[] years) {
    // undated articles count in no period, so only the removed versions' years are read
    return warehouse
        .read(table)
        .filter(col("year").isin(years))
        .join(ids, col("article_id").equalTo(col("rm_id")), "left_semi");
  }
}
