package zeitgeist.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zeitgeist.config.AnalysisOptions;
import zeitgeist.config.JobConfig;
import zeitgeist.config.ReportOptions;
import zeitgeist.job.RunJob;
import zeitgeist.job.RunReport;
import zeitgeist.progress.ProgressPrinter;
import zeitgeist.spark.SparkSessions;
import zeitgeist.tables.WarehouseLock;

/** {@code zeitgeist run}: ingest inputs into the warehouse tables. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Read articles from the inputs, clean and date them, and write the warehouse tables.",
      "Articles already in the warehouse (same article_id and content) are skipped."
    },
    footerHeading = ExitCodes.EXAMPLES,
    footer = {
      "  zeitgeist run --input data/sample --warehouse warehouse",
      "  zeitgeist run --input /data/news --warehouse /data/wh \\",
      "      --lexicon sentiws=path/to/SentiWS_v2.0",
      "  zeitgeist run -i /data/news -w /data/wh --keep-stopwords --rebuild"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.FAILED, ExitCodes.RUN_USAGE, ExitCodes.BUSY})
final class RunCommand implements Callable<Integer> {
  @Option(
      names = {"-i", "--input"},
      paramLabel = "PATH",
      required = true,
      arity = "1..*",
      description =
          "Input file or directory (repeatable): .txt files (one article each), "
              + ".jsonl/.json (also .gz), .csv/.tsv with a header, .parquet.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = RunConfigFile.OPTION,
      paramLabel = "FILE",
      description =
          "Options of run from a file (key = value lines; keys are the long option names "
              + "without dashes, lists comma-separated, spark.* keys Spark settings); "
              + "options on the command line win.")
  java.nio.file.Path config;

  @Option(
      names = {"-w", "--warehouse"},
      paramLabel = "DIR",
      required = true,
      description = "Warehouse directory holding the tables (created if missing).")
  String warehouse;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description =
          "Input format: auto (by file name), txt, jsonl, csv, parquet. "
              + "Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = "--field",
      paramLabel = "KEY=COLUMN",
      description =
          "Map a field to a column name, repeatable: id, text, title, date, source, "
              + "url (e.g. --field text=body; a column number for CSV without header).")
  List<String> fields = new ArrayList<>();

  @Option(
      names = "--max-article-bytes",
      paramLabel = "N",
      defaultValue = "" + JobConfig.DEFAULT_MAX_ARTICLE_BYTES,
      description =
          "Reject one-article files and record texts larger than this. "
              + "Default: ${DEFAULT-VALUE}.")
  long maxArticleBytes;

  @Option(
      names = "--id-scope",
      paramLabel = "SCOPE",
      defaultValue = "global",
      description =
          "Where the inputs' own record ids are unique: global (across all inputs: "
              + "article_id is the id), file (within each input file: article_id is "
              + "PATH#ID), source (within each source: SOURCE#ID). A warehouse keeps the scope of "
              + "its first run. Default: ${DEFAULT-VALUE}.")
  String idScope;

  @Option(
      names = "--keep-stopwords",
      description =
          "Count German stopwords (der, und, ...) as terms too. They always count as " + "tokens.")
  boolean keepStopwords;

  @Option(
      names = "--ner",
      paramLabel = "ENGINE",
      defaultValue = "corenlp",
      description =
          "Named-entity recogniser: corenlp (Stanford CoreNLP, German model, completed "
              + "by the gazetteer), corenlp-only (without the completion), gazetteer (dictionary "
              + "matching over the gazetteer), none. Default: ${DEFAULT-VALUE}.")
  String ner;

  @Option(
      names = "--language",
      paramLabel = "CODE",
      defaultValue = "auto",
      description =
          "auto: identify each article's language (only German articles are analysed); "
              + "de: the corpus is German, mark every article so without identifying. "
              + "Default: ${DEFAULT-VALUE}.")
  String language;

  @Option(
      names = "--gazetteer",
      paramLabel = "PATH",
      description =
          "A gazetteer file (canonical<TAB>type<TAB>alias|alias...), repeatable; its "
              + "entries are added after the shipped ones and win over them. Used by every engine "
              + "to map name variants to one canonical name.")
  List<String> gazetteers = new ArrayList<>();

  @Option(
      names = "--lexicon",
      paramLabel = "[NAME=][FORMAT:]PATH",
      description =
          "A sentiment or category lexicon, repeatable: SentiWS v2.0 (its directory or "
              + "one of its two files), a TSV (term<TAB>category<TAB>weight) or a LIWC-style .dic; "
              + "FORMAT (sentiws, tsv, liwc) is detected when not given; NAME defaults to the file "
              + "name. Default: the shipped polarity lexicon zeitgeist-polarity-de.")
  List<String> lexicons = new ArrayList<>();

  @Option(
      names = "--full",
      description = "Re-ingest and re-analyse every article read, even those stored unchanged.")
  boolean full;

  @Option(
      names = "--rebuild",
      description =
          "Re-analyse every stored article from its stored text, e.g. after a "
              + "configuration change.")
  boolean rebuild;

  @Option(
      names = "--allow-mixed",
      description =
          "Accept a configuration change without rebuilding: stored rows keep the "
              + "configuration they were made with.")
  boolean allowMixed;

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Progress of the stages on stderr: auto (a line redrawn in place when stderr "
              + "is a terminal, else a line every --progress-every), terminal, log, none. "
              + "Default: ${DEFAULT-VALUE}.")
  String progress;

  @Option(
      names = "--progress-every",
      paramLabel = "DURATION",
      defaultValue = "30s",
      description =
          "How often a progress line is written to a log (not a terminal): e.g. 500ms, "
              + "30s, 2m, 1h. Default: ${DEFAULT-VALUE}.")
  String progressEvery;

  @Option(
      names = "--summary",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "What stdout carries at the end: text (the summary line) or json (one JSON "
              + "object: the run's runs row, stage times, rejects by reason). "
              + "Default: ${DEFAULT-VALUE}.")
  String summary;

  @Option(
      names = "--summary-file",
      paramLabel = "FILE",
      description =
          "Also write the JSON summary to FILE (a local file, replaced when the run "
              + "ends, also when it fails).")
  String summaryFile;

  @Option(
      names = {"-v", "--verbose"},
      description = "Spark's INFO log and stack traces.")
  boolean verbose;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Configuration hadoop = SparkSessions.hadoopConfiguration();
    JobConfig config =
        JobConfig.of(
                inputs,
                warehouse,
                format,
                fields,
                maxArticleBytes,
                idScope,
                AnalysisOptions.of(keepStopwords, ner, gazetteers, lexicons).withLanguage(language),
                new JobConfig.Rerun(full, rebuild, allowMixed),
                verbose,
                String.join(" ", spec.commandLine().getParseResult().originalArgs()))
            .withReport(ReportOptions.of(progress, progressEvery, summary, summaryFile))
            .validate(hadoop);
    if (verbose) System.setProperty("zeitgeist.verbose", "true");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProgressPrinter printer = printer(config.report(), err);
    String runId = RunJob.newRunId(java.time.Instant.now());
    try (WarehouseLock lock = WarehouseLock.acquire(warehouse, hadoop, runId)) {
      RunJob job =
          new RunJob(
              SparkSessions.getOrCreate("zeitgeist run", verbose, printer != null),
              config,
              printer);
      RunReport report;
      try {
        report = job.run(runId);
      } catch (Exception e) { // Spark's own exceptions are checked ones, thrown unchecked
        try {
          job.failure().ifPresent(f -> report(f, config.report(), out, true));
        } catch (RuntimeException unwritten) {
          e.addSuppressed(unwritten);
        }
        throw e;
      }
      report(report, config.report(), out, false);
      report.summary().warnings().forEach(err::println);
      err.flush();
    }
    return 0;
  }

  /** The progress printer {@code --progress} asks for ({@code auto}: by stderr), or null. */
  private static ProgressPrinter printer(ReportOptions report, PrintWriter err) {
    ReportOptions.Progress mode = report.progress();
    if (mode == ReportOptions.Progress.AUTO) {
      mode =
          ProgressPrinter.stderrIsTerminal()
              ? ReportOptions.Progress.TERMINAL
              : ReportOptions.Progress.LOG;
    }
    return switch (mode) {
      case TERMINAL -> ProgressPrinter.forTerminal(err, System::nanoTime);
      case LOG -> ProgressPrinter.forLog(err, report.progressEvery(), System::nanoTime);
      default -> null;
    };
  }

  /**
   * The summary on stdout (the line, or the JSON object) and in the summary file, if any. A failed
   * run has no summary line: only its JSON object is shown, where one is asked for.
   */
  private static void report(RunReport r, ReportOptions options, PrintWriter out, boolean failed) {
    if (options.summaryFile() != null) {
      r.writeJson(options.summaryFile());
    }
    if (options.summary() == ReportOptions.Summary.JSON) {
      out.println(r.json());
    } else if (!failed) {
      out.println(r.line());
    }
    out.flush();
  }
}
