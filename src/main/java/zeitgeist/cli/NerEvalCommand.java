package zeitgeist.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zeitgeist.analysis.ArticleAnalyzer;
import zeitgeist.analysis.ArticleStatistics;
import zeitgeist.analysis.SharedResources;
import zeitgeist.config.AnalysisOptions;
import zeitgeist.config.ConfigException;
import zeitgeist.config.JobConfig;
import zeitgeist.entities.ArticleEntity;
import zeitgeist.entities.EntityRecognizer;
import zeitgeist.entities.EntityType;
import zeitgeist.entities.Mention;
import zeitgeist.entities.eval.DocumentEntityScore;
import zeitgeist.entities.eval.GoldDocument;
import zeitgeist.entities.eval.NerCounts;
import zeitgeist.entities.eval.NerEvaluation;
import zeitgeist.entities.eval.NerReportFormatter;
import zeitgeist.ingest.Article;
import zeitgeist.ingest.ArticleBuilder;
import zeitgeist.ingest.LanguageIdentifier;
import zeitgeist.ingest.RawRecord;

/**
 * {@code zeitgeist ner-eval}: scores an entity recogniser on a CoNLL / GermEval-2014 file
 * (precision, recall and F1 per type and overall for PER, ORG and LOC, exact span match on outer
 * entities) of the name spans zeitgeist counts: the engine's mentions after splitting and trimming
 * ({@link zeitgeist.entities.EntityCanonicalizer#nameSpans}). With {@code --documents}, scores the
 * entities of whole articles instead: each article of a document-level gold set ({@link
 * GoldDocument}) goes through what a run does to it (cleaning, language identification, analysis)
 * and its {@code article_entities} are matched to the gold entities ({@link DocumentEntityScore}).
 * No Spark.
 */
@Command(
    name = "ner-eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score a named-entity recogniser on a CoNLL or GermEval-2014 file, or on annotated "
          + "articles (--documents).",
      "Precision, recall and F1 per type and overall for PER, ORG and LOC (on a file: exact "
          + "span and type match on outer entities)."
    },
    footerHeading = ExitCodes.EXAMPLES,
    footer = {
      "  zeitgeist ner-eval --documents data/entities/documents.jsonl --show-errors",
      "  zeitgeist ner-eval --ner corenlp path/to/germeval2014/NER-de-dev.tsv"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.FAILED, ExitCodes.USAGE})
final class NerEvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "The gold file (GermEval TSV or CoNLL columns).")
  Path file;

  @Option(
      names = "--ner",
      paramLabel = "ENGINE",
      defaultValue = "corenlp",
      description =
          "The recogniser: corenlp, corenlp-only, gazetteer, none. " + "Default: ${DEFAULT-VALUE}.")
  String ner;

  @Option(
      names = "--gazetteer",
      paramLabel = "PATH",
      description = "Extra gazetteer files, as for run (repeatable).")
  List<String> gazetteers = new ArrayList<>();

  @Option(
      names = "--documents",
      description =
          "FILE is a document-level gold set (JSON Lines, as data/entities/): score "
              + "each article's entities, not sentence spans.")
  boolean documents;

  @Option(
      names = "--raw-spans",
      description =
          "Score the engine's own spans: not split, trimmed or (with --documents) "
              + "grouped into entities; each distinct name and type is one entity.")
  boolean rawSpans;

  @Option(
      names = "--show-errors",
      description = "With --documents: list each article's missed and extra entities.")
  boolean showErrors;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isReadable(file)) {
      throw new ConfigException("cannot read " + file);
    }
    AnalysisOptions options = AnalysisOptions.of(false, ner, gazetteers, List.of());
    if (documents) {
      return documents(options);
    }
    SharedResources shared = SharedResources.of(options);
    NerEvaluation.Report report =
        NerEvaluation.evaluate(
            file,
            shared.recognizer(),
            rawSpans ? Function.identity() : shared.canonicalizer()::nameSpans);
    spec.commandLine().getOut().println("engine: " + options.ner().label() + ", file: " + file);
    spec.commandLine().getOut().print(NerReportFormatter.format(report));
    spec.commandLine().getOut().flush();
    return 0;
  }

  private int documents(AnalysisOptions options) {
    List<GoldDocument> gold;
    try {
      gold = GoldDocument.read(file);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
    ArticleBuilder builder = new ArticleBuilder(JobConfig.DEFAULT_MAX_ARTICLE_BYTES);
    ArticleAnalyzer analyzer = ArticleAnalyzer.forOptions(options);
    EntityRecognizer recognizer = SharedResources.of(options).recognizer();
    Map<EntityType, NerCounts> total = new EnumMap<>(EntityType.class);
    PrintWriter out = spec.commandLine().getOut();
    int unanalysed = 0;
    for (GoldDocument d : gold) {
      RawRecord r = new RawRecord();
      r.setId(d.id());
      r.setTitle(d.title());
      r.setText(d.text());
      r.setDate(d.published());
      Article a = builder.build(r).article();
      ArticleStatistics analysis =
          a != null && ArticleAnalyzer.isAnalysed(LanguageIdentifier.identify(a.text()), false)
              ? analyzer.analyse(a.title(), a.text())
              : null;
      List<DocumentEntityScore.Found> found = new ArrayList<>();
      if (analysis == null) {
        unanalysed++;
      } else if (rawSpans) {
        found = rawEntities(recognizer, a);
      } else {
        for (ArticleEntity e : analysis.entities()) {
          found.add(new DocumentEntityScore.Found(e.entity(), e.type(), e.surfaces()));
        }
      }
      DocumentEntityScore.Outcome o = DocumentEntityScore.score(found, d.entities());
      o.byType().forEach((t, c) -> total.merge(t, c, NerCounts::plus));
      if (showErrors && (!o.falsePositives().isEmpty() || !o.falseNegatives().isEmpty())) {
        out.println(d.id() + (analysis == null ? " (not analysed)" : "") + ":");
        o.falseNegatives().forEach(g -> out.println("  missed " + g.type() + " " + g.name()));
        o.falsePositives()
            .forEach(
                f -> out.println("  extra  " + f.type() + " " + f.entity() + " " + f.surfaces()));
      }
    }
    out.println("engine: " + options.ner().label() + ", documents: " + file);
    out.print(NerReportFormatter.table(total));
    out.println(
        gold.size()
            + " articles, "
            + unanalysed
            + " not analysed (not German, empty or "
            + "rejected: all their entities missed)");
    out.flush();
    return 0;
  }

  /** The engine's mentions in title and body, one entity per distinct surface and type. */
  private static List<DocumentEntityScore.Found> rawEntities(
      EntityRecognizer recognizer, Article a) {
    Map<String, DocumentEntityScore.Found> found = new LinkedHashMap<>();
    for (String text : new String[] {a.title(), a.text()}) {
      if (text == null) {
        continue;
      }
      for (Mention m : recognizer.recognize(text)) {
        found.putIfAbsent(
            m.type() + " " + m.surface(),
            new DocumentEntityScore.Found(m.surface(), m.type(), List.of(m.surface())));
      }
    }
    return new ArrayList<>(found.values());
  }
}
