package zeitgeist.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The cases the issue names, the structural invariants of {@link AnalyzedText}, and random input.
 * Language cases beyond these live in the golden files.
 */
class GermanTextAnalyzerTest {
  private static final GermanTextAnalyzer ANALYZER = new GermanTextAnalyzer();

  private static Token token(AnalyzedText t, String surface) {
    return t.tokens().stream()
        .filter(k -> k.surface().equals(surface))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no token " + surface + " in " + t.tokens()));
  }

  private static List<String> sentences(String text) {
    AnalyzedText t = ANALYZER.analyze(text);
    return t.sentences().stream().map(s -> s.text(text)).collect(Collectors.toList());
  }

  @Test
  void lemmasOfTheIssue() {
    AnalyzedText t =
        ANALYZER.analyze(
            "Nach den Gesprächen des Treffens gab es Ärger. Trump schwieg, Trumps Sprecher nicht.");
    assertEquals("gespräch", token(t, "Gesprächen").term());
    assertEquals("treffen", token(t, "Treffens").term());
    assertEquals("ärger", token(t, "Ärger").term(), "umlaut kept, not stemmed to arg");
    assertEquals("trump", token(t, "Trumps").term(), "genitive s goes when Trump occurs");
  }

  @Test
  void genitiveNeedsEvidenceInTheSameText() {
    assertEquals("trumps", token(ANALYZER.analyze("Trumps Sprecher schwieg."), "Trumps").term());
    assertEquals("paris", token(ANALYZER.analyze("Sie reiste nach Paris."), "Paris").term());
  }

  @Test
  void hyphenatedCompoundsAreOneToken() {
    AnalyzedText t =
        ANALYZER.analyze("Der US-Präsident sprach über die Schwarzmeer-Halbinsel Krim.");
    assertEquals("us-präsident", token(t, "US-Präsident").term());
    assertEquals("schwarzmeer-halbinsel", token(t, "Schwarzmeer-Halbinsel").term());
    assertEquals(7, t.tokens().size());
  }

  @Test
  void datesAndOrdinalsDoNotEndSentences() {
    assertEquals(
        List.of("Am 2. Mai 2017 tagte der Rat.", "Er beriet lange."),
        sentences("Am 2. Mai 2017 tagte der Rat. Er beriet lange."));
    assertEquals(
        List.of("Der Gipfel ist am 7. und 8. Juli in Hamburg."),
        sentences("Der Gipfel ist am 7. und 8. Juli in Hamburg."));
    assertEquals(
        List.of("Zum 100. Jahrestag kamen Gäste."), sentences("Zum 100. Jahrestag kamen Gäste."));
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertEquals(List.of("Dr. Müller kommt."), sentences("Dr. Müller kommt."));
    assertEquals(List.of("Es gibt z.B. Birnen."), sentences("Es gibt z.B. Birnen."));
    assertEquals(List.of("Es gibt z. B. Birnen."), sentences("Es gibt z. B. Birnen."));
  }

  @Test
  void billionsWithoutPeriodAreThreeTokensInOneSentence() {
    AnalyzedText t = ANALYZER.analyze("Es fehlen 57 Mrd Euro für die Hilfe.");
    assertEquals(1, t.sentences().size());
    List<String> surfaces = t.tokens().stream().map(Token::surface).toList();
    assertEquals(List.of("Es", "fehlen", "57", "Mrd", "Euro", "für", "die", "Hilfe"), surfaces);
    assertTrue(token(t, "57").number());
    assertFalse(token(t, "Mrd").number());
  }

  @Test
  void stopwordsAndNumbersAreFlagged() {
    AnalyzedText t = ANALYZER.analyze("Im Jahr 2018 hat der Rat 2,5 Prozent gespart.");
    assertTrue(token(t, "Im").stopword());
    assertTrue(token(t, "der").stopword());
    assertTrue(token(t, "hat").stopword());
    assertFalse(token(t, "Rat").stopword());
    assertTrue(token(t, "2018").number());
    assertTrue(token(t, "2,5").number());
    assertFalse(token(t, "2,5").stopword(), "a number is never a stopword");
    assertEquals("2,5", token(t, "2,5").term(), "a number's term is its surface");
  }

  @Test
  void emptyAndNullTextGiveNothing() {
    for (String text : new String[] {null, "", " \n\n\t ", "... !!! „“"}) {
      AnalyzedText t = ANALYZER.analyze(text);
      assertTrue(t.tokens().isEmpty(), "tokens of [" + text + "]");
      assertTrue(t.sentences().isEmpty(), "sentences of [" + text + "]");
    }
  }

