package zeitgeist.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the repeats of already recognised names that an engine missed ("one sense per discourse": a
 * name that is an entity once in an article is that entity throughout). CoreNLP, for one, misses
 * {@code Trumps} in {@code mit Trumps Sicherheitsberater} after finding {@code Donald Trump}.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>the names looked for ({@link #namesToRepeat}) are the article's names, not adjectives, and
 *       the last word of every person's full name; each gets its most frequent type (ties: the
 *       earliest);
 *   <li>an occurrence matches case-sensitively and as a whole word: the characters before and after
 *       are neither letters, digits nor hyphens ({@code Trump-Regierung} is no {@code Trump}); a
 *       genitive may follow: {@code s}, {@code 's}, {@code ’s}, or, after {@code s/ß/x/z}, {@code
 *       '} or {@code ’} ({@code Trumps}, {@code Maas'}); the new mention covers it, so its surface
 *       is the text as written;
 *   <li>names that do not start with a capital letter are not looked for, nor names shorter than
 *       two characters;
 *   <li>an occurrence that overlaps a given mention or a longer (or, at equal length, earlier)
 *       occurrence is skipped.
 * </ul>
 *
 * Limits: a name that is also a common capitalised word is found where it is that word (a {@code
 * Will} in {@code Anne Will} would make {@code Will er?} a person); the name must be written with
 * the same spaces (a line break inside a name is no match); a person's last word is found inside
 * another person's unrecognised name ({@code Ivanka Trump}).
 */
final class MentionPropagator {
  private static final Comparator<Mention> LONGEST_FIRST =
      Comparator.comparingInt((Mention m) -> m.start() - m.end()).thenComparingInt(Mention::start);

  private MentionPropagator() {}

  /** The names to look for in an article with {@code named} mentions, each with its type. */
  static Map<String, EntityType> namesToRepeat(List<NamedMention> named) {
    Map<String, List<EntityType>> types = new LinkedHashMap<>();
    for (NamedMention n : named) {
      if (n.adjective()) {
        continue;
      }
      types.computeIfAbsent(n.name(), k -> new ArrayList<>()).add(n.type());
      List<String> words = GermanNameForms.words(n.name());
      if (n.type() == EntityType.PER && words.size() > 1) {
        types
            .computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>())
            .add(EntityType.PER);
      }
    }
    Map<String, EntityType> out = new LinkedHashMap<>();
    types.forEach((name, ts) -> out.put(name, MentionGroups.mostFrequent(ts)));
    return out;
  }

  /**
   * The new mentions of {@code text}, by start offset: occurrences of {@code names} (name → type)
   * that no mention of {@code existing} covers.
   */
  static List<Mention> propagate(
      String text, List<Mention> existing, Map<String, EntityType> names) {
    List<Mention> candidates = new ArrayList<>();
    for (Map.Entry<String, EntityType> n : names.entrySet()) {
      String name = n.getKey();
      if (name.length() < 2 || !GermanNameForms.isCapitalised(name)) {
        continue;
      }
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        int end = matchEnd(text, at, name);
        if (end > 0) {
          candidates.add(Mention.of(text, at, end, n.getValue()));
        }
      }
    }
    candidates.sort(LONGEST_FIRST);
    List<Mention> taken = new ArrayList<>(existing);
    List<Mention> added = new ArrayList<>();
    for (Mention c : candidates) {
      if (taken.stream().noneMatch(c::overlaps)) {
        taken.add(c);
        added.add(c);
      }
    }
    added.sort(Comparator.comparingInt(Mention::start));
    return added;
  }

  /** The end of the whole-word match of {@code name} at {@code at}, genitive included, or -1. */
  private static int matchEnd(String text, int at, String name) {
    if (at > 0 && isWordChar(text.charAt(at - 1))) {
      return -1;
    }
    int end = at + name.length();
    char last = name.charAt(name.length() - 1);
    List<String> genitives =
        "sßxzSXZ".indexOf(last) >= 0
            ? List.of("'s", "’s", "s", "'", "’")
            : List.of("'s", "’s", "s");
    for (String g : genitives) {
      if (text.startsWith(g, end) && boundaryAt(text, end + g.length())) {
        return end + g.length();
      }
    }
    return boundaryAt(text, end) ? end : -1;
  }

  private static boolean boundaryAt(String text, int i) {
    return i >= text.length() || !isWordChar(text.charAt(i));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '\u2010' || c == '\u2011';
  }
}
