package zeitgeist.tonemodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import zeitgeist.lexicon.Lexicon;
import zeitgeist.lexicon.LexiconEntry;
import zeitgeist.lexicon.LexiconFormat;
import zeitgeist.lexicon.LexiconKind;

/**
 * Turns a {@link LinearToneModel} into a weighted polarity lexicon that runs use like any other
 * ({@code --lexicon NAME=FILE.tsv}): its matches are scored with negation and intensifiers and give
 * the lexicon's own rows in the tone tables, each hit traceable to its word.
 *
 * <p>Rules, with {@code d(f)} the feature's {@linkplain LinearToneModel#polarity pull towards
 * positive}:
 *
 * <ol>
 *   <li>A unigram {@code u} weighs {@code d(u)}.
 *   <li>A bigram {@code a b} weighs {@code d(a b) + w(a) + w(b)}, where {@code w} is a word's
 *       unigram and lexicon weight: where the matcher matches the bigram it does not also match its
 *       words, so the bigram carries them.
 *   <li>An entry {@code e} of an input lexicon adds {@code d(positive sum) · weight(e)} when its
 *       weight is positive, {@code d(negative sum) · |weight(e)|} when negative: what the entry
 *       added through the lexicon's sum features. Entries of several lexicons with the same phrase
 *       add up; within one lexicon the one of largest effect stands for the phrase.
 *   <li>All weights are multiplied by one scale, clipped to [-1, 1] (the polarity format's range)
 *       and rounded to three decimals; an entry that rounds to 0 is left out.
 * </ol>
 *
 * <p>Limits: the export approximates the classifier and is not equal to it. It has no intercepts (a
 * run calls a sentence neutral when its net score lies within ±0.1); the matcher tries a sentence's
 * longest spans first and lets a token match by surface as well as by lemma, where the classifier
 * counted every n-gram; and negation flips an exported word's sign, where the classifier saw only
 * the n-grams. {@code zeitgeist tone-train} therefore reports the export's own cross-validated
 * figures beside the classifier's.
 */
public final class LexiconExport {
  private LexiconExport() {}

  /** Unscaled weights by phrase, sorted by phrase, by rules 1-3. */
  public static Map<String, Double> weights(
      LinearToneModel model, Vocabulary vocabulary, List<Lexicon> lexicons) {
    Map<String, Double> lexiconWeights = new TreeMap<>();
    for (int i = 0; i < lexicons.size(); i++) {
      double pos = model.polarity(vocabulary.lexiconFeature(2 * i));
      double neg = model.polarity(vocabulary.lexiconFeature(2 * i + 1));
      Map<String, Double> own = new TreeMap<>();
      for (LexiconEntry e : lexicons.get(i).entries()) {
        double w = e.weight() > 0 ? pos * e.weight() : neg * -e.weight();
        own.merge(e.phrase(), w, (a, b) -> Math.abs(b) > Math.abs(a) ? b : a);
      }
      own.forEach((p, w) -> lexiconWeights.merge(p, w, Double::sum));
    }
    Map<String, Double> unigram = new TreeMap<>(lexiconWeights);
    List<String> ngrams = vocabulary.ngrams();
    for (int j = 0; j < ngrams.size(); j++) {
      if (ngrams.get(j).indexOf(' ') < 0) {
        unigram.merge(ngrams.get(j), model.polarity(j), Double::sum);
      }
    }
    Map<String, Double> out = new TreeMap<>(unigram);
    for (int j = 0; j < ngrams.size(); j++) {
      String g = ngrams.get(j);
      int space = g.indexOf(' ');
      if (space >= 0) {
        double words =
            unigram.getOrDefault(g.substring(0, space), 0.0)
                + unigram.getOrDefault(g.substring(space + 1), 0.0);
        out.merge(g, model.polarity(j) + words, Double::sum);
      }
    }
    return out;
  }

  /** The lexicon of {@code weights} times {@code scale}, by rule 4. */
  public static Lexicon lexicon(
      String name, Map<String, Double> weights, double scale, String source) {
    List<LexiconEntry> entries = new ArrayList<>();
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      double w = round(e.getValue() * scale);
      if (w != 0) {
        entries.add(
            LexiconEntry.of(e.getKey(), w > 0 ? LexiconKind.POSITIVE : LexiconKind.NEGATIVE, w));
      }
    }
    return new Lexicon(name, LexiconKind.POLARITY, LexiconFormat.TSV, entries, "unsaved", source);
  }

  /** {@code w} clipped to [-1, 1] and rounded to three decimals. */
  static double round(double w) {
    return Math.round(Math.max(-1, Math.min(1, w)) * 1000) / 1000.0;
  }

  /** The largest |weight|, the scale that maps it to 1; 1 for no or only zero weights. */
  public static double unitScale(Map<String, Double> weights) {
    double max = weights.values().stream().mapToDouble(Math::abs).max().orElse(0);
    return max == 0 ? 1 : 1 / max;
  }

  /** {@code lexicon} in the TSV format, each line of {@code header} as a {@code #} comment. */
  public static String tsv(Lexicon lexicon, List<String> header) {
    StringBuilder sb = new StringBuilder();
    for (String h : header) {
      sb.append("# ").append(h).append('\n');
    }
    for (LexiconEntry e : lexicon.entries()) {
      sb.append(e.phrase())
          .append('\t')
          .append(e.category())
          .append('\t')
          .append(String.format(Locale.ROOT, "%.3f", e.weight()))
          .append('\n');
    }
    return sb.toString();
  }
}
