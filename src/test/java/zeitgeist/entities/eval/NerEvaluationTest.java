package zeitgeist.entities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import zeitgeist.entities.EntityRecognizer;
import zeitgeist.entities.EntityType;
import zeitgeist.entities.Mention;
import zeitgeist.entities.eval.LabeledSentence.Span;

/** {@link NerEvaluation} with a fake recogniser whose answers are fixed per sentence text. */
class NerEvaluationTest {
  private static final double EPS = 1e-9;

  /** Answers each sentence text with the mentions listed for it, else with none. */
  private record FixedRecognizer(Map<String, List<Mention>> answers) implements EntityRecognizer {
    @Override
    public String name() {
      return "fixed";
    }

    @Override
    public List<Mention> recognize(String text) {
      return answers.getOrDefault(text, List.of());
    }
  }

  /** The first occurrence of {@code surface} in {@code text} as a mention of {@code type}. */
  private static Mention at(String text, String surface, EntityType type) {
    int start = text.indexOf(surface);
    assertTrue(start >= 0, surface + " not in " + text);
    return Mention.of(text, start, start + surface.length(), type);
  }

  private static LabeledSentence sentence(String text, Span... spans) {
    return new LabeledSentence(List.of(text.split(" ")), List.of(spans));
  }

  private static NerEvaluation.Report evaluate(LabeledSentence s, Mention... predicted) {
    String text = String.join(" ", s.tokens());
    return NerEvaluation.evaluate(
        List.of(s), new FixedRecognizer(Map.of(text, List.of(predicted))), Function.identity());
  }

  private static void assertCounts(
      long gold, long predicted, long tp, NerCounts actual, String why) {
    assertEquals(new NerCounts(gold, predicted, tp), actual, why);
  }

  private static final String MERKEL = "Angela Merkel besuchte die Universität Leipzig .";
  private static final LabeledSentence MERKEL_GOLD =
      sentence(MERKEL, new Span(0, 2, "PER"), new Span(4, 6, "ORG"));

  @Test
  void exactSpanAndTypeIsTruePositive() {
    NerEvaluation.Report r =
        evaluate(
            MERKEL_GOLD,
            at(MERKEL, "Angela Merkel", EntityType.PER),
            at(MERKEL, "Universität Leipzig", EntityType.ORG));
    assertCounts(1, 1, 1, r.byType().get(EntityType.PER), "PER");
    assertCounts(1, 1, 1, r.byType().get(EntityType.ORG), "ORG");
    assertEquals(1.0, r.overall().f1(), EPS);
    assertEquals(1, r.sentences());
    assertEquals(7, r.tokens());
  }

  @Test
  void boundaryMismatchIsFalsePositiveAndFalseNegative() {
    NerEvaluation.Report r = evaluate(MERKEL_GOLD, at(MERKEL, "Merkel", EntityType.PER));
    NerCounts per = r.byType().get(EntityType.PER);
    assertCounts(1, 1, 0, per, "token-aligned but one token short");
    assertEquals(1, per.falsePositives());
    assertEquals(1, per.falseNegatives());
  }

  @Test
  void mentionCuttingATokenMatchesNothing() {
    // "Angela Merk" ends inside the token "Merkel"; "ngela Merkel" starts inside "Angela".
    NerEvaluation.Report r =
        evaluate(
            MERKEL_GOLD,
            at(MERKEL, "Angela Merk", EntityType.PER),
            at(MERKEL, "ngela Merkel", EntityType.PER));
    assertCounts(1, 2, 0, r.byType().get(EntityType.PER), "both are false positives");
  }

  @Test
  void typeMismatchCountsForBothTypes() {
    NerEvaluation.Report r =
        evaluate(MERKEL_GOLD, at(MERKEL, "Universität Leipzig", EntityType.LOC));
    assertCounts(0, 1, 0, r.byType().get(EntityType.LOC), "false positive for LOC");
    assertCounts(1, 0, 0, r.byType().get(EntityType.ORG), "false negative for ORG");
  }

  @Test
  void predictedMiscIsIgnored() {
    NerEvaluation.Report r =
        evaluate(
            MERKEL_GOLD,
            at(MERKEL, "Angela Merkel", EntityType.PER),
            at(MERKEL, "besuchte", EntityType.MISC));
    assertCounts(2, 1, 1, r.overall(), "MISC is neither predicted nor wrong");
  }

  @Test
  void derivedPartialAndOtherLabelsAreNotGold() {
    String text = "Der deutsche SPD-Politiker sah den Eurovision Song Contest in Paris";
    LabeledSentence s =
        sentence(
            text,
            new Span(1, 2, "LOCderiv"),
            new Span(2, 3, "ORGpart"),
            new Span(5, 8, "OTH"),
            new Span(9, 10, "LOC"));
    NerEvaluation.Report r =
        evaluate(
            s,
            at(text, "deutsche", EntityType.LOC),
            at(text, "SPD-Politiker", EntityType.ORG),
            at(text, "Paris", EntityType.LOC));
    assertCounts(1, 2, 1, r.byType().get(EntityType.LOC), "LOCderiv is no LOC");
    assertCounts(0, 1, 0, r.byType().get(EntityType.ORG), "ORGpart is no ORG");
    assertCounts(1, 3, 1, r.overall(), "OTH is no gold at all");
  }

