package zeitgeist.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zeitgeist.config.ConfigException;
import zeitgeist.contexts.TermContexts;
import zeitgeist.spark.SparkSessions;
import zeitgeist.sql.SqlCatalog;
import zeitgeist.tables.Warehouse;

/**
 * {@code zeitgeist kwic}: the sentences behind a term's, phrase's or entity's counts, as
 * keyword-in-context lines.
 *
 * <p>Rules: the contexts of the selection ({@code --from}/{@code --to} on {@code published_date},
 * inclusive; {@code --source} on {@code articles.source}; {@code --tone} on the sentence's tone
 * under {@code --lexicon}) are ordered by date, article and offset (an entity's title mentions
 * before its body mentions); the ones shown are {@code --limit} of them spread evenly over that
 * order ({@code --order sample}, the default), or the first ones ({@code --order date}); {@code
 * --limit 0} shows all. Where the contexts come from, and what a sentence's tone is: {@link
 * KwicContexts}. A term is matched as stored (lower-case lemma); when none was counted so, the term
 * that most articles wrote as the given words (their {@code surface}, case aside) is used, else the
 * words lemmatised as the run would ({@code Gesprächen → gespräch}), with a note on stderr. An
 * entity is matched by its canonical name, else by a canonical name or surface written so (case
 * aside: {@code putin → Wladimir Putin}), with a note.
 *
 * <p>Output: {@code table} (one line per context: date, source, title, article, the sentence's tone
 * when a lexicon is given, the left context right-aligned, the match in brackets, the right
 * context), {@code csv} or {@code json} (the columns of {@link KwicContexts#OUTPUT}). A summary
 * line on stderr says how many contexts the selection holds.
 */
@Command(
    name = "kwic",
    mixinStandardHelpOptions = true,
    description = {
      "Show the contexts behind a term's, phrase's or entity's counts (keyword in context)."
    },
    footerHeading = ExitCodes.EXAMPLES,
    footer = {
      "  zeitgeist kwic -w warehouse --term gespräch --from 2018-03-01",
      "  zeitgeist kwic -w warehouse --entity \"Wladimir Putin\" --tone negative"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.FAILED, ExitCodes.USAGE})
final class KwicCommand implements Callable<Integer> {
  @Option(
      names = {"-w", "--warehouse"},
      paramLabel = "DIR",
      required = true,
      description = "Warehouse directory.")
  String warehouse;

  @ArgGroup(exclusive = true, multiplicity = "1")
  What what;

  static final class What {
    @Option(
        names = "--term",
        paramLabel = "WORD",
        description = "A term (lower-case lemma, e.g. gespräch) or a word to lemmatise.")
    String term;

    @Option(
        names = "--phrase",
        paramLabel = "WORDS",
        description = "A two-word phrase as stored (weiß haus) or as written (Weiße Haus).")
    String phrase;

    @Option(
        names = "--entity",
        paramLabel = "NAME",
        description = "An entity by its canonical name (Wladimir Putin) or as written (Putin).")
    String entity;
  }

  @Option(names = "--from", paramLabel = "DATE", description = "First date (yyyy-mm-dd).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last date (yyyy-mm-dd).")
  String to;

  @Option(names = "--source", paramLabel = "NAME", description = "Only articles of this source.")
  String source;

  @Option(
      names = "--tone",
      paramLabel = "TONE",
      description =
          "Only contexts whose sentence is positive, negative or neutral under " + "--lexicon.")
  String tone;

