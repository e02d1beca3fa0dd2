package zeitgeist.text;

import java.io.Serializable;
import java.util.List;

/**
 * The result of {@link GermanTextAnalyzer#analyze}: the text, its sentences in order and its word
 * tokens in order. All offsets point into {@link #text()}. The lists are unmodifiable.
 */
public record AnalyzedText(String text, List<Sentence> sentences, List<Token> tokens)
    implements Serializable {

  public AnalyzedText {
    text = text == null ? "" : text;
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }

  /** An empty text: no sentences, no tokens. */
  public static AnalyzedText empty() {
    return new AnalyzedText("", List.of(), List.of());
  }

  /**
   * The index of the sentence holding character {@code offset}, or -1 when none does (an offset in
   * the white space between sentences, or outside the text).
   */
  public int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
