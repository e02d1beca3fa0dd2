package zeitgeist.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zeitgeist.config.AnalysisOptions;
import zeitgeist.config.ConfigException;
import zeitgeist.lexicon.Lexicon;
import zeitgeist.lexicon.LexiconKind;
import zeitgeist.lexicon.LexiconMatcher;
import zeitgeist.lexicon.eval.PolarityEvaluation;

/**
 * {@code zeitgeist sentiment-eval}: scores polarity lexicons on sentences with gold labels and
 * prints accuracy and macro-F1 for positive / neutral / negative. No Spark.
 */
@Command(
    name = "sentiment-eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score polarity lexicons on a TSV of sentences with gold polarity labels.",
      "Accuracy and macro-F1 over positive / neutral / negative (neutral: |positive - negative| < "
          + PolarityEvaluation.NEUTRAL_BAND
          + ")."
    },
    footerHeading = ExitCodes.EXAMPLES,
    footer = {
      "  zeitgeist sentiment-eval --label-column label \\",
      "      data/lexicons/news-sentences-de.tsv",
      "  zeitgeist sentiment-eval --lexicon sentiws=path/to/SentiWS_v2.0 \\",
      "      path/to/sentences.tsv"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.FAILED, ExitCodes.USAGE})
final class SentimentEvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "TSV with a header row.")
  Path file;

  @Option(
      names = "--lexicon",
      paramLabel = "[NAME=][FORMAT:]PATH",
      description = "A polarity lexicon, repeatable, as for run. Default: the shipped one.")
  List<String> lexicons = new ArrayList<>();

  @Option(
      names = "--text-column",
      paramLabel = "NAME",
      defaultValue = "sentence",
      description = "Column holding the sentence. Default: ${DEFAULT-VALUE}.")
  String textColumn;

  @Option(
      names = "--label-column",
      paramLabel = "NAME",
      defaultValue = "pol_majority",
      description =
          "Column holding the gold label (+, -, 0 or positive, negative, neutral). "
              + "Default: ${DEFAULT-VALUE}.")
  String labelColumn;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isReadable(file)) {
      throw new ConfigException("cannot read " + file);
    }
    AnalysisOptions options = AnalysisOptions.of(false, "none", List.of(), lexicons);
    for (Lexicon l : options.lexicons()) {
      if (l.kind() != LexiconKind.POLARITY) {
        throw new ConfigException(
            "lexicon " + l.name() + " is a category lexicon, not a " + "polarity lexicon");
      }
      PolarityEvaluation.Report report;
      try {
        report = PolarityEvaluation.evaluate(file, textColumn, labelColumn, new LexiconMatcher(l));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(e.getMessage());
      }
      spec.commandLine().getOut().print(report.format());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
