package zeitgeist.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.GermanTextAnalyzer;
import zeitgeist.text.Sentence;
import zeitgeist.text.Token;

/** {@link TermCounter} on hand-built token lists (no model involved) and on analysed text. */
class TermCounterTest {
  // Im Weißen Haus wohnt Biden. Das Weiße Haus schweigt, 2021 Haus Biden.
  // 0  3      10   15    21     28  32    38   43        53   58   63
  private static final String TEXT =
      "Im Weißen Haus wohnt Biden. Das Weiße Haus schweigt, 2021 Haus Biden.";
  private static final AnalyzedText HAND =
      new AnalyzedText(
          TEXT,
          List.of(new Sentence(0, 27, 0, 5), new Sentence(28, 69, 5, 12)),
          List.of(
              word("Im", 0, 0, "im", true),
              word("Weißen", 3, 0, "weiß", false),
              word("Haus", 10, 0, "haus", false),
              word("wohnt", 15, 0, "wohnen", false),
              word("Biden", 21, 0, "biden", false),
              word("Das", 28, 1, "der", true),
              word("Weiße", 32, 1, "weiß", false),
              word("Haus", 38, 1, "haus", false),
              word("schweigt", 43, 1, "schweigen", false),
              new Token("2021", 53, 57, 1, "NUM", "2021", false, true),
              word("Haus", 58, 1, "haus", false),
              word("Biden", 63, 1, "biden", false)));

  private static Token word(String surface, int start, int sentence, String term, boolean stop) {
    return new Token(surface, start, start + surface.length(), sentence, "X", term, stop, false);
  }

  @Test
  void handComputedExample() {
    assertEquals(
        List.of(
            new TermCount("biden", 1, "Biden", 2, 21),
            new TermCount("haus", 1, "Haus", 3, 10),
            new TermCount("schweigen", 1, "schweigt", 1, 43),
            new TermCount("weiß", 1, "Weißen", 2, 3),
            new TermCount("wohnen", 1, "wohnt", 1, 15),
            // "Biden. Das": other sentence; "schweigt, 2021": comma and a number between
            new TermCount("haus biden", 2, "Haus Biden", 1, 58),
            new TermCount("haus schweigen", 2, "Haus schweigt", 1, 38),
            new TermCount("haus wohnen", 2, "Haus wohnt", 1, 10),
            new TermCount("weiß haus", 2, "Weißen Haus", 2, 3),
            new TermCount("wohnen biden", 2, "wohnt Biden", 1, 15)),
        new TermCounter().count(HAND));
    assertEquals(12, TermCounter.wordTokens(HAND), "stopwords and numbers are word tokens");
  }

  @Test
  void occurrencesAreTheOnesCountedHandComputed() {
    TermCounter counter = new TermCounter();
    assertEquals(
        List.of(new TermOccurrence("Weißen Haus", 3, 14), new TermOccurrence("Weiße Haus", 32, 42)),
        counter.occurrences(HAND, "weiß haus", 2));
    assertEquals(
        List.of(
            new TermOccurrence("Haus", 10, 14),
            new TermOccurrence("Haus", 38, 42),
            new TermOccurrence("Haus", 58, 62)),
        counter.occurrences(HAND, "haus", 1));
    assertEquals(List.of(), counter.occurrences(HAND, "im", 1), "a stopword is not counted");
    assertEquals(List.of(), counter.occurrences(HAND, "2021", 1), "a number is not counted");
    assertEquals(List.of(), counter.occurrences(HAND, "weiß haus", 1), "n must match");
  }

  @Test
  void everyCountedTermHasAsManyOccurrencesAsItsCountOnAnalysedText() throws Exception {
    // every article of one sample feed as one long text: many terms, phrases and sentences
    String text =
        java.nio.file.Files.readString(java.nio.file.Path.of("data/sample/feeds/news.jsonl"));
    AnalyzedText analysed = new GermanTextAnalyzer().analyze(text);
    for (boolean keep : new boolean[] {false, true}) {
      TermCounter counter = new TermCounter(keep);
      List<TermCount> rows = counter.count(analysed);
      assertTrue(rows.size() > 500, "a long text: " + rows.size());
      for (TermCount row : rows) {
        List<TermOccurrence> found = counter.occurrences(analysed, row.term(), row.n());
        assertEquals(row.count(), found.size(), row.toString());
        assertEquals(row.firstOffset(), found.get(0).start(), row.toString());
        for (TermOccurrence o : found) {
          String written = text.substring(o.start(), o.end());
          assertEquals(
              o.surface(),
              row.n() == 1 ? written : written.replaceAll("\\s+", " "),
              row.toString());
        }
      }
    }
  }

  @Test
  void keptStopwordsAreOrdinaryWords() {
    List<TermCount> rows = new TermCounter(true).count(HAND);
    assertTrue(rows.contains(new TermCount("im", 1, "Im", 1, 0)), rows.toString());
    assertTrue(rows.contains(new TermCount("der", 1, "Das", 1, 28)), rows.toString());
    assertTrue(rows.contains(new TermCount("im weiß", 2, "Im Weißen", 1, 0)), rows.toString());
    assertTrue(rows.contains(new TermCount("der weiß", 2, "Das Weiße", 1, 28)), rows.toString());
    assertEquals(7 + 7, rows.size(), rows.toString());
    assertTrue(rows.stream().noneMatch(r -> r.term().contains("2021")), "numbers never count");
  }

