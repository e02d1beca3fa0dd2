package zeitgeist.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import zeitgeist.config.BuildInfo;
import zeitgeist.config.JobConfig;
import zeitgeist.progress.ProgressPrinter;
import zeitgeist.progress.StageProgress;
import zeitgeist.tables.ArticleEntityRow;
import zeitgeist.tables.ArticleEntitySentimentRow;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleSentimentRow;
import zeitgeist.tables.ArticleTermRow;
import zeitgeist.tables.CrashPoints;
import zeitgeist.tables.DateRollups;
import zeitgeist.tables.EntityMentionRow;
import zeitgeist.tables.InputFileRow;
import zeitgeist.tables.LexiconCategoryRow;
import zeitgeist.tables.LexiconHitRow;
import zeitgeist.tables.NearCopyRow;
import zeitgeist.tables.RejectRow;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.TableTransaction;
import zeitgeist.tables.Warehouse;

/**
 * {@code zeitgeist run}: the job's data flow, wired in one place.
 *
 * <pre>
 * list inputs -> read records -> build articles (clean, date: ArticleBuilder) -> drop ids already
 *   stored -> plan changes and duplicates -> analyse (language, then ArticleAnalyzer, mapped to
 *   rows by TableRows) -> near-copy stories -> merge per-date sums (DateRollups)
 *   -> per-article writes (and the stories of stored articles that changed)
 *   -> rejects, input files -> the run's row (the commit)
 * </pre>
 *
 * Articles already in the warehouse with the same {@code article_id} and content hash are skipped;
 * ones with a different hash are changed: their stored rows are removed and the new version is
 * written and analysed ({@link ChangePlan}). A second record with an id already read in the same
 * run is rejected as {@code duplicate_id}.
 *
 * <p>The ingest classification, the change plan and the analysed articles are each computed once
 * and checkpointed ({@link Checkpoints}: reliably when {@code spark.checkpoint.dir} is set on a
 * cluster); the run deletes its checkpoint files when it ends.
 *
 * <p>The stages are timed by a {@link StageClock}; two of them count their items as they go, for
 * the progress lines: {@code ingest} the records built (how many is not known before), {@code
 * analysis} the articles analysed, of the articles to write (known from the ingest counts and the
 * change plan).
 */
public final class RunJob {
  /** Analysis tasks get about this many articles each (and at least two tasks a core). */
  private static final long ARTICLES_PER_TASK = 2000;

  private final SparkSession spark;
  private final JobConfig config;
  private final ProgressPrinter progress;
  private RunReport failure;

  /**
   * @param progress where the stages' progress goes, or null for none
   */
  public RunJob(SparkSession spark, JobConfig config, ProgressPrinter progress) {
    this.spark = spark;
    this.config = config;
    this.progress = progress;
  }

  public RunJob(SparkSession spark, JobConfig config) {
    this(spark, config, null);
  }

  /** The report of the failed run, once {@link #run} has thrown after recording it. */
  public Optional<RunReport> failure() {
    return Optional.ofNullable(failure);
  }

  /** A sortable, unique run id: UTC time plus 4 random hex digits. */
  public static String newRunId(Instant now) {
    String time =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(now);
    return time + "-" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
  }

