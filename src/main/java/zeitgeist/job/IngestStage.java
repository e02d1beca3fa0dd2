package zeitgeist.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
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
 * The ingest stage: list inputs, read records, build articles (clean, date, language), and sort
 * them against the warehouse.
 *
 * <p>Rules: an article whose {@code article_id} and content hash are already stored is {@code
 * unchanged} and skipped (without being cleaned again or analysed: only the two columns are read
 * from the warehouse); one whose id is stored with another hash is {@code changed}; the rest are
 * {@code new}. A second record with an id already read in the same run is rejected as {@code
 * duplicate_id}. A reject already recorded (same input path, locator and reason) is not recorded
 * again.
 *
 * <p>Input files a previous run read completely and that have not changed since (same URI, size,
 * modification time and ingest options; see {@link InputFileIndex}) are not read again: their
 * articles count as unchanged and their rejects as recorded. A record in a file that is read
 * whose id is stored from such a skipped file, and that comes after it by input path and
 * locator, is a {@code duplicate_id} reject, as it would be in one run over all files.
 */
final class IngestStage {
  private static final String NEW = "new";
  private static final String UNCHANGED = "unchanged";
  private static final String CHANGED = "changed";
  private static final String DUPLICATE = "duplicate";

  /**
   * What the stage gives: the articles to write (new and changed, without {@code duplicateOf}
   * yet), the ids of changed articles, the rejects not recorded before (all persisted), and the
   * counts.
   */
  record Result(Dataset<ArticleRow> incoming, Dataset<Row> changedIds, Dataset<RejectRow> newRejects,
      Dataset<InputFileRow> filesRead, long read, long fresh, long unchanged, long changed,
      long rejected, long rejectsAdded, int filesSkipped, Runnable release) {}

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
   */
  Result run(String runId, boolean full) {
    InputFileIndex.Listing listing = InputFileIndex.list(spark, config, warehouse,
        full || config.rebuild());
    Dataset<IngestResult> built = readAndBuild(listing.toRead(), runId)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> ranked = built.filter(col("article").isNotNull()).select(col("article.*"))
        .withColumn("rank", row_number().over(
            Window.partitionBy("articleId").orderBy("inputPath", "locator")));
    Dataset<Row> skippedPaths = spark.createDataset(listing.skippedPaths(), Encoders.STRING())
        .toDF("skipped_path");
    Dataset<Row> stored = warehouse.read(ArticleRow.TABLE)
        .select(col("article_id").as("sid"), col("content_hash").as("shash"),
            col("input_path").as("spath"), col("locator").as("sloc"))
        .join(skippedPaths, col("spath").equalTo(col("skipped_path")), "left")
        .withColumn("sskipped", col("skipped_path").isNotNull()).drop("skipped_path");
    Dataset<Row> classified = classify(ranked.filter(col("rank").equalTo(1)).drop("rank"),
        stored, full).localCheckpoint(true);
    Dataset<RejectRow> rejects = built.filter(col("reject").isNotNull())
        .select(col("reject.*")).as(RejectRow.TABLE.encoder())
        .union(duplicateIdRejects(ranked, runId))
        .union(skippedFileDuplicates(classified, runId))
        .localCheckpoint(true);
    Dataset<Row> known = warehouse.read(RejectRow.TABLE).select(col("input_path").as("kpath"),
        col("locator").as("kloc"), col("reason").as("kreason"));
    Dataset<RejectRow> newRejects = rejects.toDF().join(known,
            col("inputPath").eqNullSafe(col("kpath")).and(col("locator").eqNullSafe(col("kloc")))
                .and(col("reason").eqNullSafe(col("kreason"))), "left_anti")
        .as(RejectRow.TABLE.encoder());

    long[] n = countByStatus(classified);
    long rejected = rejects.count();
    long rejectsAdded = newRejects.count();
    Dataset<ArticleRow> incoming = classified.filter(col("status").isin(NEW, CHANGED))
        .drop("status", "sid", "shash", "spath", "sloc", "sskipped")
        .as(ArticleRow.TABLE.encoder());
    Dataset<Row> changedIds = classified.filter(col("status").equalTo(CHANGED))
        .select(col("articleId").as("article_id"));
    Dataset<InputFileRow> filesRead = listing.rowsFor(
        classified.filter(col("status").notEqual(DUPLICATE)).select("inputPath"),
        rejects.select("inputPath"), runId);
    Runnable release = () -> {
      built.unpersist();
      classified.unpersist();
      rejects.unpersist();
    };
    return new Result(incoming, changedIds, newRejects, filesRead,
        n[0] + n[1] + n[2] + rejected + listing.skippedArticles() + listing.skippedRejects(),
        n[0], n[1] + listing.skippedArticles(), n[2], rejected + listing.skippedRejects(),
        rejectsAdded, listing.skippedPaths().size(), release);
  }

