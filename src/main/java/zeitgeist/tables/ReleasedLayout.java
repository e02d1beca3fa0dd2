package zeitgeist.tables;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * What a warehouse written by the releases before Delta tables (up to commit 0932aff of {@code
 * main}) holds on disk, as far as {@code zeitgeist convert} needs to know it. Plain Hadoop file
 * system calls, no Spark.
 *
 * <p>That layout: every table a folder of plain Parquet files, partitioned as today ({@code
 * year=2018/}, {@code year=__HIVE_DEFAULT_PARTITION__/} for undated articles, {@code
 * bucket=day_2018-07-01/}); a table without rows holds only {@value #SCHEMA_ONLY}, a file with the
 * schema and no row group at the folder's root. A run wrote its files under {@code _staging/RUN/},
 * then published them with one commit: the list of renames (qualified paths, {@code FROM<TAB>TO} a
 * line) written whole to {@code _journal/RUN.moves}, the renames done in order (replaced files went
 * to {@code _trash/RUN/}), then journal, staging and trash deleted. The run's {@code runs} row was
 * one of those files.
 *
 * <p>Recovery, as that release did it ({@link #finishCommits}): a commit whose journal exists was
 * decided and is rolled forward (each rename whose source still exists is done again); staging
 * without a journal is a run that never happened and is deleted, as is the trash. Done twice, it
 * changes nothing the second time.
 */
public final class ReleasedLayout {
  /** The file that keeps a table without rows readable. */
  static final String SCHEMA_ONLY = "schema-only.parquet";

  private static final String STAGING = "_staging";
  private static final String JOURNAL = "_journal";
  private static final String TRASH = "_trash";

  private ReleasedLayout() {}

  /** What a folder is, for {@code zeitgeist convert}. */
  public enum Kind {
    /** Tables of plain Parquet folders: a warehouse of an earlier release. */
    RELEASED,
    /** A conversion started and did not finish. */
    CONVERTING,
    /** Delta tables already: converted, or written by this release. */
    DELTA,
    /** Neither: no {@code runs} table, no pending commit. */
    NOT_A_WAREHOUSE
  }

  /**
   * Tells the kind of warehouse at {@code root}, an existing folder, from its {@code runs} folder
   * (every run of every release adds a row to it) and the marker of a conversion under way.
   */
  public static Kind inspect(FileSystem fs, Path root) throws IOException {
    if (fs.exists(new Path(root, Warehouse.CONVERSION_MARKER))) return Kind.CONVERTING;
    Path runs = new Path(root, RunRow.TABLE.name());
    if (fs.exists(new Path(runs, "_delta_log"))) return Kind.DELTA;
    if (fs.exists(runs) || fs.exists(new Path(root, JOURNAL))) return Kind.RELEASED;
    return Kind.NOT_A_WAREHOUSE;
  }

  /**
   * Finishes or discards what runs of the earlier release left mid-commit (see the class comment).
   *
   * @return the runs whose commits were rolled forward
   * @throws IllegalStateException when a journal names files outside {@code root} (the warehouse
   *     was moved or copied mid-commit), before anything is moved
   */
  public static List<String> finishCommits(FileSystem fs, Path root) throws IOException {
    Path journals = new Path(root, JOURNAL);
    List<String> finished = new ArrayList<>();
    if (fs.exists(journals)) {
      List<FileStatus> complete = new ArrayList<>();
      for (FileStatus st : fs.listStatus(journals)) {
        if (st.getPath().getName().endsWith(".moves")) {
          requireInside(fs, root, st.getPath(), readJournal(fs, st.getPath()));
          complete.add(st);
        }
      }
      for (FileStatus st : complete) {
        applyMoves(fs, readJournal(fs, st.getPath()));
        String name = st.getPath().getName();
        String run = name.substring(0, name.length() - ".moves".length());
        fs.delete(new Path(new Path(root, STAGING), run), true);
        fs.delete(st.getPath(), false);
        finished.add(run);
      }
      fs.delete(journals, true); // partial journals (.RUN.moves.tmp): commits never decided
    }
    fs.delete(new Path(root, STAGING), true);
    fs.delete(new Path(root, TRASH), true);
    return finished;
  }

  private static void requireInside(FileSystem fs, Path root, Path journal, List<Path[]> moves) {
    for (Path[] m : moves) {
      for (Path p : m) {
        if (below(fs.makeQualified(root), p) == null) {
          throw new IllegalStateException(
              "the pending commit "
                  + journal
                  + " moves "
                  + p
                  + ", outside "
                  + root
                  + " (was the warehouse moved or copied while a run "
                  + "committed?): finish it with the earlier release where it was written, "
                  + "then convert");
        }
      }
    }
  }

  private static List<Path[]> readJournal(FileSystem fs, Path journal) throws IOException {
    List<Path[]> moves = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(fs.open(journal), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] parts = line.split("\t", 2);
        if (parts.length == 2) moves.add(new Path[] {new Path(parts[0]), new Path(parts[1])});
      }
    }
    return moves;
  }

  private static void applyMoves(FileSystem fs, List<Path[]> moves) throws IOException {
    for (Path[] m : moves) {
      if (!fs.exists(m[0])) continue;
      fs.mkdirs(m[1].getParent());
      if (!fs.rename(m[0], m[1])) {
        throw new IOException("cannot move " + m[0] + " to " + m[1]);
      }
    }
  }

  /** The table's Parquet data files (hidden files and {@value #SCHEMA_ONLY} not counted). */
  static long dataFiles(FileSystem fs, Path table) throws IOException {
    if (!fs.exists(table)) return 0;
    long n = 0;
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(table, true);
    while (it.hasNext()) {
      Path p = it.next().getPath();
      String name = p.getName();
      if (name.endsWith(".parquet") && !name.equals(SCHEMA_ONLY) && !hidden(table, p)) n++;
    }
    return n;
  }

  /** Whether a name below {@code table} on the way to {@code file} starts with _ or a dot. */
  private static boolean hidden(Path table, Path file) {
    String rel = below(table, file);
    for (String name : rel == null ? new String[0] : rel.split("/")) {
      if (name.startsWith("_") || name.startsWith(".")) return true;
    }
    return false;
  }

  /** The path of {@code file} relative to the folder {@code dir}; null when not below it. */
  private static String below(Path dir, Path file) {
    String d = dir.toUri().getPath().replaceAll("/+$", "") + "/";
    String f = file.toUri().getPath();
    return f.startsWith(d) ? f.substring(d.length()) : null;
  }
}
