package zeitgeist.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link MentionPropagator}: whole words, genitives, overlaps. */
class MentionPropagatorTest {
  private static List<String> found(String text, List<Mention> existing, String... names) {
    Map<String, EntityType> map = new LinkedHashMap<>();
    for (String n : names) {
      map.put(n, EntityType.PER);
    }
    return MentionPropagator.propagate(text, existing, map).stream()
        .map(m -> m.start() + ":" + m.surface())
        .toList();
  }

  @Test
  void findsRepeatsWithTheirGenitive() {
    assertEquals(
        List.of("4:Trumps", "29:Trump's", "43:Trump"),
        found("mit Trumps Berater, und dann Trump's Team. Trump.", List.of(), "Trump"));
    assertEquals(
        List.of("0:Maas'", "12:Maas’"), found("Maas' Rede, Maas’ Reise", List.of(), "Maas"));
  }

  @Test
  void wholeCapitalisedWordsOnly() {
    assertEquals(
        List.of(), found("Trump-Regierung, Anti-Trump, Trumpf, trump", List.of(), "Trump"));
    assertEquals(List.of(), found("russland und Russland", List.of(), "russland"));
    assertEquals(List.of(), found("A kam", List.of(), "A"));
  }

  @Test
  void skipsWhatMentionsCoverAndPrefersLongerNames() {
    String text = "Donald Trump und Trump";
    assertEquals(
        List.of("17:Trump"),
        found(text, List.of(Mention.of(text, 0, 12, EntityType.PER)), "Trump"));
    assertEquals(
        List.of("0:Donald Trump", "17:Trump"), found(text, List.of(), "Trump", "Donald Trump"));
  }

  @Test
  void theTypeComesFromTheName() {
    String text = "Genf und Genf";
    assertEquals(
        List.of(new Mention(9, 13, "Genf", EntityType.LOC)),
        MentionPropagator.propagate(
            text, List.of(Mention.of(text, 0, 4, EntityType.LOC)), Map.of("Genf", EntityType.LOC)));
  }

  @Test
  void emptyTextOrNoNamesFindNothing() {
    assertEquals(List.of(), found("", List.of(), "Trump"));
    assertEquals(List.of(), found("Trump", List.of()));
  }
}
