package zeitgeist.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zeitgeist.analysis.SharedResources;
import zeitgeist.config.AnalysisOptions;
import zeitgeist.config.ConfigException;
import zeitgeist.entities.eval.NerEvaluation;
import zeitgeist.entities.eval.NerReportFormatter;

/**
 * {@code zeitgeist ner-eval}: scores an entity recogniser on a CoNLL / GermEval-2014 file
 * (precision, recall and F1 per type and overall for PER, ORG and LOC, exact span match on outer
 * entities) of the name spans zeitgeist counts: the engine's mentions after splitting and
 * trimming ({@link zeitgeist.entities.EntityCanonicalizer#nameSpans}). No Spark.
 */
@Command(
    name = "ner-eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score a named-entity recogniser on a CoNLL or GermEval-2014 file: precision, recall and F1",
      "per type and overall for PER, ORG and LOC (exact span and type match on outer entities)."
    })
final class NerEvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "The gold file (GermEval TSV or CoNLL columns).")
  Path file;

  @Option(names = "--ner", paramLabel = "ENGINE", defaultValue = "corenlp",
      description = "The recogniser: corenlp, gazetteer, none. Default: ${DEFAULT-VALUE}.")
  String ner;

  @Option(names = "--gazetteer", paramLabel = "PATH",
      description = "Extra gazetteer files, as for run (repeatable).")
  List<String> gazetteers = new ArrayList<>();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isReadable(file)) {
      throw new ConfigException("cannot read " + file);
    }
    AnalysisOptions options = AnalysisOptions.of(false, ner, gazetteers, List.of());
    SharedResources shared = SharedResources.of(options);
    NerEvaluation.Report report = NerEvaluation.evaluate(file, shared.recognizer(),
        shared.canonicalizer()::nameSpans);
    spec.commandLine().getOut().println("engine: " + options.ner().label() + ", file: " + file);
    spec.commandLine().getOut().print(NerReportFormatter.format(report));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
