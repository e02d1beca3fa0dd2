package zeitgeist.text;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * OpenNLP's German lemmatizer for one form after a comma ({@code [",", form]}, see {@link
 * GermanLemmatizer}), decoded without OpenNLP's generic beam search but with the same result.
 *
 * <p>Why not {@link LemmatizerME}: its beam search (beam 3, from the model's manifest) sorts the
 * scores of all of the model's several thousand outcomes (edit scripts) at each of the two
 * positions, for each sequence in the beam: four sorts per form, three quarters of the lemmatizer's
 * time in a profile. Here the comma's step is computed once: its context depends on nothing but the
 * comma and its tag (the model's features are the form, its tag, its prefixes and suffixes, and the
 * previous decision). The form's step is then evaluated after each of the comma's three best
 * outcomes, in order of their probability, and the sequence with the highest score (the sum of the
 * two log probabilities, as the beam search adds them) wins. An outcome whose comma step alone
 * scores below the best sequence so far cannot win (a log probability is at most 0) and is not
 * evaluated, so most forms cost one evaluation of the model.
 *
 * <p>The result is the beam search's: the beam search keeps the comma's three best outcomes and,
 * after each, the form's three best, and returns the best of those sequences, which is the best
 * sequence over the comma's three best outcomes, found here too. (Two sequences with exactly equal
 * scores may be ordered differently.) {@code CommaContextLemmatizerTest} compares the two on every
 * word of the sample corpus. Thread-safe: it holds only the immutable model.
 */
final class CommaContextLemmatizer {
  private static final String COMMA = ",";
  private static final String COMMA_TAG = "PUNCT";

  /** The beam search's width in the model's manifest; the comma's outcomes kept. */
  private static final int BEAM = LemmatizerME.DEFAULT_BEAM_SIZE;

  private final MaxentModel model;
  private final LemmatizerContextGenerator contexts;
  private final String[] commaOutcomes;
  private final double[] commaScores;

  CommaContextLemmatizer(LemmatizerModel lemmatizer) {
    this.model = lemmatizer.getArtifact("lemmatizer.model");
    this.contexts = lemmatizer.getFactory().getContextGenerator();
    double[] probs =
        model.eval(
            contexts.getContext(
                0, new String[] {COMMA, ""}, new String[] {COMMA_TAG, ""}, new String[0]));
    int[] best = topIndices(probs, BEAM);
    commaOutcomes = new String[best.length];
    commaScores = new double[best.length];
    for (int i = 0; i < best.length; i++) {
      commaOutcomes[i] = model.getOutcome(best[i]);
      commaScores[i] = StrictMath.log(probs[best[i]]);
    }
  }

  /** The model's lemma of {@code form} tagged {@code tag}, after a comma; not repaired. */
  String lemma(String form, String tag) {
    String[] toks = {COMMA, form};
    String[] tags = {COMMA_TAG, tag};
    String bestOutcome = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < commaOutcomes.length; k++) {
      if (commaScores[k] <= bestScore) {
        break; // sorted descending, and the form's step adds a log probability <= 0
      }
      double[] probs =
          model.eval(contexts.getContext(1, toks, tags, new String[] {commaOutcomes[k], null}));
      int top = topIndices(probs, 1)[0];
      double score = commaScores[k] + StrictMath.log(probs[top]);
      if (score > bestScore) {
        bestScore = score;
        bestOutcome = model.getOutcome(top);
      }
    }
    return LemmatizerME.decodeLemmas(new String[] {form}, new String[] {bestOutcome})[0];
  }

  /** The indices of the {@code k} highest values, highest first; the first index on a tie. */
  private static int[] topIndices(double[] values, int k) {
    int n = Math.min(k, values.length);
    int[] top = new int[n];
    java.util.Arrays.fill(top, -1);
    for (int i = 0; i < values.length; i++) {
      for (int j = 0; j < n; j++) {
        if (top[j] < 0 || values[i] > values[top[j]]) {
          System.arraycopy(top, j, top, j + 1, n - j - 1);
          top[j] = i;
          break;
        }
      }
    }
    return top;
  }
}
