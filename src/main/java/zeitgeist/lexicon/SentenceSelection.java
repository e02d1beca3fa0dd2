package zeitgeist.lexicon;

import java.util.Set;
import zeitgeist.text.AnalyzedText;

/** Checks a set of sentence indices against a text and counts the word tokens they hold. */
final class SentenceSelection {
  private SentenceSelection() {}

  /**
   * The number of word tokens in the sentences {@code sentences} of {@code text}.
   *
   * @throws IllegalArgumentException naming the index when one is not a sentence of {@code text}
   */
  static long tokens(AnalyzedText text, Set<Integer> sentences) {
    long tokens = 0;
    for (int s : sentences) {
      if (s < 0 || s >= text.sentences().size()) {
        throw new IllegalArgumentException(
            "sentence " + s + " is not one of the " + text.sentences().size() + " of the text");
      }
      tokens += text.sentences().get(s).endToken() - text.sentences().get(s).firstToken();
    }
    return tokens;
  }
}
