package zeitgeist.lexicon;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Values stored under prefixes, found for a word in one walk along its characters: the lookup of
 * prefix wildcards ({@code glück*}) costs the length of the word, whatever the number of entries.
 * Immutable once built; children are kept in sorted arrays (binary search, no boxing).
 */
final class WordPrefixTrie implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final class Node implements Serializable {
    private static final long serialVersionUID = 1L;
    private char[] keys = new char[0];
    private Node[] children = new Node[0];
    private int[] values;

    Node child(char c) {
      int k = Arrays.binarySearch(keys, c);
      return k < 0 ? null : children[k];
    }

    Node childOrNew(char c) {
      int k = Arrays.binarySearch(keys, c);
      if (k >= 0) {
        return children[k];
      }
      int at = -k - 1;
      Node n = new Node();
      char[] ks = new char[keys.length + 1];
      Node[] cs = new Node[children.length + 1];
      System.arraycopy(keys, 0, ks, 0, at);
      System.arraycopy(children, 0, cs, 0, at);
      ks[at] = c;
      cs[at] = n;
      System.arraycopy(keys, at, ks, at + 1, keys.length - at);
      System.arraycopy(children, at, cs, at + 1, children.length - at);
      keys = ks;
      children = cs;
      return n;
    }
  }

  private final Node root = new Node();
  private final boolean empty;

  /** A trie of the given prefixes, each with its values (in the order given). */
  WordPrefixTrie(Map<String, int[]> byPrefix) {
    for (Map.Entry<String, int[]> e : byPrefix.entrySet()) {
      Node n = root;
      for (int i = 0; i < e.getKey().length(); i++) {
        n = n.childOrNew(e.getKey().charAt(i));
      }
      n.values = e.getValue().clone();
    }
    empty = byPrefix.isEmpty();
  }

  boolean isEmpty() {
    return empty;
  }

  /** Passes the values of every stored prefix of {@code word} ({@code word} itself included). */
  void collect(String word, IntConsumer sink) {
    Node n = root;
    for (int i = 0; i < word.length(); i++) {
      n = n.child(word.charAt(i));
      if (n == null) {
        return;
      }
      if (n.values != null) {
        for (int v : n.values) {
          sink.accept(v);
        }
      }
    }
  }
}
