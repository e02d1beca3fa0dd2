package zeitgeist.lexicon.eval;

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
 * before measuring, as a tenth of a full-weight word. Gold labels are read as {@link
 * LabelledSentences} reads them; rows without a usable label are skipped and counted. Macro-F1 is
 * the unweighted mean of the three classes' F1 (a class never predicted nor gold counts with F1 0).
 */
public final class PolarityEvaluation {
  /** |net score| below this is neutral. */
  public static final double NEUTRAL_BAND = 0.1;

  static final List<String> CLASSES = LabelledSentences.CLASSES;

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

    /** A small text report headed {@code lexicon NAME}. */
    public String format() {
      return format(
          "lexicon " + lexicon,
          String.format(Locale.ROOT, "neutral band |net| < %s", NEUTRAL_BAND));
    }

    /** A small text report: {@code title}, the counts, {@code rule}, the confusion and F1s. */
    public String format(String title, String rule) {
      StringBuilder sb = new StringBuilder();
      sb.append(
          String.format(
              Locale.ROOT, "%s: %d sentences (%d skipped), %s%n", title, total(), skipped, rule));
      sb.append(
          String.format(
              Locale.ROOT,
              "%-9s %9s %8s %9s %6s%n",
              "gold\\pred",
              "positive",
              "neutral",
              "negative",
              "F1"));
      for (int i = 0; i < 3; i++) {
        sb.append(
            String.format(
                Locale.ROOT,
                "%-9s %9d %8d %9d %6.3f%n",
                CLASSES.get(i),
                confusion[i][0],
                confusion[i][1],
                confusion[i][2],
                f1(i)));
      }
      sb.append(
          String.format(Locale.ROOT, "accuracy %.3f, macro-F1 %.3f%n", accuracy(), macroF1()));
      return sb.toString();
    }
  }

  /**
   * Evaluates {@code matcher} on {@code file} ({@link LabelledSentences} says how it is read).
   *
   * @param textColumn the header name of the sentence column
   * @param labelColumn the header name of the gold label column
   * @throws IllegalArgumentException naming a column the header lacks
   */
  public static Report evaluate(
      Path file, String textColumn, String labelColumn, LexiconMatcher matcher) {
    LabelledSentences labelled = LabelledSentences.read(file, textColumn, labelColumn);
    GermanTextAnalyzer analyzer = new GermanTextAnalyzer();
    List<AnalyzedText> texts = new ArrayList<>();
    List<Integer> gold = new ArrayList<>();
    for (LabelledSentences.Sentence s : labelled.sentences()) {
      texts.add(analyzer.analyze(s.text()));
      gold.add(s.label());
    }
    return evaluate(texts, gold, matcher, labelled.skipped());
  }

  /**
   * Evaluates {@code matcher} on analysed sentences with their gold class indices.
   *
   * @param skipped rows the caller could not use, reported as skipped
   */
  public static Report evaluate(
      List<AnalyzedText> texts, List<Integer> gold, LexiconMatcher matcher, long skipped) {
    SentimentScorer scorer = new SentimentScorer();
    long[][] confusion = new long[3][3];
    for (int i = 0; i < texts.size(); i++) {
      confusion[gold.get(i)][predicted(netScore(texts.get(i), matcher, scorer))]++;
    }
    return new Report(matcher.lexicon().name(), confusion, skipped);
  }

  /** The net score {@code positive − negative} of {@code text} under {@code matcher}. */
  public static double netScore(AnalyzedText text, LexiconMatcher matcher, SentimentScorer scorer) {
    SentimentSums s = SentimentSums.of(text, scorer.scorePolarity(text, matcher.match(text)));
    return s.positive() - s.negative();
  }

  /** The predicted class index of a net score. */
  public static int predicted(double net) {
    return net >= NEUTRAL_BAND ? 0 : net <= -NEUTRAL_BAND ? 2 : 1;
  }
}
