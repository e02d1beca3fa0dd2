package zeitgeist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Prints query results: an aligned text table (cells cut at {@code maxWidth} characters, newlines
 * shown as {@code ⏎}), CSV with a header (RFC 4180, nothing cut), or JSON Lines (one object a row,
 * nothing cut). At most {@code limit} rows are fetched to the driver, all of them before anything
 * is printed, so a query failing while it runs prints nothing.
 *
 * <p>One printer prints several results in turn: in table and CSV format a blank line separates
 * them (each CSV result has its own header line); JSON Lines run on. A result without columns (a
 * command such as {@code CREATE TEMPORARY VIEW} or {@code USE}) prints nothing.
 */
final class ResultPrinter {
  enum Format { TABLE, CSV, JSON }

  private final Format format;
  private final int limit;
  private final int maxWidth;
  private final PrintWriter out;
  private int printed;

  ResultPrinter(Format format, int limit, int maxWidth, PrintWriter out) {
    this.format = format;
    this.limit = limit;
    this.maxWidth = maxWidth;
    this.out = out;
  }

  /** Prints one result. */
  static void print(Dataset<Row> df, Format format, int limit, int maxWidth, PrintWriter out) {
    new ResultPrinter(format, limit, maxWidth, out).print(df);
  }

  /** Fetches and prints the next result. */
  void print(Dataset<Row> df) {
    String[] header = df.columns();
    if (header.length == 0) return;
    if (format == Format.JSON) {
      df.toJSON().limit(limit).collectAsList().forEach(out::println);
    } else {
      List<Row> rows = df.limit(format == Format.TABLE ? limit + 1 : limit).collectAsList();
      if (printed > 0) out.println();
      if (format == Format.CSV) {
        printCsv(header, rows);
      } else {
        printTable(header, rows);
      }
    }
    printed++;
    out.flush();
  }

  private void printCsv(String[] header, List<Row> rows) {
    try {
      CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get());
      for (Row r : rows) {
        List<Object> cells = new ArrayList<>();
        for (int i = 0; i < r.length(); i++) cells.add(r.isNullAt(i) ? "" : cell(r.get(i)));
        csv.printRecord(cells);
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void printTable(String[] header, List<Row> collected) {
    List<String[]> rows = new ArrayList<>();
    for (Row r : collected.subList(0, Math.min(limit, collected.size()))) {
      String[] cells = new String[header.length];
      for (int i = 0; i < header.length; i++) {
        String s = r.isNullAt(i) ? "NULL" : cell(r.get(i)).replace("\n", "⏎");
        cells[i] = s.length() > maxWidth ? s.substring(0, maxWidth - 1) + "…" : s;
      }
      rows.add(cells);
    }
    int[] width = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      width[i] = header[i].length();
      for (String[] r : rows) width[i] = Math.max(width[i], r[i].length());
    }
    out.println(line(header, width));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
    }
    out.println(rule);
    for (String[] r : rows) out.println(line(r, width));
    out.println("(" + rows.size() + (collected.size() > limit ? "+ rows, cut at --limit" : " rows")
        + ")");
  }

  private static String line(String[] cells, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) sb.append(" | ");
      sb.append(cells[i]).append(" ".repeat(width[i] - cells[i].length()));
    }
    return sb.toString().stripTrailing();
  }

  private static String cell(Object o) {
    if (o instanceof scala.collection.Seq<?> seq) {
      return scala.jdk.javaapi.CollectionConverters.asJava(seq).toString();
    }
    return String.valueOf(o);
  }
}
