package zeitgeist.tonemodel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import zeitgeist.lexicon.Lexicon;
import zeitgeist.lexicon.LexiconMatcher;
import zeitgeist.lexicon.SentimentScorer;
import zeitgeist.lexicon.eval.PolarityEvaluation;
import zeitgeist.text.AnalyzedText;

/**
 * Trains a tone classifier on labelled sentences, measures it by stratified k-fold
 * cross-validation, and exports the model trained on all sentences as a lexicon ({@link
 * LexiconExport}).
 *
 * <p>Rules. Folds are stratified: each class's sentences are shuffled with the seed and dealt to
 * the folds in turn. Everything is chosen on the training sentences of each outer fold alone, by an
 * inner stratified {@value #INNER_FOLDS}-fold cross-validation: the L2 strength (of {@link
 * #SETTINGS}) and the export's scale (of {@link #SCALES} times the scale that maps the largest
 * weight to 1) are the pair whose exported lexicon scores the best macro-F1 on the inner held-out
 * sentences, the export being what runs use; a tie goes to the stronger penalty, then the smaller
 * scale. The vocabulary is the n-grams in at least {@link #MIN_SENTENCES} training sentences. The
 * held-out fold is then predicted by the classifier and scored by the exported lexicon under {@link
 * PolarityEvaluation}'s rule; the reports add up the held-out predictions of all folds. The grids
 * are fixed, not options.
 *
 * <p>Cost: {@code (folds + 1) × (1 + 3 × 5)} MLlib fits, about 0.5 s each on a few hundred
 * sentences on 2 cores (a local Spark job per L-BFGS step).
 */
public final class ToneTraining {
  /**
   * The classifier settings tried: L2 strengths on unstandardised features ({@link
   * MllibToneTrainer}).
   */
  static final List<MllibToneTrainer.Settings> SETTINGS =
      settings(new double[] {10.0, 1.0, 0.1, 0.01, 0.001});

  static final double[] SCALES = {0.25, 0.5, 1, 2, 4, 8, 16, 32};
  static final int INNER_FOLDS = 3;
  static final int MIN_SENTENCES = 2;
  private static final SentimentScorer SCORER = new SentimentScorer();

  private final MllibToneTrainer trainer;
  private final ToneFeatures features;
  private final String name;
  private final List<MllibToneTrainer.Settings> settings;

  /** A model fitted on some sentences, with what was chosen for it. */
  public record Fitted(
      Vocabulary vocabulary,
      LinearToneModel model,
      MllibToneTrainer.Settings settings,
      double scale,
      Lexicon lexicon) {}

  /**
   * The outcome of {@link #run}.
   *
   * @param classifier the classifier's held-out predictions, all folds
   * @param export the exported lexicons' held-out predictions, all folds
   * @param perFold what each fold chose
   * @param fitted the model trained on all sentences and its lexicon
   */
  public record Outcome(
      PolarityEvaluation.Report classifier,
      PolarityEvaluation.Report export,
      List<Fitted> perFold,
      Fitted fitted) {}

  /**
   * @param name the exported lexicon's name
   */
  public ToneTraining(MllibToneTrainer trainer, ToneFeatures features, String name) {
    this(trainer, features, name, SETTINGS);
  }

  /** As above, trying {@code settings} instead of {@link #SETTINGS} (tests: fewer fits). */
  ToneTraining(
      MllibToneTrainer trainer,
      ToneFeatures features,
      String name,
      List<MllibToneTrainer.Settings> settings) {
    this.trainer = trainer;
    this.features = features;
    this.name = name;
    this.settings = List.copyOf(settings);
  }

  /**
   * Cross-validates on {@code texts} with {@code labels} (class indices) in {@code folds} folds,
   * then fits on all of them.
   *
   * @param skipped rows of the input without a usable label, carried into the reports
   */
  public Outcome run(List<AnalyzedText> texts, int[] labels, int folds, long seed, long skipped) {
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
    try {
      return crossValidate(texts, labels, folds, seed, skipped, pool);
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome crossValidate(
      List<AnalyzedText> texts,
      int[] labels,
      int folds,
      long seed,
      long skipped,
      ExecutorService pool) {
    List<ToneFeatures.Sentence> feats = new ArrayList<>();
    for (AnalyzedText t : texts) {
      feats.add(features.of(t));
    }
    int[] fold = stratifiedFolds(labels, folds, seed);
    long[][] classifier = new long[3][3];
    long[][] export = new long[3][3];
    List<Fitted> perFold = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      List<Integer> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < labels.length; i++) {
        (fold[i] == f ? test : train).add(i);
      }
      Fitted fitted = fit(texts, feats, labels, train, seed, pool);
      perFold.add(fitted);
      LexiconMatcher matcher = new LexiconMatcher(fitted.lexicon());
      for (int i : test) {
        classifier[labels[i]][fitted.model().predict(fitted.vocabulary().row(feats.get(i)))]++;
        export[labels[i]][
            PolarityEvaluation.predicted(
                PolarityEvaluation.netScore(texts.get(i), matcher, SCORER))]++;
      }
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      all.add(i);
    }
    Fitted fitted = fit(texts, feats, labels, all, seed, pool);
    return new Outcome(
        new PolarityEvaluation.Report("classifier", classifier, skipped),
        new PolarityEvaluation.Report(name, export, skipped),
        perFold,
        fitted);
  }

