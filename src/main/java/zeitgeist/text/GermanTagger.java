package zeitgeist.text;

import java.util.Arrays;

/**
 * Universal Dependencies part-of-speech tags for the tokens of one sentence, from OpenNLP's German
 * maximum-entropy tagger ({@link OpenNlpModels#POS}) with a beam of 1, decoded by {@link
 * GreedyPosTagger} (the same tags as OpenNLP's {@code POSTaggerME}, with each form's features
 * looked up once per JVM). Thread-safe: one decoder for all threads.
 *
 * <p>A sentence longer than {@value #MAX_WINDOW} tokens is tagged in windows, each cut after a
 * punctuation mark in its second half when there is one; a tag near a cut may differ from tagging
 * the whole. (OpenNLP's beam search, used before, copies the sequence decoded so far at each step,
 * so its cost grew with the square of the sentence length; the windows are kept so that the tags,
 * and every term derived from them, stay what they were.)
 */
final class GermanTagger {
  static final int MAX_WINDOW = 100;

  /** Forms per generation of the decoder's cache (two generations are kept). */
  static final int CACHED_FORMS = 50_000;

  private static final class Holder {
    static final GreedyPosTagger TAGGER = new GreedyPosTagger(OpenNlpModels.pos(), CACHED_FORMS);
  }

  private GermanTagger() {}

  /** One tag per token; punctuation tokens should be included, they are context. */
  static String[] tag(String[] tokens) {
    if (tokens.length == 0) {
      return tokens;
    }
    GreedyPosTagger tagger = Holder.TAGGER;
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
