package zeitgeist.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import zeitgeist.TestSpark;
import zeitgeist.cli.ZeitgeistCommand;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.Warehouse;

/** Runs the CLI in the test JVM (sharing its SparkSession) and turns tables into sorted rows. */
public final class RunFixtures {
  private RunFixtures() {}

  /** The outcome of one CLI call. */
  public record Result(int exitCode, String out, String err) {}

  public static Result cli(String... args) {
    TestSpark.session();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        ZeitgeistCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Rows as tab-joined strings (null as empty), sorted. */
  public static TreeSet<String> rows(Dataset<Row> df) {
    TreeSet<String> out = new TreeSet<>();
    for (Row r : df.collectAsList()) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < r.length(); i++) cells.add(r.isNullAt(i) ? "" : String.valueOf(r.get(i)));
      out.add(String.join("\t", cells));
    }
    return out;
  }

  /** A TSV file's data lines (header dropped), sorted. */
  public static TreeSet<String> tsvRows(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return new TreeSet<>(
          lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The header columns of a TSV file, joined with commas for a SELECT list. */
  public static String tsvColumns(Path file) {
    try {
      return String.join(", ", Files.readAllLines(file).get(0).split("\t"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The periods an article counts in, written out independently of {@code DatePeriods} for the
   * brute-force recounts: {@code "grain\tperiod"} for day (day precision only), month (day or month
   * precision) and year; none for an undated article.
   */
  public static List<String> periods(java.time.LocalDate date, String precision) {
    List<String> out = new ArrayList<>();
    if (date == null) return out;
    if (precision.equals("day")) out.add("day\t" + date);
    if (!precision.equals("year")) out.add("month\t" + date.withDayOfMonth(1));
    out.add("year\t" + date.withDayOfYear(1));
    return out;
  }

  /** A double as the recount tests compare it: 9 decimals. */
  public static String num(double d) {
    return String.format(java.util.Locale.ROOT, "%.9f", d);
  }

  /**
   * What differs between every table of two warehouses made by the same run of the same inputs
   * (each table's name, its row counts, and up to 3 rows found only on either side); empty when
   * they hold the same rows. Not compared: the run ids, and in {@code runs} the run times and
   * {@code project_version} (it names the Spark each run ran on, and a build may differ); each
   * warehouse's path is replaced by a placeholder. Doubles are compared to 12 significant digits:
   * per-date sums of doubles may add in another order when the data is partitioned differently.
   */
  public static List<String> tableDifferences(String whA, String whB) {
    return tableDifferences(whA, whB, Map.of());
  }

  /**
   * As {@link #tableDifferences(String, String)}, with each key of {@code placeholders} (e.g. the
   * absolute path of an input folder that differs between the two runs) replaced by its value in
   * the rows of both warehouses.
   */
  public static List<String> tableDifferences(
      String whA, String whB, Map<String, String> placeholders) {
    Warehouse a = new Warehouse(TestSpark.session(), whA);
    Warehouse b = new Warehouse(TestSpark.session(), whB);
    List<String> differing = new ArrayList<>();
    for (TableSpec<?> t : Warehouse.TABLES) {
      List<String> rowsA = comparableRows(a, t, whA, placeholders);
      List<String> rowsB = comparableRows(b, t, whB, placeholders);
      if (!rowsA.equals(rowsB)) {
        differing.add(
            t.name()
                + ": "
                + rowsA.size()
                + " rows in "
                + whA
                + ", "
                + rowsB.size()
                + " in "
                + whB
                + "; only in the first "
                + firstMissing(rowsA, rowsB)
                + ", only in the second "
                + firstMissing(rowsB, rowsA));
      }
    }
    return differing;
  }

  private static List<String> comparableRows(
      Warehouse wh, TableSpec<?> table, String path, Map<String, String> placeholders) {
    // project_version: it names the Spark each run ran on
    Set<String> skipped =
        table.equals(RunRow.TABLE)
            ? Set.of("run_id", "started_at", "finished_at", "project_version")
            : Set.of("run_id");
    Dataset<Row> df = wh.read(table);
    String[] cols =
        Stream.of(df.columns()).filter(c -> !skipped.contains(c)).toArray(String[]::new);
    List<String> out = new ArrayList<>();
    for (Row r : df.selectExpr(cols).collectAsList()) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length(); i++) {
        Object v = r.get(i);
        line.append(i == 0 ? "" : "\t")
            .append(
                v == null
                    ? "\\N"
                    : v instanceof Double d
                        ? String.format(Locale.ROOT, "%.12g", d)
                        : String.valueOf(v));
      }
      String row = line.toString().replace(path, "WAREHOUSE");
      for (Map.Entry<String, String> p : placeholders.entrySet()) {
        row = row.replace(p.getKey(), p.getValue());
      }
      out.add(row);
    }
    out.sort(null);
    return out;
  }

  /** Up to 3 rows of {@code a} not matched in {@code b} (as multisets). */
  private static List<String> firstMissing(List<String> a, List<String> b) {
    Map<String, Integer> left = new HashMap<>();
    b.forEach(r -> left.merge(r, 1, Integer::sum));
    List<String> out = new ArrayList<>();
    for (String r : a) {
      if (left.merge(r, -1, Integer::sum) < 0 && out.size() < 3) out.add(r);
    }
    return out;
  }
}
