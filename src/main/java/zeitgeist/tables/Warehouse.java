package zeitgeist.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The warehouse directory: one folder of Parquet files per table, plus {@code _staging/} and
 * {@code _journal/} used by {@link TableTransaction}, the one write path every table goes through.
 *
 * <p>After the first commit every table of {@link #TABLES} has a folder that Parquet readers can
 * read: a table without rows holds only a {@link SchemaOnlyFile}. Reading a table that does not
 * exist yet (before the first run) gives an empty Dataset with the table's schema, so queries
 * work on a fresh warehouse. Reading never sees {@code _staging/}: names starting with {@code _}
 * or {@code .} are ignored by Spark.
 */
public final class Warehouse {
  /** Every table zeitgeist writes, in the order {@code status} lists them. */
  public static final List<TableSpec<?>> TABLES =
      List.of(ArticleRow.TABLE, ArticleTermRow.TABLE, ArticleEntityRow.TABLE,
          ArticleSentimentRow.TABLE, ArticleEntitySentimentRow.TABLE, LexiconCategoryRow.TABLE,
          TermsByDateRow.TABLE, CorpusByDateRow.TABLE, EntitiesByDateRow.TABLE,
          EntityPairsByDateRow.TABLE, SentimentByDateRow.TABLE, RejectRow.TABLE,
          InputFileRow.TABLE, RunRow.TABLE);

  /** The tables with one or more rows per article, keyed by {@code article_id}. */
  public static final List<TableSpec<?>> PER_ARTICLE_TABLES =
      List.of(ArticleRow.TABLE, ArticleTermRow.TABLE, ArticleEntityRow.TABLE,
          ArticleSentimentRow.TABLE, ArticleEntitySentimentRow.TABLE, LexiconCategoryRow.TABLE);

  private final SparkSession spark;
  private final Path root;
  private final FileSystem fs;

  public Warehouse(SparkSession spark, String root) {
    this.spark = spark;
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      Path p = new Path(root);
      this.fs = p.getFileSystem(conf);
      this.root = fs.makeQualified(p);
    } catch (IOException e) {
      throw new UncheckedIOException("opening warehouse " + root, e);
    }
  }

  public SparkSession spark() {
    return spark;
  }

  public Path root() {
    return root;
  }

  FileSystem fs() {
    return fs;
  }

  public Path tablePath(TableSpec<?> table) {
    return new Path(root, table.name());
  }

  /** True when the table has at least one data file (its schema-only file does not count). */
  public boolean hasData(TableSpec<?> table) {
    return countDataFiles(table, 1) > 0;
  }

  /** The stored rows of {@code table}, partition columns included; empty if it has no data. */
  public Dataset<Row> read(TableSpec<?> table) {
    var schema = table.schema(spark);
    if (!hasData(table)) {
      return spark.createDataFrame(List.of(), schema);
    }
    return spark.read().schema(schema).parquet(tablePath(table).toString());
  }

  /** The stored rows of {@code table} as typed rows. */
  public <T> Dataset<T> readTyped(TableSpec<T> table) {
    return table.fromStored(read(table));
  }

  /**
   * Starts a transaction for run {@code runId}, first finishing or discarding what an earlier,
   * interrupted run left behind (see {@link TableTransaction#recover}).
   */
  public TableTransaction begin(String runId) {
    TableTransaction.recover(this);
    return new TableTransaction(this, runId);
  }

  /** Data files of a table, for {@code status}. */
  public long fileCount(TableSpec<?> table) {
    return countDataFiles(table, Long.MAX_VALUE);
  }

  /** Counts the table's Parquet files but the schema-only one, stopping at {@code limit}. */
  private long countDataFiles(TableSpec<?> table, long limit) {
    Path p = tablePath(table);
    try {
      if (!fs.exists(p)) return 0;
      long n = 0;
      var it = fs.listFiles(p, true);
      while (n < limit && it.hasNext()) {
        String name = it.next().getPath().getName();
        if (name.endsWith(".parquet") && !name.equals(SchemaOnlyFile.NAME)) n++;
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + p, e);
    }
  }

  static boolean isDataFile(FileStatus st) {
    String n = st.getPath().getName();
    return st.isFile() && !n.startsWith(".") && !n.startsWith("_");
  }
}
