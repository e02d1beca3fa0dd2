package zeitgeist.cli;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zeitgeist.config.ConfigException;
import zeitgeist.contexts.TermContexts;
import zeitgeist.contexts.TermContextsFunction;
import zeitgeist.job.SparkSessions;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleTermRow;
import zeitgeist.tables.SqlCatalog;
import zeitgeist.tables.Warehouse;

/**
 * {@code zeitgeist kwic}: the sentences behind a term's counts, as keyword-in-context lines.
 *
 * <p>Rules: the articles that counted the term or phrase are read from {@code article_terms}
 * (with {@code --from}/{@code --to} on {@code published_date}, inclusive, and {@code --source} on
 * {@code articles.source}); their occurrences are ordered by date, article and offset. The
 * contexts shown are {@code --limit} of them spread evenly over that order ({@code --order
 * sample}, the default), or the first ones ({@code --order date}); {@code --limit 0} shows all.
 * Only the articles holding a shown context are analysed again ({@link TermContexts}), so the
 * lines are the very occurrences the counts were made of; an article whose text now gives another
 * number of occurrences than its count (a warehouse built with another configuration or release)
 * is named on stderr. A term is matched as stored (lower-case lemma); when none was counted so,
 * the term that most articles wrote as the given words (their {@code surface}, case aside) is
 * used, else the words lemmatised as the run would ({@code Gesprächen → gespräch}), with a note
 * on stderr.
 *
 * <p>Output: {@code table} (one line per context: date, source, title, article, the left context
 * right-aligned, the match in brackets, the right context), {@code csv} or {@code json} (the
 * columns {@code published_date, source, title, article_id, start, end, left_context, match,
 * right_context}). A summary line on stderr says how many contexts the selection holds.
 */
@Command(
    name = "kwic",
    mixinStandardHelpOptions = true,
    description = {
      "Show the contexts behind a term's or phrase's counts (keyword in context).",
      "Example: zeitgeist kwic -w warehouse --term gespräch --from 2018-03-01 --to 2018-03-31"
    })
final class KwicCommand implements Callable<Integer> {
  private static final StructType OUTPUT = new StructType()
      .add("published_date", DataTypes.DateType)
      .add("source", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("article_id", DataTypes.StringType)
      .add("start", DataTypes.IntegerType)
      .add("end", DataTypes.IntegerType)
      .add("left_context", DataTypes.StringType)
      .add("match", DataTypes.StringType)
      .add("right_context", DataTypes.StringType);

  @Option(names = {"-w", "--warehouse"}, paramLabel = "DIR", required = true,
      description = "Warehouse directory.")
  String warehouse;

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what;

  static final class What {
    @Option(names = "--term", paramLabel = "WORD",
        description = "A term (lower-case lemma, e.g. gespräch) or a word to lemmatise.")
    String term;

    @Option(names = "--phrase", paramLabel = "WORDS",
        description = "A two-word phrase as stored (weiß haus) or as written (Weiße Haus).")
    String phrase;
  }

  @Option(names = "--from", paramLabel = "DATE", description = "First date (yyyy-mm-dd).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last date (yyyy-mm-dd).")
  String to;

  @Option(names = "--source", paramLabel = "NAME", description = "Only articles of this source.")
  String source;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
      description = "Contexts shown; 0 for all. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--order", paramLabel = "ORDER", defaultValue = "sample",
      description = "sample (spread evenly over the dates) or date (the first ones). "
          + "Default: ${DEFAULT-VALUE}.")
  String order;

  @Option(names = "--width", paramLabel = "N", defaultValue = "60",
      description = "Characters of context either side. Default: ${DEFAULT-VALUE}.")
  int width;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "Output: table, csv or json (JSON Lines). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = {"-v", "--verbose"}, description = "Spark's INFO log.")
  boolean verbose;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** One article that counted the term: its date and count, in the order of the contexts. */
  private record Hit(String articleId, java.sql.Date date, int count) {}