  @Option(
      names = "--lexicon",
      paramLabel = "NAME",
      description =
          "The polarity lexicon for --tone and the sentence_tone column; default: the "
              + "warehouse's only one.")
  String lexicon;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "Contexts shown; 0 for all. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(
      names = "--order",
      paramLabel = "ORDER",
      defaultValue = "sample",
      description =
          "sample (spread evenly over the dates) or date (the first ones). "
              + "Default: ${DEFAULT-VALUE}.")
  String order;

  @Option(
      names = "--width",
      paramLabel = "N",
      defaultValue = "60",
      description = "Characters of context either side. Default: ${DEFAULT-VALUE}.")
  int width;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "Output: table, csv or json (JSON Lines). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = {"-v", "--verbose"},
      description = "Spark's INFO log.")
  boolean verbose;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

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
    KwicContexts.Tone wantedTone = tone == null ? null : KwicContexts.Tone.named(tone);
    int n = what.phrase != null ? 2 : 1;
    String words =
        (what.entity != null ? what.entity : what.term != null ? what.term : what.phrase)
            .strip()
            .replaceAll("\\s+", " ");
    if (words.isEmpty()) {
      throw new ConfigException("--term, --phrase and --entity take a non-empty value");
    }
    if (what.entity == null && words.split(" ").length != n) {
      throw new ConfigException(n == 1 ? "--term takes one word" : "--phrase takes two words");
    }
    SqlCommand.requireWarehouse(warehouse);

    SparkSession spark = SparkSessions.getOrCreate("zeitgeist kwic", verbose);
    Warehouse wh = new Warehouse(spark, warehouse);
    boolean keepStopwords = wh.lastConfig().map(Warehouse.RunConfig::keepsStopwords).orElse(false);
    SqlCatalog.registerFunctions(spark, keepStopwords);
    String lexiconName =
        lexicon == null && wantedTone == null
            ? null
            : polarityLexicon(new KwicContexts(spark, wh, null).lexicons());
    KwicContexts contexts =
        new KwicContexts(
            spark, wh, new KwicContexts.Filter(first, last, source, lexiconName, wantedTone));

    String selected = words;
    List<KwicContexts.Candidate> candidates;
    CompletableFuture<Void> counted = null; // the check of the entity's mentions, side by side
    if (this.what.entity != null) {
      candidates = contexts.entityMentions(words);
      if (candidates.isEmpty()) {
        Optional<String> entity = contexts.entityNamed(words);
        if (entity.isPresent() && !entity.get().equals(words)) {
          note("'" + words + "' is counted as the entity '" + entity.get() + "'");
          selected = entity.get();
          candidates = contexts.entityMentions(selected);
        }
      }
      long found = candidates.size();
      String entity = selected;
      counted =
          wantedTone != null
              ? null
              : CompletableFuture.supplyAsync(() -> contexts.entityMentionsCounted(entity))
                  .thenAccept(
                      all -> {
                        if (all > found) {
                          note(
                              (all - found)
                                  + " of the "
                                  + all
                                  + " mentions counted have no position: "
                                  + "their articles were analysed by an earlier release (zeitgeist run "
                                  + "--rebuild adds them)");
                        }
                      });
    } else {
      String[] term = new String[1];
      candidates = termArticles(contexts, words, n, keepStopwords, term);
      selected = term[0];
      if (wantedTone != null && !candidates.isEmpty()) {
        candidates = contexts.termContexts(selected, n);
      }
    }
    long total = candidates.stream().mapToLong(KwicContexts.Candidate::count).sum();
    List<long[]> chosen = choose(candidates, total);
    long articles = candidates.stream().map(KwicContexts.Candidate::articleId).distinct().count();
    note(
        total
            + " contexts of '"
            + selected
            + "' in "
            + articles
            + " articles"
            + (wantedTone == null
                ? ""
                : " ("
                    + wantedTone.name().toLowerCase(Locale.ROOT)
                    + " sentences under "
                    + lexiconName
                    + ")")
            + (chosen.size() < total
                ? "; showing "
                    + chosen.size()
                    + " ("
                    + (order.equals("date") ? "the first by date" : "spread evenly over the dates")
                    + "; --limit 0 for all)"
                : ""));
    List<Row> rows =
        candidates.isEmpty()
            ? List.of()
            : contexts.lines(candidates, chosen, selected, n, width, this::note);
    if (counted != null) counted.join();
    PrintWriter out = spec.commandLine().getOut();
    if (fmt == ResultPrinter.Format.TABLE) {
      printTable(rows, lexiconName != null, out);
    } else {
      ResultPrinter.print(
          spark.createDataFrame(rows, KwicContexts.OUTPUT), fmt, Integer.MAX_VALUE - 1, 60, out);
    }
    out.flush();
    return 0;
  }

  /**
   * The articles that counted the term for {@code words} in the selection: as typed, else as
   * written, else lemmatised (noted); {@code term[0]} is set to the term used.
   */
  private List<KwicContexts.Candidate> termArticles(
      KwicContexts contexts, String words, int n, boolean keepStopwords, String[] term) {
    term[0] = words.toLowerCase(Locale.ROOT);
    List<KwicContexts.Candidate> articles = contexts.termArticles(term[0], n);
    if (!articles.isEmpty()) {
      return articles;
    }
    Optional<String> other =
        contexts.termWrittenAs(words, n).or(() -> new TermContexts(keepStopwords).termOf(words, n));
    if (other.isEmpty() || other.get().equals(term[0])) {
      return articles;
    }
    note(
        "'"
            + words
            + "' is counted as the "
            + (n == 1 ? "term" : "phrase")
            + " '"
            + other.get()
            + "'");
    term[0] = other.get();
    return contexts.termArticles(term[0], n);
  }

  /** The --lexicon given, checked against the warehouse's; else its only polarity lexicon. */
  private String polarityLexicon(List<String> names) {
    if (lexicon != null) {
      if (!names.contains(lexicon)) {
        throw new ConfigException(
            "unknown --lexicon '"
                + lexicon
                + "' (this warehouse has "
                + (names.isEmpty() ? "no polarity lexicon" : String.join(", ", names))
                + ")");
      }
      return lexicon;
    }
    if (names.size() != 1) {
      throw new ConfigException(
          names.isEmpty()
              ? "--tone needs a polarity lexicon, and this " + "warehouse has none"
              : "--tone needs --lexicon, one of " + String.join(", ", names));
    }
    return names.get(0);
  }

  /**
   * The contexts to show, as (index of the candidate, index of the context in it): all, the first
   * {@code limit}, or {@code limit} spread evenly over the ordered contexts (the k-th of {@code
   * limit} is context {@code floor((2k + 1) * total / (2 * limit))}).
   */
  private List<long[]> choose(List<KwicContexts.Candidate> candidates, long total) {
    int shown = limit == 0 || total <= limit ? (int) total : limit;
    List<long[]> wanted = new ArrayList<>(shown);
    int at = 0;
    long before = 0; // contexts of the candidates before `at`
    for (int k = 0; k < shown; k++) {
      long index = shown == total || order.equals("date") ? k : (2L * k + 1) * total / (2L * shown);
      while (index >= before + candidates.get(at).count()) {
        before += candidates.get(at).count();
        at++;
      }
      wanted.add(new long[] {at, index - before});
    }
    return wanted;
  }

  private void printTable(List<Row> rows, boolean withTone, PrintWriter out) {
    int leftWidth = 0;
    for (Row r : rows) leftWidth = Math.max(leftWidth, r.getString(7).length());
    for (Row r : rows) {
      String left = r.getString(7);
      List<String> cells =
          new ArrayList<>(
              List.of(
                  r.isNullAt(0) ? "undated   " : String.valueOf(r.getDate(0)),
                  cut(r.getString(1), 18),
                  cut(r.getString(2), 30),
                  cut(r.getString(3), 16)));
      if (withTone) {
        cells.add(r.isNullAt(10) ? "     " : String.format(Locale.ROOT, "%+5.2f", r.getDouble(10)));
      }
      cells.add(
          " ".repeat(leftWidth - left.length())
              + left
              + "["
              + r.getString(8)
              + "]"
              + r.getString(9));
      out.println(String.join("  ", cells).stripTrailing());
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
