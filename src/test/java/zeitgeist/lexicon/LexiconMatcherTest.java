package zeitgeist.lexicon;

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
import org.junit.jupiter.api.Test;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.GermanTextAnalyzer;
import zeitgeist.text.Sentence;
import zeitgeist.text.Token;

/**
 * The matching rules of {@link LexiconMatcher} on hand-made tokens, so that each rule is tested
 * apart from the lemmatizer: {@code surface/lemma/POS} per token, {@code .} between sentences.
 */
class LexiconMatcherTest {

  @Test
  void emptyTextGivesNoHits() {
    LexiconMatcher m = matcher("gut\tpositive\t0.5\n");
    assertEquals(List.of(), m.match(AnalyzedText.empty()));
    assertEquals(List.of(), m.match(new GermanTextAnalyzer().analyze("")));
    assertEquals(List.of(), m.match(text("Berlin/berlin/PROPN")));
  }

  @Test
  void inflectedFormMatchesByLemma() {
    LexiconMatcher m = matcher("Erfolg\tpositive\t0.6\n");
    assertEquals(
        "Erfolgen/positive/0.6", hits(m, "nach/nach/ADP den/der/DET Erfolgen/erfolg/NOUN"));
  }

  @Test
  void surfaceMatchesWhenTheLemmaIsWrong() {
    LexiconMatcher m = matcher("gescheitert\tnegative\t-0.7\n");
    assertEquals("gescheitert/negative/-0.7", hits(m, "sind/sein/AUX gescheitert/escheiten/ADJ"));
  }

  @Test
  void caseIsIgnoredInTextAndLexicon() {
    LexiconMatcher m = matcher("GUT\tpositive\t0.5\nKrise\tnegative\t-0.7\n");
    assertEquals(
        "Gut/positive/0.5 | KRISE/negative/-0.7 | krise/negative/-0.7",
        hits(m, "Gut/Gut/ADJ KRISE/KRISE/NOUN krise/krise/NOUN"));
  }

  @Test
  void multiWordEntryWinsOverItsSingleWords() {
    LexiconMatcher m =
        matcher(
            "gut\tpositive\t0.5\nNachricht\tpositive\t0.1\n" + "gut Nachricht\tpositive\t0.6\n");
    assertEquals(
        "gute Nachrichten/positive/0.6", hits(m, "gute/gut/ADJ Nachrichten/nachricht/NOUN"));
    assertEquals(
        "Nachricht/positive/0.1 | gut/positive/0.5",
        hits(m, "Nachricht/nachricht/NOUN ist/sein/AUX gut/gut/ADJ"));
  }

  @Test
  void longestSpanWinsEvenWhenItStartsLater() {
    LexiconMatcher m = matcher("aa bb\tnegative\t-0.2\nbb cc dd\tnegative\t-0.4\n");
    assertEquals("bb cc dd/negative/-0.4", hits(m, "aa/aa/X bb/bb/X cc/cc/X dd/dd/X"));
  }

  @Test
  void equalSpansGoLeftToRightWithoutOverlap() {
    LexiconMatcher m = matcher("aa bb\tnegative\t-0.2\nbb cc\tpositive\t0.4\n");
    assertEquals("aa bb/negative/-0.2", hits(m, "aa/aa/X bb/bb/X cc/cc/X"));
  }

  @Test
  void multiWordEntryStaysInOneSentence() {
    LexiconMatcher m = matcher("gut\tpositive\t0.5\ngut Nachricht\tpositive\t0.6\n");
    assertEquals("gut/positive/0.5", hits(m, "gut/gut/ADJ . Nachricht/nachricht/NOUN"));
    assertEquals(
        List.of(),
        matcher("in Frage stellen\tnegative\t-0.4\n").match(text("in/in/ADP Frage/frage/NOUN")));
  }

  @Test
  void wildcardMatchesSurfaceOrLemmaPrefix() {
    LexiconMatcher m = matcher("katastroph*\tnegative\t-0.9\ngroß Sorge*\tnegative\t-0.5\n");
    assertEquals(
        "Katastrophen/negative/-0.9 | katastrophal/negative/-0.9",
        hits(m, "Katastrophen/katastrophe/NOUN katastrophal/katastrophal/ADJ"));
    assertEquals(
        "großen Sorgenfalten/negative/-0.5",
        hits(m, "großen/groß/ADJ Sorgenfalten/sorgenfalte/NOUN"));
    assertEquals("", hits(m, "Katast/katast/NOUN"));
  }

  @Test
  void exactWordWinsOverWildcard() {
    LexiconMatcher m = matcher("katastroph*\tnegative\t-0.9\nkatastrophal\tnegative\t-0.5\n");
    assertEquals("katastrophal/negative/-0.5", hits(m, "katastrophal/katastrophal/ADJ"));
  }

  @Test
  void tiesGoToLargerWeightThenToFileOrder() {
    assertEquals(
        "gut/positive/0.5",
        hits(matcher("gut\tpositive\t0.3\ngut\tpositive\t0.5\n"), "gut/gut/ADJ"));
    assertEquals(
        "gut/positive/0.4",
        hits(matcher("gut\tpositive\t0.4\ngut\tnegative\t-0.4\n"), "gut/gut/ADJ"));
  }

