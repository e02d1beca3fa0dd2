package zeitgeist.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import zeitgeist.config.InputFormat;
import zeitgeist.config.JobConfig;
import zeitgeist.ingest.InputFile;
import zeitgeist.ingest.RawRecord;
import zeitgeist.ingest.RejectReason;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.InputFileRow;
import zeitgeist.tables.RejectRow;
import zeitgeist.tables.Warehouse;

/**
 * The ingest stage: list inputs, read records, build articles (clean, date; the language is
 * identified in the analysis stage, for the articles a run writes), and sort them against the
 * warehouse.
 *
 * <p>Rules: an article whose {@code article_id} and content hash are already stored is {@code
 * unchanged} and skipped (without being cleaned again or analysed: only the two columns are read
 * from the warehouse); one whose id is stored with another hash is {@code changed}; the rest are
 * {@code new}. A second record with an id already read in the same run is rejected as {@code
 * duplicate_id}; the first is the first by input path, then by place in the file ({@link
 * #inFileOrder}: line 9 before line 10). A reject already recorded (same input path, locator and
 * reason) is not recorded again.
 *
 * <p>Input files a previous run read completely and that have not changed since (same URI, size,
 * modification time and ingest options; see {@link InputFileIndex}) are not read again: their
 * articles count as unchanged and their rejects as recorded. A file that could not be read ({@code
 * unreadable_file}, {@code read_error}) is not entered there: the next run tries it again (and does
 * not record its reject twice). A record in a file that is read whose id is stored from such a
 * skipped file, and that comes after it by input path and locator, is a {@code duplicate_id}
 * reject, as it would be in one run over all files.
 */
final class IngestStage {
  private static final String NEW = "new";
  private static final String UNCHANGED = "unchanged";
  private static final String CHANGED = "changed";
  private static final String DUPLICATE = "duplicate";
  private static final String READ_BEFORE = "read before";
  private static final String REJECT = "reject";

  /** A new or changed article whose date field is not a date. */
  private static final String DATE_UNREADABLE = "date unreadable";

  /** A new or changed article whose date is not plausible. */
  private static final String DATE_IMPLAUSIBLE = "date implausible";

  /**
   * What the stage gives: the articles to write (new and changed, without {@code duplicateOf} yet),
   * the rejects not recorded before, the {@code input_files} rows of the files read, and the
   * counts; {@code datesUnreadable} and {@code datesImplausible} count new and changed articles
   * ({@link zeitgeist.ingest.ArticleDate}).
   */
  record Result(
      Dataset<ArticleRow> incoming,
      Dataset<RejectRow> newRejects,
      Dataset<InputFileRow> filesRead,
      long read,
      long fresh,
      long unchanged,
      long changed,
      long rejected,
      long idClashes,
      long redelivered,
      int filesReadCount,
      int filesSkipped,
      long datesUnreadable,
      long datesImplausible,
      Runnable release) {}

  private final SparkSession spark;
  private final JobConfig config;
  private final Warehouse warehouse;

  IngestStage(SparkSession spark, JobConfig config, Warehouse warehouse) {
    this.spark = spark;
    this.config = config;
    this.warehouse = warehouse;
  }

