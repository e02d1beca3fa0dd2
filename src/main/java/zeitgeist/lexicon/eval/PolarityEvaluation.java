package zeitgeist.lexicon.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import zeitgeist.lexicon.LexiconMatcher;
import zeitgeist.lexicon.SentimentScorer;
import zeitgeist.lexicon.SentimentSums;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.GermanTextAnalyzer;

/**
 * Scores a polarity lexicon on sentences with gold polarity labels (a TSV with a header row) and
 * reports accuracy and macro-F1 over three classes.
 *
 * <p>Rules: each sentence is analysed and scored as an article body is ({@link SentimentScorer}:
 * negation, intensifiers); its net score is {@code positive − negative}; it is {@code positive}
 * when the net score is at least {@value #NEUTRAL_BAND}, {@code negative} when at most {@code
 * −}{@value #NEUTRAL_BAND}, else {@code neutral} (also without hits). The band was fixed once,
 * before measuring, as a tenth of a full-weight word. Gold labels {@code +}, {@code pos}, {@code
 * positive} are positive; {@code -}, {@code neg}, {@code negative} negative; {@code 0}, {@code
 * neutral}, {@code neu} neutral; rows with another label (or none) are skipped and counted.
 * Macro-F1 is the unweighted mean of the three classes' F1 (a class never predicted nor gold
 * counts with F1 0).
 */
public final class PolarityEvaluation {
  /** |net score| below this is neutral. */
  public static final double NEUTRAL_BAND = 0.1;

  static final List<String> CLASSES = List.of("positive", "neutral", "negative");

  private PolarityEvaluation() {}

  /** The outcome: a confusion matrix {@code [gold][predicted]} in {@link #CLASSES} order. */
  public record Report(String lexicon, long[][] confusion, long skipped) {
    public long total() {
      return Arrays.stream(confusion).flatMapToLong(Arrays::stream).sum();
    }

    public double accuracy() {
      long right = 0;
      for (int i = 0; i < 3; i++) right += confusion[i][i];
      return total() == 0 ? 0 : (double) right / total();
    }

    /** F1 of class {@code c} (index in {@link #CLASSES}). */
    public double f1(int c) {
      long tp = confusion[c][c];
      long predicted = 0;
      long gold = 0;
      for (int i = 0; i < 3; i++) {
        predicted += confusion[i][c];
        gold += confusion[c][i];
      }
      double p = predicted == 0 ? 0 : (double) tp / predicted;
      double r = gold == 0 ? 0 : (double) tp / gold;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
      return (f1(0) + f1(1) + f1(2)) / 3;
    }

    /** A small text report. */
    public String format() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "lexicon %s: %d sentences (%d skipped), neutral band"
          + " |net| < %s%n", lexicon, total(), skipped, NEUTRAL_BAND));
      sb.append(String.format(Locale.ROOT, "%-9s %9s %8s %9s %6s%n", "gold\\pred", "positive",
          "neutral", "negative", "F1"));
      for (int i = 0; i < 3; i++) {
        sb.append(String.format(Locale.ROOT, "%-9s %9d %8d %9d %6.3f%n", CLASSES.get(i),
            confusion[i][0], confusion[i][1], confusion[i][2], f1(i)));
      }
      sb.append(String.format(Locale.ROOT, "accuracy %.3f, macro-F1 %.3f%n", accuracy(),
          macroF1()));
      return sb.toString();
    }
  }

  /**
   * Evaluates {@code matcher} on {@code file}.
   *
   * @param textColumn the header name of the sentence column
   * @param labelColumn the header name of the gold label column
   * @throws IllegalArgumentException naming a column the header lacks
   */
  public static Report evaluate(Path file, String textColumn, String labelColumn,
      LexiconMatcher matcher) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + " is empty");
    }
    List<String> header = Arrays.asList(lines.get(0).replace("\uFEFF", "").split("\t", -1));
    int text = column(header, textColumn, file);
    int label = column(header, labelColumn, file);
    GermanTextAnalyzer analyzer = new GermanTextAnalyzer();
    SentimentScorer scorer = new SentimentScorer();
    long[][] confusion = new long[3][3];
    long skipped = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t", -1);
      int gold = cols.length > Math.max(text, label) ? goldClass(cols[label]) : -1;
      if (gold < 0) {
        skipped++;
        continue;
      }
      AnalyzedText t = analyzer.analyze(cols[text]);
      SentimentSums s = SentimentSums.of(t, scorer.scorePolarity(t, matcher.match(t)));
      confusion[gold][predicted(s.positive() - s.negative())]++;
    }
    return new Report(matcher.lexicon().name(), confusion, skipped);
  }

  /** The predicted class index of a net score. */
  static int predicted(double net) {
    return net >= NEUTRAL_BAND ? 0 : net <= -NEUTRAL_BAND ? 2 : 1;
  }

  static int goldClass(String label) {
    return switch (label.strip().toLowerCase(Locale.ROOT)) {
      case "+", "pos", "positive" -> 0;
      case "0", "neu", "neutral" -> 1;
      case "-", "neg", "negative" -> 2;
      default -> -1;
    };
  }

  private static int column(List<String> header, String name, Path file) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(file + " has no column '" + name + "' (columns: "
          + String.join(", ", header) + ")");
    }
    return i;
  }
}