  /**
   * Runs the job as run {@code runId}; the caller holds the warehouse lock. A run that fails is
   * recorded in {@code runs} and its report kept ({@link #failure}) before the exception goes on.
   */
  public RunReport run(String runId) {
    Instant started = Instant.now();
    Warehouse warehouse = new Warehouse(spark, config.warehouse());
    TableTransaction tx = warehouse.begin(runId);
    ConfigCheck.verify(warehouse, config);
    StageClock clock = new StageClock(spark.sparkContext(), config.verbose(), progress);
    try {
      LongAccumulator built = clock.startCounting("ingest", "records", StageProgress.UNKNOWN);
      IngestStage.Result in =
          new IngestStage(spark, config, warehouse)
              .run(runId, config.full(), LocalDate.ofInstant(started, ZoneOffset.UTC), built);
      if (in.fresh() + in.changed() == 0 && !config.rebuild()) {
        if (warehouse.gained(ArticleRow.TABLE, "story_id")) {
          clock.start("near-copy stories");
          NearCopyStories.groupStored(warehouse, tx, runId);
        }
        return finish(warehouse, tx, in, null, Map.of(), runId, started, clock);
      }
      clock.start("change plan");
      ChangePlan.Plan plan =
          ChangePlan.of(in.incoming(), warehouse.read(ArticleRow.TABLE), config.rebuild(), runId);

      long toAnalyse = in.fresh() + in.changed() + plan.rewritten();
      LongAccumulator analysedCount = clock.startCounting("analysis", "articles", toAnalyse);
      int slices =
          (int)
              Math.max(
                  spark.sparkContext().defaultParallelism() * 2L,
                  (toAnalyse + ARTICLES_PER_TASK - 1) / ARTICLES_PER_TASK);
      Dataset<AnalyzedArticle> firstPass =
          Checkpoints.eager(
              plan.toWrite()
                  .repartition(slices)
                  .mapPartitions(
                      new AnalyzeArticles(config.analysis(), null, analysedCount),
                      Encoders.bean(AnalyzedArticle.class)));
      Map<String, Long> languages = ArticleLanguages.count(firstPass);
      Dataset<AnalyzedArticle> analysed =
          ArticleLanguages.settleUndetermined(firstPass, languages, warehouse, config.analysis());
      if (analysed != firstPass) {
        languages = ArticleLanguages.count(analysed);
      }
      CrashPoints.reach("after-analysis");
      boolean removes = in.changed() + plan.rewritten() > 0;
      clock.start("near-copy stories");
      NearCopyStories.Result stories =
          NearCopyStories.find(
              spark,
              warehouse,
              analysed.select(col("article.*")).as(ArticleRow.TABLE.encoder()),
              removes ? plan.removedIds() : null,
              warehouse.gained(ArticleRow.TABLE, "story_id"),
              runId);
      Dataset<ArticleRow> articles =
          stories.withStories(analysed.select(col("article.*")).as(ArticleRow.TABLE.encoder()));
      Dataset<ArticleTermRow> terms = rows(analysed, "terms", ArticleTermRow.TABLE);
      Dataset<ArticleEntityRow> entities = rows(analysed, "entities", ArticleEntityRow.TABLE);
      Dataset<ArticleSentimentRow> sentiment =
          rows(analysed, "sentiment", ArticleSentimentRow.TABLE);

      DateRollups.ArticleRows written =
          new DateRollups.ArticleRows(
              ArticleRow.TABLE.toStored(articles.toDF()),
              datedTerms(analysed),
              ArticleEntityRow.TABLE.toStored(entities.toDF()),
              ArticleSentimentRow.TABLE.toStored(sentiment.toDF()));
      if (config.rebuild()) {
        DateRollups.overwrite(tx, written, clock::start);
      } else {
        // before the per-article tables change: the removed versions are read as stored
        DateRollups.merge(
            tx,
            written,
            removes ? DateRollups.stored(warehouse, plan.removedVersions()) : null,
            clock::start);
      }
      CrashPoints.reach("between-tables");
      clock.start("write per-article tables");
      if (removes) {
        for (TableSpec<?> t : Warehouse.PER_ARTICLE_TABLES) {
          tx.removeArticles(t, plan.removedIds());
        }
        tx.removeArticles(NearCopyRow.TABLE, plan.removedIds(), "article_id", "other_id");
      }
      Appender append = new Appender(tx, toAnalyse <= ARTICLES_PER_TASK);
      append.rows(ArticleRow.TABLE, articles);
      stories.write(tx);
      append.rows(ArticleTermRow.TABLE, terms);
      append.rows(ArticleEntityRow.TABLE, entities);
      append.rows(EntityMentionRow.TABLE, rows(analysed, "mentions", EntityMentionRow.TABLE));
      append.rows(ArticleSentimentRow.TABLE, sentiment);
      append.rows(
          ArticleEntitySentimentRow.TABLE,
          rows(analysed, "entitySentiment", ArticleEntitySentimentRow.TABLE));
      append.rows(LexiconCategoryRow.TABLE, rows(analysed, "categories", LexiconCategoryRow.TABLE));
      append.rows(LexiconHitRow.TABLE, rows(analysed, "hits", LexiconHitRow.TABLE));

      RunReport report = finish(warehouse, tx, in, plan, languages, runId, started, clock);
      analysed.unpersist();
      firstPass.unpersist();
      return report;
    } catch (Exception e) {
      clock.abort();
      recordFailure(warehouse, runId, started, e, clock.laps());
      throw e;
    } finally {
      clock.close();
      Checkpoints.delete(spark);
    }
  }

  /** Stages per-article rows: from one task when the run analyses few articles. */
  private record Appender(TableTransaction tx, boolean few) {
    <T> void rows(TableSpec<T> table, Dataset<T> rows) {
      if (few) {
        tx.appendFew(table, rows);
      } else {
        tx.append(table, rows);
      }
    }
  }

