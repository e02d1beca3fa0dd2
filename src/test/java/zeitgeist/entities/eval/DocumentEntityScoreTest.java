package zeitgeist.entities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import zeitgeist.entities.EntityType;
import zeitgeist.entities.eval.DocumentEntityScore.Found;
import zeitgeist.entities.eval.GoldDocument.GoldEntity;

class DocumentEntityScoreTest {
  private static final List<GoldEntity> GOLD =
      List.of(
          new GoldEntity("Wladimir Putin", EntityType.PER, List.of("Wladimir Putin", "Putins")),
          new GoldEntity("Vereinigte Staaten", EntityType.LOC, List.of("USA")),
          new GoldEntity("Olaf Scholz", EntityType.PER, List.of("Olaf Scholz", "Scholz")),
          new GoldEntity("Kreml", EntityType.LOC, List.of("Kreml")));

  @Test
  void matchesByNameOrSurfaceOneToOneAndCountsTypeErrorsTwice() {
    List<Found> found =
        List.of(
            // canonical name differs from every form, a surface matches
            new Found("Putin", EntityType.PER, List.of("Putins")),
            // the gazetteer's canonical name is the gold name, the surface a form
            new Found("Vereinigte Staaten", EntityType.LOC, List.of("USA")),
            // wrong type: a false positive of ORG and, below, a false negative of LOC
            new Found("Kreml", EntityType.ORG, List.of("Kreml")),
            // a second entity for Putin (not grouped): the gold one is taken, so a false positive
            new Found("Wladimir Putin", EntityType.PER, List.of("Wladimir Putin")),
            // not scored
            new Found("russisch", EntityType.MISC, List.of("russische")));
    DocumentEntityScore.Outcome o = DocumentEntityScore.score(found, GOLD);
    // hand count: PER gold 2 (Putin, Scholz), predicted 2, 1 true; LOC gold 2, predicted 1,
    // 1 true; ORG gold 0, predicted 1, 0 true
    assertEquals(new NerCounts(2, 2, 1), o.byType().get(EntityType.PER));
    assertEquals(new NerCounts(2, 1, 1), o.byType().get(EntityType.LOC));
    assertEquals(new NerCounts(0, 1, 0), o.byType().get(EntityType.ORG));
    assertEquals(
        List.of("Kreml", "Wladimir Putin"),
        o.falsePositives().stream().map(Found::entity).toList());
    assertEquals(
        List.of("Olaf Scholz", "Kreml"),
        o.falseNegatives().stream().map(GoldEntity::name).toList());
  }

  @Test
  void caseMatters() {
    DocumentEntityScore.Outcome o =
        DocumentEntityScore.score(
            List.of(new Found("scholz", EntityType.PER, List.of("scholz"))), GOLD);
    assertEquals(new NerCounts(2, 1, 0), o.byType().get(EntityType.PER));
  }
}