  @Test
  void offsetsAndSentenceIndicesAreConsistent() {
    String text =
        "Kremlchef Putin und US-Präsident Trump wollen sich treffen. „Gut so“, hieß es.\n\n"
            + "Neue Runde\nDie Gespräche (seit 2017) dauern an – vorerst.";
    assertInvariants(text, ANALYZER.analyze(text));
  }

  @Test
  void randomInputNeverThrowsAndKeepsInvariants() {
    String[] pieces = {
      "a",
      "ü",
      "ß",
      "Ä",
      "Wort",
      "Trump",
      "Trumps",
      " ",
      " ",
      "\n",
      "\n\n",
      ".",
      "..",
      "!",
      "?",
      ",",
      ":",
      "-",
      "–",
      "\"",
      "„",
      "“",
      "»",
      "(",
      ")",
      "1",
      "2018",
      "7.",
      "z.B.",
      "z. B.",
      "Dr.",
      "Mrd.",
      "usw.",
      "US-",
      "-Präsident",
      "'s",
      "\u00A0",
      "\u200B",
      "\uD83D\uDE00",
      "\u0308",
      "%"
    };
    for (long seed = 0; seed < 200; seed++) {
      Random random = new Random(seed);
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(80);
      for (int i = 0; i < n; i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      assertInvariants(text, ANALYZER.analyze(text));
    }
    Random random = new Random(42);
    // every token new: each one costs a lemmatizer call, so keep this part small
    for (int n = 0; n < 25; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        b.appendCodePoint(random.nextInt(6) == 0 ? ' ' : random.nextInt(0x30000));
      }
      String text = b.toString();
      assertInvariants(text, ANALYZER.analyze(text));
    }
  }

  /**
   * Regression: OpenNLP's tagger is quadratic in the sentence length (15,000 tokens took 5 s); long
   * sentences are tagged in windows.
   */
  @Test
  void longTextWithoutPunctuationIsOneSentenceTaggedInWindows() {
    String text = "Wort und Sache ".repeat(2_000);
    long start = System.nanoTime();
    AnalyzedText t = ANALYZER.analyze(text);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(1, t.sentences().size());
    assertEquals(6_000, t.tokens().size());
    assertTrue(t.tokens().stream().allMatch(k -> k.pos() != null));
    assertTrue(millis < 3_000, "took " + millis + " ms");
  }

  @Test
  void sharedInstanceGivesTheSameResultOnManyThreads() throws Exception {
    String text =
        "Bidens Vorschlag kam am 13. April. Biden und Putin wollen sich in einem Drittland "
            + "treffen. „Die Zeit wartet nicht“, sagte Gorbatschow.";
    AnalyzedText expected = ANALYZER.analyze(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AnalyzedText>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> ANALYZER.analyze(text)));
      }
      for (Future<AnalyzedText> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void analyzerAndResultSurviveJavaSerialization() throws Exception {
    AnalyzedText t = ANALYZER.analyze("Der Rat tagt.");
    assertEquals(t, roundTrip(t));
    GermanTextAnalyzer copy = (GermanTextAnalyzer) roundTrip(ANALYZER);
    assertEquals(t, copy.analyze("Der Rat tagt."));
  }

  private static Object roundTrip(Object o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  private static void assertInvariants(String text, AnalyzedText t) {
    String where = "text [" + text + "]";
    int previousEnd = 0;
    for (int i = 0; i < t.tokens().size(); i++) {
      Token k = t.tokens().get(i);
      assertEquals(k.surface(), text.substring(k.start(), k.end()), where);
      assertTrue(k.start() >= previousEnd, "tokens overlap or are out of order, " + where);
      previousEnd = k.end();
      assertTrue(k.term() != null && !k.term().isEmpty(), "empty term, " + where);
      assertTrue(k.pos() != null && !k.pos().isEmpty(), "no tag, " + where);
      assertEquals(k.number(), k.surface().codePoints().noneMatch(Character::isLetter), where);
      Sentence s = t.sentences().get(k.sentence());
      assertTrue(s.firstToken() <= i && i < s.endToken(), "token outside its sentence, " + where);
      assertTrue(s.start() <= k.start() && k.end() <= s.end(), "span outside sentence, " + where);
    }
    int previousToken = 0;
    int previousSentenceEnd = 0;
    for (Sentence s : t.sentences()) {
      assertEquals(previousToken, s.firstToken(), "sentences do not tile the tokens, " + where);
      assertTrue(s.endToken() > s.firstToken(), "sentence without a token, " + where);
      assertTrue(s.start() >= previousSentenceEnd, "sentences overlap, " + where);
      previousToken = s.endToken();
      previousSentenceEnd = s.end();
    }
    assertEquals(t.tokens().size(), previousToken, where);
  }
}
