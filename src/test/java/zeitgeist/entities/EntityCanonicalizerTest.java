package zeitgeist.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Edge cases of {@link EntityCanonicalizer}; the language rules are in the golden file. */
class EntityCanonicalizerTest {
  private static final EntityCanonicalizer CANONICALIZER =
      new EntityCanonicalizer(EntityCanonicalGoldenTest.testGazetteer());
  private static final EntityCanonicalizer NO_GAZETTEER =
      new EntityCanonicalizer(Gazetteer.parse("", "none"));

  private static List<ArticleEntity> body(String text, Mention... mentions) {
    return CANONICALIZER.canonicalize("", List.of(), text, List.of(mentions));
  }

  @Test
  void emptyInputGivesNoRows() {
    assertEquals(List.of(), CANONICALIZER.canonicalize(null, null, null, null));
    assertEquals(List.of(), CANONICALIZER.canonicalize("", List.of(), "", List.of()));
    assertEquals(List.of(), CANONICALIZER.canonicalize("Putin", List.of(), "Putin", List.of()));
  }

  @Test
  void overlappingEngineMentionsKeepTheLongest() {
    String text = "US-Präsident Donald Trump sprach";
    List<ArticleEntity> rows =
        body(
            text,
            Mention.of(text, 20, 25, EntityType.PER),
            Mention.of(text, 0, 25, EntityType.PER),
            Mention.of(text, 13, 19, EntityType.PER));
    assertEquals("Donald Trump/PER×1", EntityMarkup.describe(rows));
    assertEquals(
        List.of(new Mention(13, 25, "Donald Trump", EntityType.PER)), rows.get(0).textMentions());
  }

  @Test
  void overlapIsJudgedAfterTrimming() {
    // "der Präsident Trump" trims to "Trump", which no longer overlaps "Melania"
    String text = "Melania der Präsident Trump";
    List<ArticleEntity> rows =
        NO_GAZETTEER.canonicalize(
            "",
            List.of(),
            text,
            List.of(
                Mention.of(text, 0, 11, EntityType.PER), Mention.of(text, 8, 27, EntityType.PER)));
    assertEquals("Melania der/PER×1 | Trump/PER×1", EntityMarkup.describe(rows));
  }

  @Test
  void mentionThatTrimsToNothingIsDropped() {
    String text = "Der US-Präsident sagte nichts.";
    assertEquals(List.of(), body(text, Mention.of(text, 0, 16, EntityType.PER)));
  }

  @Test
  void mentionsThatDoNotFitTheTextAreDropped() {
    String text = "Putin sprach.";
    assertEquals(
        List.of(),
        body(
            text,
            new Mention(0, 5, "Trump", EntityType.PER),
            new Mention(10, 20, "0123456789", EntityType.PER)));
    assertEquals(
        List.of(),
        CANONICALIZER.canonicalize(
            "", List.of(), text, new ArrayList<>(java.util.Collections.singletonList(null))));
  }

  @Test
  void surfacesStayAsWrittenWhileTheEntityIsCanonical() {
    String text = "Kremlchef Wladimir Putin kam. Putins Plan: Putin\nbleibt. Wladimir\nPutin geht.";
    List<ArticleEntity> rows =
        body(
            text,
            Mention.of(text, 0, 24, EntityType.PER),
            Mention.of(text, 30, 36, EntityType.PER),
            Mention.of(text, 43, 48, EntityType.PER),
            Mention.of(text, 57, 71, EntityType.PER));
    ArticleEntity putin = rows.get(0);
    assertEquals(1, rows.size(), rows.toString());
    assertEquals("Wladimir Putin", putin.entity());
    assertEquals(List.of("Wladimir Putin", "Putins", "Putin", "Wladimir\nPutin"), putin.surfaces());
    assertEquals(4, putin.mentions());
    assertEquals(
        List.of(10, 30, 43, 57), putin.textMentions().stream().map(Mention::start).toList());
    for (Mention m : putin.textMentions()) {
      assertEquals(text.substring(m.start(), m.end()), m.surface(), "mention " + m);
    }
  }

