package zeitgeist.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zeitgeist.analysis.ArticleAnalyzer;
import zeitgeist.analysis.ArticleStatistics;
import zeitgeist.config.AnalysisOptions;
import zeitgeist.config.IngestOptions;
import zeitgeist.config.InputFormat;
import zeitgeist.config.JobConfig;
import zeitgeist.ingest.Article;
import zeitgeist.ingest.ArticleBuilder;
import zeitgeist.ingest.InputFile;
import zeitgeist.ingest.LanguageIdentifier;
import zeitgeist.ingest.LocalInputs;
import zeitgeist.ingest.RawRecord;
import zeitgeist.text.GermanTextAnalyzer;

/**
 * The job's per-article work on one thread, without Spark: the yardstick for what Spark's
 * parallelism and overhead make of it. For every record of the inputs: read (the project's
 * readers), build the article (clean, date, title, source: {@link ArticleBuilder}), drop a second
 * record of an id, mark exact duplicates, identify the language, and analyse German originals
 * ({@link ArticleAnalyzer}: terms, entities, lexicons) with the same {@link AnalysisOptions} as
 * {@code zeitgeist run}. The rows are counted, not written.
 *
 * <p>Timed: the pass over the records, after the models are loaded (their load time is reported
 * apart). Articles per second = articles built (records read minus rejects, as in the run's
 * summary) per second of that pass. Limits: local files only; Parquet inputs are skipped; the first
 * copy of a duplicate text is the first one read, where the job takes the smallest id (the same
 * work, another copy analysed); no Spark rows, no Parquet, no per-date sums.
 */
@Command(
    name = "SingleThreadBaseline",
    mixinStandardHelpOptions = true,
    description = "Clean and analyse the inputs on one thread, without Spark; print articles/s.")
public final class SingleThreadBaseline implements Callable<Integer> {
  @Option(
      names = {"-i", "--input"},
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description = "Input file or directory (local), repeatable.")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--ner",
      defaultValue = "corenlp",
      paramLabel = "ENGINE",
      description = "As for zeitgeist run: corenlp, gazetteer, none.")
  String ner;

  @Option(names = "--gazetteer", paramLabel = "PATH", description = "As for zeitgeist run.")
  List<String> gazetteers = new ArrayList<>();

  @Option(
      names = "--lexicon",
      paramLabel = "[NAME=][FORMAT:]PATH",
      description = "As for zeitgeist run.")
  List<String> lexicons = new ArrayList<>();

  @Option(names = "--keep-stopwords", description = "As for zeitgeist run.")
  boolean keepStopwords;

  @Option(
      names = "--max-articles",
      defaultValue = "0",
      paramLabel = "N",
      description = "Stop after N articles (0: all).")
  long maxArticles;

  @Option(
      names = "--figures",
      paramLabel = "FILE",
      description = "Also write the figures as key=value lines to FILE (for jobs/bench).")
  Path figuresFile;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SingleThreadBaseline()).execute(args));
  }

  @Override
  public Integer call() {
    AnalysisOptions options = AnalysisOptions.of(keepStopwords, ner, gazetteers, lexicons);
    IngestOptions ingest =
        new IngestOptions(InputFormat.AUTO, Map.of(), JobConfig.DEFAULT_MAX_ARTICLE_BYTES);
    long t0 = System.nanoTime();
    ArticleAnalyzer analyzer = ArticleAnalyzer.forOptions(options);
    analyzer.analyse(
        "Treffen in Berlin",
        "Bundeskanzlerin Angela Merkel traf am Montag in Berlin den französischen "
            + "Präsidenten. Die Gespräche seien nicht schlecht verlaufen, hieß es.");
    LanguageIdentifier.identify("Die Modelle werden einmal geladen, bevor die Zeit läuft.");
    long t1 = System.nanoTime();

    Counts n = new Counts();
    ArticleBuilder builder = new ArticleBuilder(ingest.maxArticleBytes());
    Set<String> ids = new HashSet<>();
    Map<String, String> firstByHash = new HashMap<>();
    outer:
    for (Path input : inputs) {
      for (InputFile file : LocalInputs.list(input)) {
        if (LocalInputs.isParquet(file)) {
          n.skippedFiles++;
          continue;
        }
        n.files++;
        n.bytes += file.getLength();
        Iterator<RawRecord> records = LocalInputs.reader(ingest).read(file);
        while (records.hasNext()) {
          n.records++;
          Article a = builder.build(records.next()).article();
          if (a == null) {
            n.rejects++;
            continue;
          }
          if (!ids.add(a.articleId())) {
            n.rejects++; // duplicate_id
            continue;
          }
          n.articles++;
          boolean duplicate = firstByHash.putIfAbsent(a.contentHash(), a.articleId()) != null;
          String language = LanguageIdentifier.identify(a.text());
          if (ArticleAnalyzer.isAnalysed(language, duplicate)) {
            ArticleStatistics analysis = analyzer.analyse(a.title(), a.text());
            n.analysed++;
            n.tokens += analysis.tokens();
            n.rows +=
                analysis.terms().size()
                    + analysis.entities().size()
                    + analysis.tone().size()
                    + analysis.entityTone().size()
                    + analysis.categories().size();
          }
          if (maxArticles > 0 && n.articles >= maxArticles) {
            n.stoppedEarly = true;
            break outer;
          }
        }
      }
    }
    double load = (t1 - t0) / 1e9;
    double seconds = Math.max(System.nanoTime() - t1, 1) / 1e9;
    Figures f =
        new Figures()
            .put("load_seconds", fmt(load))
            .put("seconds", fmt(seconds))
            .put("records", n.records)
            .put("rejects", n.rejects)
            .put("articles", n.articles)
            .put("analysed", n.analysed)
            .put("tokens", n.tokens)
            .put("rows", n.rows)
            .put("files", n.files)
            .put("skipped_parquet_files", n.skippedFiles)
            .put("complete", !n.stoppedEarly)
            .put("lemma_cache_hits", GermanTextAnalyzer.lemmaCacheHits())
            .put("lemma_cache_misses", GermanTextAnalyzer.lemmaCacheMisses())
            .put("articles_per_second", fmt(n.articles / seconds));
    if (!n.stoppedEarly) f.put("mb_per_second", fmt(n.bytes / 1e6 / seconds));
    System.out.printf(
        Locale.ROOT,
        "single-thread baseline (--ner %s): %d articles (%d analysed, "
            + "%d tokens) in %.1f s after %.1f s of model loading: %.1f articles/s%s%n",
        ner,
        n.articles,
        n.analysed,
        n.tokens,
        seconds,
        load,
        n.articles / seconds,
        n.stoppedEarly ? " (stopped at --max-articles)" : "");
    System.out.printf(
        Locale.ROOT,
        "lemma cache: %d hits, %d misses%n",
        GermanTextAnalyzer.lemmaCacheHits(),
        GermanTextAnalyzer.lemmaCacheMisses());
    if (figuresFile != null) f.write(figuresFile);
    return 0;
  }

  private static final class Counts {
    long records, rejects, articles, analysed, tokens, rows, bytes;
    int files, skippedFiles;
    boolean stoppedEarly;
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
