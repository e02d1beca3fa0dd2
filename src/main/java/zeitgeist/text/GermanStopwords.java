package zeitgeist.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * German function words: articles, pronouns, prepositions and their contractions, conjunctions, the
 * auxiliary and modal verbs in all their forms, common particles and pronominal adverbs, and
 * abbreviations such as {@code z.b} and {@code bzw}. The list is the resource {@value #RESOURCE},
 * loaded once per JVM. {@link GermanTextAnalyzer} marks a word as a stopword when its lower-cased
 * surface is listed (not its lemma: {@code meinte → meinen} is a verb, not the possessive), an
 * abbreviation when its term is listed ({@code z. B. → z.b}). Nouns, content verbs ({@code sagen}),
 * time adverbs ({@code heute}) and numerals are not stopwords.
 */
public final class GermanStopwords {
  static final String RESOURCE = "/zeitgeist/text/stopwords-de.txt";

  private GermanStopwords() {}

  /** Whether the lower-case word or term {@code word} is a stopword. */
  public static boolean contains(String word) {
    return Holder.WORDS.contains(word);
  }

  /** The whole list, unmodifiable. */
  public static Set<String> words() {
    return Holder.WORDS;
  }

  /**
   * Reads a word list: one entry per line, {@code #} starts a comment, blank lines are skipped.
   *
   * @throws UncheckedIOException naming the resource when it is missing or unreadable
   */
  static Set<String> read(String resource) {
    InputStream in = GermanStopwords.class.getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("word list not found on the classpath: " + resource));
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!word.isEmpty()) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + resource, e);
    }
    return Set.copyOf(words);
  }

  private static final class Holder {
    static final Set<String> WORDS = read(RESOURCE);
  }
}