  @Test
  void mostFrequentSurfaceWinsAndTiesGoToTheFirst() {
    String text = "Gespräche Gesprächen Gesprächen Treffen Treffens";
    AnalyzedText t =
        new AnalyzedText(
            text,
            List.of(new Sentence(0, text.length(), 0, 5)),
            List.of(
                word("Gespräche", 0, 0, "gespräch", false),
                word("Gesprächen", 10, 0, "gespräch", false),
                word("Gesprächen", 21, 0, "gespräch", false),
                word("Treffen", 32, 0, "treffen", false),
                word("Treffens", 40, 0, "treffen", false)));
    List<TermCount> rows = new TermCounter().count(t);
    assertEquals(new TermCount("gespräch", 1, "Gesprächen", 3, 0), rows.get(0));
    assertEquals(new TermCount("treffen", 1, "Treffen", 2, 32), rows.get(1));
  }

  @Test
  void emptyTextHasNoTermsAndNoTokens() {
    assertEquals(List.of(), new TermCounter().count(AnalyzedText.empty()));
    assertEquals(List.of(), new TermCounter().count(null));
    assertEquals(0, TermCounter.wordTokens(AnalyzedText.empty()));
    assertEquals(0, TermCounter.wordTokens(null));
  }

  @Test
  void phrasesFromAnalysedText() {
    AnalyzedText t =
        new GermanTextAnalyzer()
            .analyze("Vom Weißen Haus kam nichts. Das Weiße Haus schwieg zur nuklearen Rüstung.");
    List<TermCount> rows = new TermCounter().count(t);
    assertTrue(rows.contains(new TermCount("weiß haus", 2, "Weißen Haus", 2, 4)), rows.toString());
    assertTrue(
        rows.stream().anyMatch(r -> r.term().equals("nuklear rüstung") && r.count() == 1),
        rows.toString());
  }

  @Test
  void bruteForceCrossCheckOnRandomTokens() {
    String[][] vocabulary = {
      {"Haus", "haus"}, {"Hauses", "haus"}, {"Weißen", "weiß"}, {"Weiße", "weiß"}, {"der", "der"},
      {"im", "im"}, {"Trump", "trump"}, {"Trumps", "trump"}, {"2021", "2021"}, {"Mrd.", "mrd"},
      {"Gespräch", "gespräch"}, {"x", "x"}
    };
    String[] separators = {" ", " ", " ", "  ", "\n", ", ", " - ", "", " „", "“ "};
    for (long seed = 0; seed < 500; seed++) {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder();
      List<Token> tokens = new ArrayList<>();
      List<Sentence> sentences = new ArrayList<>();
      int sentence = 0;
      int sentenceStart = 0;
      int firstToken = 0;
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          if (random.nextInt(8) == 0) {
            text.append('.');
            sentences.add(new Sentence(sentenceStart, text.length(), firstToken, i));
            text.append(' ');
            sentence++;
            sentenceStart = text.length();
            firstToken = i;
          } else {
            text.append(separators[random.nextInt(separators.length)]);
          }
        }
        String[] w = vocabulary[random.nextInt(vocabulary.length)];
        boolean number = w[0].chars().noneMatch(Character::isLetter);
        boolean stop = w[1].equals("der") || w[1].equals("im");
        int start = text.length();
        text.append(w[0]);
        tokens.add(new Token(w[0], start, text.length(), sentence, "X", w[1], stop, number));
      }
      if (n > 0) {
        sentences.add(new Sentence(sentenceStart, text.length(), firstToken, n));
      }
      AnalyzedText t = new AnalyzedText(text.toString(), sentences, tokens);
      for (boolean keep : new boolean[] {false, true}) {
        assertEquals(recount(t, keep), new TermCounter(keep).count(t), "seed " + seed + " " + t);
      }
      assertEquals(n, TermCounter.wordTokens(t));
    }
  }

  /** An independent, quadratic recount straight from the definition. */
  private static List<TermCount> recount(AnalyzedText t, boolean keepStopwords) {
    List<Token> k = t.tokens();
    // key "n\tterm" -> occurrences as [token index, surface]
    Map<String, List<Object[]>> occurrences = new TreeMap<>();
    for (int i = 0; i < k.size(); i++) {
      Token a = k.get(i);
      if (!isTerm(a, keepStopwords)) {
        continue;
      }
      occurrences
          .computeIfAbsent("1\t" + a.term(), x -> new ArrayList<>())
          .add(new Object[] {a.start(), a.surface()});
      if (i + 1 < k.size()) {
        Token b = k.get(i + 1);
        String between = t.text().substring(a.end(), b.start());
        if (isTerm(b, keepStopwords) && a.sentence() == b.sentence() && between.isBlank()) {
          occurrences
              .computeIfAbsent("2\t" + a.term() + " " + b.term(), x -> new ArrayList<>())
              .add(new Object[] {a.start(), a.surface() + " " + b.surface()});
        }
      }
    }
    List<TermCount> rows = new ArrayList<>();
    occurrences.forEach(
        (key, list) -> {
          Map<String, Integer> frequency = new HashMap<>();
          list.forEach(o -> frequency.merge((String) o[1], 1, Integer::sum));
          int max = frequency.values().stream().max(Integer::compare).orElseThrow();
          String surface =
              list.stream()
                  .map(o -> (String) o[1])
                  .filter(s -> frequency.get(s) == max)
                  .findFirst()
                  .orElseThrow();
          int first = list.stream().mapToInt(o -> (Integer) o[0]).min().orElseThrow();
          String[] parts = key.split("\t");
          rows.add(
              new TermCount(parts[1], Integer.parseInt(parts[0]), surface, list.size(), first));
        });
    rows.sort(Comparator.comparingInt(TermCount::n).thenComparing(TermCount::term));
    return rows;
  }

  private static boolean isTerm(Token t, boolean keepStopwords) {
    return !t.number() && (keepStopwords || !t.stopword());
  }
}
