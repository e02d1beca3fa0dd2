package zeitgeist.tonemodel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The feature space of a tone classifier: the n-grams seen in at least {@code minSentences}
 * training sentences (sorted, so the same sentences give the same space in any order), followed by
 * the lexicon sums. An n-gram outside the vocabulary is not a feature.
 *
 * @param ngrams the kept n-grams, sorted; feature {@code j < ngrams.size()} is {@code ngrams[j]}
 * @param lexiconFeatures how many lexicon-sum features follow the n-grams
 */
public record Vocabulary(List<String> ngrams, int lexiconFeatures) {
  /** One sentence as a sparse feature row: ascending indices and their values. */
  public record Row(int[] indices, double[] values) {}

  public Vocabulary {
    ngrams = List.copyOf(ngrams);
  }

  /** The vocabulary of {@code training}: n-grams in at least {@code minSentences} of them. */
  public static Vocabulary fit(
      List<ToneFeatures.Sentence> training, int lexiconFeatures, int minSentences) {
    Map<String, Integer> sentencesWith = new HashMap<>();
    for (ToneFeatures.Sentence s : training) {
      for (String g : s.ngrams().keySet()) {
        sentencesWith.merge(g, 1, Integer::sum);
      }
    }
    List<String> kept = new ArrayList<>();
    sentencesWith.forEach(
        (g, n) -> {
          if (n >= minSentences) {
            kept.add(g);
          }
        });
    Collections.sort(kept);
    return new Vocabulary(kept, lexiconFeatures);
  }

  /** The number of features. */
  public int size() {
    return ngrams.size() + lexiconFeatures;
  }

  /** The index of lexicon-sum feature {@code i} (0 the first lexicon's positive sum). */
  public int lexiconFeature(int i) {
    return ngrams.size() + i;
  }

  /** {@code s} as a row of this space. */
  public Row row(ToneFeatures.Sentence s) {
    TreeMap<Integer, Double> cells = new TreeMap<>();
    s.ngrams()
        .forEach(
            (g, n) -> {
              int j = Collections.binarySearch(ngrams, g);
              if (j >= 0) {
                cells.put(j, n.doubleValue());
              }
            });
    double[] sums = s.lexiconSums();
    for (int i = 0; i < sums.length; i++) {
      if (sums[i] != 0) {
        cells.put(lexiconFeature(i), sums[i]);
      }
    }
    int[] idx = new int[cells.size()];
    double[] val = new double[cells.size()];
    int k = 0;
    for (Map.Entry<Integer, Double> e : cells.entrySet()) {
      idx[k] = e.getKey();
      val[k++] = e.getValue();
    }
    return new Row(idx, val);
  }
}
