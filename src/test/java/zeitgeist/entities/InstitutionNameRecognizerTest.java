package zeitgeist.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstitutionNameRecognizerTest {
  /** Recognises the given (surface, type) pairs at their first occurrence in the text. */
  private static EntityRecognizer fixed(Object... surfaceType) {
    return new EntityRecognizer() {
      @Override
      public String name() {
        return "fixed";
      }

      @Override
      public List<Mention> recognize(String text) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < surfaceType.length; i += 2) {
          String s = (String) surfaceType[i];
          int at = text.indexOf(s);
          out.add(new Mention(at, at + s.length(), s, (EntityType) surfaceType[i + 1]));
        }
        return out;
      }
    };
  }

  private static List<String> spans(String text, Object... surfaceType) {
    return new InstitutionNameRecognizer(fixed(surfaceType))
        .recognize(text).stream().map(m -> m.type() + " " + m.surface()).toList();
  }

  @Test
  void aPlaceAfterAnInstitutionWordBecomesTheInstitution() {
    assertEquals(
        List.of("ORG Landgericht Augsburg"),
        spans("Das Landgericht Augsburg urteilte.", "Augsburg", EntityType.LOC));
    assertEquals(
        List.of("ORG Staatsanwaltschaft Hamburg", "PER Olaf Scholz"),
        spans(
            "Die Staatsanwaltschaft Hamburg prüft Olaf Scholz.",
            "Hamburg",
            EntityType.LOC,
            "Olaf Scholz",
            EntityType.PER));
    assertEquals(
        List.of("ORG Universität\u00A0Tübingen"),
        spans("an der Universität\u00A0Tübingen", "Tübingen", EntityType.LOC));
    // compounds by their ending
    assertEquals(
        List.of("ORG Kreispolizeibehörde Steinfurt"),
        spans("Die Kreispolizeibehörde Steinfurt warnt.", "Steinfurt", EntityType.LOC));
  }

  @Test
  void otherWordsTypesAndSpacingLeaveTheMentionAlone() {
    // a venue is a place
    assertEquals(
        List.of("LOC Frankfurt"),
        spans("Am Flughafen Frankfurt landete er.", "Frankfurt", EntityType.LOC));
    // only places are joined
    assertEquals(
        List.of("PER Augsburg"),
        spans("Das Landgericht Augsburg urteilte.", "Augsburg", EntityType.PER));
    // a lowercase word, a hyphenated word, two spaces, a comma: not the word right before
    assertEquals(
        List.of("LOC Augsburg"), spans("vom landgericht Augsburg", "Augsburg", EntityType.LOC));
    assertEquals(
        List.of("LOC Augsburg"),
        spans("Das Bayern-Landgericht Augsburg", "Augsburg", EntityType.LOC));
    assertEquals(
        List.of("LOC Augsburg"), spans("Das Landgericht  Augsburg", "Augsburg", EntityType.LOC));
    assertEquals(
        List.of("LOC Augsburg"), spans("Das Landgericht, Augsburg", "Augsburg", EntityType.LOC));
    // the ending alone is not a word
    assertEquals(List.of("LOC Augsburg"), spans("Amt Augsburg", "Augsburg", EntityType.LOC));
    assertEquals(List.of("LOC Augsburg"), spans("Augsburg", "Augsburg", EntityType.LOC));
  }
}