  @Override
  public Integer call() {
    ResultPrinter.Format fmt = ResultPrinter.Format.named(format);
    if (!order.equals("sample") && !order.equals("date")) {
      throw new ConfigException("unknown --order '" + order + "' (expected sample, date)");
    }
    if (limit < 0 || width < 0) {
      throw new ConfigException("--limit and --width must be ≥ 0");
    }
    LocalDate first = date("--from", from);
    LocalDate last = date("--to", to);
    if (first != null && last != null && first.isAfter(last)) {
      throw new ConfigException("--from " + from + " is after --to " + to);
    }
    int n = what.term != null ? 1 : 2;
    String words = (n == 1 ? what.term : what.phrase).strip().replaceAll("\\s+", " ");
    if (words.isEmpty() || words.split(" ").length != n) {
      throw new ConfigException(n == 1 ? "--term takes one word" : "--phrase takes two words");
    }
    SqlCommand.requireWarehouse(warehouse);

    SparkSession spark = SparkSessions.getOrCreate("zeitgeist kwic", verbose);
    Warehouse wh = new Warehouse(spark, warehouse);
    boolean keepStopwords = wh.lastConfig().map(Warehouse.RunConfig::keepsStopwords)
        .orElse(false);
    SqlCatalog.registerFunctions(spark, keepStopwords);
    String term = words.toLowerCase(Locale.ROOT);
    List<Hit> hits = hits(wh, term, n, first, last);
    if (hits.isEmpty()) {
      Optional<String> other = counted(wh, words, n)
          .or(() -> new TermContexts(keepStopwords).termOf(words, n));
      if (other.isPresent() && !other.get().equals(term)) {
        term = other.get();
        hits = hits(wh, term, n, first, last);
        note("'" + words + "' is counted as the " + (n == 1 ? "term" : "phrase") + " '" + term
            + "'");
      }
    }
    long total = hits.stream().mapToLong(Hit::count).sum();
    List<long[]> wanted = choose(hits, total);
    note(total + " contexts of '" + term + "' in " + hits.size() + " articles"
        + (wanted.size() < total ? "; showing " + wanted.size() + " ("
            + (order.equals("date") ? "the first by date" : "spread evenly over the dates")
            + "; --limit 0 for all)" : ""));
    List<Row> rows = contexts(spark, wh, hits, wanted, term, n);
    PrintWriter out = spec.commandLine().getOut();
    if (fmt == ResultPrinter.Format.TABLE) {
      printTable(rows, out);
    } else {
      ResultPrinter.print(spark.createDataFrame(rows, OUTPUT), fmt, Integer.MAX_VALUE - 1, 60,
          out);
    }
    out.flush();
    return 0;
  }

  /** The term most articles wrote as {@code words} (case aside), if any wrote it so. */
  private static Optional<String> counted(Warehouse wh, String words, int n) {
    List<Row> top = wh.read(ArticleTermRow.TABLE)
        .filter(col("n").equalTo(n).and(functions.lower(col("surface"))
            .equalTo(words.toLowerCase(Locale.ROOT))))
        .groupBy("term").count().orderBy(col("count").desc(), col("term")).limit(1)
        .collectAsList();
    return top.isEmpty() ? Optional.empty() : Optional.of(top.get(0).getString(0));
  }

  private List<Hit> hits(Warehouse wh, String term, int n, LocalDate first, LocalDate last) {
    Dataset<Row> terms = wh.read(ArticleTermRow.TABLE)
        .filter(col("term").equalTo(term).and(col("n").equalTo(n)));
    if (first != null) terms = terms.filter(col("published_date").geq(lit(first.toString())
        .cast("date")));
    if (last != null) terms = terms.filter(col("published_date").leq(lit(last.toString())
        .cast("date")));
    if (source != null) {
      Dataset<Row> ids = wh.read(ArticleRow.TABLE).filter(col("source").equalTo(source))
          .select("article_id");
      terms = terms.join(ids, "article_id");
    }
    List<Hit> hits = new ArrayList<>();
    for (Row r : terms.select("article_id", "published_date", "count")
        .orderBy(col("published_date").asc_nulls_last(), col("article_id")).collectAsList()) {
      hits.add(new Hit(r.getString(0), r.getDate(1), r.getInt(2)));
    }
    return hits;
  }

