package zeitgeist.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/**
 * Counts a text's function words per language: the evidence a short text carries that a statistical
 * language model, trained on longer text, does not weigh enough.
 *
 * <p>The word lists are the Snowball stop lists Lucene ships for 13 languages (Danish, Dutch,
 * English, Finnish, French, German, Hungarian, Italian, Norwegian, Portuguese, Russian, Spanish,
 * Swedish). A word listed for {@code k} languages gives each of them {@code 1/k} of a vote: {@code
 * und}, {@code nicht}, {@code the} and {@code les} each give their language a whole vote, {@code
 * die} (German and Dutch) half a vote to each, {@code in} (German, Dutch, English) a third. Words
 * are the text's runs of letters, lower-cased.
 *
 * <p>Limits: languages without a list (Luxembourgish, Swiss German, Latin, ...) never win a vote; a
 * German dialect quote that keeps German function words ({@code das}, {@code ich}) votes German.
 * Names that happen to be function words ({@code von der Leyen}) count like any other word, so a
 * vote is only decisive when one language clearly leads (see {@link Tally#winner()}).
 */
public final class FunctionWordVote {
  private static final Map<String, String> LISTS = new LinkedHashMap<>();

  static {
    LISTS.put("da", "danish_stop.txt");
    LISTS.put("de", "german_stop.txt");
    LISTS.put("en", "english_stop.txt");
    LISTS.put("es", "spanish_stop.txt");
    LISTS.put("fi", "finnish_stop.txt");
    LISTS.put("fr", "french_stop.txt");
    LISTS.put("hu", "hungarian_stop.txt");
    LISTS.put("it", "italian_stop.txt");
    LISTS.put("nl", "dutch_stop.txt");
    LISTS.put("no", "norwegian_stop.txt");
    LISTS.put("pt", "portuguese_stop.txt");
    LISTS.put("ru", "russian_stop.txt");
    LISTS.put("sv", "swedish_stop.txt");
  }

  /** How far the leading language must be ahead of the next. */
  static final double LEAD = 1.5;

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private FunctionWordVote() {}

  /** Per language: its votes from the text's function words. */
  public record Tally(Map<String, Double> votes) {
    /**
     * The language whose function words lead: at least one vote and more than {@value #LEAD} times
     * the votes of any other language; else null.
     */
    public String winner() {
      String best = null;
      double first = 0;
      double second = 0;
      for (Map.Entry<String, Double> e : votes.entrySet()) {
        double n = e.getValue();
        if (n > first) {
          second = first;
          first = n;
          best = e.getKey();
        } else if (n > second) {
          second = n;
        }
      }
      return first >= 1 && first > LEAD * second ? best : null;
    }
  }

  /** Counts the function words of {@code text}. */
  public static Tally count(String text) {
    Map<String, Double> votes = new HashMap<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      List<String> languages = Holder.LISTED.get(m.group().toLowerCase(Locale.ROOT));
      if (languages != null) {
        for (String language : languages) {
          votes.merge(language, 1.0 / languages.size(), Double::sum);
        }
      }
    }
    return new Tally(Map.copyOf(votes));
  }

  private static final class Holder {
    /** Word → the languages that list it. */
    static final Map<String, List<String>> LISTED = load();

    private static Map<String, List<String>> load() {
      Map<String, List<String>> listed = new HashMap<>();
      for (Map.Entry<String, String> list : LISTS.entrySet()) {
        for (Object word : read(list.getValue())) {
          List<String> languages =
              listed.computeIfAbsent(new String((char[]) word), w -> new ArrayList<>());
          if (!languages.contains(list.getKey())) {
            languages.add(list.getKey());
          }
        }
      }
      listed.replaceAll((w, languages) -> List.copyOf(languages));
      return Map.copyOf(listed);
    }

    private static CharArraySet read(String file) {
      try (Reader r =
          IOUtils.getDecodingReader(SnowballFilter.class, file, StandardCharsets.UTF_8)) {
        return WordlistLoader.getSnowballWordSet(r);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "Lucene's Snowball stop list "
                + file
                + " (artifact org.apache.lucene:lucene-analysis-common)",
            e);
      }
    }
  }
}