  @Test
  void sentiWsTiesGoToPartOfSpeechThenLemma() {
    LexiconMatcher m =
        new LexiconMatcher(
            Lexicons.load(null, LexiconMatcherGoldenTest.resource("lexicons/sentiws"), null));
    // gefallen is an inflection of fallen (-0.2), a verb (0.3) and a noun (0.35)
    assertEquals("gefallen/negative/-0.2", hits(m, "sind/sein/AUX gefallen/fallen/VERB"));
    assertEquals("gefallen/positive/0.3", hits(m, "hat/haben/AUX gefallen/gefallen/VERB"));
    assertEquals("Gefallen/positive/0.35", hits(m, "einen/ein/DET Gefallen/gefallen/NOUN"));
    assertEquals("Gefallen/positive/0.35", hits(m, "Gefallen/gefallen/PROPN"));
  }

  @Test
  void categoryLexiconGivesOneHitPerCategory() {
    LexiconMatcher m =
        new LexiconMatcher(
            LiwcDictionaryReader.parse(
                "liwc",
                LexiconText.of(
                    "%\n1\tposemo\n2\taffect\n%\nglück*\t1\t2\nglücklich\t1\n", "t.dic")));
    assertEquals(
        "Glück/affect/1.0 | Glück/posemo/1.0 | glücklich/posemo/1.0",
        hits(m, "Glück/glück/NOUN glücklich/glücklich/ADJ"));
  }

  @Test
  void sharedMatcherGivesTheSameHitsOnEveryThread() throws Exception {
    LexiconMatcher m = new LexiconMatcher(Lexicons.shipped());
    AnalyzedText t =
        new GermanTextAnalyzer()
            .analyze(
                "Der Kanzler lobte die Einigung. Die Opposition kritisierte den Kompromiss scharf.");
    List<Hit> expected = m.match(t);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Hit>>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> m.match(t)));
      }
      for (Future<List<Hit>> r : results) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(4, expected.size(), "lobte, Einigung, kritisierte, Kompromiss");
  }

  @Test
  void serializedMatcherMatchesAlike() throws Exception {
    LexiconMatcher m = matcher("gut Nachricht\tpositive\t0.6\nkatastroph*\tnegative\t-0.9\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(m);
    }
    LexiconMatcher copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (LexiconMatcher) in.readObject();
    }
    AnalyzedText t = text("gute/gut/ADJ Nachricht/nachricht/NOUN Katastrophe/katastrophe/NOUN");
    assertEquals(m.match(t), copy.match(t));
    assertEquals(2, copy.match(t).size());
  }

  @Test
  void randomTokensGiveValidDisjointHits() {
    LexiconMatcher m =
        matcher(
            "gut\tpositive\t0.5\ngut Nachricht\tpositive\t0.6\n"
                + "aa bb\tnegative\t-0.2\nbb cc dd\tnegative\t-0.4\nkatastroph*\tnegative\t-0.9\n");
    String[] vocabulary = {
      "gut/gut/ADJ",
      "Nachricht/nachricht/NOUN",
      "aa/aa/X",
      "bb/bb/X",
      "cc/cc/X",
      "dd/dd/X",
      "Katastrophe/katastrophe/NOUN",
      "kat/kat/X",
      ".",
      "und/und/CCONJ"
    };
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      StringBuilder spec = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        spec.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
      }
      AnalyzedText t = text(spec.toString());
      boolean[] used = new boolean[t.tokens().size()];
      int last = -1;
      for (Hit h : m.match(t)) {
        assertTrue(h.firstToken() >= last, "sorted: " + spec);
        last = h.firstToken();
        int sentence = t.tokens().get(h.firstToken()).sentence();
        for (int k = h.firstToken(); k < h.endToken(); k++) {
          assertFalse(used[k], "token in two hits: " + spec);
          used[k] = true;
          assertEquals(sentence, t.tokens().get(k).sentence(), "one sentence: " + spec);
        }
      }
    }
  }

  private static LexiconMatcher matcher(String tsv) {
    return new LexiconMatcher(TsvLexiconReader.parse("test", LexiconText.of(tsv, "test.tsv")));
  }

  private static String hits(LexiconMatcher m, String spec) {
    AnalyzedText t = text(spec);
    return LexiconMatcherGoldenTest.describe(t, m.match(t));
  }

  /** Tokens from {@code surface/lemma/POS} items separated by spaces; {@code .} ends a sentence. */
  static AnalyzedText text(String spec) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    int sentenceStart = 0;
    int firstToken = 0;
    for (String item : spec.trim().split("\\s+")) {
      if (item.isEmpty()) {
        continue;
      }
      if (item.equals(".")) {
        sentences.add(new Sentence(sentenceStart, text.length(), firstToken, tokens.size()));
        text.append(". ");
        sentenceStart = text.length();
        firstToken = tokens.size();
        continue;
      }
      String[] f = item.split("/");
      int start = text.length();
      text.append(f[0]).append(' ');
      tokens.add(
          new Token(
              f[0], start, start + f[0].length(), sentences.size(), f[2], f[1], false, false));
    }
    if (tokens.size() > firstToken) {
      sentences.add(new Sentence(sentenceStart, text.length(), firstToken, tokens.size()));
    }
    return new AnalyzedText(text.toString(), sentences, tokens);
  }
}
