package zeitgeist.text;

import java.io.Serializable;

/**
 * One sentence of an {@link AnalyzedText}: a span of the text and the tokens in it.
 *
 * @param start offset of the first char of its first token or punctuation mark
 * @param end offset after its last char (a closing quote that ends the sentence included)
 * @param firstToken index of its first token in {@link AnalyzedText#tokens()}
 * @param endToken index after its last token; equal to {@code firstToken} when the sentence holds
 *     punctuation only
 */
public record Sentence(int start, int end, int firstToken, int endToken) implements Serializable {

  /** The sentence's text, cut from the analysed text. */
  public String text(String analysedText) {
    return analysedText.substring(start, end);
  }
}
