package zeitgeist.lexicon;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zeitgeist.text.Token;

/**
 * The entries of one lexicon indexed for {@link LexiconMatcher}: exact first words in a hash map,
 * wildcard first words in a {@link WordPrefixTrie}, every word's literal text and wildcard flag in
 * arrays. Finding the entries that may start at a token costs two hash look-ups and, when the
 * lexicon has wildcards, two trie walks; no loop over the entries. Immutable and thread-safe.
 */
final class LexiconIndex implements Serializable {
  private static final long serialVersionUID = 1L;

  private final LexiconEntry[] entries;
  private final String[][] literals;
  private final boolean[][] wildcard;
  private final int[] wildcards;
  private final int[] literalChars;
  private final Map<String, int[]> byFirstWord;
  private final WordPrefixTrie byFirstPrefix;

  LexiconIndex(List<LexiconEntry> list) {
    entries = list.toArray(new LexiconEntry[0]);
    int n = entries.length;
    literals = new String[n][];
    wildcard = new boolean[n][];
    wildcards = new int[n];
    literalChars = new int[n];
    Map<String, List<Integer>> exact = new HashMap<>();
    Map<String, List<Integer>> prefixes = new HashMap<>();
    for (int e = 0; e < n; e++) {
      LexiconEntry entry = entries[e];
      literals[e] = new String[entry.size()];
      wildcard[e] = new boolean[entry.size()];
      for (int k = 0; k < entry.size(); k++) {
        literals[e][k] = entry.literal(k);
        wildcard[e][k] = entry.isWildcard(k);
        wildcards[e] += wildcard[e][k] ? 1 : 0;
        literalChars[e] += literals[e][k].length();
      }
      (wildcard[e][0] ? prefixes : exact)
          .computeIfAbsent(literals[e][0], w -> new ArrayList<>())
          .add(e);
    }
    byFirstWord = toArrays(exact);
    byFirstPrefix = new WordPrefixTrie(toArrays(prefixes));
  }

  LexiconEntry entry(int e) {
    return entries[e];
  }

  /** How many words of entry {@code e} are wildcards. */
  int wildcards(int e) {
    return wildcards[e];
  }

  /** The characters of entry {@code e}'s words without their {@code *}. */
  int literalChars(int e) {
    return literalChars[e];
  }

  /**
   * Adds to {@code sink} each entry whose first word matches a token with this lower-cased surface
   * and lemma, once, in lexicon order within each look-up.
   */
  void entriesStartingAt(String lower, String term, List<Integer> sink) {
    add(byFirstWord.get(lower), sink);
    boolean sameTerm = term.equals(lower);
    if (!sameTerm) {
      add(byFirstWord.get(term), sink);
    }
    if (!byFirstPrefix.isEmpty()) {
      byFirstPrefix.collect(lower, sink::add);
      if (!sameTerm) {
        byFirstPrefix.collect(
            term,
            e -> {
              if (!sink.contains(e)) {
                sink.add(e);
              }
            });
      }
    }
  }

  /**
   * Whether the words after the first of entry {@code e} match the tokens after {@code start}, all
   * in the sentence of {@code start}.
   */
  boolean matchesFrom(int e, int start, List<Token> tokens, String[] lower, String[] term) {
    int length = literals[e].length;
    if (start + length > tokens.size()) {
      return false;
    }
    int sentence = tokens.get(start).sentence();
    for (int k = 1; k < length; k++) {
      int t = start + k;
      if (tokens.get(t).sentence() != sentence) {
        return false;
      }
      String w = literals[e][k];
      boolean ok =
          wildcard[e][k]
              ? lower[t].startsWith(w) || term[t].startsWith(w)
              : lower[t].equals(w) || term[t].equals(w);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static void add(int[] values, List<Integer> sink) {
    if (values != null) {
      for (int v : values) {
        sink.add(v);
      }
    }
  }

  private static Map<String, int[]> toArrays(Map<String, List<Integer>> lists) {
    Map<String, int[]> arrays = new HashMap<>(lists.size() * 2);
    lists.forEach((k, v) -> arrays.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return arrays;
  }
}
