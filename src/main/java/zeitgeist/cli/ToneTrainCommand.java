package zeitgeist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import zeitgeist.config.AnalysisOptions;
import zeitgeist.config.ConfigException;
import zeitgeist.lexicon.Lexicon;
import zeitgeist.lexicon.LexiconFormat;
import zeitgeist.lexicon.LexiconMatcher;
import zeitgeist.lexicon.Lexicons;
import zeitgeist.lexicon.eval.LabelledSentences;
import zeitgeist.lexicon.eval.PolarityEvaluation;
import zeitgeist.spark.SparkSessions;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.GermanTextAnalyzer;
import zeitgeist.tonemodel.LexiconExport;
import zeitgeist.tonemodel.MllibToneTrainer;
import zeitgeist.tonemodel.ToneFeatures;
import zeitgeist.tonemodel.ToneTraining;

/**
 * {@code zeitgeist tone-train}: trains a sentence tone classifier on the user's labelled sentences
 * (Spark MLlib logistic regression on n-grams and lexicon sums; {@link ToneTraining}), reports its
 * cross-validated accuracy and macro-F1 and those of its lexicon export, and writes the export as a
 * TSV polarity lexicon for {@code run --lexicon}.
 */
@Command(
    name = "tone-train",
    mixinStandardHelpOptions = true,
    description = {
      "Train a tone classifier on your labelled sentences and write it as a polarity lexicon.",
      "The sentences are a TSV with a header row (labels positive/neutral/negative or +/0/-); it "
          + "reports the classifier's cross-validated macro-F1, and runs use the lexicon like any "
          + "other: --lexicon NAME=FILE."
    },
    footerHeading = ExitCodes.EXAMPLES,
    footer = {
      "  zeitgeist tone-train --labels data/lexicons/news-sentences-de.tsv \\",
      "      --output my-tone.tsv",
      "  zeitgeist run --input data/sample --warehouse warehouse --rebuild \\",
      "      --lexicon data/lexicons/zeitgeist-polarity-de.tsv \\",
      "      --lexicon my-tone=my-tone.tsv"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.FAILED, ExitCodes.USAGE})
final class ToneTrainCommand implements Callable<Integer> {
  @Option(
      names = "--labels",
      paramLabel = "FILE.tsv",
      required = true,
      description = "Labelled sentences: a TSV with a header row.")
  Path labels;

  @Option(
      names = "--output",
      paramLabel = "FILE.tsv",
      required = true,
      description = "Where to write the trained lexicon (replaced if it exists).")
  Path output;

