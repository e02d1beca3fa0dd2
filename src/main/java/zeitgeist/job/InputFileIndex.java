package zeitgeist.job;

import static org.apache.spark.sql.functions.col;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import zeitgeist.config.JobConfig;
import zeitgeist.ingest.InputFile;
import zeitgeist.tables.InputFileRow;
import zeitgeist.tables.Warehouse;

/**
 * Which listed input files a run must read, from the {@code input_files} table.
 *
 * <p>Rules: a listed file is skipped when {@code input_files} has a row with the same URI, size,
 * modification time and ingest key ({@link zeitgeist.config.IngestOptions#key()}): a run read it
 * completely and committed (a file that could not be read gets no row, see {@link
 * Listing#rowsFor}). Nothing is skipped with {@code --full} or {@code --rebuild}. Each file read
 * gets a new row at commit, so a file changed in place (new size or time) is read again and then
 * skipped. Limit: a file rewritten with the same size within the file system's time resolution is
 * not noticed; {@code --full} reads everything.
 *
 * <p>The index is file metadata, one row per file version, read on the driver; no article data is
 * collected.
 */
final class InputFileIndex {
  private InputFileIndex() {}

  /** The listing split into files to read and files skipped, with what the skipped ones hold. */
  record Listing(
      List<InputFile> toRead,
      List<String> skippedPaths,
      long skippedArticles,
      long skippedRejects,
      String ingestKey,
      SparkSession spark) {

    /**
     * The {@code input_files} rows for the files read.
     *
     * @param counts per input path (display path): articles kept and rejects, {@code duplicate_id}
     *     included
     * @param notRead input paths of files that could not be read: they get no row, so the next run
     *     reads them again (a file made readable by {@code chmod} keeps its size and time)
     */
    Dataset<InputFileRow> rowsFor(
        Map<String, long[]> counts, java.util.Set<String> notRead, String runId) {
      List<InputFileRow> rows = new ArrayList<>();
      for (InputFile f : toRead) {
        if (f.getUnreadable() != null || notRead.contains(f.getDisplayPath())) {
          continue;
        }
        long[] c = counts.getOrDefault(f.getDisplayPath(), new long[2]);
        InputFileRow row = new InputFileRow();
        row.setUri(f.getUri());
        row.setInputPath(f.getDisplayPath());
        row.setSize(f.getLength());
        row.setModifiedAt(new Timestamp(f.getModifiedAt()));
        row.setIngestKey(ingestKey);
        row.setArticles(c[0]);
        row.setRejects(c[1]);
        row.setRunId(runId);
        rows.add(row);
      }
      return spark.createDataset(rows, InputFileRow.TABLE.encoder());
    }
  }

  /** Lists the inputs and sorts the files into read and skipped. */
  static Listing list(SparkSession spark, JobConfig config, Warehouse warehouse, boolean readAll) {
    List<InputFile> files =
        new InputLister(spark.sparkContext().hadoopConfiguration())
            .list(config.inputs(), config.ingest().format());
    String key = config.ingest().key();
    if (readAll || !warehouse.exists(InputFileRow.TABLE)) {
      return new Listing(files, List.of(), 0, 0, key, spark);
    }
    Map<String, long[]> known = new HashMap<>();
    for (Row r :
        warehouse
            .read(InputFileRow.TABLE)
            .filter(col("ingest_key").equalTo(key))
            .select("uri", "size", "modified_at", "articles", "rejects")
            .collectAsList()) {
      known.put(
          version(r.getString(0), r.getLong(1), r.getTimestamp(2).getTime()),
          new long[] {r.getLong(3), r.getLong(4)});
    }
    List<InputFile> toRead = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    long articles = 0;
    long rejects = 0;
    for (InputFile f : files) {
      long[] c = known.get(version(f.getUri(), f.getLength(), f.getModifiedAt()));
      if (c == null) {
        toRead.add(f);
      } else {
        skipped.add(f.getDisplayPath());
        articles += c[0];
        rejects += c[1];
      }
    }
    return new Listing(toRead, skipped, articles, rejects, key, spark);
  }

  private static String version(String uri, long size, long modifiedAt) {
    return uri + "\t" + size + "\t" + modifiedAt;
  }
}
