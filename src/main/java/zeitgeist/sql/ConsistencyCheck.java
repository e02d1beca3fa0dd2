package zeitgeist.sql;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.CorpusByDateRow;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.Warehouse;
import zeitgeist.tables.WarehouseLock;

/**
 * Checks that a warehouse is consistent, for {@code zeitgeist status}. Each check gives one line; a
 * problem says what the next run will do about it or what is wrong.
 *
 * <p>While a live run holds the lock, its staging files and its commit are work in progress, not
 * problems: the check then gives one finding, that a run is in progress, and checks nothing else.
 *
 * <p>Checks: no table ahead of the last finished run's version (what a run that died wrote); no
 * lock left by a run that died; each {@code article_id} once in {@code articles}; every other
 * per-article table only for analysed articles; the year rows of {@code corpus_by_date} add up to
 * the analysed dated articles and their tokens. The last two read whole tables: on a large
 * warehouse they take a while.
 */
public final class ConsistencyCheck {
  /** One check's outcome. */
  public record Finding(boolean ok, String text) {}

  private ConsistencyCheck() {}

  public static List<Finding> run(Warehouse wh) {
    List<Finding> out = new ArrayList<>();
    FileSystem fs = wh.fs();
    try {
      java.util.Optional<String> running = WarehouseLock.liveHolder(fs, wh.root());
      if (running.isPresent()) {
        return List.of(
            new Finding(
                true,
                "a run is in progress: " + running.get() + "; check again when it has finished"));
      }
      List<String> ahead = new ArrayList<>();
      for (TableSpec<?> t : Warehouse.TABLES) {
        Long finished = wh.snapshot().versions().get(t.name());
        long expected = finished == null ? 0 : finished;
        if (t != RunRow.TABLE && wh.exists(t) && wh.version(t) > expected) {
          ahead.add(t.name() + " (version " + wh.version(t) + ", not " + expected + ")");
        }
      }
      out.add(
          new Finding(
              ahead.isEmpty(),
              ahead.isEmpty()
                  ? "every table at the version of the last finished run"
                  : "a run that did not finish left "
                      + String.join(", ", ahead)
                      + ": readers see the last finished run; the next run restores them"));
      boolean locked = fs.exists(new Path(wh.root(), WarehouseLock.NAME));
      out.add(
          new Finding(
              !locked,
              locked
                  ? "_lock was left by a run that is no longer running: the next run takes it over"
                  : "not locked"));
    } catch (IOException e) {
      throw new UncheckedIOException("checking " + wh.root(), e);
    }

    Dataset<Row> articles = wh.read(ArticleRow.TABLE);
    long rows = articles.count();
    long ids = articles.select("article_id").distinct().count();
    out.add(
        new Finding(
            rows == ids,
            rows == ids
                ? "each article_id once in articles"
                : (rows - ids) + " duplicate article_id rows in articles"));

    Dataset<Row> analysed =
        articles.filter(col("n_tokens").isNotNull().and(col("duplicate_of").isNull()));
    for (TableSpec<?> t : Warehouse.PER_ARTICLE_TABLES) {
      if (t == ArticleRow.TABLE) {
        continue;
      }
      long orphans =
          wh.read(t)
              .select("article_id")
              .distinct()
              .join(analysed.select("article_id"), "article_id", "left_anti")
              .count();
      out.add(
          new Finding(
              orphans == 0,
              orphans == 0
                  ? t.name() + " only for analysed articles"
                  : orphans + " articles have " + t.name() + " rows but are not analysed"));
    }

    Row expected =
        analysed
            .filter(col("published_date").isNotNull())
            .agg(org.apache.spark.sql.functions.count("*"), sum("n_tokens"))
            .first();
    Row actual =
        wh.read(CorpusByDateRow.TABLE)
            .filter(col("grain").equalTo("year"))
            .agg(sum("articles"), sum("tokens"))
            .first();
    long expArticles = expected.getLong(0);
    long expTokens = expected.isNullAt(1) ? 0 : expected.getLong(1);
    long gotArticles = actual.isNullAt(0) ? 0 : actual.getLong(0);
    long gotTokens = actual.isNullAt(1) ? 0 : actual.getLong(1);
    boolean sums = expArticles == gotArticles && expTokens == gotTokens;
    out.add(
        new Finding(
            sums,
            sums
                ? "corpus_by_date adds up to the analysed dated articles (" + gotArticles + ")"
                : "corpus_by_date year rows count "
                    + gotArticles
                    + " articles / "
                    + gotTokens
                    + " tokens, the articles table "
                    + expArticles
                    + " / "
                    + expTokens));
    return out;
  }
}