  /**
   * @param full treat articles already stored with the same content as changed: re-ingest and
   *     re-analyse everything read
   * @param runDate the date the run started (UTC): later dates (after one more day) are implausible
   * @param built counts the records built, for the progress lines; null for none
   */
  Result run(String runId, boolean full, LocalDate runDate, LongAccumulator built) {
    InputFileIndex.Listing listing =
        InputFileIndex.list(spark, config, warehouse, full || config.rebuild());
    if (listing.toRead().isEmpty()) {
      return nothingToRead(listing, runId);
    }
    AnalysisWarmUp.startIfLocal(spark, config.analysis()); // new input is likely: load models
    Dataset<IngestResult> results =
        readAndBuild(listing.toRead(), runId, runDate, built)
            .persist(StorageLevel.MEMORY_AND_DISK());
    WindowSpec byId =
        Window.partitionBy("articleId").orderBy(col("inputPath"), inFileOrder(col("locator")));
    Dataset<Row> ranked =
        results
            .filter(col("article").isNotNull())
            .select(col("article.*"), col("dateUnreadable"), col("dateImplausible"))
            .withColumn("rank", row_number().over(byId))
            .withColumn("fpath", first("inputPath").over(byId))
            .withColumn("floc", first("locator").over(byId))
            .withColumn("fhash", first("contentHash").over(byId));
    // A literal set, not a join: one Spark job fewer; Spark ships it once per stage.
    Column skipped =
        listing.skippedPaths().isEmpty()
            ? lit(false)
            : col("spath").isin(listing.skippedPaths().toArray());
    Dataset<Row> stored =
        warehouse
            .read(ArticleRow.TABLE)
            .select(
                col("article_id").as("sid"),
                col("content_hash").as("shash"),
                col("input_path").as("spath"),
                col("locator").as("sloc"))
            .withColumn("sskipped", skipped);
    Dataset<Row> classified = Checkpoints.eager(classify(ranked, stored, full));
    Dataset<RejectRow> rejects =
        results
            .filter(col("reject").isNotNull())
            .select(col("reject.*"))
            .as(RejectRow.TABLE.encoder())
            .unionByName(duplicateIdRejects(classified, runId))
            .unionByName(skippedFileDuplicates(classified, runId));
    Dataset<Row> known =
        warehouse
            .read(RejectRow.TABLE)
            .select(
                col("input_path").as("kpath"),
                col("locator").as("kloc"),
                col("reason").as("kreason"));
    Dataset<RejectRow> newRejects =
        rejects
            .toDF()
            .join(
                known,
                col("inputPath")
                    .eqNullSafe(col("kpath"))
                    .and(col("locator").eqNullSafe(col("kloc")))
                    .and(col("reason").eqNullSafe(col("kreason"))),
                "left_anti")
            .as(RejectRow.TABLE.encoder());

    Counts n = Counts.of(classified, rejects);
    Dataset<ArticleRow> incoming =
        classified
            .filter(col("status").isin(NEW, CHANGED))
            .drop(
                "status",
                "sid",
                "shash",
                "spath",
                "sloc",
                "sskipped",
                "rank",
                "fpath",
                "floc",
                "fhash",
                "dateUnreadable",
                "dateImplausible")
            .as(ArticleRow.TABLE.encoder());
    Runnable release =
        () -> {
          results.unpersist();
          classified.unpersist();
        };
    long rejected = n.total(REJECT);
    return new Result(
        incoming,
        newRejects,
        listing.rowsFor(n.byPath(), n.notRead(), runId),
        n.total(NEW)
            + n.total(UNCHANGED)
            + n.total(CHANGED)
            + rejected
            + listing.skippedArticles()
            + listing.skippedRejects(),
        n.total(NEW),
        n.total(UNCHANGED) + listing.skippedArticles(),
        n.total(CHANGED),
        rejected + listing.skippedRejects(),
        n.rejects(RejectReason.DUPLICATE_ID),
        n.rejects(RejectReason.REDELIVERED),
        listing.toRead().size(),
        listing.skippedPaths().size(),
        n.total(DATE_UNREADABLE),
        n.total(DATE_IMPLAUSIBLE),
        release);
  }

  /**
   * Every listed file is skipped (a nightly run before new files arrive): the counts are the
   * index's, and no table is read.
   */
  private Result nothingToRead(InputFileIndex.Listing listing, String runId) {
    long articles = listing.skippedArticles();
    long rejects = listing.skippedRejects();
    return new Result(
        spark.emptyDataset(ArticleRow.TABLE.encoder()),
        spark.emptyDataset(RejectRow.TABLE.encoder()),
        listing.rowsFor(Map.of(), java.util.Set.of(), runId),
        articles + rejects,
        0,
        articles,
        0,
        rejects,
        0,
        0,
        0,
        listing.skippedPaths().size(),
        0,
        0,
        () -> {});
  }