  @Test
  void firstOffsetIsTheFirstBodyMentionAndNullForTitleOnly() {
    String title = "Putin trifft Biden in Genf";
    String text = "Der Kremlchef Wladimir Putin reiste an.";
    List<ArticleEntity> rows =
        CANONICALIZER.canonicalize(
            title,
            List.of(
                Mention.of(title, 0, 5, EntityType.PER),
                Mention.of(title, 13, 18, EntityType.PER),
                Mention.of(title, 22, 26, EntityType.LOC)),
            text,
            List.of(Mention.of(text, 0, 28, EntityType.PER)));
    assertEquals(
        "Wladimir Putin/PER×2 {Putin} | Biden/PER×1 | Genf/LOC×1", EntityMarkup.describe(rows));
    ArticleEntity putin = rows.get(0);
    assertTrue(putin.inTitle());
    assertEquals(14, putin.firstOffset());
    assertEquals(
        List.of(new Mention(14, 28, "Wladimir Putin", EntityType.PER)), putin.textMentions());
    ArticleEntity biden = rows.get(1);
    assertTrue(biden.inTitle());
    assertNull(biden.firstOffset());
    assertEquals(List.of(), biden.textMentions());
  }

  @Test
  void bodyOnlyEntityIsNotInTitle() {
    String text = "In Genf";
    ArticleEntity genf = body(text, Mention.of(text, 3, 7, EntityType.LOC)).get(0);
    assertFalse(genf.inTitle());
    assertEquals(3, genf.firstOffset());
  }

  @Test
  void textMentionsCarryTheEntityType() {
    String text = "Moskau schwieg, Moskau wartet.";
    List<ArticleEntity> rows = body(text, Mention.of(text, 0, 6, EntityType.ORG));
    assertEquals("Moskau/LOC×2", EntityMarkup.describe(rows));
    assertEquals(
        List.of(
            new Mention(0, 6, "Moskau", EntityType.LOC),
            new Mention(16, 22, "Moskau", EntityType.LOC)),
        rows.get(0).textMentions());
  }

  @Test
  void unsortedEngineMentionsGiveTheSameRows() {
    String text = "Bolton traf Patruschew in Genf. Bolton ging.";
    Mention bolton = Mention.of(text, 0, 6, EntityType.PER);
    Mention patruschew = Mention.of(text, 12, 22, EntityType.PER);
    Mention genf = Mention.of(text, 26, 30, EntityType.LOC);
    assertEquals(body(text, bolton, patruschew, genf), body(text, genf, bolton, patruschew));
    assertEquals(
        "Bolton/PER×2 | Patruschew/PER×1 | Genf/LOC×1",
        EntityMarkup.describe(body(text, genf, patruschew, bolton)));
  }

  @Test
  void rejectsAMissingGazetteer() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> new EntityCanonicalizer(null));
    assertEquals("aliases: pass an empty gazetteer for none", e.getMessage());
  }

  @Test
  void randomInputKeepsTheInvariants() {
    String[] words = {
      "Putin",
      "Putins",
      "Trump",
      "der",
      "Präsident",
      "Wladimir",
      "US-Präsident",
      "russische",
      "Weißen",
      "Haus",
      "Hauses",
      "„",
      "“",
      "Maas",
      "'",
      "s",
      "Paris'",
      "und",
      "Kremlchef",
      "Vereinigte",
      "Staaten",
      "-",
      ".",
      "Bolton",
      "John"
    };
    EntityType[] types = EntityType.values();
    Random random = new Random(42);
    int total = 0;
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        sb.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "\n" : " ");
      }
      String text = sb.toString();
      List<Mention> mentions = new ArrayList<>();
      for (int i = 0; i < random.nextInt(8) && text.length() > 1; i++) {
        int start = random.nextInt(text.length() - 1);
        int end = start + 1 + random.nextInt(Math.min(25, text.length() - start - 1) + 1);
        mentions.add(
            Mention.of(
                text, start, Math.min(end, text.length()), types[random.nextInt(types.length)]));
      }
      List<ArticleEntity> rows = CANONICALIZER.canonicalize(text, mentions, text, mentions);
      total += rows.size();
      assertEquals(rows, CANONICALIZER.canonicalize(text, mentions, text, mentions), text);
      List<Mention> seen = new ArrayList<>();
      for (ArticleEntity e : rows) {
        assertFalse(e.entity().isBlank(), text);
        assertFalse(e.surfaces().isEmpty(), text);
        assertTrue(e.mentions() >= e.textMentions().size(), text);
        assertEquals(
            e.textMentions().isEmpty() ? null : e.textMentions().get(0).start(),
            e.firstOffset(),
            text);
        for (Mention m : e.textMentions()) {
          assertEquals(text.substring(m.start(), m.end()), m.surface(), text);
          assertTrue(seen.stream().noneMatch(m::overlaps), text);
          seen.add(m);
        }
      }
    }
    assertTrue(total > 500, "random articles gave only " + total + " entities");
  }
}
