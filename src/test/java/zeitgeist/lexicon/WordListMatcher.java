package zeitgeist.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.Token;

/**
 * A stand-in for the real lexicon matcher, for tests only: single words, looked up by term (lemma)
 * first, then by lower-cased surface. Entries are {@code word=weight} for a polarity lexicon
 * (category {@code positive} or {@code negative} by the sign) or {@code word=category} for a
 * category lexicon (weight 1).
 */
final class WordListMatcher {
  private final Map<String, Double> weights = new HashMap<>();
  private final Map<String, String> categories = new HashMap<>();

  private WordListMatcher() {}

  /** A polarity lexicon from {@code word=weight} entries. */
  static WordListMatcher polarity(String... entries) {
    WordListMatcher m = new WordListMatcher();
    for (String e : entries) {
      String[] kv = e.split("=");
      double weight = Double.parseDouble(kv[1]);
      m.weights.put(kv[0], weight);
      m.categories.put(kv[0], weight < 0 ? "negative" : "positive");
    }
    return m;
  }

  /** A category lexicon from {@code word=category} entries. */
  static WordListMatcher categories(String... entries) {
    WordListMatcher m = new WordListMatcher();
    for (String e : entries) {
      String[] kv = e.split("=");
      m.weights.put(kv[0], 1.0);
      m.categories.put(kv[0], kv[1]);
    }
    return m;
  }

  /** One hit per token whose term or lower-cased surface is an entry. */
  List<Hit> hits(AnalyzedText text) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < text.tokens().size(); i++) {
      Token t = text.tokens().get(i);
      String key = weights.containsKey(t.term()) ? t.term() : t.surface().toLowerCase(Locale.ROOT);
      if (weights.containsKey(key)) {
        hits.add(new Hit(i, i + 1, categories.get(key), weights.get(key)));
      }
    }
    return hits;
  }
}