  /**
   * The terms of the counted analysed articles with their article's date ({@link
   * DateRollups.ArticleRows#datedTerms}), flattened from the analysed articles: no join.
   */
  private static Dataset<Row> datedTerms(Dataset<AnalyzedArticle> analysed) {
    return analysed
        .filter(col("article.nTokens").isNotNull().and(col("article.duplicateOf").isNull()))
        .select(
            col("article.publishedDate").as("published_date"),
            col("article.datePrecision").as("date_precision"),
            explode(col("terms")).as("r"))
        .select(
            col("published_date"),
            col("date_precision"),
            col("r.term").as("term"),
            col("r.n").as("n"),
            col("r.count").as("count"));
  }

  /** The rows of one per-article table: the analysed articles' list {@code field}, flattened. */
  private static <T> Dataset<T> rows(
      Dataset<AnalyzedArticle> analysed, String field, TableSpec<T> table) {
    return analysed.select(explode(col(field)).as("r")).select(col("r.*")).as(table.encoder());
  }

  /**
   * Stages the rejects and the run's row, commits, and says what the run did. When a JSON summary
   * is asked for, the rejects the run added are counted by reason after the commit: one small Spark
   * job over {@code rejects}, none when it added no reject.
   */
  private RunReport finish(
      Warehouse warehouse,
      TableTransaction tx,
      IngestStage.Result in,
      ChangePlan.Plan plan,
      Map<String, Long> languages,
      String runId,
      Instant started,
      StageClock clock) {
    clock.start("commit");
    long rejectsAdded = tx.append(RejectRow.TABLE, in.newRejects());
    tx.append(InputFileRow.TABLE, in.filesRead());
    long rewritten = plan == null ? 0 : plan.rewritten();
    RunSummary summary =
        new RunSummary(
            runId,
            in.read(),
            in.fresh(),
            in.unchanged(),
            in.changed(),
            in.rejected(),
            rejectsAdded,
            in.fresh() + in.changed() + rewritten,
            plan == null ? 0 : plan.duplicates(),
            in.filesReadCount(),
            in.filesSkipped(),
            in.idClashes(),
            in.redelivered(),
            in.datesUnreadable(),
            in.datesImplausible(),
            languages,
            Duration.between(started, Instant.now()));
    RunRow row = runRow(summary, started, null);
    tx.commit(row);
    clock.stop();
    in.release().run();
    Map<String, Long> rejectsByReason =
        rejectsAdded > 0 && config.report().wantsJson()
            ? rejectsByReason(warehouse, runId)
            : Map.of();
    return new RunReport(
        row,
        summary.withElapsed(Duration.between(started, Instant.now())),
        clock.laps(),
        rejectsByReason);
  }

  /** The rows run {@code runId} added to {@code rejects}, per reason, as committed. */
  private static Map<String, Long> rejectsByReason(Warehouse warehouse, String runId) {
    Map<String, Long> out = new TreeMap<>();
    for (Row r :
        warehouse
            .read(RejectRow.TABLE)
            .filter(col("run_id").equalTo(runId))
            .groupBy("reason")
            .count()
            .collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }

  private RunRow runRow(RunSummary s, Instant started, String failure) {
    RunRow r = new RunRow();
    r.setRunId(s.runId());
    r.setStartedAt(Timestamp.from(started));
    r.setFinishedAt(Timestamp.from(Instant.now()));
    r.setStatus(failure == null ? s.status() : "failed");
    r.setRead(s.read());
    r.setNewArticles(s.newArticles());
    r.setUnchanged(s.unchanged());
    r.setRejected(s.rejected());
    r.setRejectsAdded(s.rejectsAdded());
    r.setWritten(s.written());
    r.setDuplicates(s.duplicates());
    r.setFilesRead(s.filesRead());
    r.setFilesSkipped(s.filesSkipped());
    r.setIdClashes(s.idClashes());
    r.setRedelivered(s.redelivered());
    r.setDatesUnreadable(s.datesUnreadable());
    r.setDatesImplausible(s.datesImplausible());
    r.setLanguages(s.languages());
    r.setProjectVersion(BuildInfo.get().describe(SparkSession.active().version()));
    r.setArguments(config.arguments());
    r.setConfig(config.fingerprint());
    r.setMessage(failure);
    return r;
  }

  private void recordFailure(
      Warehouse warehouse,
      String runId,
      Instant started,
      Exception e,
      List<RunReport.Stage> stages) {
    RunSummary none =
        new RunSummary(
            runId,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            Map.of(),
            Duration.between(started, Instant.now()));
    RunRow row = runRow(none, started, String.valueOf(e.getMessage()));
    failure = new RunReport(row, none, stages, Map.of());
    try {
      warehouse.begin(runId + "-failed").commit(row);
    } catch (Exception ignored) {
      // the original failure is what the user must see
    }
  }
}
