package zeitgeist.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link MentionTrimmer}: offsets and types of the trimmed mention; words in the golden file. */
class MentionTrimmerTest {
  private static final MentionTrimmer TRIMMER = new MentionTrimmer(alias -> false);

  @Test
  void keepsOffsetsIntoTheOriginalText() {
    String text = "Gestern sagte der russische Präsident Wladimir Putin, er komme.";
    Mention m = Mention.of(text, 14, 53, EntityType.PER);
    assertEquals(
        Optional.of(new Mention(38, 52, "Wladimir Putin", EntityType.PER)), TRIMMER.trim(m));
    assertEquals("Wladimir Putin", text.substring(38, 52));
  }

  @Test
  void keepsTheTypeAndAnUntouchedMention() {
    Mention m = new Mention(3, 7, "Genf", EntityType.LOC);
    assertEquals(Optional.of(m), TRIMMER.trim(m));
  }

  @Test
  void roleWords() {
    assertTrue(MentionTrimmer.isRoleWord("US-Präsidenten"));
    assertTrue(MentionTrimmer.isRoleWord("Ex-Kanzlerin"));
    assertTrue(MentionTrimmer.isRoleWord("Vizechef"));
    assertTrue(MentionTrimmer.isRoleWord("Weltmeister"));
    assertFalse(MentionTrimmer.isRoleWord("Meister"));
    assertFalse(MentionTrimmer.isRoleWord("Ministerium"));
    assertFalse(MentionTrimmer.isRoleWord("Putin"));
  }
}
