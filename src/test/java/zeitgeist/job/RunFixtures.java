package zeitgeist.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import zeitgeist.TestSpark;
import zeitgeist.cli.ZeitgeistCommand;

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
}
