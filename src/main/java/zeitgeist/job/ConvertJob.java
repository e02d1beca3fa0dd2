package zeitgeist.job;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import zeitgeist.config.BuildInfo;
import zeitgeist.config.ConfigException;
import zeitgeist.tables.ArticleEntityRow;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleSentimentRow;
import zeitgeist.tables.ArticleTermRow;
import zeitgeist.tables.CrashPoints;
import zeitgeist.tables.DateRollups;
import zeitgeist.tables.EntityMentionRow;
import zeitgeist.tables.LexiconHitRow;
import zeitgeist.tables.ReleasedLayout;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.TableConversion;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.TableTransaction;
import zeitgeist.tables.Warehouse;

/**
 * {@code zeitgeist convert}: a warehouse written by an earlier release, as plain Parquet folders
 * ({@link ReleasedLayout}), made a warehouse of Delta tables in place.
 *
 * <pre>
 * finish the earlier release's pending commit -> mark the conversion
 *   -> per-article tables, rejects, input_files, runs: converted in place, new columns added
 *   -> per-date tables: recomputed from the converted per-article tables
 *   -> the conversion's runs row (the commit) -> unmark
 * </pre>
 *
 * <p>The per-article tables, {@code rejects}, {@code input_files} and {@code runs} keep their
 * Parquet files, unread and uncopied ({@link TableConversion#inPlace}); {@code runs} gains {@code
 * table_versions} (null for the earlier runs). The per-date tables are recomputed, not converted
 * ({@link DateRollups#overwrite}): the earlier release stored the sums of {@code sentiment_by_date}
 * ({@code positive}, {@code negative}, {@code tone_sum}) as doubles, rounded in whatever order a
 * run's tasks added them, where this release stores exact {@code DECIMAL(30,12)} sums that later
 * runs add to by {@code MERGE}. Recomputed, every per-date table holds what a fresh warehouse of
 * the same articles holds, to the last digit.
 *
 * <p>The commit is a {@code runs} row with status {@value Warehouse#CONVERTED}: it records every
 * table's version, so readers see the converted tables from then on, and carries the {@code config}
 * and {@code arguments} of the earlier release's last finished run, so the next {@code run} with
 * the same options passes {@link ConfigCheck}. The earlier runs' rows stay; as they recorded no
 * versions, {@code sql --as-of-run} cannot go back to them.
 *
 * <p>Crash safety: until the commit, a marker makes {@code run}, {@code sql} and {@code status}
 * refuse the warehouse with the command that finishes it. Every step skips a table that is a Delta
 * table already, so running {@code convert} again finishes the job; only the per-date tables are
 * recomputed again. The caller holds the warehouse lock.
 */
public final class ConvertJob {
  private final SparkSession spark;
  private final String root;
  private final boolean verbose;

  public ConvertJob(SparkSession spark, String warehouse, boolean verbose) {
    this.spark = spark;
    this.root = warehouse;
    this.verbose = verbose;
  }

  /** What a conversion did; {@code runId} null when the warehouse was converted already. */
  public record Summary(
      String warehouse,
      String runId,
      List<String> finishedCommits,
      List<TableConversion.Outcome> tables,
      int recomputed,
      String sourceRun,
      Duration elapsed) {

    /** A warehouse of Delta tables: nothing to do. */
    public static Summary alreadyConverted(String warehouse) {
      return new Summary(warehouse, null, List.of(), List.of(), 0, null, Duration.ZERO);
    }

    /** One line: what was converted, created, recomputed, and the run that records it. */
    public String format() {
      if (runId == null) {
        return "warehouse "
            + warehouse
            + " is already converted: its tables are Delta tables; "
            + "nothing to do";
      }
      List<String> parts = new ArrayList<>();
      if (!finishedCommits.isEmpty()) {
        parts.add("finished the pending commit of run " + String.join(", ", finishedCommits));
      }
      long files = 0;
      int converted = 0;
      List<String> empty = new ArrayList<>();
      List<String> earlier = new ArrayList<>();
      for (TableConversion.Outcome o : tables) {
        switch (o.kind()) {
          case CONVERTED -> {
            converted++;
            files += o.files();
          }
          case CREATED_EMPTY -> empty.add(o.table());
          case ALREADY_DELTA -> earlier.add(o.table());
        }
      }
      parts.add(
          converted + " tables converted in place (" + files + " Parquet files kept, none copied)");
      if (!empty.isEmpty()) parts.add("created empty: " + String.join(", ", empty));
      if (empty.contains(EntityMentionRow.TABLE.name())
          || empty.contains(LexiconHitRow.TABLE.name())) {
        parts.add(
            "the release that wrote the warehouse kept no entity mentions or lexicon hits: "
                + "a run with --rebuild adds them for its articles");
      }
      if (!earlier.isEmpty()) {
        parts.add("converted by an earlier, interrupted convert: " + String.join(", ", earlier));
      }
      parts.add(recomputed + " per-date tables recomputed");
      return String.format(
          Locale.ROOT,
          "converted %s in %.1f s: %s; run %s (%s) records the " + "tables' versions%s",
          warehouse,
          elapsed.toMillis() / 1000.0,
          String.join("; ", parts),
          runId,
          Warehouse.CONVERTED,
          sourceRun == null ? "" : " and keeps the settings of run " + sourceRun);
    }
  }

