package zeitgeist.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import zeitgeist.tables.EntityPairs.Entity;

/** The pure-Java pairing rule, against hand-written expectations. */
class EntityPairsTest {
  private static List<String> pairs(List<Entity> entities) {
    return EntityPairs.pairsOf(entities).stream()
        .map(p -> p[0].name() + "/" + p[0].type() + " + " + p[1].name() + "/" + p[1].type())
        .toList();
  }

  @Test
  void pairsAreUnorderedOnceEachSortedByNameThenTypeAndSkipMisc() {
    List<Entity> es =
        List.of(
            new Entity("Putin", "PER", 3),
            new Entity("Moskau", "LOC", 1),
            new Entity("russisch", "MISC", 5),
            new Entity("Moskau", "ORG", 1),
            new Entity("Biden", "PER", 2));
    assertEquals(
        List.of(
            "Biden/PER + Moskau/LOC",
            "Biden/PER + Moskau/ORG",
            "Biden/PER + Putin/PER",
            "Moskau/LOC + Moskau/ORG",
            "Moskau/LOC + Putin/PER",
            "Moskau/ORG + Putin/PER"),
        pairs(es));
  }

  @Test
  void onlyTheFiftyMostMentionedPairUpTiesBrokenByName() {
    List<Entity> es = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      // e00..e59; e59 is mentioned most, the rest tie at 1 and are cut by name
      es.add(new Entity(String.format("e%02d", i), "PER", i == 59 ? 9 : 1));
    }
    List<Entity[]> pairs = EntityPairs.pairsOf(es);
    assertEquals(50 * 49 / 2, pairs.size());
    List<String> names =
        pairs.stream()
            .flatMap(p -> List.of(p[0].name(), p[1].name()).stream())
            .distinct()
            .sorted()
            .toList();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 49; i++) expected.add(String.format("e%02d", i));
    expected.add("e59");
    assertEquals(expected, names);
  }

  @Test
  void namesCompareByCodePointAsSparkDoes() {
    // U+FF21 (fullwidth A) is a single UTF-16 unit above the surrogates of U+1F600; by code
    // point the emoji sorts after it, by UTF-16 unit before it.
    List<Entity> es = List.of(new Entity("\uD83D\uDE00", "ORG", 1), new Entity("\uFF21", "ORG", 1));
    assertEquals(List.of("\uFF21/ORG + \uD83D\uDE00/ORG"), pairs(es));
  }
}
