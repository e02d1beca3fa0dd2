package zeitgeist.text;

import java.util.Arrays;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags for the tokens of one sentence, from OpenNLP's German
 * maximum-entropy tagger ({@link OpenNlpModels#POS}). Thread-safe: each thread has its own {@link
 * POSTaggerME} over the shared model, with a beam of 1 ({@link OpenNlpModels}): about 90k tokens/s
 * on one core with the default beam of 3, 1.4-1.8 times that with 1.
 *
 * <p>OpenNLP's beam search copies the sequence decoded so far at each step, so its cost grows with
 * the square of the sentence length (15,000 tokens took 5 s). A sentence longer than {@value
 * #MAX_WINDOW} tokens is therefore tagged in windows, each cut after a punctuation mark in its
 * second half when there is one; a tag near a cut may differ from tagging the whole.
 */
final class GermanTagger {
  static final int MAX_WINDOW = 100;

  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(OpenNlpModels.pos()));

  private GermanTagger() {}

  /** One tag per token; punctuation tokens should be included, they are context. */
  static String[] tag(String[] tokens) {
    if (tokens.length == 0) {
      return tokens;
    }
    POSTaggerME tagger = TAGGER.get();
    if (tokens.length <= MAX_WINDOW) {
      return tagger.tag(tokens);
    }
    String[] tags = new String[tokens.length];
    int start = 0;
    while (start < tokens.length) {
      int end = Math.min(tokens.length, start + MAX_WINDOW);
      if (end < tokens.length) {
        for (int k = end - 1; k > start + MAX_WINDOW / 2; k--) {
          if (isPunctuation(tokens[k])) {
            end = k + 1;
            break;
          }
        }
      }
      String[] window = tagger.tag(Arrays.copyOfRange(tokens, start, end));
      System.arraycopy(window, 0, tags, start, window.length);
      start = end;
    }
    return tags;
  }

  private static boolean isPunctuation(String token) {
    return token.codePoints().noneMatch(Character::isLetterOrDigit);
  }
}