  private Dataset<IngestResult> readAndBuild(List<InputFile> files, String runId) {
    List<InputFile> parquet = files.stream()
        .filter(f -> InputFormat.PARQUET.name().equals(f.getFormat())).toList();
    List<InputFile> other = files.stream()
        .filter(f -> !InputFormat.PARQUET.name().equals(f.getFormat())).toList();

    Broadcast<SerializableConfiguration> hadoop = SerializableConfiguration.broadcast(
        spark.sparkContext(), spark.sparkContext().hadoopConfiguration());
    int slices = Math.max(1, Math.min(other.size(), spark.sparkContext().defaultParallelism() * 4));
    if (files.isEmpty()) {
      return spark.emptyDataset(Encoders.bean(IngestResult.class));
    }
    Dataset<RawRecord> raw = spark.createDataset(other, Encoders.bean(InputFile.class))
        .repartition(slices)
        .flatMap(new ReadInputFiles(config.ingest(), hadoop), Encoders.bean(RawRecord.class));
    if (!parquet.isEmpty()) {
      raw = raw.union(ParquetInputs.read(spark, parquet, config.ingest()));
    }
    // One big JSONL or CSV file is read by one task; spread its records before the cleaning.
    int cores = spark.sparkContext().defaultParallelism();
    return raw.repartition(cores * 2)
        .mapPartitions(new BuildArticles(config.ingest().maxArticleBytes(), runId),
        Encoders.bean(IngestResult.class));
  }

  private static Dataset<RejectRow> duplicateIdRejects(Dataset<Row> ranked, String runId) {
    Dataset<Row> firsts = ranked.filter(col("rank").equalTo(1))
        .select(col("articleId").as("fid"), col("inputPath").as("fpath"),
            col("locator").as("floc"));
    return ranked.filter(col("rank").gt(1))
        .join(firsts, col("articleId").equalTo(col("fid")))
        .select(lit(runId).as("runId"), col("inputPath"), col("locator"),
            lit(RejectReason.DUPLICATE_ID).as("reason"),
            concat(lit("article_id "), col("articleId"), lit(" already read from "),
                col("fpath"), lit(" ("), col("floc"), lit(")")).as("detail"))
        .as(RejectRow.TABLE.encoder());
  }


  /**
   * Tags each article read with its status against the stored articles: {@code new}, {@code
   * unchanged} (same id and content hash; {@code changed} too when {@code full}), {@code changed}
   * (same id, other hash).
   */
  private static Dataset<Row> classify(Dataset<Row> read, Dataset<Row> stored, boolean full) {
    Column storedFirst = col("spath").lt(col("inputPath"))
        .or(col("spath").equalTo(col("inputPath")).and(col("sloc").lt(col("locator"))));
    return read.join(stored, col("articleId").equalTo(col("sid")), "left")
        .withColumn("status", when(col("sid").isNull(), lit(NEW))
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
    return classified.filter(col("status").equalTo(DUPLICATE))
        .select(lit(runId).as("runId"), col("inputPath"), col("locator"),
            lit(RejectReason.DUPLICATE_ID).as("reason"),
            concat(lit("article_id "), col("articleId"), lit(" already read from "),
                col("spath"), lit(" ("), col("sloc"), lit(")")).as("detail"))
        .as(RejectRow.TABLE.encoder());
  }

  /** Counts of new, unchanged and changed articles. */
  private static long[] countByStatus(Dataset<Row> classified) {
    long[] n = new long[3];
    for (Row r : classified.groupBy("status").agg(
        org.apache.spark.sql.functions.count("*").as("n")).collectAsList()) {
      switch (r.getString(0)) {
        case NEW -> n[0] = r.getLong(1);
        case UNCHANGED -> n[1] = r.getLong(1);
        case CHANGED -> n[2] = r.getLong(1);
        default -> { } // duplicates are counted as rejects
      }
    }
    return n;
  }

}