  /**
   * The contexts to show, as (index of the hit, index of the occurrence in its article): all, the
   * first {@code limit}, or {@code limit} spread evenly over the ordered occurrences (the k-th of
   * {@code limit} is occurrence {@code floor((2k + 1) * total / (2 * limit))}).
   */
  private List<long[]> choose(List<Hit> hits, long total) {
    int shown = limit == 0 || total <= limit ? (int) total : limit;
    List<long[]> wanted = new ArrayList<>(shown);
    int hit = 0;
    long before = 0; // occurrences in the hits before `hit`
    for (int k = 0; k < shown; k++) {
      long index = shown == total || order.equals("date") ? k
          : (2L * k + 1) * total / (2L * shown);
      while (index >= before + hits.get(hit).count()) {
        before += hits.get(hit).count();
        hit++;
      }
      wanted.add(new long[] {hit, index - before});
    }
    return wanted;
  }

  /** The output rows of the wanted contexts, analysing only the articles that hold one. */
  private List<Row> contexts(SparkSession spark, Warehouse wh, List<Hit> hits,
      List<long[]> wanted, String term, int n) {
    Map<String, Integer> hitOf = new HashMap<>();
    for (long[] w : wanted) hitOf.put(hits.get((int) w[0]).articleId(), (int) w[0]);
    if (hitOf.isEmpty()) return List.of();
    Dataset<Row> ids = spark.createDataset(new ArrayList<>(hitOf.keySet()), Encoders.STRING())
        .toDF("article_id");
    Dataset<Row> articles = wh.read(ArticleRow.TABLE).join(broadcast(ids), "article_id")
        .select(col("article_id"), col("published_date"), col("source"), col("title"),
            call_udf(TermContextsFunction.NAME, col("text"), lit(term), lit(n), lit(width))
                .as("lines"));
    Map<String, Row> byId = new HashMap<>();
    for (Row r : articles.collectAsList()) byId.put(r.getString(0), r);
    List<Row> rows = new ArrayList<>(wanted.size());
    java.util.Set<String> checked = new java.util.HashSet<>();
    for (long[] w : wanted) {
      Hit hit = hits.get((int) w[0]);
      Row a = byId.get(hit.articleId());
      List<Row> lines = a == null ? List.of() : a.getList(4);
      if (checked.add(hit.articleId()) && lines.size() != hit.count()) {
        note("article " + hit.articleId() + " now gives " + lines.size() + " contexts of '"
            + term + "' where the run counted " + hit.count() + " (built with another "
            + "configuration or release?)");
      }
      if (w[1] >= lines.size()) continue;
      Row l = lines.get((int) w[1]);
      rows.add(RowFactory.create(a.getDate(1), a.getString(2), a.getString(3), a.getString(0),
          l.getInt(0), l.getInt(1), l.getString(2), l.getString(3), l.getString(4)));
    }
    return rows;
  }

  private void printTable(List<Row> rows, PrintWriter out) {
    int leftWidth = 0;
    for (Row r : rows) leftWidth = Math.max(leftWidth, r.getString(6).length());
    for (Row r : rows) {
      String left = r.getString(6);
      out.println(String.join("  ", String.valueOf(r.getDate(0)), cut(r.getString(1), 18),
          cut(r.getString(2), 30), cut(r.getString(3), 16),
          " ".repeat(leftWidth - left.length()) + left + "[" + r.getString(7) + "]"
              + r.getString(8)).stripTrailing());
    }
    out.println("(" + rows.size() + " contexts)");
  }

  private static String cut(String s, int width) {
    String v = s == null ? "" : s.replaceAll("\\s+", " ");
    v = v.length() > width ? v.substring(0, width - 1) + "…" : v;
    return v + " ".repeat(width - v.length());
  }

  private void note(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("zeitgeist kwic: " + message);
    err.flush();
  }

  private static LocalDate date(String option, String value) {
    if (value == null) return null;
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ConfigException(option + " '" + value + "' is not a date (yyyy-mm-dd)");
    }
  }
}
