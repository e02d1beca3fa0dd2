package zeitgeist.tables;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The warehouse directory: one Delta table per table of {@link #TABLES}, in a folder of its own
 * ({@code WAREHOUSE/articles}, ...), and the lock of the run writing it. {@link TableTransaction}
 * is the one write path.
 *
 * <p><b>Snapshots.</b> Delta commits each table on its own, so a run ends by recording, in its
 * {@code runs} row, the version of every table it leaves ({@code runs.table_versions}). A warehouse
 * is read at the versions of one run: by default the last run that finished ({@code succeeded} or
 * {@code nothing_new}, a {@code maintain}'s {@code maintained}, or the {@code converted} of {@code
 * zeitgeist convert}), or the run named with {@link #atRun}. So a reader never sees a run's tables
 * half written, whether it reads while a run commits or after a run died. {@code runs} itself is
 * read as it stands (it only grows, and a failed run's row is news). Each read looks up the last
 * finished run anew (a Dataset, once made, keeps its versions); a warehouse opened {@link #atRun at
 * a run}, or by a run for its own reads ({@link #begin}), keeps its versions.
 *
 * <p>Retention: an earlier run can be read while the files of its versions are kept. {@code
 * maintain} deletes the files only older runs need and records, in its own {@code runs} commit,
 * from which run on it kept them ({@link Retention}); {@link #atRun} refuses an earlier run with a
 * message saying so, instead of the file-not-found error Delta would give mid-query.
 *
 * <p>Before the first run, reading a table gives an empty Dataset with its schema, so queries work
 * on a fresh warehouse; from the first run on, every table exists as a Delta table (created empty
 * when the run has no rows for it), readable by any Delta reader.
 */
public final class Warehouse {
  /** Every table zeitgeist writes, in the order {@code status} lists them. */
  public static final List<TableSpec<?>> TABLES =
      List.of(
          ArticleRow.TABLE,
          ArticleTermRow.TABLE,
          ArticleEntityRow.TABLE,
          EntityMentionRow.TABLE,
          ArticleSentimentRow.TABLE,
          ArticleEntitySentimentRow.TABLE,
          LexiconCategoryRow.TABLE,
          LexiconHitRow.TABLE,
          TermsByDateRow.TABLE,
          CorpusByDateRow.TABLE,
          EntitiesByDateRow.TABLE,
          EntityPairsByDateRow.TABLE,
          SentimentByDateRow.TABLE,
          NearCopyRow.TABLE,
          RejectRow.TABLE,
          InputFileRow.TABLE,
          RunRow.TABLE);

  /** The tables with one or more rows per article, keyed by {@code article_id}. */
  public static final List<TableSpec<?>> PER_ARTICLE_TABLES =
      List.of(
          ArticleRow.TABLE,
          ArticleTermRow.TABLE,
          ArticleEntityRow.TABLE,
          EntityMentionRow.TABLE,
          ArticleSentimentRow.TABLE,
          ArticleEntitySentimentRow.TABLE,
          LexiconCategoryRow.TABLE,
          LexiconHitRow.TABLE);

  /** The status of the {@code runs} row of {@code zeitgeist maintain}. */
  public static final String MAINTAINED = "maintained";

  /** The status of the run that ends {@code zeitgeist convert} ({@code ConvertJob}). */
  public static final String CONVERTED = "converted";

  /**
   * The statuses of a run whose table versions form a snapshot: a run that finished, a {@code
   * maintain} (its compaction commits new versions with the same rows), a {@code convert}.
   */
  static final List<String> FINISHED = List.of("succeeded", "nothing_new", MAINTAINED, CONVERTED);

  /** Commits of {@code runs} searched for a snapshot: the last one, the last 20, then all. */
  private static final int[] SEARCH = {1, 20, 0};

  /**
   * The file {@code zeitgeist convert} keeps in the warehouse while it converts: until its run
   * commits, some tables may be plain Parquet still, or Delta tables no run has recorded.
   */
  static final String CONVERSION_MARKER = "_converting";

  private final SparkSession spark;
  private final Path root;
  private final FileSystem fs;
  private final String asOfRun;
  private Snapshot snapshot;
  private boolean pinned;

  /** Columns {@link #begin} added to tables an earlier release created, by table name. */
  private final Map<String, List<String>> gained = new java.util.concurrent.ConcurrentHashMap<>();

  /** A run's id and the table versions it recorded. */
  public record Snapshot(String runId, Map<String, Long> versions) {
    static final Snapshot NONE = new Snapshot(null, Map.of());
  }

  /**
   * What the last {@code maintain} kept: the snapshots of run {@code fromRun} and every later one
   * ({@code fromRun} null: all), when it was told to keep the last {@code keepRuns} runs.
   */
  public record Retention(String fromRun, int keepRuns) {
    /** Whether the files of run {@code runId}'s snapshot are kept (run ids sort by time). */
    public boolean retains(String runId) {
      return fromRun == null || runId.compareTo(fromRun) >= 0;
    }

    IllegalArgumentException refusal(String runId) {
      return new IllegalArgumentException(
          "run "
              + runId
              + " is no longer retained; maintain "
              + "keeps the last "
              + keepRuns
              + " runs (the oldest is "
              + fromRun
              + ")");
    }
  }

  /** A finished run's {@code runs} commit: when it was made, and whether by {@code maintain}. */
  public record RunCommit(String runId, java.time.Instant committed, boolean maintained) {}

  /** A table's latest version: its number, its data files and their bytes. */
  public record TableFiles(long version, long files, long bytes) {}

  public Warehouse(SparkSession spark, String root) {
    this(spark, root, null);
  }

  private Warehouse(SparkSession spark, String root, String asOfRun) {
    this.spark = spark;
    this.asOfRun = asOfRun;
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      Path p = new Path(root);
      this.fs = p.getFileSystem(conf);
      this.root = fs.makeQualified(p);
    } catch (IOException e) {
      throw new UncheckedIOException("opening warehouse " + root, e);
    }
  }

  /**
   * The warehouse as run {@code runId} left it, while its table versions are retained.
   *
   * @throws IllegalArgumentException when no finished run has that id, or when {@code maintain} no
   *     longer keeps its files ("run ... is no longer retained; maintain keeps the last N runs
   *     ...")
   */
  public Warehouse atRun(String runId) {
    Warehouse w = new Warehouse(spark, root.toString(), runId);
    w.snapshot();
    return w;
  }

  /**
   * This warehouse with its snapshot looked up once, now, and kept: for a reader that reads many
   * tables (each read of this warehouse looks the snapshot up again, as a long-lived reader should
   * see a run that finished since). Itself when it is read at a named run already.
   */
  public Warehouse fixed() {
    if (asOfRun != null || pinned) return this;
    Warehouse w = new Warehouse(spark, root.toString(), null);
    w.snapshot = findSnapshot();
    return w;
  }

  public SparkSession spark() {
    return spark;
  }

  public Path root() {
    return root;
  }

  public FileSystem fs() {
    return fs;
  }

  public Path tablePath(TableSpec<?> table) {
    return new Path(root, table.name());
  }

  /** Whether the table exists as a Delta table. */
  public boolean exists(TableSpec<?> table) {
    return DeltaTable.isDeltaTable(spark, tablePath(table).toString());
  }

  /** The snapshot this warehouse is read at now (see the class comment). */
  public Snapshot snapshot() {
    if (snapshot != null) return snapshot;
    Snapshot found = findSnapshot();
    if (asOfRun != null) snapshot = found;
    return found;
  }

  /**
   * The last finished run's snapshot, or {@link #asOfRun}'s, from the commits of {@code runs}: each
   * finished run's commit carries its row's {@code run_id} and {@code table_versions} as Delta
   * commit metadata ({@link RunSnapshots}), so finding it reads a few small log files and starts no
   * Spark job. Commits are searched latest first: the last one, the last 20, then all.
   */
  private Snapshot findSnapshot() {
    if (!exists(RunRow.TABLE)) {
      if (asOfRun != null)
        throw new IllegalArgumentException(
            "no finished run " + asOfRun + ": " + root + " holds no runs");
      return Snapshot.NONE;
    }
    String path = tablePath(RunRow.TABLE).toString();
    Retention retention = null;
    for (int limit : SEARCH) {
      List<String> commits = DeltaLogs.userMetadata(spark, path, limit);
      // a maintain after the run (seen first, the search going back in time) may have dropped it
      retention = null;
      for (String metadata : commits) {
        if (retention == null) retention = RunSnapshots.parseRetention(metadata);
        Snapshot s = RunSnapshots.parse(metadata);
        if (s != null && (asOfRun == null || asOfRun.equals(s.runId()))) {
          if (asOfRun != null && retention != null && !retention.retains(asOfRun)) {
            throw retention.refusal(asOfRun);
          }
          return s;
        }
      }
      if (commits.size() < limit) break;
    }
    if (asOfRun != null) {
      if (retention != null && !retention.retains(asOfRun)) throw retention.refusal(asOfRun);
      throw new IllegalArgumentException("no finished run " + asOfRun + " in " + root);
    }
    return Snapshot.NONE;
  }

  /** A finished run's analysis configuration ({@code runs.config}). */
  public record RunConfig(String runId, String config) {
    /** Whether the run counted stopwords as terms ({@code --keep-stopwords}). */
    public boolean keepsStopwords() {
      return config.contains("\"keep_stopwords\":true");
    }
  }

  /**
   * The configuration of the last finished run or conversion that recorded one, from the metadata
   * of the {@code runs} commits (no Spark job); from the {@code runs} rows when a commit predates
   * that metadata or the log holds none. Empty when no run recorded one.
   */
  public Optional<RunConfig> lastConfig() {
    if (!exists(RunRow.TABLE)) return Optional.empty();
    // empty: a commit written before the metadata held the configuration
    Optional<RunConfig> recorded =
        latestCommit(
            metadata ->
                switch (RunSnapshots.configRecord(metadata)) {
                  case RECORDED ->
                      Optional.of(
                          new RunConfig(
                              RunSnapshots.parse(metadata).runId(), RunSnapshots.config(metadata)));
                  case NOT_RECORDED -> Optional.empty();
                  case NONE -> null;
                });
    return recorded != null && recorded.isPresent() ? recorded : lastConfigFromRows();
  }

  private Optional<RunConfig> lastConfigFromRows() {
    List<Row> last =
        read(RunRow.TABLE)
            .filter(
                col("status")
                    .isin("succeeded", "nothing_new", CONVERTED)
                    .and(col("config").isNotNull()))
            .orderBy(col("run_id").desc())
            .select("run_id", "config")
            .limit(1)
            .collectAsList();
    return last.isEmpty()
        ? Optional.empty()
        : Optional.of(new RunConfig(last.get(0).getString(0), last.get(0).getString(1)));
  }

  /** What the last {@code maintain} kept; empty when none ran (every run is kept). */
  public Optional<Retention> retention() {
    if (!exists(RunRow.TABLE)) return Optional.empty();
    return Optional.ofNullable(latestCommit(RunSnapshots::parseRetention));
  }

  /**
   * The first value {@code read} gives (not null) for the metadata of the {@code runs} commits,
   * latest first, searching the last commit, the last 20, then all; null when none gives one.
   */
  private <T> T latestCommit(Function<String, T> read) {
    String path = tablePath(RunRow.TABLE).toString();
    for (int limit : SEARCH) {
      List<String> commits = DeltaLogs.userMetadata(spark, path, limit);
      for (String metadata : commits) {
        T value = read.apply(metadata);
        if (value != null) return value;
      }
      if (commits.size() < limit) break;
    }
    return null;
  }

  /**
   * The finished runs (a {@code maintain}'s included) whose snapshots can be read with {@link
   * #atRun}, latest first: those the last {@code maintain} kept, or all of them.
   */
  public List<String> retainedRuns() {
    Optional<Retention> kept = retention();
    return read(RunRow.TABLE)
        .filter(col("status").isin(FINISHED.toArray()))
        .select("run_id")
        .orderBy(col("run_id").desc())
        .as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList()
        .stream()
        .filter(id -> kept.map(r -> r.retains(id)).orElse(true))
        .toList();
  }

  /** Every finished run's {@code runs} commit still in the log, latest first. */
  public List<RunCommit> runCommits() {
    if (!exists(RunRow.TABLE)) return List.of();
    List<RunCommit> out = new java.util.ArrayList<>();
    for (DeltaLogs.Commit c : DeltaLogs.commits(spark, tablePath(RunRow.TABLE).toString(), 0)) {
      Snapshot s = RunSnapshots.parse(c.userMetadata());
      if (s != null) {
        out.add(
            new RunCommit(
                s.runId(), c.timestamp(), RunSnapshots.parseRetention(c.userMetadata()) != null));
      }
    }
    return out;
  }

  /** Reads the tables at the versions {@code versions} gives (a run's, while it writes). */
  void pin(Snapshot versions) {
    snapshot = versions;
    pinned = versions != null;
  }

  /**
   * The stored rows of {@code table} at this warehouse's snapshot, partition columns included;
   * empty with the table's schema when the table does not exist yet.
   */
  public Dataset<Row> read(TableSpec<?> table) {
    if (table == RunRow.TABLE) {
      return latest(table);
    }
    Snapshot at = snapshot();
    if (at.runId() == null && !pinned) {
      // no run has finished: what a first run writes is not there yet
      refuseUnfinishedConversion();
      refuseParquetTable(table);
      return spark.createDataFrame(List.of(), table.schema(spark));
    }
    Long version = at.versions().get(table.name());
    if (version == null || version == version(table)) {
      // the usual case: reading the latest version uses the snapshot Delta keeps of it, where
      // time travel to a version first rebuilds that version's state (seconds per table)
      return latest(table);
    }
    return spark
        .read()
        .format("delta")
        .option("versionAsOf", version)
        .load(tablePath(table).toString());
  }

  /** The table's latest version, whether or not a run finished with it. */
  Dataset<Row> latest(TableSpec<?> table) {
    if (!exists(table)) {
      refuseParquetTable(table);
      return spark.createDataFrame(List.of(), table.schema(spark));
    }
    return spark.read().format("delta").load(tablePath(table).toString());
  }

  /** The stored rows of {@code table} as typed rows. */
  public <T> Dataset<T> readTyped(TableSpec<T> table) {
    return table.fromStored(read(table));
  }

  /**
   * Starts a transaction for run {@code runId}: creates the tables that do not exist yet, brings
   * every table back to the last finished run's version (undoing what a run that died left, see
   * {@link TableTransaction#recover}), adds the columns an earlier release's tables lack ({@link
   * #gained}), and reads at those versions from then on.
   */
  public TableTransaction begin(String runId) {
    refuseUnfinishedConversion();
    // Independent tables: created side by side (about a second each, most of it waiting).
    TABLES.parallelStream().forEach(this::create);
    Snapshot last = findSnapshot();
    TableTransaction.recover(this, last);
    // a table an earlier release created gains the columns this release writes (a commit of its
    // own, after the recovery, which would undo it)
    TABLES.parallelStream()
        .forEach(t -> gained.put(t.name(), TableConversion.addMissingColumns(this, t)));
    Map<String, Long> now = new HashMap<>();
    for (TableSpec<?> t : TABLES) {
      now.put(t.name(), version(t));
    }
    pin(new Snapshot(last.runId(), Map.copyOf(now)));
    return new TableTransaction(this, runId);
  }

  /** Whether {@link #begin} added {@code column} to {@code table} (an earlier release's table). */
  public boolean gained(TableSpec<?> table, String column) {
    return gained.getOrDefault(table.name(), List.of()).contains(column);
  }

  /**
   * Starts the transaction of {@code zeitgeist convert}: every table (all must exist as Delta
   * tables) is read at its latest version. Unlike {@link #begin} it restores nothing: no run has
   * recorded versions yet, and the latest ones are the converted tables.
   */
  public TableTransaction beginConversion(String runId) {
    Map<String, Long> now = new HashMap<>();
    for (TableSpec<?> t : TABLES) {
      if (!exists(t)) throw new IllegalStateException(tablePath(t) + " is not a Delta table yet");
      now.put(t.name(), version(t));
    }
    pin(new Snapshot(null, Map.copyOf(now)));
    return new TableTransaction(this, runId);
  }

  /**
   * Creates {@code table} as an empty Delta table with its schema, unless it exists, with deletion
   * vectors on: a {@code DELETE} or {@code MERGE} then marks the rows it removes or updates instead
   * of rewriting every file that holds one, so a run that changes a few rows of a large per-date
   * partition writes a few rows, not the partition ({@code maintain} purges the marked rows when it
   * compacts). File statistics are kept only for the columns the table names ({@link
   * TableSpec#statisticsOn}); a table created by an earlier release keeps them for all.
   */
  void create(TableSpec<?> table) {
    if (exists(table)) return;
    refuseParquetTable(table);
    DeltaTableBuilder builder =
        DeltaTable.createIfNotExists(spark)
            .location(tablePath(table).toString())
            .addColumns(table.schema(spark))
            .partitionedBy(table.partitionColumns().toArray(String[]::new))
            .property("delta.enableDeletionVectors", "true");
    if (!table.statisticsColumns().isEmpty()) {
      builder =
          builder.property(
              "delta.dataSkippingStatsColumns", String.join(",", table.statisticsColumns()));
    }
    builder.execute();
  }

  /** The table's latest version (0: created empty). */
  public long version(TableSpec<?> table) {
    return DeltaLogs.version(spark, tablePath(table).toString());
  }

  /** Data files of a table at its latest version, for {@code status}. */
  public long fileCount(TableSpec<?> table) {
    if (!exists(table)) return 0;
    return DeltaLogs.fileCount(spark, tablePath(table).toString());
  }

  /** The table's latest version, data files and bytes; version -1 when it does not exist. */
  public TableFiles files(TableSpec<?> table) {
    if (!exists(table)) return new TableFiles(-1, 0, 0);
    DeltaLogs.Size s = DeltaLogs.size(spark, tablePath(table).toString());
    return new TableFiles(s.version(), s.files(), s.bytes());
  }

  /**
   * Checks, without reading any table, that the warehouse can be read: no table is a plain Parquet
   * folder of an earlier release, and no conversion is half done.
   *
   * @throws IllegalStateException naming the folder and the command that fixes it
   */
  public void checkReadable() {
    refuseUnfinishedConversion();
    for (TableSpec<?> t : TABLES) refuseParquetTable(t);
  }

  /**
   * A folder of plain Parquet files where a Delta table belongs: a warehouse written by a release
   * before tables were Delta tables.
   *
   * @throws IllegalStateException naming the folder and what to do
   */
  private void refuseParquetTable(TableSpec<?> table) {
    Path dir = tablePath(table);
    try {
      if (fs.exists(dir) && !fs.exists(new Path(dir, "_delta_log"))) {
        throw new IllegalStateException(
            dir
                + " is not a Delta table: the warehouse was written "
                + "by an earlier release of zeitgeist, as plain Parquet folders; convert it in place "
                + "with: zeitgeist convert --warehouse "
                + displayRoot());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("checking " + dir, e);
    }
  }

  /**
   * A warehouse {@code zeitgeist convert} left half converted (it failed or was killed).
   *
   * @throws IllegalStateException naming the command that finishes it
   */
  private void refuseUnfinishedConversion() {
    Path marker = new Path(root, CONVERSION_MARKER);
    try {
      if (fs.exists(marker)) {
        throw new IllegalStateException(
            displayRoot()
                + " is half converted to Delta tables: a "
                + "zeitgeist convert did not finish; finish it with: zeitgeist convert --warehouse "
                + displayRoot());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("checking " + marker, e);
    }
  }

  /** The root as a user would type it: a local folder without {@code file:}. */
  private String displayRoot() {
    return "file".equals(root.toUri().getScheme()) ? root.toUri().getPath() : root.toString();
  }

  /** For tests and {@code status}: the snapshot's run, if any. */
  public Optional<String> snapshotRun() {
    return Optional.ofNullable(snapshot().runId());
  }
}