  /** Converts the warehouse as run {@code runId}; the caller holds the warehouse lock. */
  public Summary run(String runId) {
    Instant started = Instant.now();
    Warehouse warehouse = new Warehouse(spark, root);
    if (TableConversion.started(warehouse) && warehouse.snapshotRun().isPresent()) {
      // killed after its commit: only the marker was left
      TableConversion.finish(warehouse);
      return Summary.alreadyConverted(root);
    }
    try (StageClock clock = new StageClock(spark.sparkContext(), verbose, null)) {
      return convert(warehouse, runId, started, clock);
    }
  }

  private Summary convert(Warehouse warehouse, String runId, Instant started, StageClock clock) {
    clock.start("pending commits, marker");
    List<String> finishedCommits = finishCommits(warehouse);
    TableConversion.start(warehouse, runId);

    clock.start("convert in place");
    List<TableConversion.Outcome> outcomes =
        new ArrayList<>(inPlace(warehouse, Warehouse.PER_ARTICLE_TABLES));
    CrashPoints.reach("mid-convert");
    outcomes.addAll(
        inPlace(
            warehouse,
            Warehouse.TABLES.stream()
                .filter(t -> t.sums().isEmpty() && !Warehouse.PER_ARTICLE_TABLES.contains(t))
                .toList()));
    int recomputed = 0;
    for (TableSpec<?> t : Warehouse.TABLES) {
      if (!t.sums().isEmpty()) {
        TableConversion.replaceByEmpty(warehouse, t);
        recomputed++;
      }
    }
    TableTransaction tx = warehouse.beginConversion(runId);
    DateRollups.overwrite(
        tx,
        DateRollups.ArticleRows.joined(
            warehouse.read(ArticleRow.TABLE), warehouse.read(ArticleTermRow.TABLE),
            warehouse.read(ArticleEntityRow.TABLE), warehouse.read(ArticleSentimentRow.TABLE)),
        clock::start);
    clock.start("near-copy stories");
    // the earlier release stored no story: every article is compared, as a run over all would
    NearCopyStories.groupStored(warehouse, tx, runId);

    clock.start("commit");
    Row source = lastFinishedRun(warehouse);
    tx.commit(runRow(runId, started, source));
    TableConversion.finish(warehouse);
    clock.stop();
    return new Summary(
        root,
        runId,
        finishedCommits,
        outcomes,
        recomputed,
        source == null ? null : source.getString(0),
        Duration.between(started, Instant.now()));
  }

  /**
   * Converts {@code tables} in place and adds the columns they lack, side by side: the tables are
   * independent, and each conversion is mostly waiting for small Spark jobs.
   */
  private static List<TableConversion.Outcome> inPlace(
      Warehouse warehouse, List<TableSpec<?>> tables) {
    return tables.parallelStream()
        .map(
            t -> {
              TableConversion.Outcome o = TableConversion.inPlace(warehouse, t);
              TableConversion.addMissingColumns(warehouse, t);
              return o;
            })
        .toList();
  }

  /**
   * The earlier release's pending commits, finished ({@link ReleasedLayout#finishCommits}).
   *
   * @throws ConfigException when one cannot be finished here
   */
  private static List<String> finishCommits(Warehouse warehouse) {
    try {
      return ReleasedLayout.finishCommits(
          warehouse.root().getFileSystem(warehouse.spark().sparkContext().hadoopConfiguration()),
          warehouse.root());
    } catch (IllegalStateException e) {
      throw new ConfigException(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("finishing the pending commits in " + warehouse.root(), e);
    }
  }

  /**
   * The earlier release's last finished run: {@code run_id}, {@code config}, {@code arguments};
   * null when none finished.
   */
  private static Row lastFinishedRun(Warehouse warehouse) {
    List<Row> last =
        warehouse
            .read(RunRow.TABLE)
            .filter(col("status").isin("succeeded", "nothing_new"))
            .orderBy(col("run_id").desc())
            .select("run_id", "config", "arguments")
            .limit(1)
            .collectAsList();
    return last.isEmpty() ? null : last.get(0);
  }

  private static RunRow runRow(String runId, Instant started, Row source) {
    RunRow r = new RunRow();
    r.setRunId(runId);
    r.setStartedAt(Timestamp.from(started));
    r.setFinishedAt(Timestamp.from(Instant.now()));
    r.setStatus(Warehouse.CONVERTED);
    r.setLanguages(Map.of());
    r.setProjectVersion(BuildInfo.get().describe(SparkSession.active().version()));
    if (source != null) {
      r.setConfig(source.getString(1));
      r.setArguments(source.getString(2));
    }
    r.setMessage(
        "converted in place from the plain Parquet tables of an earlier release"
            + (source == null ? "" : " (its last run: " + source.getString(0) + ")")
            + "; per-date tables recomputed");
    return r;
  }
}
