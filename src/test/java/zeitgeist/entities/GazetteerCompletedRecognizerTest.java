package zeitgeist.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the gazetteer completes a statistical engine's mentions, with a fake engine. */
class GazetteerCompletedRecognizerTest {
  private static final Gazetteer GAZETTEER =
      Gazetteer.parse(
          "Antony Blinken\tPER\tBlinken\nEuropäische Union\tORG\tEU\nMoskau\tLOC\n", "test");

  /** A fake engine that tags fixed words. */
  private static EntityRecognizer engine(String... tagged) {
    return new EntityRecognizer() {
      @Override
      public String name() {
        return "fake";
      }

      @Override
      public List<Mention> recognize(String text) {
        return java.util.Arrays.stream(tagged)
            .map(
                w ->
                    Mention.of(text, text.indexOf(w), text.indexOf(w) + w.length(), EntityType.PER))
            .toList();
      }
    };
  }

  private static List<String> run(EntityRecognizer primary, String text) {
    return new GazetteerCompletedRecognizer(primary, new GazetteerRecognizer(GAZETTEER))
        .recognize(text).stream().map(m -> m.surface() + "/" + m.type()).toList();
  }

  @Test
  void aLongerGazetteerMatchReplacesTheEnginesShortSpan() {
    assertEquals(
        List.of("Antony Blinken/PER"), run(engine("Antony"), "Außenminister Antony Blinken sagte"));
  }

  @Test
  void aGazetteerMatchTheEngineMissedIsAdded() {
    assertEquals(
        List.of("Moskau/LOC", "Lloyd Austin/PER"),
        run(engine("Lloyd Austin"), "In Moskau sprach Lloyd Austin"));
  }

  @Test
  void theEnginesSpanWinsOverAPartialOverlap() {
    assertEquals(
        List.of("Blinken Moskau/PER"), run(engine("Blinken Moskau"), "Antony Blinken Moskau"));
  }

  @Test
  void compoundsAreNotCompleted() {
    assertEquals(List.of(), run(engine(), "Die EU-Staaten und die Moskau-Reise"));
    assertEquals(List.of("EU/ORG"), run(engine(), "Die EU und die Staaten"));
  }
}
