package zeitgeist.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The matching rules of {@link GazetteerRecognizer}, on a small gazetteer and the shipped one. */
class GazetteerRecognizerTest {
  private static final GazetteerRecognizer SMALL =
      new GazetteerRecognizer(
          Gazetteer.parse(
              String.join(
                  "\n",
                  "Wladimir Putin\tPER\tPutin",
                  "Moskau\tLOC",
                  "Paris\tLOC",
                  "Merz\tPER",
                  "Weißes Haus\tORG\tWeißen Hauses|Weiße Haus",
                  "Alpha Beta\tORG",
                  "Beta Gamma\tLOC",
                  "Hans\tPER",
                  "Han\tORG",
                  "Fußball-Weltmeisterschaft\tMISC\tWM",
                  "EU\tORG\tEuropäische Union",
                  "Xi Jinping\tPER\tXi",
                  "Er\tPER",
                  "X\tORG",
                  "Deutsche Bahn\tORG\tbahn"),
              "small"));

  /** Mentions as {@code surface/TYPE@start}, joined by {@code " | "}. */
  private static String found(GazetteerRecognizer r, String text) {
    return r.recognize(text).stream()
        .map(m -> m.surface() + "/" + m.type() + "@" + m.start())
        .collect(Collectors.joining(" | "));
  }

  @Test
  void longestMatchWins() {
    assertEquals("Wladimir Putin/PER@0 | Putin/PER@19", found(SMALL, "Wladimir Putin und Putin"));
    assertEquals("Weißen Hauses/ORG@4", found(SMALL, "des Weißen Hauses"));
  }

  @Test
  void overlappingMatchesKeepTheLongerThenTheEarlier() {
    assertEquals("Alpha Beta/ORG@0", found(SMALL, "Alpha Beta Gamma"));
    assertEquals("Beta Gammas/LOC@6", found(SMALL, "Alpha Beta Gammas"));
    assertEquals(
        "Wladimir Putins/PER@0 | Beta Gamma/LOC@16", found(SMALL, "Wladimir Putins Beta Gamma"));
  }

  @Test
  void matchesAreWholeWords() {
    assertEquals("", found(SMALL, "Putinismus und Moskauer Behörden, Putin2, 3Putin, Merzig"));
    assertEquals("Putin/PER@5", found(SMALL, "Anti-Putin-Protest"));
    assertEquals("Putin/PER@0", found(SMALL, "Putin-Regierung"));
    assertEquals("Putin/PER@1 | Moskau/LOC@8", found(SMALL, "(Putin, Moskau)"));
    assertEquals("WM/MISC@9", found(SMALL, "Handball-WM"));
    assertEquals("Putin/PER@2", found(SMALL, "\uD83D\uDE42Putin\uD83D\uDE42"));
  }

  @Test
  void matchesAreCaseSensitive() {
    assertEquals("", found(SMALL, "PUTIN und putin in MOSKAU"));
  }

  @Test
  void genitiveSOrApostropheIsPartOfTheMention() {
    assertEquals("Putins/PER@0", found(SMALL, "Putins Sprecher"));
    assertEquals("Wladimir Putins/PER@4", found(SMALL, "Mit Wladimir Putins Segen"));
    assertEquals("Paris'/LOC@0 | Merz’/PER@15", found(SMALL, "Paris' Bürger, Merz’ Plan"));
    assertEquals("Paris/LOC@1", found(SMALL, "'Paris' ist schön"), "a closing quote");
    assertEquals("", found(SMALL, "Pariss Merzs Moskauss"));
  }

  @Test
  void listedAliasBeatsTheGenitiveThatSpellsTheSame() {
    assertEquals("Hans/PER@0 | Hans'/PER@9 | Han/ORG@19", found(SMALL, "Hans und Hans' und Han"));
  }

  @Test
  void miscAndAcronymsAreMatched() {
    assertEquals(
        "WM/MISC@4 | EU/ORG@12 | Europäische Union/ORG@20 | Xi/PER@39",
        found(SMALL, "Die WM, die EU, die Europäische Union, Xi"));
  }

  @Test
  void shortAndLowercaseAliasesAreSkippedAtLoad() {
    assertEquals(List.of("Er", "X", "bahn"), SMALL.skippedAliases());
    assertEquals("", found(SMALL, "Er fuhr mit der bahn nach X"));
    assertTrue(GazetteerRecognizer.isUsable("EU"));
    assertTrue(GazetteerRecognizer.isUsable("G7"));
    assertTrue(GazetteerRecognizer.isUsable("Xi"));
    assertTrue(GazetteerRecognizer.isUsable("von der Leyen"));
  }

  @Test
  void emptyTextGivesNoMentions() {
    assertEquals(List.of(), SMALL.recognize(""));
    assertEquals(List.of(), SMALL.recognize(" \n\t "));
    assertEquals(
        List.of(), new GazetteerRecognizer(Gazetteer.parse("", "empty")).recognize("Putin"));
  }

  @Test
  void loadsTheShippedGazetteerWithoutDeadAliases() {
    GazetteerRecognizer shipped = new GazetteerRecognizer(Gazetteer.shipped());
    assertEquals("gazetteer", shipped.name());
    assertEquals(List.of(), shipped.skippedAliases(), "aliases in the shipped file never match");
    assertEquals(
        "Putins/PER@0 | Weißen Hauses/ORG@21",
        found(shipped, "Putins Gesandter des Weißen Hauses"));
  }

  /** Random text built from aliases, their pieces and glue: the contract holds for any input. */
  @Test
  void randomTextKeepsTheContract() {
    GazetteerRecognizer shipped = new GazetteerRecognizer(Gazetteer.shipped());
    for (String text : randomTexts(500, 1)) {
      List<Mention> mentions = shipped.recognize(text);
      for (int i = 0; i < mentions.size(); i++) {
        Mention m = mentions.get(i);
        assertEquals(text.substring(m.start(), m.end()), m.surface(), text);
        if (i > 0) {
          assertTrue(mentions.get(i - 1).end() <= m.start(), "sorted, no overlap: " + text);
        }
        assertTrue(
            m.start() == 0
                || !Character.isLetterOrDigit(text.charAt(m.start() - 1))
                || !Character.isLetterOrDigit(text.charAt(m.start())),
            "starts in a word: " + text);
      }
    }
  }

  @Test
  void concurrentCallsGiveTheSingleThreadedResult() throws Exception {
    GazetteerRecognizer shipped = new GazetteerRecognizer(Gazetteer.shipped());
    List<String> texts = randomTexts(400, 2);
    List<List<Mention>> expected = texts.stream().map(shipped::recognize).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<List<Mention>>>> runs = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        runs.add(pool.submit(() -> texts.stream().map(shipped::recognize).toList()));
      }
      for (Future<List<List<Mention>>> run : runs) {
        assertEquals(expected, run.get(), "a thread saw other mentions than one thread alone");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> randomTexts(int count, long seed) {
    List<String> aliases = new ArrayList<>(Gazetteer.shipped().aliases().keySet());
    String[] glue = {" ", "-", "s ", "' ", "er ", ", ", "\n", "und ", "ismus ", "(", ")", "/", ""};
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = random.nextInt(12); j > 0; j--) {
        String alias = aliases.get(random.nextInt(aliases.size()));
        b.append(random.nextInt(4) == 0 ? alias.substring(random.nextInt(alias.length())) : alias);
        b.append(glue[random.nextInt(glue.length)]);
      }
      texts.add(b.toString());
    }
    return texts;
  }
}
