package zeitgeist.tonemodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zeitgeist.lexicon.Lexicon;
import zeitgeist.lexicon.LexiconEntry;
import zeitgeist.lexicon.LexiconFormat;
import zeitgeist.lexicon.LexiconKind;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.Sentence;
import zeitgeist.text.Token;

class ToneFeaturesTest {
  /** A word of a hand-made text: surface, term, stopword, number. */
  private record W(String surface, String term, boolean stop, boolean number) {}

  private static W w(String surface, String term) {
    return new W(surface, term, false, false);
  }

  private static W stop(String surface) {
    return new W(surface, surface.toLowerCase(), true, false);
  }

  /** A text of sentences of words, one space between words, ". " between sentences. */
  private static AnalyzedText text(List<List<W>> sentences) {
    StringBuilder sb = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> spans = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      int start = sb.length();
      int first = tokens.size();
      for (W word : sentences.get(s)) {
        if (sb.length() > start) {
          sb.append(' ');
        }
        int from = sb.length();
        sb.append(word.surface());
        tokens.add(
            new Token(
                word.surface(),
                from,
                sb.length(),
                s,
                "X",
                word.number() ? word.surface() : word.term(),
                word.stop(),
                word.number()));
      }
      sb.append('.');
      spans.add(new Sentence(start, sb.length(), first, tokens.size()));
      sb.append(' ');
    }
    return new AnalyzedText(sb.toString().strip(), spans, tokens);
  }

  private static Lexicon lexicon(String name, Object... termWeight) {
    List<LexiconEntry> entries = new ArrayList<>();
    for (int i = 0; i < termWeight.length; i += 2) {
      double weight = (Double) termWeight[i + 1];
      entries.add(
          LexiconEntry.of(
              (String) termWeight[i],
              weight > 0 ? LexiconKind.POSITIVE : LexiconKind.NEGATIVE,
              weight));
    }
    return new Lexicon(name, LexiconKind.POLARITY, LexiconFormat.TSV, entries, "test", "test");
  }

  @Test
  void unigramsSkipStopwordsAndNumbersBigramsStayInTheirSentence() {
    AnalyzedText t =
        text(
            List.of(
                List.of(
                    stop("Kein"),
                    w("guter", "gut"),
                    w("Tag", "tag"),
                    new W("2026", null, false, true),
                    stop("in"),
                    w("Wien", "wien")),
                List.of(w("Gut", "gut"), stop("so"), w("Bürger*innen", "bürger*innen"))));
    assertEquals(
        List.of("kein gut", "gut", "gut tag", "tag", "in wien", "wien", "gut", "gut so"),
        ToneFeatures.ngrams(t));
    ToneFeatures.Sentence s = new ToneFeatures(List.of()).of(t);
    assertEquals(
        Map.of(
            "kein gut", 1, "gut", 2, "gut tag", 1, "tag", 1, "in wien", 1, "wien", 1, "gut so", 1),
        s.ngrams());
    assertEquals(0, s.lexiconSums().length);
  }

  @Test
  void lexiconSumsComePositiveThenNegativePerLexiconInOrder() {
    AnalyzedText t = text(List.of(List.of(w("Gut", "gut"), w("Tag", "tag"))));
    ToneFeatures f =
        new ToneFeatures(
            List.of(lexicon("a", "gut", 0.5, "tag", -1.0), lexicon("b", "tag", -0.25)));
    assertEquals(4, f.lexiconFeatures());
    assertArrayEquals(new double[] {0.5, 1.0, 0, 0.25}, f.of(t).lexiconSums(), 1e-12);
  }

  @Test
  void aCategoryLexiconIsRefused() {
    Lexicon categories =
        new Lexicon(
            "liwc",
            LexiconKind.CATEGORIES,
            LexiconFormat.TSV,
            List.of(LexiconEntry.of("glück*", "posemo", 1)),
            "test",
            "test");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ToneFeatures(List.of(categories)));
    assertEquals("lexicon liwc is a category lexicon, not a polarity lexicon", e.getMessage());
  }

  @Test
  void vocabularyKeepsNgramsOfEnoughSentencesSortedAndAppendsLexiconSums() {
    ToneFeatures.Sentence s1 =
        new ToneFeatures.Sentence(Map.of("b", 2, "a", 1), new double[] {0.5, 0});
    ToneFeatures.Sentence s2 =
        new ToneFeatures.Sentence(Map.of("b", 1, "c", 1), new double[] {0, 0});
    ToneFeatures.Sentence s3 = new ToneFeatures.Sentence(Map.of("b", 1), new double[] {0, 1});
    Vocabulary two = Vocabulary.fit(List.of(s1, s2, s3), 2, 2);
    assertEquals(List.of("b"), two.ngrams());
    Vocabulary one = Vocabulary.fit(List.of(s3, s2, s1), 2, 1);
    assertEquals(List.of("a", "b", "c"), one.ngrams());
    assertEquals(5, one.size());
    Vocabulary.Row r = one.row(s1);
    assertArrayEquals(new int[] {0, 1, 3}, r.indices());
    assertArrayEquals(new double[] {1, 2, 0.5}, r.values());
    Vocabulary.Row unseen = two.row(new ToneFeatures.Sentence(Map.of("z", 3), new double[] {0, 2}));
    assertArrayEquals(new int[] {2}, unseen.indices());
    assertArrayEquals(new double[] {2}, unseen.values());
  }
}
