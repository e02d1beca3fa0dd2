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

  /** The tokens of sentence {@code i}. */
  public List<Token> tokensOf(int i) {
    Sentence s = sentences.get(i);
    return tokens.subList(s.firstToken(), s.endToken());
  }
}
