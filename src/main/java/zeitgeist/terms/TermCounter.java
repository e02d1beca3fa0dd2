package zeitgeist.terms;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.Token;

/**
 * Counts the terms ({@code n = 1}) and two-word phrases ({@code n = 2}) of one analysed article.
 * Pure and thread-safe; serializable, so a Spark function may hold one.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>a token counts as a term when it is not a number, its term has a letter, and it is not a
 *       stopword, unless the counter keeps stopwords ({@link #TermCounter(boolean)}); a kept
 *       stopword is an ordinary word for phrases too;
 *   <li>a phrase is two adjacent tokens of one sentence that both count as terms, with only
 *       whitespace between them (no punctuation); its term is their terms joined by one space
 *       ({@code weiß haus}), its surface their surfaces joined by one space ({@code Weißen Haus});
 *       phrases overlap ({@code a b c} gives {@code a b} and {@code b c});
 *   <li>per distinct (term, n): the count, the first offset (of the phrase's first token) and the
 *       most frequent surface, ties going to the one seen first;
 *   <li>rows are sorted by n, then term ({@link String#compareTo}).
 * </ul>
 *
 * Token totals ({@link #wordTokens}) count every word token: stopwords and numbers included,
 * punctuation excluded (it is never a token).
 */
public final class TermCounter implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Comparator<TermCount> ORDER =
      Comparator.comparingInt(TermCount::n).thenComparing(TermCount::term);

  private final boolean keepStopwords;

  /** A counter that leaves stopwords out of the terms. */
  public TermCounter() {
    this(false);
  }

  /** A counter that counts stopwords as terms when {@code keepStopwords}. */
  public TermCounter(boolean keepStopwords) {
    this.keepStopwords = keepStopwords;
  }

  /** The number of word tokens of {@code text}: stopwords and numbers in, punctuation out. */
  public static int wordTokens(AnalyzedText text) {
    return text == null ? 0 : text.tokens().size();
  }

  /** The terms and phrases of {@code text}, one row per distinct (term, n), sorted. */
  public List<TermCount> count(AnalyzedText text) {
    if (text == null || text.tokens().isEmpty()) {
      return List.of();
    }
    Map<String, Tally> words = new HashMap<>();
    Map<String, Tally> phrases = new HashMap<>();
    visit(
        text,
        (term, n, surface, start, end) ->
            (n == 1 ? words : phrases).computeIfAbsent(term, k -> new Tally(start)).add(surface));
    List<TermCount> rows = new ArrayList<>(words.size() + phrases.size());
    words.forEach((term, tally) -> rows.add(tally.row(term, 1)));
    phrases.forEach((term, tally) -> rows.add(tally.row(term, 2)));
    rows.sort(ORDER);
    return rows;
  }

  /**
   * Every occurrence of {@code term} ({@code n = 1}) or phrase ({@code n = 2}) that {@link #count}
   * counts, in text order: as many as its {@link TermCount#count()}, the first at its {@link
   * TermCount#firstOffset()}.
   */
  public List<TermOccurrence> occurrences(AnalyzedText text, String term, int n) {
    List<TermOccurrence> found = new ArrayList<>();
    if (text != null) {
      visit(
          text,
          (t, k, surface, start, end) -> {
            if (k == n && t.equals(term)) {
              found.add(new TermOccurrence(surface, start, end));
            }
          });
    }
    return found;
  }

  /** Receives each counted occurrence: a word, then the phrase it ends, if any. */
  @FunctionalInterface
  private interface Visitor {
    void accept(String term, int n, String surface, int start, int end);
  }

  /** The one place the counting rules are applied. */
  private void visit(AnalyzedText text, Visitor visitor) {
    Token previous = null;
    for (Token t : text.tokens()) {
      if (!counts(t)) {
        previous = null;
        continue;
      }
      visitor.accept(t.term(), 1, t.surface(), t.start(), t.end());
      if (previous != null && adjacent(text.text(), previous, t)) {
        visitor.accept(
            previous.term() + ' ' + t.term(),
            2,
            previous.surface() + ' ' + t.surface(),
            previous.start(),
            t.end());
      }
      previous = t;
    }
  }

  private boolean counts(Token t) {
    return !t.number()
        && (keepStopwords || !t.stopword())
        && t.term() != null
        && hasLetter(t.term());
  }

  /** Same sentence, only whitespace between. */
  private static boolean adjacent(String text, Token a, Token b) {
    if (a.sentence() != b.sentence() || b.start() < a.end() || b.start() > text.length()) {
      return false;
    }
    for (int i = a.end(); i < b.start(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Occurrences of one term: count, first offset, and surfaces in order of first appearance. */
  private static final class Tally {
    private final int firstOffset;
    private final Map<String, Integer> surfaces = new LinkedHashMap<>(4);
    private int count;

    Tally(int firstOffset) {
      this.firstOffset = firstOffset;
    }

    void add(String surface) {
      count++;
      surfaces.merge(surface, 1, Integer::sum);
    }

    TermCount row(String term, int n) {
      String best = null;
      int bestCount = 0;
      for (Map.Entry<String, Integer> e : surfaces.entrySet()) {
        if (e.getValue() > bestCount) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      return new TermCount(term, n, best, count, firstOffset);
    }
  }
}
