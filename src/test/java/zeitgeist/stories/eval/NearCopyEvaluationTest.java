package zeitgeist.stories.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zeitgeist.stories.eval.NearCopySet.Text;

/** A pool small enough to score by hand. */
class NearCopyEvaluationTest {
  private static final String A =
      "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr"
          + " beschlossen. Die Mehrheit stimmte nach langer Debatte zu, die Opposition lehnte ihn"
          + " geschlossen ab. Bürgermeisterin Anna Keller sagte, der Haushalt sei solide finanziert."
          + " Kritiker bemängeln, dass die Schulden weiter steigen.";
  private static final String B =
      "Im Hafen legten gestern vier Frachter aus Südamerika an."
          + " Matrosen entluden den ganzen Tag Kisten voller Bananen und Kaffee. Zollbeamte"
          + " kontrollierten jede Ladung sorgfältig, fanden aber nichts Verbotenes an Bord.";
  private static final String OTHER =
      "Das Wetter bleibt am Wochenende wechselhaft, mit Schauern"
          + " im Norden und viel Sonne im Süden des Landes bei milden Temperaturen.";

  /**
   * Predicted pairs: (a, a1), (a, c), (a1, c), (b, b1): c is a copy of a that the set calls a
   * different original, a2 is labelled a copy of a but is another text. Precision 2/4; target
   * recall 1/2 (a1 found, a2 not); heavy recall 1/1; negatives (a, b) and (a, c): 1 matched.
   */
  @Test
  void precisionAndRecallOfAHandMadePool() {
    List<Text> texts =
        List.of(
            text("a", "a", "original", A),
            text("b", "b", "original", B),
            text("c", "c", "original", A + " Die Beratungen beginnen im Herbst."),
            text("a1", "a", "target", "Haushalt beschlossen\n\n" + A),
            text("a2", "a", "target", OTHER),
            text("b1", "b", "heavy", B + " Mehr zum Thema: Hafen."));
    NearCopySet set =
        new NearCopySet("hand", texts, List.of(new int[] {0, 1}, new int[] {0, 2}), false);

    NearCopyEvaluation.Report r = NearCopyEvaluation.evaluate(set);

    assertEquals(3, r.originals());
    assertEquals(3, r.copies());
    assertEquals(4, r.predictedPairs());
    assertEquals(2, r.correctPairs());
    assertEquals(0.5, r.precision());
    assertEquals(2, r.target().pairs());
    assertEquals(1, r.target().found());
    assertEquals(1, r.target().rule(), "a2 is no near-copy even without LSH");
    assertEquals(0.5, r.target().recall());
    assertEquals(
        List.of("edit"), r.targetByEdit().stream().map(NearCopyEvaluation.Row::label).toList());
    assertEquals(1, r.heavy().pairs());
    assertEquals(1, r.heavy().found());
    assertEquals(2, r.negatives().pairs());
    assertEquals(1, r.negatives().found());
    assertEquals(15, r.allPairs());
    assertEquals(4, r.candidatePairs(), "each near-copy pair shares bands, no other pair does");
    assertEquals(2, r.bandFalseCandidates());
    assertTrue(r.orCandidates() >= r.candidatePairs(), "a shared band is 4 shared hashes");
    String md = NearCopyReportFormatter.format(r, "negative pairs");
    assertTrue(md.contains("| precision | 0.500 (2 of 4) |"), md);
    assertTrue(md.contains("| recall, target (shares >= 80 %) | 0.500 (1 of 2) |"), md);
    assertTrue(md.contains("| negative pairs matched | 1 of 2 "), md);
  }

  private static Text text(String id, String root, String cls, String text) {
    boolean original = cls.equals("original");
    return new Text(id, root, "dev", original ? "original" : "edit", cls, 1, 1, text);
  }
}
