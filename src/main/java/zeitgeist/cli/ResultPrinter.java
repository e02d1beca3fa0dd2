package zeitgeist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Prints query results: an aligned text table (cells cut at {@code maxWidth} characters, newlines
 * shown as {@code ⏎}), CSV with a header (RFC 4180, nothing cut), or JSON Lines (one object a row,
 * nothing cut, Spark's {@code toJSON}: a field whose value is null is left out).
 *
 * <p>Rows: the table format prints at most its limit ({@link #TABLE_LIMIT} unless another is
 * given), fetching all of them to the driver before printing, so a query failing while it runs
 * prints nothing. CSV and JSON print every row unless a limit is given. Without a limit they are
 * streamed, one partition of the result on the driver at a time ({@link Dataset#toLocalIterator},
 * one Spark job per partition), so a result larger than the driver's memory can be exported; a
 * query that fails while it runs may then have printed the rows of the partitions before the
 * failing one. With a limit N, up to N + 1 rows are on the driver at once. {@link #print} says
 * whether the result had more rows than were printed; the caller reports it.
 *
 * <p>One printer prints several results in turn: in table and CSV format a blank line separates
 * them (each CSV result has its own header line); JSON Lines run on. A result without columns (a
 * command such as {@code CREATE TEMPORARY VIEW} or {@code USE}) prints nothing.
 */
final class ResultPrinter {
  enum Format {
    TABLE,
    CSV,
    JSON;

    /** The format {@code --format NAME} names, in any case; a usage error for another name. */
    static Format named(String name) {
      try {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new zeitgeist.config.ConfigException(
            "unknown --format '" + name + "' (expected table, csv, json)");
      }
    }
  }

  /** The table format's limit when none is given. */
  static final int TABLE_LIMIT = 1000;

  private final Format format;
  private final OptionalInt limit;
  private final int maxWidth;
  private final PrintWriter out;
  private int printed;

  /** A printer; {@code limit} empty means every row (the table format then uses its default). */
  ResultPrinter(Format format, OptionalInt limit, int maxWidth, PrintWriter out) {
    this.format = format;
    this.limit = format == Format.TABLE && limit.isEmpty() ? OptionalInt.of(TABLE_LIMIT) : limit;
    this.maxWidth = maxWidth;
    this.out = out;
  }

  /** Prints one result; whether it was cut. */
  static boolean print(Dataset<Row> df, Format format, int limit, int maxWidth, PrintWriter out) {
    return new ResultPrinter(format, OptionalInt.of(limit), maxWidth, out).print(df);
  }

  /** The limit in force: the one given, the table format's default, or empty for every row. */
  OptionalInt limit() {
    return limit;
  }

  /** Fetches and prints the next result; true when it had more rows than the limit. */
  boolean print(Dataset<Row> df) {
    String[] header = df.columns();
    if (header.length == 0) return false;
    boolean cut;
    try {
      cut =
          switch (format) {
            case TABLE -> printTable(header, df.limit(fetch()).collectAsList());
            case CSV -> printCsv(header, rows(df));
            case JSON -> printJson(rows(df.toJSON()));
          };
    } finally {
      out.flush();
    }
    printed++;
    return cut;
  }

  /** The rows of {@code ds}, one partition on the driver at a time; limit + 1 with a limit. */
  private <T> Iterator<T> rows(Dataset<T> ds) {
    return (limit.isPresent() ? ds.limit(fetch()) : ds).toLocalIterator();
  }

  /** The limit plus one row, to tell a cut result from one of exactly that many rows. */
  private int fetch() {
    return Math.min(limit.getAsInt(), Integer.MAX_VALUE - 1) + 1;
  }

  private boolean more(int n) {
    return limit.isEmpty() || n < limit.getAsInt();
  }

  private boolean printJson(Iterator<String> rows) {
    int n = 0;
    for (; rows.hasNext() && more(n); n++) out.println(rows.next());
    return rows.hasNext();
  }

  private boolean printCsv(String[] header, Iterator<Row> rows) {
    rows.hasNext(); // computes the first partition: a query failing at once prints nothing
    if (printed > 0) out.println();
    try {
      CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get());
      List<Object> cells = new ArrayList<>(header.length);
      for (int n = 0; rows.hasNext() && more(n); n++) {
        Row r = rows.next();
        cells.clear();
        for (int i = 0; i < r.length(); i++) cells.add(r.isNullAt(i) ? "" : cell(r.get(i)));
        csv.printRecord(cells);
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows.hasNext();
  }

  private boolean printTable(String[] header, List<Row> collected) {
    int max = limit.getAsInt();
    if (printed > 0) out.println();
    List<String[]> rows = new ArrayList<>();
    for (Row r : collected.subList(0, Math.min(max, collected.size()))) {
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
    boolean cut = collected.size() > max;
    out.println("(" + rows.size() + (cut ? "+ rows, cut at --limit" : " rows") + ")");
    return cut;
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