  @Option(
      names = "--lexicon",
      paramLabel = "[NAME=][FORMAT:]PATH",
      description =
          "A polarity lexicon whose sums are features, repeatable, as for run. Default: "
              + "the shipped one.")
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
      defaultValue = "label",
      description = "Column holding the label. Default: ${DEFAULT-VALUE}.")
  String labelColumn;

  @Option(
      names = "--folds",
      paramLabel = "K",
      defaultValue = "5",
      description = "Cross-validation folds, 2 to 20. Default: ${DEFAULT-VALUE}.")
  int folds;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed of the fold assignment. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--verbose", description = "Spark's INFO log on stderr.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (folds < 2 || folds > 20) {
      throw new ConfigException("--folds must be 2 to 20, got " + folds);
    }
    if (!Files.isReadable(labels)) {
      throw new ConfigException("cannot read " + labels);
    }
    Path folder = output.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new ConfigException("--output: no such folder: " + folder);
    }
    LabelledSentences labelled;
    try {
      labelled = LabelledSentences.read(labels, textColumn, labelColumn);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
    int[] counts = labelled.classCounts();
    if (Arrays.stream(counts).filter(c -> c >= folds).count() < 2) {
      throw new ConfigException(
          labels
              + ": training needs at least two classes with "
              + folds
              + " sentences each (--folds), got positive "
              + counts[0]
              + ", neutral "
              + counts[1]
              + ", negative "
              + counts[2]
              + (labelled.skipped() > 0
                  ? " (" + labelled.skipped() + " rows without a usable label)"
                  : ""));
    }
    List<Lexicon> features = AnalysisOptions.of(false, "none", List.of(), lexicons).lexicons();
    try {
      ToneFeatures.requirePolarity(features);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
    return train(labelled, features);
  }

  private int train(LabelledSentences labelled, List<Lexicon> features) {
    PrintWriter out = spec.commandLine().getOut();
    GermanTextAnalyzer analyzer = new GermanTextAnalyzer();
    List<AnalyzedText> texts = new ArrayList<>();
    List<Integer> gold = new ArrayList<>();
    for (LabelledSentences.Sentence s : labelled.sentences()) {
      texts.add(analyzer.analyze(s.text()));
      gold.add(s.label());
    }
    int[] counts = labelled.classCounts();
    out.printf(
        Locale.ROOT,
        "%s: %d sentences (positive %d, neutral %d, negative %d), %d rows "
            + "without a usable label%n",
        labels,
        texts.size(),
        counts[0],
        counts[1],
        counts[2],
        labelled.skipped());
    PolarityEvaluation.Report bestInput = null;
    for (Lexicon l : features) {
      PolarityEvaluation.Report r =
          PolarityEvaluation.evaluate(texts, gold, new LexiconMatcher(l), labelled.skipped());
      out.print(
          r.format(
              "lexicon " + l.name() + " as it is",
              "neutral band |net| < " + PolarityEvaluation.NEUTRAL_BAND));
      if (bestInput == null || r.macroF1() > bestInput.macroF1()) {
        bestInput = r;
      }
    }
    out.flush();
    String name = Lexicons.defaultName(output, LexiconFormat.TSV);
    ToneTraining training =
        new ToneTraining(
            new MllibToneTrainer(SparkSessions.getOrCreate("zeitgeist tone-train", verbose, true)),
            new ToneFeatures(features),
            name);
    ToneTraining.Outcome o =
        training.run(
            texts, gold.stream().mapToInt(i -> i).toArray(), folds, seed, labelled.skipped());
    out.print(
        o.classifier()
            .format(
                "classifier, " + folds + "-fold cross-validated",
                "logistic regression on n-grams and lexicon sums"));
    out.print(
        o.export()
            .format(
                "lexicon " + name + " (the export), " + folds + "-fold cross-validated",
                "neutral band |net| < " + PolarityEvaluation.NEUTRAL_BAND));
    for (int f = 0; f < o.perFold().size(); f++) {
      ToneTraining.Fitted fit = o.perFold().get(f);
      out.printf(
          Locale.ROOT,
          "fold %d: %d n-grams, %s, scale %.4g, %d entries%n",
          f + 1,
          fit.vocabulary().ngrams().size(),
          fit.settings(),
          fit.scale(),
          fit.lexicon().size());
    }
    if (o.export().macroF1() < bestInput.macroF1()) {
      out.printf(
          Locale.ROOT,
          "note: on these sentences the exported lexicon scores below "
              + "lexicon %s as it is (macro-F1 %.3f < %.3f); more labelled sentences may change "
              + "that%n",
          bestInput.lexicon(),
          o.export().macroF1(),
          bestInput.macroF1());
    }
    ToneTraining.Fitted fit = o.fitted();
    List<String> header =
        List.of(
            "zeitgeist tone-train, "
                + LocalDate.now(ZoneOffset.UTC)
                + ": a polarity lexicon exported"
                + " from a logistic regression",
            "labels: "
                + labels.getFileName()
                + " ("
                + texts.size()
                + " sentences); feature lexicons: "
                + String.join(", ", features.stream().map(Lexicon::name).toList()),
            String.format(
                Locale.ROOT,
                "%d n-grams, %s, scale %.4g; cross-validated macro-F1: "
                    + "classifier %.3f, this lexicon %.3f",
                fit.vocabulary().ngrams().size(),
                fit.settings(),
                fit.scale(),
                o.classifier().macroF1(),
                o.export().macroF1()),
            "use: zeitgeist run --lexicon " + name + "=" + output + " ...");
    write(LexiconExport.tsv(fit.lexicon(), header));
    out.printf(
        Locale.ROOT,
        "wrote %s: %d entries (%d n-grams, %s); use it with --lexicon " + "%s=%s%n",
        output,
        fit.lexicon().size(),
        fit.vocabulary().ngrams().size(),
        fit.settings(),
        name,
        output);
    out.flush();
    return 0;
  }

  private void write(String text) {
    Path tmp = output.resolveSibling(output.getFileName() + ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
    }
  }
}