  @Test
  void noPredictionsMeansZeroPrecisionRecallAndF1() {
    NerEvaluation.Report r = evaluate(MERKEL_GOLD);
    NerCounts all = r.overall();
    assertCounts(2, 0, 0, all, "nothing predicted");
    assertEquals(0.0, all.precision(), EPS, "precision is defined as 0, not 1 or NaN");
    assertEquals(0.0, all.recall(), EPS);
    assertEquals(0.0, all.f1(), EPS);
    assertEquals(0.0, r.byType().get(EntityType.LOC).recall(), EPS, "no gold LOC: recall 0");
  }

  @Test
  void duplicatePredictionMatchesGoldOnce() {
    Mention merkel = at(MERKEL, "Angela Merkel", EntityType.PER);
    NerEvaluation.Report r = evaluate(MERKEL_GOLD, merkel, merkel);
    assertCounts(1, 2, 1, r.byType().get(EntityType.PER), "the second copy is a false positive");
  }

  @Test
  void twoHitsOneFalsePositiveOneMissIsTwoThirds() {
    String text = "Merkel und Macron trafen Biden in Rom";
    LabeledSentence s =
        sentence(text, new Span(0, 1, "PER"), new Span(2, 3, "PER"), new Span(4, 5, "PER"));
    NerEvaluation.Report r =
        evaluate(
            s,
            at(text, "Merkel", EntityType.PER),
            at(text, "Macron", EntityType.PER),
            at(text, "trafen", EntityType.PER));
    NerCounts per = r.byType().get(EntityType.PER);
    assertEquals(2.0 / 3, per.precision(), EPS);
    assertEquals(2.0 / 3, per.recall(), EPS);
    assertEquals(2.0 / 3, per.f1(), EPS);
  }

  @Test
  void postProcessingRunsBeforeScoring() {
    Function<List<Mention>, List<Mention>> dropFirstWord =
        mentions -> {
          List<Mention> out = new ArrayList<>();
          for (Mention m : mentions) {
            int cut = m.surface().indexOf(' ') + 1;
            out.add(new Mention(m.start() + cut, m.end(), m.surface().substring(cut), m.type()));
          }
          return out;
        };
    String text = "Kanzlerin Merkel kam";
    LabeledSentence s = sentence(text, new Span(1, 2, "PER"));
    Mention predicted = at(text, "Kanzlerin Merkel", EntityType.PER);
    NerEvaluation.Report r =
        NerEvaluation.evaluate(
            List.of(s), new FixedRecognizer(Map.of(text, List.of(predicted))), dropFirstWord);
    assertCounts(1, 1, 1, r.byType().get(EntityType.PER), "role noun trimmed, then exact");
  }

  /**
   * The sample file, by hand: PER 2/2/2; ORG gold 3, predicted 3 ("Universität" too short, "SPD"
   * inside a token, "Siemens" right), tp 1; LOC gold 1, predicted 3 ("deutsche" is LOCderiv,
   * "Berliner Polizei" is ORG, "Paris" right), tp 1. Overall 6 gold, 8 predicted, 4 tp.
   */
  @Test
  void sampleFileMicroAverage() {
    String s1 = "Angela Merkel besuchte die Universität Leipzig .";
    String s2 = "Der deutsche Botschafter sprach in Paris über den Eurovision Song Contest .";
    String s3 = "Die Berliner Polizei nahm Müller fest .";
    String s4 = "Der SPD-Politiker lobte Siemens .";
    FixedRecognizer fake =
        new FixedRecognizer(
            Map.of(
                s1,
                List.of(
                    at(s1, "Angela Merkel", EntityType.PER), at(s1, "Universität", EntityType.ORG)),
                s2,
                List.of(
                    at(s2, "deutsche", EntityType.LOC),
                    at(s2, "Paris", EntityType.LOC),
                    at(s2, "Eurovision Song Contest", EntityType.MISC)),
                s3,
                List.of(
                    at(s3, "Berliner Polizei", EntityType.LOC), at(s3, "Müller", EntityType.PER)),
                s4,
                List.of(at(s4, "SPD", EntityType.ORG), at(s4, "Siemens", EntityType.ORG))));
    NerEvaluation.Report r = NerEvaluation.evaluate(ConllNerReaderTest.sample(), fake);

    assertEquals("fixed", r.recognizer());
    assertEquals(4, r.sentences());
    assertEquals(7 + 12 + 7 + 5, r.tokens());
    assertCounts(2, 2, 2, r.byType().get(EntityType.PER), "PER");
    assertCounts(3, 3, 1, r.byType().get(EntityType.ORG), "ORG");
    assertCounts(1, 3, 1, r.byType().get(EntityType.LOC), "LOC");
    NerCounts all = r.overall();
    assertCounts(6, 8, 4, all, "micro: summed counts");
    assertEquals(0.5, all.precision(), EPS);
    assertEquals(4.0 / 6, all.recall(), EPS);
    assertEquals(4.0 / 7, all.f1(), EPS, "2PR/(P+R) = 2*0.5*0.667/1.167");
    assertEquals(0.5, r.byType().get(EntityType.LOC).f1(), EPS, "P 1/3, R 1");
    assertTrue(r.elapsed().toNanos() >= 0);
  }
}
