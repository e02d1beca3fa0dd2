package zeitgeist.lexicon;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One entry of a {@link Lexicon}: a word or a sequence of words, its category and its weight.
 *
 * <p>Rules: words are stored lower-case ({@link Locale#ROOT}) and NFC-normalised, as the analysed
 * text is; a word may end in {@code *} (a prefix wildcard: {@code glück*} matches {@code glück},
 * {@code glücklich}, {@code glücksfall}) when at least {@value #MIN_PREFIX} characters stand before
 * it; {@code *} anywhere else is refused.
 *
 * @param words one or more words, without spaces
 * @param category the category ({@code positive}/{@code negative} in a polarity lexicon)
 * @param weight the weight; its meaning depends on the {@link LexiconKind}
 * @param lemma the base form the entry stands for: for a SentiWS inflection its lemma ({@code guten
 *     → gut}), otherwise the words joined by a space; used to break ties between entries
 * @param pos the Universal Dependencies part of speech of the base form ({@code NOUN}, {@code ADJ},
 *     {@code VERB}, {@code ADV}) when the lexicon gives one (SentiWS), else {@code null}; used to
 *     break ties only
 */
public record LexiconEntry(
    List<String> words, String category, double weight, String lemma, String pos)
    implements Serializable {
  /** The fewest characters a prefix wildcard must keep before its {@code *}. */
  public static final int MIN_PREFIX = 3;

  public LexiconEntry {
    if (words == null || words.isEmpty()) {
      throw new IllegalArgumentException("an entry needs at least one word");
    }
    List<String> normalised = new ArrayList<>(words.size());
    for (String w : words) {
      normalised.add(checkWord(normalise(w)));
    }
    words = List.copyOf(normalised);
    if (category == null || category.isBlank()) {
      throw new IllegalArgumentException("entry '" + String.join(" ", words) + "' has no category");
    }
    category = category.strip();
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException(
          "weight of '" + String.join(" ", words) + "' is " + weight);
    }
    lemma = lemma == null || lemma.isBlank() ? String.join(" ", words) : normalise(lemma.strip());
  }

  /**
   * An entry for a phrase of space-separated words, its lemma the phrase itself, no part of speech.
   *
   * @throws IllegalArgumentException when the phrase is blank or breaks the wildcard rule
   */
  public static LexiconEntry of(String phrase, String category, double weight) {
    return new LexiconEntry(split(phrase), category, weight, null, null);
  }

  /** The words of a phrase: split at whitespace, empty parts dropped. */
  static List<String> split(String phrase) {
    List<String> words = new ArrayList<>();
    for (String w : phrase.strip().split("\\s+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** The number of words. */
  public int size() {
    return words.size();
  }

  /** Whether word {@code i} is a prefix wildcard. */
  public boolean isWildcard(int i) {
    return words.get(i).endsWith("*");
  }

  /** Word {@code i} without its wildcard {@code *}. */
  public String literal(int i) {
    String w = words.get(i);
    return w.endsWith("*") ? w.substring(0, w.length() - 1) : w;
  }

  /** The words joined by a space, wildcards included: {@code in frage stellen}, {@code glück*}. */
  public String phrase() {
    return String.join(" ", words);
  }

  static String normalise(String word) {
    return Normalizer.normalize(word.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private static String checkWord(String w) {
    if (w.isEmpty() || w.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("bad entry word '" + w + "'");
    }
    int star = w.indexOf('*');
    if (star >= 0 && star != w.length() - 1) {
      throw new IllegalArgumentException(
          "'*' may only end a word (a prefix wildcard), got '" + w + "'");
    }
    if (star >= 0 && star < MIN_PREFIX) {
      throw new IllegalArgumentException(
          "wildcard '" + w + "' needs at least " + MIN_PREFIX + " characters before '*'");
    }
    return w;
  }
}
