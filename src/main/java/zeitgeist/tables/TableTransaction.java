package zeitgeist.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import io.delta.tables.DeltaTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.catalyst.plans.logical.LocalRelation;
import org.apache.spark.sql.functions;

/**
 * The one write path: a run's writes to the warehouse's Delta tables, ended by one {@code runs} row
 * that records the version of every table ({@link #commit}).
 *
 * <p>Each write is a Delta commit of its own, made as the run goes: {@link #append} adds rows,
 * {@link #mergeSums} adds sums to a per-date table ({@code MERGE}), {@link #overwriteSums} replaces
 * one, {@link #removeArticles} deletes the rows of some articles ({@code DELETE}, or {@code MERGE}
 * for many). Readers do not see them until the run's {@code runs} row names the new versions:
 * {@link Warehouse} reads the versions of the last finished run.
 *
 * <p>Crash safety: a run that dies (killed, or failed) may leave some tables at versions after the
 * last finished run's. The next run, and a failed run's own bookkeeping, first restore each such
 * table to that run's version ({@link #recover}, Delta's {@code RESTORE}: one commit per table, so
 * an interrupted recovery is simply done again). What the dead run wrote is then gone from every
 * table, and the new run starts from the last finished state.
 */
public final class TableTransaction {
  private final Warehouse warehouse;
  private final String runId;

  TableTransaction(Warehouse warehouse, String runId) {
    this.warehouse = warehouse;
    this.runId = runId;
  }

  /**
   * Appends {@code rows} to {@code table}.
   *
   * @return the number of rows written (from the commit's metrics, no extra Spark job)
   */
  public <T> long append(TableSpec<T> table, Dataset<T> rows) {
    return appendStored(table, table.toStored(rows.toDF()), false);
  }

  /**
   * Like {@link #append}, for few rows (a small rerun's): one task writes them, one file per
   * partition, without the shuffle that spreads many rows over tasks by partition.
   */
  public <T> long appendFew(TableSpec<T> table, Dataset<T> rows) {
    return appendStored(table, table.toStored(rows.toDF()), true);
  }

  private long appendStored(TableSpec<?> table, Dataset<Row> storedColumns, boolean oneTask) {
    if (knownEmpty(storedColumns)) {
      return 0; // no Spark job: a write of nothing would make no commit anyway
    }
    Dataset<Row> stored = table.withPartitions(storedColumns);
    List<String> parts = table.partitionColumns();
    if (oneTask || parts.isEmpty()) {
      stored = stored.coalesce(1);
    } else {
      stored = stored.repartition(stored.col(parts.get(0)));
    }
    long before = warehouse.version(table);
    write(table, stored.write().format("delta").mode(SaveMode.Append));
    long after = warehouse.version(table);
    // an empty append makes no commit: the last one is then an earlier write's
    return after == before ? 0 : committedRows(table, after);
  }

  /**
   * Whether Spark's optimizer already knows {@code rows} is empty (an empty local Dataset, or one
   * derived from it), so that finding out needs no job.
   */
  private static boolean knownEmpty(Dataset<Row> rows) {
    return rows.queryExecution().optimizedPlan() instanceof LocalRelation local
        && local.data().isEmpty();
  }

  private void write(TableSpec<?> table, DataFrameWriter<Row> writer) {
    writer.option("userMetadata", runId).save(warehouse.tablePath(table).toString());
  }

  /** Rows commit {@code version} of the table wrote ({@code numOutputRows} of a WRITE). */
  private long committedRows(TableSpec<?> table, long version) {
    return Long.parseLong(
        DeltaLogs.commitMetrics(warehouse.spark(), warehouse.tablePath(table).toString(), version)
            .getOrDefault("numOutputRows", "0"));
  }

