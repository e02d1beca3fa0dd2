package zeitgeist.tonemodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Trains a {@link LinearToneModel} with Spark MLlib's multinomial logistic regression: L2 penalty,
 * features not standardised (a standardised rare n-gram escapes the penalty; standardised fits were
 * never chosen by cross-validation on either measured set).
 *
 * <p>Classes are weighted to balance them ({@code n / (k · n_c)} for a class of {@code n_c} of
 * {@code n} sentences, {@code k} classes present), so a rare class counts as much as a common one,
 * as macro-F1 does. A class without training sentences gets intercept {@code -∞} and is never
 * predicted. The data is one partition: label sets are hundreds to a few thousand sentences.
 */
public final class MllibToneTrainer {
  /** L-BFGS iterations at most; MLlib stops earlier when it converges. */
  static final int MAX_ITERATIONS = 200;

  /** L-BFGS convergence tolerance (MLlib: 1e-6), coarser: a fit is a Spark job per step. */
  static final double TOLERANCE = 1e-4;

  private static final StructType SCHEMA =
      new StructType()
          .add("label", DataTypes.DoubleType, false)
          .add("weight", DataTypes.DoubleType, false)
          .add("features", SQLDataTypes.VectorType(), false);

  private final SparkSession spark;

  /**
   * How to fit.
   *
   * @param regParam MLlib's {@code regParam}: the L2 penalty's strength
   */
  public record Settings(double regParam) {
    @Override
    public String toString() {
      return "L2 " + regParam;
    }
  }

  public MllibToneTrainer(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Fits a model.
   *
   * @param rows the training rows
   * @param labels their class indices (0 positive, 1 neutral, 2 negative)
   * @param size the number of features
   */
  public LinearToneModel fit(List<Vocabulary.Row> rows, int[] labels, int size, Settings settings) {
    return toModel(fitMllib(rows, labels, size, settings), size, classCounts(labels));
  }

  /** MLlib's own model, as {@link #fit} trains it. */
  LogisticRegressionModel fitMllib(
      List<Vocabulary.Row> rows, int[] labels, int size, Settings settings) {
    int[] counts = classCounts(labels);
    int present = (int) Arrays.stream(counts).filter(c -> c > 0).count();
    List<Row> data = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Vocabulary.Row r = rows.get(i);
      double weight = (double) rows.size() / (present * counts[labels[i]]);
      data.add(
          RowFactory.create(
              (double) labels[i], weight, Vectors.sparse(size, r.indices(), r.values())));
    }
    Dataset<Row> frame = spark.createDataFrame(data, SCHEMA).coalesce(1);
    return new LogisticRegression()
        .setFamily("multinomial")
        .setRegParam(settings.regParam())
        .setStandardization(false)
        .setElasticNetParam(0)
        .setMaxIter(MAX_ITERATIONS)
        .setTol(TOLERANCE)
        .setWeightCol("weight")
        .fit(frame);
  }

  private static int[] classCounts(int[] labels) {
    int[] counts = new int[3];
    for (int l : labels) {
      counts[l]++;
    }
    return counts;
  }

  /** The MLlib model as a {@link LinearToneModel} of three classes. */
  static LinearToneModel toModel(LogisticRegressionModel model, int size, int[] counts) {
    Matrix coefficients = model.coefficientMatrix();
    double[] intercept = model.interceptVector().toArray();
    double[][] weights = new double[3][size];
    double[] intercepts = new double[3];
    for (int c = 0; c < 3; c++) {
      if (c >= coefficients.numRows() || counts[c] == 0) {
        intercepts[c] = Double.NEGATIVE_INFINITY;
        continue;
      }
      intercepts[c] = intercept[c];
      for (int j = 0; j < size; j++) {
        weights[c][j] = coefficients.apply(c, j);
      }
    }
    return new LinearToneModel(weights, intercepts);
  }
}