  /**
   * The stage's counts, from one Spark job: articles by status and rejects by reason, in total and
   * per input path; new and changed articles with an unreadable or implausible date. Per-path
   * counts are file metadata, a few numbers per input file; no article data reaches the driver.
   * (The rejects not recorded before are counted when they are staged.)
   */
  record Counts(Map<String, Map<String, Long>> byKind) {
    static Counts of(Dataset<Row> classified, Dataset<RejectRow> rejects) {
      Dataset<Row> written = classified.filter(col("status").isin(NEW, CHANGED));
      Dataset<Row> tagged =
          classified
              .select(col("status").as("kind"), col("inputPath"))
              .unionByName(
                  rejects.select(
                      concat(lit(REJECT + ":"), col("reason")).as("kind"), col("inputPath")))
              .unionByName(
                  written
                      .filter(col("dateUnreadable"))
                      .select(lit(DATE_UNREADABLE).as("kind"), col("inputPath")))
              .unionByName(
                  written
                      .filter(col("dateImplausible"))
                      .select(lit(DATE_IMPLAUSIBLE).as("kind"), col("inputPath")));
      Map<String, Map<String, Long>> byKind = new HashMap<>();
      for (Row r : tagged.groupBy("kind", "inputPath").agg(count(lit(1))).collectAsList()) {
        byKind
            .computeIfAbsent(r.getString(0), k -> new HashMap<>())
            .put(r.getString(1), r.getLong(2));
      }
      return new Counts(byKind);
    }

    /** Articles of one status, or with {@code REJECT} all rejects. */
    long total(String kind) {
      return byKind.entrySet().stream()
          .filter(
              e ->
                  e.getKey().equals(kind)
                      || kind.equals(REJECT) && e.getKey().startsWith(REJECT + ":"))
          .flatMap(e -> e.getValue().values().stream())
          .mapToLong(Long::longValue)
          .sum();
    }

    /** Rejects of one reason. */
    long rejects(String reason) {
      return total(REJECT + ":" + reason);
    }

    /** The input paths of files that could not be read: the next run tries them again. */
    java.util.Set<String> notRead() {
      java.util.Set<String> out = new java.util.HashSet<>();
      for (String reason : List.of(RejectReason.UNREADABLE_FILE, RejectReason.READ_ERROR)) {
        out.addAll(byKind.getOrDefault(REJECT + ":" + reason, Map.of()).keySet());
      }
      return out;
    }

    /** Per input path: articles kept (new, unchanged or changed) and rejects. */
    Map<String, long[]> byPath() {
      Map<String, long[]> out = new HashMap<>();
      byKind.forEach(
          (kind, paths) -> {
            boolean reject = kind.startsWith(REJECT + ":");
            if (reject || List.of(NEW, UNCHANGED, CHANGED).contains(kind)) {
              paths.forEach(
                  (path, n) -> out.computeIfAbsent(path, k -> new long[2])[reject ? 1 : 0] += n);
            }
          });
      return out;
    }
  }

  private Dataset<IngestResult> readAndBuild(
      List<InputFile> files, String runId, LocalDate runDate, LongAccumulator built) {
    List<InputFile> parquet =
        files.stream().filter(f -> InputFormat.PARQUET.name().equals(f.getFormat())).toList();
    List<InputFile> other =
        files.stream().filter(f -> !InputFormat.PARQUET.name().equals(f.getFormat())).toList();

    Broadcast<SerializableConfiguration> hadoop =
        SerializableConfiguration.broadcast(
            spark.sparkContext(), spark.sparkContext().hadoopConfiguration());
    int slices = Math.max(1, Math.min(other.size(), spark.sparkContext().defaultParallelism() * 4));
    if (files.isEmpty()) {
      return spark.emptyDataset(Encoders.bean(IngestResult.class));
    }
    // parallelize, not repartition: the files are spread over tasks without a shuffle.
    Dataset<RawRecord> raw =
        spark
            .createDataset(
                JavaSparkContext.fromSparkContext(spark.sparkContext())
                    .parallelize(other, slices)
                    .rdd(),
                Encoders.bean(InputFile.class))
            .flatMap(new ReadInputFiles(config.ingest(), hadoop), Encoders.bean(RawRecord.class));
    if (!parquet.isEmpty()) {
      raw = raw.unionByName(ParquetInputs.read(spark, parquet, config.ingest()));
    }
    // One big JSONL or CSV file is read by one task; spread its records before the cleaning.
    int cores = spark.sparkContext().defaultParallelism();
    return raw.repartition(cores * 2)
        .mapPartitions(
            new BuildArticles(config.ingest(), runId, runDate, built),
            Encoders.bean(IngestResult.class));
  }