  /**
   * Adds {@code signed} to the stored sums of {@code table} in one {@code MERGE}: the rows are
   * summed per key first; a key already stored gets the sums added and this run's id, a new key is
   * inserted, and a row whose {@code articles} falls to zero is deleted. Keys whose sums are all
   * zero change nothing and are left out. The first write of a table (its version is 0) is an
   * append, laid out like {@link #overwriteSums}.
   *
   * @param signed the table's key and sum columns, a key any number of times (signed contributions,
   *     one per article, or sums); other columns are ignored
   * @param touched a condition on the stored rows ({@code t.column}) that holds for every row the
   *     sums can match, with literals only (partitions and a period range): Delta reads only the
   *     files whose partition and column statistics can satisfy it
   */
  public void mergeSums(TableSpec<?> table, Dataset<Row> signed, String touched) {
    if (warehouse.version(table) == 0) {
      // never written (a first run): every sum is a new row, and an append costs a fraction of a
      // MERGE's jobs (the version, unlike the table's file count, is read from the log alone)
      write(table, inFileOrder(table, signed).write().format("delta").mode(SaveMode.Append));
      return;
    }
    Dataset<Row> source = table.conform(nonZero(table, summed(table, signed)));
    StringBuilder on = new StringBuilder(touched);
    for (String k : table.keys()) {
      on.append(" AND t.").append(k).append(" = s.").append(k);
    }
    Map<String, String> add = new LinkedHashMap<>();
    for (String m : table.sums()) {
      add.put(m, "t." + m + " + s." + m);
    }
    add.put("run_id", "s.run_id");
    DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(table).toString())
        .as("t")
        .merge(source.as("s"), on.toString())
        .whenMatched("t.articles + s.articles = 0")
        .delete()
        .whenMatched()
        .updateExpr(add)
        .whenNotMatched()
        .insertAll()
        .execute();
  }

  /**
   * Replaces every row of {@code table}, a table of sums, by the sums of {@code signed} per key (as
   * for {@link #mergeSums}), in one commit.
   */
  public void overwriteSums(TableSpec<?> table, Dataset<Row> signed) {
    write(table, inFileOrder(table, signed).write().format("delta").mode(SaveMode.Overwrite));
  }

  /** {@code signed} summed per key, with this run's id. */
  private Dataset<Row> summed(TableSpec<?> table, Dataset<Row> signed) {
    Column[] keys = table.keys().stream().map(functions::col).toArray(Column[]::new);
    Column[] sums = table.sums().stream().map(c -> sum(c).as(c)).toArray(Column[]::new);
    return signed
        .groupBy(keys)
        .agg(sums[0], Arrays.copyOfRange(sums, 1, sums.length))
        .withColumn("run_id", lit(runId));
  }

  /** The rows with a sum that is not zero. */
  private static Dataset<Row> nonZero(TableSpec<?> table, Dataset<Row> sums) {
    Column changed = lit(false);
    for (String m : table.sums()) {
      changed = changed.or(col(m).notEqual(lit(0)));
    }
    return sums.filter(changed);
  }

  /**
   * The sums of {@code signed} laid out for writing a whole table: range-partitioned by the table's
   * file order before they are summed, not after ({@link TableSpec#partitionedForFiles}), then
   * sorted within each file. Spark then samples the contributions for the ranges instead of
   * computing the sums twice (once for the sample, once for the write); a range holds every row of
   * its keys, so the sums need no other shuffle.
   */
  private Dataset<Row> inFileOrder(TableSpec<?> table, Dataset<Row> signed) {
    return table.sortedInFiles(
        table.conform(nonZero(table, summed(table, table.partitionedForFiles(signed)))));
  }

  /**
   * Deletes every row of {@code table} whose {@code article_id} is in {@code ids} (a Dataset with
   * an {@code article_id} column), in one commit (none when no row matches); files without such
   * rows are not touched.
   */
  public void removeArticles(TableSpec<?> table, Dataset<Row> ids) {
    removeArticles(table, ids, "article_id");
  }

  /**
   * Like {@link #removeArticles(TableSpec, Dataset)}, for a table that names articles in several
   * columns ({@code near_copies}): a row goes when any of {@code idColumns} is in {@code ids}.
   */
  public void removeArticles(TableSpec<?> table, Dataset<Row> ids, String... idColumns) {
    Dataset<Row> keys = ids.select(col("article_id").as("rm_id")).distinct();
    DeltaTable target =
        DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(table).toString());
    List<Row> few = keys.limit(FEW_IDS + 1).collectAsList();
    if (few.size() <= FEW_IDS) {
      // a small rerun's few ids: a plain DELETE, one scan, instead of MERGE's join and rewrite
      if (!few.isEmpty()) {
        Object[] listed = few.stream().map(r -> r.get(0)).toArray();
        Column any = lit(false);
        for (String c : idColumns) {
          any = any.or(col(c).isin(listed));
        }
        target.delete(any);
      }
      return;
    }
    List<String> on = new ArrayList<>();
    for (String c : idColumns) {
      on.add("t." + c + " = s.rm_id");
    }
    target.as("t").merge(keys.as("s"), String.join(" OR ", on)).whenMatched().delete().execute();
  }

  /**
   * Sets {@code columns} of the stored rows of {@code table} whose {@code key} is in {@code
   * changes} (a Dataset with {@code key} and those columns, a key at most once) to the values
   * there, in one {@code MERGE} (no commit when {@code changes} is known to be empty).
   */
  public void update(TableSpec<?> table, Dataset<Row> changes, String key, String... columns) {
    if (knownEmpty(changes)) {
      return;
    }
    Map<String, String> set = new LinkedHashMap<>();
    for (String c : columns) {
      set.put(c, "s." + c);
    }
    DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(table).toString())
        .as("t")
        .merge(changes.as("s"), "t." + key + " = s." + key)
        .whenMatched()
        .updateExpr(set)
        .execute();
  }

  /** Up to this many ids are deleted by a condition listing them; more by a MERGE. */
  private static final int FEW_IDS = 10_000;

  /**
   * Ends the run: appends its {@code runs} row, which for a finished run records the latest version
   * of every other table; from then on readers (this transaction's warehouse too) see the run's
   * writes.
   */
  public void commit(RunRow run) {
    commit(run, null);
  }

  /**
   * Ends a {@code maintain} like {@link #commit(RunRow)}, recording with its snapshot what its
   * {@code VACUUM} kept.
   */
  void commit(RunRow run, Warehouse.Retention retention) {
    boolean finished = Warehouse.FINISHED.contains(run.getStatus());
    if (finished) {
      Map<String, Long> versions = new HashMap<>();
      for (TableSpec<?> t : Warehouse.TABLES) {
        if (t != RunRow.TABLE) {
          versions.put(t.name(), warehouse.version(t));
        }
      }
      run.setTableVersions(versions);
    }
    CrashPoints.reach("before-commit");
    Dataset<Row> row =
        RunRow.TABLE
            .toStored(warehouse.spark().createDataset(List.of(run), RunRow.TABLE.encoder()).toDF())
            .coalesce(1);
    row.write()
        .format("delta")
        .mode(SaveMode.Append)
        .option("userMetadata", finished ? RunSnapshots.format(run, retention) : runId)
        .save(warehouse.tablePath(RunRow.TABLE).toString());
    warehouse.pin(
        finished
            ? new Warehouse.Snapshot(run.getRunId(), Map.copyOf(run.getTableVersions()))
            : null);
  }

  /**
   * Restores every table that is ahead of {@code last} (the last finished run's versions; tables it
   * does not name, and every table when there is no finished run, to version 0, the empty table) to
   * that version.
   */
  static void recover(Warehouse warehouse, Warehouse.Snapshot last) {
    for (TableSpec<?> t : Warehouse.TABLES) {
      if (t == RunRow.TABLE) continue;
      long target = last.versions().getOrDefault(t.name(), 0L);
      long now = warehouse.version(t);
      if (now > target) {
        System.err.println(
            "zeitgeist: restoring "
                + t.name()
                + " to version "
                + target
                + (last.runId() == null ? " (empty)" : " of run " + last.runId())
                + ": a run that did not finish left version "
                + now);
        DeltaTable.forPath(warehouse.spark(), warehouse.tablePath(t).toString())
            .restoreToVersion(target);
        CrashPoints.reach("mid-recovery");
      }
    }
  }
}
