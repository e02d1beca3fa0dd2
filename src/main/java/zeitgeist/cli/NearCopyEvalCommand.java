package zeitgeist.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zeitgeist.config.ConfigException;
import zeitgeist.stories.NearCopyText;
import zeitgeist.stories.eval.NearCopyEvaluation;
import zeitgeist.stories.eval.NearCopyReportFormatter;
import zeitgeist.stories.eval.NearCopySet;
import zeitgeist.stories.eval.SourceArticles;

/**
 * {@code zeitgeist near-copy-eval}: derives a near-copy evaluation set from each source ({@link
 * NearCopySet}) and scores near-copy detection on it ({@link NearCopyEvaluation}), one Markdown
 * report per source, with the cost of the signatures. {@code --write} also writes the sets as JSON
 * Lines. No Spark.
 */
@Command(
    name = "near-copy-eval",
    mixinStandardHelpOptions = true,
    description = {
      "Derive near-copies from articles and score near-copy detection on them.",
      "The edits: new headline, dropped or added paragraph, boilerplate, rewording. Reports "
          + "precision, recall per edit, and matches between different articles. SOURCE: an "
          + "input directory (as for run) or a 10kGNAD CSV."
    },
    footerHeading = ExitCodes.EXAMPLES,
    footer = {
      "  zeitgeist near-copy-eval --split test data/sample",
      "  zeitgeist near-copy-eval --split dev data/sample path/to/10kgnad/test.csv"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.FAILED, ExitCodes.USAGE})
final class NearCopyEvalCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "SOURCE",
      arity = "1..*",
      description = "An input directory (e.g. data/sample) or a 10kGNAD CSV (label;'text').")
  List<Path> sources;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed of the derived edits. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--split",
      paramLabel = "HALF",
      defaultValue = "dev",
      description =
          "dev, test or all: the half of the originals to use. Default: " + "${DEFAULT-VALUE}.")
  String split;

  @Option(
      names = "--write",
      paramLabel = "FILE",
      description = "Also write the sets (originals and copies) to FILE as JSON Lines.")
  Path write;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    NearCopySet.Split half = split(split);
    for (Path source : sources) {
      if (!Files.exists(source)) {
        throw new ConfigException("source does not exist: " + source);
      }
    }
    Path folder = write == null ? null : write.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new ConfigException("--write: no such folder: " + folder);
    }
    PrintWriter out = spec.commandLine().getOut();
    StringBuilder jsonLines = new StringBuilder();
    for (Path source : sources) {
      List<SourceArticles.Article> articles = SourceArticles.read(source);
      NearCopySet set = NearCopySet.build(source.toString(), articles, seed, half);
      jsonLines.append(set.toJsonLines());
      NearCopyEvaluation.Report report = NearCopyEvaluation.evaluate(set);
      List<String> texts = articles.stream().map(SourceArticles.Article::text).toList();
      out.println("## " + source + ": " + half.label() + " half, seed " + seed);
      out.println();
      out.print(
          NearCopyReportFormatter.format(
              report,
              set.topics() ? "same-topic pairs (nearest)" : "pairs of different originals"));
      out.println();
      out.printf(
          Locale.ROOT,
          "Signature cost, warm, one thread, over %d articles: bands %.1f µs"
              + ", shingles %.1f µs per article.%n%n",
          texts.size(),
          NearCopyEvaluation.microsPerText(texts, NearCopyText::bands),
          NearCopyEvaluation.microsPerText(texts, NearCopyText::shingles));
      out.flush();
    }
    if (write != null) {
      try {
        Files.writeString(write, jsonLines, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("writing " + write, e);
      }
    }
    return 0;
  }

  private static NearCopySet.Split split(String value) {
    return switch (value) {
      case "dev" -> NearCopySet.Split.DEV;
      case "test" -> NearCopySet.Split.TEST;
      case "all" -> NearCopySet.Split.ALL;
      default ->
          throw new ConfigException("unknown --split '" + value + "' (expected dev, test, all)");
    };
  }
}
