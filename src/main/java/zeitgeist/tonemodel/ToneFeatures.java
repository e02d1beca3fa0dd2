package zeitgeist.tonemodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zeitgeist.lexicon.Lexicon;
import zeitgeist.lexicon.LexiconKind;
import zeitgeist.lexicon.LexiconMatcher;
import zeitgeist.lexicon.SentimentScorer;
import zeitgeist.lexicon.SentimentSums;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.Token;

/**
 * The features {@code zeitgeist tone-train} gives its classifier for one analysed sentence.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>Unigrams</b>: the term ({@link Token#term()}, a lower-case lemma) of every token that is
 *       neither a number nor a stopword, counted.
 *   <li><b>Bigrams</b>: the terms of two consecutive tokens of one sentence ({@code "nicht gut"}),
 *       neither a number and not both stopwords, joined by a space, counted. Punctuation between
 *       them is not seen, as the lexicon matcher does not see it.
 *   <li>An n-gram holding a {@code *} ({@code bürger*innen}) is left out: it could not be written
 *       as a lexicon entry, where {@code *} is a wildcard.
 *   <li><b>Lexicon sums</b>: for each polarity lexicon given, the sentence's positive and negative
 *       sums ({@link SentimentSums}) after negation and intensifiers, as a run scores it.
 * </ul>
 *
 * <p>Thread-safe after construction.
 */
public final class ToneFeatures {
  private final List<Lexicon> lexicons;
  private final List<LexiconMatcher> matchers = new ArrayList<>();
  private final SentimentScorer scorer = new SentimentScorer();

  /** One sentence's features: n-gram counts in first-seen order, and the lexicon sums. */
  public record Sentence(Map<String, Integer> ngrams, double[] lexiconSums) {}

  /**
   * Features with the sums of {@code lexicons} (in order: positive, negative of each).
   *
   * @throws IllegalArgumentException naming a lexicon that is not a polarity lexicon
   */
  public ToneFeatures(List<Lexicon> lexicons) {
    this.lexicons = List.copyOf(lexicons);
    requirePolarity(this.lexicons);
    for (Lexicon l : this.lexicons) {
      matchers.add(new LexiconMatcher(l));
    }
  }

  /**
   * Checks that every lexicon is a polarity lexicon: only their sums are features.
   *
   * @throws IllegalArgumentException naming the first category lexicon
   */
  public static void requirePolarity(List<Lexicon> lexicons) {
    for (Lexicon l : lexicons) {
      if (l.kind() != LexiconKind.POLARITY) {
        throw new IllegalArgumentException(
            "lexicon " + l.name() + " is a category lexicon, not a polarity lexicon");
      }
    }
  }

  /** The lexicons whose sums are features, in feature order. */
  public List<Lexicon> lexicons() {
    return lexicons;
  }

  /** The number of lexicon-sum features: two per lexicon. */
  public int lexiconFeatures() {
    return 2 * lexicons.size();
  }

  /** The features of {@code text}. */
  public Sentence of(AnalyzedText text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String g : ngrams(text)) {
      counts.merge(g, 1, Integer::sum);
    }
    double[] sums = new double[lexiconFeatures()];
    for (int i = 0; i < matchers.size(); i++) {
      LexiconMatcher m = matchers.get(i);
      SentimentSums s = SentimentSums.of(text, scorer.scorePolarity(text, m.match(text)));
      sums[2 * i] = s.positive();
      sums[2 * i + 1] = s.negative();
    }
    return new Sentence(counts, sums);
  }

  /** The unigrams and bigrams of {@code text} by the rules above, in text order. */
  static List<String> ngrams(AnalyzedText text) {
    List<String> out = new ArrayList<>();
    List<Token> tokens = text.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.number()) {
        continue;
      }
      if (!t.stopword()) {
        add(out, term(t));
      }
      if (i + 1 < tokens.size()) {
        Token u = tokens.get(i + 1);
        if (!u.number() && u.sentence() == t.sentence() && !(t.stopword() && u.stopword())) {
          add(out, term(t) + " " + term(u));
        }
      }
    }
    return out;
  }

  private static void add(List<String> out, String ngram) {
    if (ngram.indexOf('*') < 0) {
      out.add(ngram);
    }
  }

  private static String term(Token t) {
    return t.term() != null ? t.term() : t.surface().toLowerCase(Locale.ROOT);
  }
}
