package zeitgeist.tonemodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Vectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zeitgeist.TestSpark;
import zeitgeist.lexicon.Lexicon;
import zeitgeist.lexicon.LexiconEntry;
import zeitgeist.lexicon.Lexicons;
import zeitgeist.lexicon.eval.LabelledSentences;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.GermanTextAnalyzer;

/**
 * Training on 36 sentences whose class follows from one cue word each ({@code
 * src/test/resources/tone/labels-small.md}), with a feature lexicon that lacks both cue words.
 */
class ToneTrainingTest {
  private static final Path LABELS = Path.of("src/test/resources/tone/labels-small.tsv");
  private static final Lexicon TINY =
      Lexicons.load(Path.of("src/test/resources/tone/tiny-lexicon.tsv"));
  private static final List<MllibToneTrainer.Settings> ONE_SETTING =
      List.of(new MllibToneTrainer.Settings(0.1));

  private static List<AnalyzedText> texts;
  private static int[] labels;
  private static LabelledSentences labelled;

  @BeforeAll
  static void analyse() {
    labelled = LabelledSentences.read(LABELS, "sentence", "label");
    GermanTextAnalyzer analyzer = new GermanTextAnalyzer();
    texts = labelled.sentences().stream().map(s -> analyzer.analyze(s.text())).toList();
    labels = labelled.sentences().stream().mapToInt(LabelledSentences.Sentence::label).toArray();
  }

  @Test
  void theFixtureReadsAsWritten() {
    assertEquals(36, labelled.sentences().size());
    assertEquals(1, labelled.skipped());
    assertArrayEquals(new int[] {12, 12, 12}, labelled.classCounts());
  }

  @Test
  void learnsTheCueWordsAndCrossValidatesOnHeldOutFoldsOnly() {
    ToneTraining training =
        new ToneTraining(
            new MllibToneTrainer(TestSpark.session()),
            new ToneFeatures(List.of(TINY)),
            "cues",
            ONE_SETTING);
    ToneTraining.Outcome o = training.run(texts, labels, 3, 7, labelled.skipped());
    assertEquals(36, o.classifier().total());
    assertEquals(36, o.export().total());
    assertEquals(1, o.export().skipped());
    assertEquals(3, o.perFold().size());
    assertTrue(o.classifier().macroF1() >= 0.9, o.classifier().format());
    assertTrue(o.export().macroF1() >= 0.9, o.export().format());
    for (ToneTraining.Fitted f : o.perFold()) {
      // each fold's vocabulary comes from its 24 training sentences: 'durchbruch' is in 8 of them
      assertTrue(f.vocabulary().ngrams().contains("durchbruch"));
    }
    Map<String, Double> w =
        o.fitted().lexicon().entries().stream()
            .collect(Collectors.toMap(LexiconEntry::phrase, LexiconEntry::weight));
    assertEquals("cues", o.fitted().lexicon().name());
    assertTrue(w.get("durchbruch") > 0.1, "durchbruch " + w.get("durchbruch"));
    assertTrue(w.get("pleite") < -0.1, "pleite " + w.get("pleite"));
    // no sentence has 'Katastrophe': its lexicon's sums are always 0 and get no weight, and an
    // entry that weighs 0 is left out
    assertFalse(w.containsKey("katastrophe"));
  }

  @Test
  void theModelPredictsAsMllibDoes() {
    MllibToneTrainer trainer = new MllibToneTrainer(TestSpark.session());
    ToneFeatures features = new ToneFeatures(List.of(TINY));
    List<ToneFeatures.Sentence> feats = texts.stream().map(features::of).toList();
    Vocabulary v = Vocabulary.fit(feats, features.lexiconFeatures(), 2);
    List<Vocabulary.Row> rows = feats.stream().map(v::row).toList();
    // a weak penalty, so the classes' scores are far apart and not all alike
    MllibToneTrainer.Settings weak = new MllibToneTrainer.Settings(0.001);
    LogisticRegressionModel mllib = trainer.fitMllib(rows, labels, v.size(), weak);
    LinearToneModel ours = MllibToneTrainer.toModel(mllib, v.size(), new int[] {12, 12, 12});
    List<Integer> predicted = new ArrayList<>();
    for (Vocabulary.Row r : rows) {
      int expected = (int) mllib.predict(Vectors.sparse(v.size(), r.indices(), r.values()));
      assertEquals(expected, ours.predict(r));
      predicted.add(expected);
    }
    assertEquals(3, predicted.stream().distinct().count());
  }

  @Test
  void stratifiedFoldsShareEachClassEvenly() {
    int[] l = new int[31];
    Arrays.fill(l, 0, 12, 0);
    Arrays.fill(l, 12, 26, 1);
    Arrays.fill(l, 26, 31, 2);
    int[] folds = ToneTraining.stratifiedFolds(l, 5, 1);
    for (int c = 0; c < 3; c++) {
      int[] perFold = new int[5];
      for (int i = 0; i < l.length; i++) {
        if (l[i] == c) {
          perFold[folds[i]]++;
        }
      }
      int min = Arrays.stream(perFold).min().orElseThrow();
      int max = Arrays.stream(perFold).max().orElseThrow();
      assertTrue(max - min <= 1, "class " + c + ": " + Arrays.toString(perFold));
    }
    assertArrayEquals(folds, ToneTraining.stratifiedFolds(l, 5, 1));
    assertFalse(Arrays.equals(folds, ToneTraining.stratifiedFolds(l, 5, 2)));
  }
}
