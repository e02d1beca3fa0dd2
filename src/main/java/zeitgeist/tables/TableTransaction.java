package zeitgeist.tables;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * The one write path: a run stages all its table writes, then publishes them together.
 *
 * <p>Protocol: (1) {@link #append} and {@link #replacePartitions} write a table's new rows as
 * Parquet under {@code _staging/RUN/TABLE/}, laid out like the table (same partition folders);
 * nothing visible changes. (2) {@link #commit} lists the files of replaced partitions (to move to
 * {@code _trash/RUN/}) and every staged file (to move into its table folder), writes that list of
 * moves to {@code _journal/RUN.moves} (temporary name, then renamed: the journal appears whole or
 * not at all), does the moves in order, then deletes the journal, the staging and trash folders.
 * Staged file names carry a unique job id, so they never overwrite an existing file. The same
 * journal adds a {@link SchemaOnlyFile} to every table the commit leaves without data files, and
 * moves it out of every table that has some, so that every table stays readable by any Parquet
 * reader from the first commit on.
 *
 * <p>Crash safety: a run killed before the journal exists leaves only {@code _staging/RUN/}, which
 * the next run deletes (the run never happened). A run killed after the journal exists is rolled
 * forward by the next run: each move whose source still exists is done again, then the journal is
 * deleted. Renames within one file system are atomic per file, so a reader may see part of a
 * commit while it is being published (or before it is rolled forward), never a half-written file.
 */
public final class TableTransaction {
  static final String STAGING = "_staging";
  static final String JOURNAL = "_journal";
  static final String TRASH = "_trash";

  private final Warehouse warehouse;
  private final String runId;
  private final java.util.Set<String> staged = new java.util.LinkedHashSet<>();
  private final List<Path> removed = new ArrayList<>();
  private final java.util.Map<String, java.util.Set<String>> replaced = new java.util.HashMap<>();

  TableTransaction(Warehouse warehouse, String runId) {
    this.warehouse = warehouse;
    this.runId = runId;
  }

  private Path stagingRoot() {
    return new Path(new Path(warehouse.root(), STAGING), runId);
  }

  /**
   * Stages {@code rows} to be appended to {@code table} at commit; no rows, no file.
   *
   * @return the number of rows staged (from the written files' footers, no extra Spark job)
   */
  public <T> long append(TableSpec<T> table, Dataset<T> rows) {
    return appendStored(table, table.toStored(rows.toDF()), false);
  }

  /**
   * Like {@link #append}, for few rows (a small rerun's): they are written by one task, one file
   * per partition as with {@code append}, without the shuffle that spreads many rows over tasks
   * by partition (one Spark job fewer).
   */
  public <T> long appendFew(TableSpec<T> table, Dataset<T> rows) {
    return appendStored(table, table.toStored(rows.toDF()), true);
  }

  /** Stages rows already in stored form (snake_case columns, in order, no partition columns). */
  private long appendStored(TableSpec<?> table, Dataset<Row> storedColumns, boolean oneTask) {
    Dataset<Row> stored = table.withPartitions(storedColumns);
    org.apache.spark.sql.DataFrameWriter<Row> writer;
    if (oneTask) {
      writer = stored.coalesce(1).write().mode(SaveMode.Append);
      if (!table.partitionColumns().isEmpty()) {
        writer = writer.partitionBy(table.partitionColumns().toArray(String[]::new));
      }
    } else if (!table.partitionColumns().isEmpty()) {
      String[] parts = table.partitionColumns().toArray(String[]::new);
      writer = stored.repartition(stored.col(parts[0])).write().mode(SaveMode.Append)
          .partitionBy(parts);
    } else {
      writer = stored.coalesce(1).write().mode(SaveMode.Append);
    }
    Path dir = new Path(stagingRoot(), table.name());
    java.util.Set<Path> before = parquetFiles(dir);
    writer.parquet(dir.toString());
    List<Path> written = new ArrayList<>(parquetFiles(dir));
    written.removeAll(before);
    long rows = countRowsDroppingEmptyFiles(written);
    if (rows > 0) {
      staged.add(table.name());
    }
    return rows;
  }

  private java.util.Set<Path> parquetFiles(Path dir) {
    java.util.Set<Path> files = new java.util.HashSet<>();
    try {
      if (warehouse.fs().exists(dir)) {
        RemoteIterator<LocatedFileStatus> it = warehouse.fs().listFiles(dir, true);
        while (it.hasNext()) {
          Path p = it.next().getPath();
          if (p.getName().endsWith(".parquet")) {
            files.add(p);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("listing staged files in " + dir, e);
    }
    return files;
  }

  /**
   * Counts the rows of freshly written Parquet files and deletes the zero-row ones Spark writes
   * for an empty input (one schema-only file for an unpartitioned write), so that no rows means
   * no file, without a separate Spark job to check for rows first. Reads only footers.
   */
  private long countRowsDroppingEmptyFiles(List<Path> files) {
    org.apache.hadoop.conf.Configuration conf =
        warehouse.spark().sparkContext().hadoopConfiguration();
    long rows = 0;
    try {
      for (Path p : files) {
        long n;
        try (org.apache.parquet.hadoop.ParquetFileReader reader =
            org.apache.parquet.hadoop.ParquetFileReader.open(
                org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(p, conf))) {
          n = reader.getRecordCount();
        }
        if (n == 0) {
          warehouse.fs().delete(p, false);
        }
        rows += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("checking staged files " + files, e);
    }
    return rows;
  }

  /**
   * Stages {@code rows} to replace the given partitions of {@code table} at commit: every file
   * now in those partition folders is moved out, the staged files moved in. Partitions are
   * relative folder paths such as {@code grain=day/bucket=2018-07-01}; a partition with no new
   * rows ends up empty.
   */
  public <T> void replacePartitions(TableSpec<T> table, Dataset<T> rows,
      java.util.Collection<String> partitions) {
    replaced.computeIfAbsent(table.name(), k -> new java.util.TreeSet<>()).addAll(partitions);
    append(table, rows);
  }

  /**
   * Stages the removal of every row of {@code table} whose {@code article_id} is in {@code ids}
   * (a Dataset with an {@code article_id} column): each Parquet file holding such a row is
   * rewritten without it, and at commit the old file is moved out and the rewritten one in. Files
   * without such rows are not touched.
   *
   * @return the number of files rewritten
   */
  public int removeArticles(TableSpec<?> table, Dataset<Row> ids) {
    if (!warehouse.hasData(table)) {
      return 0;
    }
    Dataset<Row> keys = ids.select(col("article_id").as("rm_id")).distinct();
    List<String> files = warehouse.read(table).select(col("article_id"),
            col("_metadata.file_path").as("file"))
        .join(keys, col("article_id").equalTo(col("rm_id")), "left_semi")
        .select("file").distinct().as(Encoders.STRING()).collectAsList();
    if (files.isEmpty()) {
      return 0;
    }
    Dataset<Row> kept = warehouse.spark().read().schema(table.schema(warehouse.spark()))
        .option("basePath", warehouse.tablePath(table).toString())
        .parquet(files.toArray(String[]::new))
        .join(keys, col("article_id").equalTo(col("rm_id")), "left_anti");
    appendStored(table, kept.select(table.columns().stream().map(c -> col(c))
        .toArray(org.apache.spark.sql.Column[]::new)), false);
    for (String f : files) {
      removed.add(new Path(java.net.URI.create(f)));
    }
    return files.size();
  }

  /** Publishes every staged table write; see the class comment for the protocol. */
  public void commit() {
    FileSystem fs = warehouse.fs();
    try {
      List<String[]> moves = new ArrayList<>();
      Path trash = new Path(new Path(warehouse.root(), TRASH), runId);
      for (Path file : removed) {
        String rel = fs.makeQualified(file).toUri().getPath()
            .substring(fs.makeQualified(warehouse.root()).toUri().getPath().length() + 1);
        moves.add(new String[] {fs.makeQualified(file).toString(), new Path(trash, rel).toString()});
      }
      for (var e : replaced.entrySet()) {
        for (String partition : e.getValue()) {
          Path dir = new Path(new Path(warehouse.root(), e.getKey()), partition);
          if (!fs.exists(dir)) continue;
          for (FileStatus st : fs.listStatus(dir)) {
            if (!Warehouse.isDataFile(st)) continue;
            moves.add(new String[] {st.getPath().toString(), new Path(new Path(
                new Path(trash, e.getKey()), partition), st.getPath().getName()).toString()});
          }
        }
      }
      for (String table : staged) {
        Path from = new Path(stagingRoot(), table);
        if (!fs.exists(from)) continue;
        String prefix = fs.makeQualified(from).toUri().getPath();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(from, true);
        while (it.hasNext()) {
          LocatedFileStatus st = it.next();
          if (!Warehouse.isDataFile(st)) continue;
          String rel = st.getPath().toUri().getPath().substring(prefix.length() + 1);
          moves.add(new String[] {st.getPath().toString(),
              new Path(new Path(warehouse.root(), table), rel).toString()});
        }
      }
      moves.addAll(schemaOnlyMoves(fs, moves, trash));
      Path journal = writeJournal(fs, moves);
      CrashPoints.reach("after-journal");
      applyMoves(fs, moves.subList(0, moves.size() / 2));
      CrashPoints.reach("mid-moves");
      applyMoves(fs, moves.subList(moves.size() / 2, moves.size()));
      fs.delete(journal, false);
      deleteStaging(fs, stagingRoot());
      fs.delete(trash, true);
      deleteIfEmpty(fs, trash.getParent());
      deleteIfEmpty(fs, journal.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("committing run " + runId, e);
    }
  }

  /**
   * The moves that keep every table of {@link Warehouse#TABLES} readable (see {@link
   * SchemaOnlyFile}): a table left without data files by {@code moves} gets a schema-only file
   * (written now under staging, moved in with the rest); one that keeps or gains data files loses
   * it. Costs a listing of each table's folder up to its first data file, and a full listing of
   * the tables that lose files.
   */
  private List<String[]> schemaOnlyMoves(FileSystem fs, List<String[]> moves, Path trash)
      throws IOException {
    java.util.Set<String> movedOut = new java.util.HashSet<>();
    for (String[] m : moves) {
      if (new Path(m[1]).toUri().getPath().startsWith(trash.toUri().getPath() + "/")) {
        movedOut.add(new Path(m[0]).toUri().getPath());
      }
    }
    List<String[]> out = new ArrayList<>();
    for (TableSpec<?> table : Warehouse.TABLES) {
      Path dir = warehouse.tablePath(table);
      Path schemaOnly = new Path(dir, SchemaOnlyFile.NAME);
      boolean hasRows = staged.contains(table.name()) || hasDataFileNotIn(fs, dir, movedOut);
      boolean hasSchemaOnly = fs.exists(schemaOnly);
      if (hasRows && hasSchemaOnly) {
        out.add(new String[] {schemaOnly.toString(),
            new Path(new Path(trash, table.name()), SchemaOnlyFile.NAME).toString()});
      } else if (!hasRows && !hasSchemaOnly) {
        Path file = new Path(new Path(stagingRoot(), "_schema-only"), table.name() + ".parquet");
        SchemaOnlyFile.write(warehouse.spark().sparkContext().hadoopConfiguration(), file,
            table.schema(warehouse.spark()), warehouse.spark().version());
        out.add(new String[] {fs.makeQualified(file).toString(), schemaOnly.toString()});
      }
    }
    return out;
  }

  /**
   * True when {@code dir} holds a data file, other than the schema-only one, whose path (without
   * scheme) is not in {@code except}.
   */
  private static boolean hasDataFileNotIn(FileSystem fs, Path dir, java.util.Set<String> except)
      throws IOException {
    if (!fs.exists(dir)) {
      return false;
    }
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      LocatedFileStatus st = it.next();
      if (Warehouse.isDataFile(st) && !st.getPath().getName().equals(SchemaOnlyFile.NAME)
          && !except.contains(st.getPath().toUri().getPath())) {
        return true;
      }
    }
    return false;
  }

  /** Discards everything staged by this transaction. */
  public void abort() {
    try {
      deleteStaging(warehouse.fs(), stagingRoot());
    } catch (IOException e) {
      throw new UncheckedIOException("discarding staged files of run " + runId, e);
    }
  }

  /** Deletes a run's staging folder, and {@code _staging/} itself once it is empty. */
  private static void deleteStaging(FileSystem fs, Path runStaging) throws IOException {
    fs.delete(runStaging, true);
    deleteIfEmpty(fs, runStaging.getParent());
  }

  private static void deleteIfEmpty(FileSystem fs, Path dir) throws IOException {
    if (fs.exists(dir) && fs.listStatus(dir).length == 0) {
      fs.delete(dir, false);
    }
  }

  private Path writeJournal(FileSystem fs, List<String[]> moves) throws IOException {
    Path dir = new Path(warehouse.root(), JOURNAL);
    fs.mkdirs(dir);
    Path tmp = new Path(dir, "." + runId + ".moves.tmp");
    try (FSDataOutputStream out = fs.create(tmp, true);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      for (String[] m : moves) {
        w.write(m[0] + "\t" + m[1] + "\n");
      }
    }
    Path journal = new Path(dir, runId + ".moves");
    if (!fs.rename(tmp, journal)) {
      throw new IOException("cannot rename " + tmp + " to " + journal);
    }
    return journal;
  }

  private static void applyMoves(FileSystem fs, List<String[]> moves) throws IOException {
    for (String[] m : moves) {
      Path src = new Path(m[0]);
      Path dst = new Path(m[1]);
      if (!fs.exists(src)) continue;
      fs.mkdirs(dst.getParent());
      if (!fs.rename(src, dst)) {
        throw new IOException("cannot move " + src + " to " + dst);
      }
    }
  }

  /**
   * Finishes what interrupted runs left: rolls forward every complete journal, then deletes
   * staging folders and partial journals of runs that never reached their journal.
   */
  static void recover(Warehouse warehouse) {
    FileSystem fs = warehouse.fs();
    try {
      Path journals = new Path(warehouse.root(), JOURNAL);
      if (fs.exists(journals)) {
        for (FileStatus st : fs.listStatus(journals)) {
          String name = st.getPath().getName();
          if (name.endsWith(".moves")) {
            applyMoves(fs, readJournal(fs, st.getPath()));
            String run = name.substring(0, name.length() - ".moves".length());
            fs.delete(new Path(new Path(warehouse.root(), STAGING), run), true);
          }
          fs.delete(st.getPath(), false);
        }
      }
      fs.delete(new Path(warehouse.root(), STAGING), true);
      fs.delete(new Path(warehouse.root(), TRASH), true);
    } catch (IOException e) {
      throw new UncheckedIOException("recovering warehouse " + warehouse.root(), e);
    }
  }

  private static List<String[]> readJournal(FileSystem fs, Path journal) throws IOException {
    List<String[]> moves = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(fs.open(journal), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] parts = line.split("\t", 2);
        if (parts.length == 2) moves.add(parts);
      }
    }
    return moves;
  }
}