  /**
   * The second and later records of an id read in this run: {@code redelivered} when the text is
   * the first record's, else {@code duplicate_id}.
   */
  private static Dataset<RejectRow> duplicateIdRejects(Dataset<Row> classified, String runId) {
    return repeatRejects(classified, READ_BEFORE, "f", runId);
  }

  /**
   * The rejects of the records of {@code status}, each a repeat of the record whose path, locator
   * and hash are the columns {@code first + "path"}, {@code "loc"}, {@code "hash"}.
   */
  private static Dataset<RejectRow> repeatRejects(
      Dataset<Row> classified, String status, String first, String runId) {
    Column firstHash = col(first + "hash");
    return classified
        .filter(col("status").equalTo(status))
        .select(
            lit(runId).as("runId"),
            col("inputPath"),
            col("locator"),
            repeatReason(firstHash).as("reason"),
            repeatDetail(col(first + "path"), col(first + "loc"), firstHash).as("detail"))
        .as(RejectRow.TABLE.encoder());
  }

  /** A repeated id's reject reason: {@code redelivered} with the same text, else a clash. */
  private static Column repeatReason(Column firstHash) {
    return when(col("contentHash").equalTo(firstHash), lit(RejectReason.REDELIVERED))
        .otherwise(lit(RejectReason.DUPLICATE_ID));
  }

  private static Column repeatDetail(Column firstPath, Column firstLocator, Column firstHash) {
    return concat(
        lit("article_id "),
        col("articleId"),
        lit(" already read from "),
        firstPath,
        lit(" ("),
        firstLocator,
        lit(")"),
        when(col("contentHash").equalTo(firstHash), lit(" with the same text"))
            .otherwise(lit(" with a different text; this one is not stored")));
  }

  /**
   * A locator's place in its file, as a string that sorts like the records: the number at its end
   * zero-padded ({@code line 9} before {@code line 10}), after the words before it.
   */
  static Column inFileOrder(Column locator) {
    return concat(
        regexp_replace(locator, "[0-9]+$", ""),
        lpad(regexp_extract(locator, "([0-9]+)$", 1), 19, "0"));
  }

  /**
   * Tags each article read with its status: {@code read before} (an earlier record of this run has
   * its id), else against the stored articles: {@code new}, {@code duplicate} (see {@link
   * #skippedFileDuplicates}), {@code unchanged} (same id and content hash; {@code changed} too when
   * {@code full}), {@code changed} (same id, other hash).
   */
  private static Dataset<Row> classify(Dataset<Row> ranked, Dataset<Row> stored, boolean full) {
    Column storedFirst =
        col("spath")
            .lt(col("inputPath"))
            .or(
                col("spath")
                    .equalTo(col("inputPath"))
                    .and(inFileOrder(col("sloc")).lt(inFileOrder(col("locator")))));
    return ranked
        .join(stored, col("articleId").equalTo(col("sid")), "left")
        .withColumn(
            "status",
            when(col("rank").gt(1), lit(READ_BEFORE))
                .when(col("sid").isNull(), lit(NEW))
                .when(col("sskipped").and(storedFirst), lit(DUPLICATE))
                .when(col("shash").equalTo(col("contentHash")).and(lit(!full)), lit(UNCHANGED))
                .otherwise(lit(CHANGED)));
  }

  /**
   * Records whose id is stored from a file this run skips (unchanged), where that stored record
   * comes first by input path and locator: in one run over all files they would be {@code
   * duplicate_id} rejects, so they are here too.
   */
  private static Dataset<RejectRow> skippedFileDuplicates(Dataset<Row> classified, String runId) {
    return repeatRejects(classified, DUPLICATE, "s", runId);
  }
}
