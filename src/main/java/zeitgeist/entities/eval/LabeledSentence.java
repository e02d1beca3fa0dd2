package zeitgeist.entities.eval;

import java.util.List;

/**
 * One sentence of an annotated NER file: its tokens and its outer-level entity spans, with the
 * labels as written in the file ({@code PER}, {@code LOCderiv}, {@code OTH}, {@code MISC}, ...).
 * Which labels count as gold entities is decided by {@link NerEvaluation}, not here.
 */
public record LabeledSentence(List<String> tokens, List<Span> spans) {
  /** Tokens {@code [firstToken, endToken)} of the sentence, labelled {@code label}. */
  public record Span(int firstToken, int endToken, String label) {
    public Span {
      if (firstToken < 0 || endToken <= firstToken || label.isEmpty()) {
        throw new IllegalArgumentException(
            "bad span [" + firstToken + ", " + endToken + ") '" + label + "'");
      }
    }
  }

  public LabeledSentence {
    tokens = List.copyOf(tokens);
    spans = List.copyOf(spans);
    for (Span s : spans) {
      if (s.endToken() > tokens.size()) {
        throw new IllegalArgumentException(
            "span " + s + " ends after the sentence's " + tokens.size() + " tokens");
      }
    }
  }
}