  /**
   * Fits on the sentences {@code train}, choosing the settings and the export's scale on them
   * alone, by inner cross-validation.
   */
  Fitted fit(
      List<AnalyzedText> texts,
      List<ToneFeatures.Sentence> feats,
      int[] labels,
      List<Integer> train,
      long seed,
      ExecutorService pool) {
    int[] trainLabels = train.stream().mapToInt(i -> labels[i]).toArray();
    int[] inner = stratifiedFolds(trainLabels, INNER_FOLDS, seed + 1);
    // every (setting, inner fold) fit at once: each is a chain of small Spark jobs
    List<Future<long[][][]>> parts = new ArrayList<>();
    for (MllibToneTrainer.Settings tried : settings) {
      for (int f = 0; f < INNER_FOLDS; f++) {
        List<Integer> in = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < train.size(); k++) {
          (inner[k] == f ? out : in).add(train.get(k));
        }
        parts.add(pool.submit(() -> heldOut(texts, feats, labels, in, out, tried)));
      }
    }
    MllibToneTrainer.Settings best = null;
    double bestScale = 0;
    double bestF1 = -1;
    for (int t = 0; t < settings.size(); t++) {
      long[][][] confusion = new long[SCALES.length][3][3];
      for (int f = 0; f < INNER_FOLDS; f++) {
        long[][][] part = join(parts.get(t * INNER_FOLDS + f));
        for (int s = 0; s < SCALES.length; s++) {
          for (int g = 0; g < 3; g++) {
            for (int p = 0; p < 3; p++) {
              confusion[s][g][p] += part[s][g][p];
            }
          }
        }
      }
      for (int s = 0; s < SCALES.length; s++) {
        double f1 = new PolarityEvaluation.Report("", confusion[s], 0).macroF1();
        if (f1 > bestF1) {
          bestF1 = f1;
          best = settings.get(t);
          bestScale = SCALES[s];
        }
      }
    }
    Vocabulary v = vocabulary(feats, train);
    LinearToneModel m = trainer.fit(rows(v, feats, train), trainLabels, v.size(), best);
    Map<String, Double> weights = LexiconExport.weights(m, v, features.lexicons());
    double scale = LexiconExport.unitScale(weights) * bestScale;
    return new Fitted(
        v, m, best, scale, LexiconExport.lexicon(name, weights, scale, "zeitgeist tone-train"));
  }

  /**
   * The confusion, per scale in {@link #SCALES}, of the lexicon exported from a model fitted on
   * {@code in}, on the sentences {@code out}.
   */
  private long[][][] heldOut(
      List<AnalyzedText> texts,
      List<ToneFeatures.Sentence> feats,
      int[] labels,
      List<Integer> in,
      List<Integer> out,
      MllibToneTrainer.Settings tried) {
    long[][][] confusion = new long[SCALES.length][3][3];
    if (out.isEmpty()) {
      return confusion;
    }
    Vocabulary v = vocabulary(feats, in);
    LinearToneModel m = trainer.fit(rows(v, feats, in), labelsOf(labels, in), v.size(), tried);
    Map<String, Double> weights = LexiconExport.weights(m, v, features.lexicons());
    double unit = LexiconExport.unitScale(weights);
    for (int s = 0; s < SCALES.length; s++) {
      LexiconMatcher matcher =
          new LexiconMatcher(
              LexiconExport.lexicon(name, weights, unit * SCALES[s], "zeitgeist tone-train"));
      for (int i : out) {
        confusion[s][labels[i]][
            PolarityEvaluation.predicted(
                PolarityEvaluation.netScore(texts.get(i), matcher, SCORER))]++;
      }
    }
    return confusion;
  }

  private static <T> T join(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static List<MllibToneTrainer.Settings> settings(double[] regParams) {
    List<MllibToneTrainer.Settings> out = new ArrayList<>();
    for (double r : regParams) {
      out.add(new MllibToneTrainer.Settings(r));
    }
    return List.copyOf(out);
  }

  private Vocabulary vocabulary(List<ToneFeatures.Sentence> feats, List<Integer> which) {
    return Vocabulary.fit(
        which.stream().map(feats::get).toList(), features.lexiconFeatures(), MIN_SENTENCES);
  }

  private static List<Vocabulary.Row> rows(
      Vocabulary v, List<ToneFeatures.Sentence> feats, List<Integer> which) {
    return which.stream().map(i -> v.row(feats.get(i))).toList();
  }

  private static int[] labelsOf(int[] labels, List<Integer> which) {
    return which.stream().mapToInt(i -> labels[i]).toArray();
  }

  /**
   * The fold of each sentence: each class's sentences shuffled with {@code seed}, then dealt to
   * folds 0, 1, ..., {@code folds − 1}, 0, ... So every fold holds each class's share, give or take
   * one sentence.
   */
  static int[] stratifiedFolds(int[] labels, int folds, long seed) {
    int[] fold = new int[labels.length];
    Random random = new Random(seed);
    int next = 0;
    for (int c = 0; c < 3; c++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] == c) {
          members.add(i);
        }
      }
      Collections.shuffle(members, random);
      for (int i : members) {
        fold[i] = next;
        next = (next + 1) % folds;
      }
    }
    return fold;
  }
}
