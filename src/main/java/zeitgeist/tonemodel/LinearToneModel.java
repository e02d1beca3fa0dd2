package zeitgeist.tonemodel;

/**
 * A trained three-class linear classifier: class {@code c}'s score of a row is {@code intercepts[c]
 * + Σ weights[c][j]·x[j]}; the predicted class has the highest score (the lowest index on a tie).
 * Classes: 0 positive, 1 neutral, 2 negative.
 *
 * @param weights per class, one weight per feature
 * @param intercepts per class; {@code -∞} for a class the training data did not have
 */
public record LinearToneModel(double[][] weights, double[] intercepts) {
  /** The predicted class of {@code row}. */
  public int predict(Vocabulary.Row row) {
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < intercepts.length; c++) {
      double score = intercepts[c];
      for (int k = 0; k < row.indices().length; k++) {
        score += weights[c][row.indices()[k]] * row.values()[k];
      }
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Feature {@code j}'s pull towards positive: {@code weights[positive][j] − weights[negative][j]},
   * what a lexicon entry for it weighs before scaling.
   */
  public double polarity(int j) {
    return weights[0][j] - weights[2][j];
  }
}
