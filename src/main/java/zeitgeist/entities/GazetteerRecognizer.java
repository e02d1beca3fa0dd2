package zeitgeist.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * The {@code gazetteer} recogniser: finds the aliases of a {@link Gazetteer} in a text in one
 * Aho-Corasick pass (an {@code org.ahocorasick} {@link Trie}, built once in the constructor) and
 * keeps the longest of overlapping matches.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>As written.</b> Aliases match case-sensitively and character for character: {@code
 *       BERLIN} is not {@code Berlin}, and a line break or double space inside {@code Weißes Haus}
 *       breaks the match. Text is expected in Unicode NFC.
 *   <li><b>Whole words.</b> A match must not start or end inside a word: letters and digits are
 *       word characters, everything else (space, punctuation, apostrophe, slash, hyphen) is a
 *       boundary. So {@code Putinismus} and {@code Moskauer} contain no match, while the name part
 *       of a hyphenated compound is a match for every type: {@code Putin-Regierung}, {@code
 *       CDU-Chef}, {@code Anti-Trump-Protest}, {@code WM-Finale} give {@code Putin}, {@code CDU},
 *       {@code Trump}, {@code WM}. A longer alias spanning the hyphen ({@code EU-Kommission}) wins.
 *   <li><b>Genitive.</b> An alias whose last character is a letter also matches with a genitive
 *       {@code s} appended ({@code Putins}, {@code Wladimir Putins}, {@code Kremls}), or, when it
 *       ends in {@code s}, {@code x}, {@code z} or {@code ß}, with an apostrophe {@code '} or
 *       {@code ’} ({@code Paris'}, {@code Merz’}). The mention's surface is the text as written,
 *       its type the alias's. An alias listed in the gazetteer wins over a genitive form that
 *       spells the same. The apostrophe is left out when the name follows a single quotation mark
 *       ({@code ' ‘ ‚ ’ ›}), where it closes the quotation: {@code 'Paris'} gives {@code Paris}.
 *       The {@code -es} genitive ({@code Bundestages}) and adjective endings ({@code Europäischen
 *       Union}) are not derived: the gazetteer lists them.
 *   <li><b>Longest match.</b> Among overlapping matches the longer wins, then the one that starts
 *       first. Mentions never overlap and come sorted by start; a surface is exactly the text at
 *       {@code [start, end)}.
 *   <li><b>Every type</b>, {@code MISC} included; an alias maps to the entry of the last line that
 *       names it ({@link Gazetteer#aliases()}).
 *   <li><b>Skipped at load</b> (see {@link #skippedAliases()}): aliases of one character; aliases
 *       of two characters unless they are an acronym ({@code EU}, {@code UN}, {@code G7}) or a
 *       capitalised pair that is no German word ({@code Xi} stays, {@code Er}, {@code Da}, {@code
 *       Im} go); and aliases without a capital letter, which are ordinary lowercase words ({@code
 *       bahn}, {@code union}) or lowercase abbreviations ({@code dpa}).
 * </ul>
 *
 * <p>Limits: no disambiguation (every {@code Paris} is the entry's {@code Paris}); no inflection
 * beyond the genitive {@code s}; a capitalised common noun in the gazetteer matches wherever it
 * occurs, so the gazetteer must leave such words out.
 *
 * <p>Thread safety: one instance serves concurrent {@link #recognize} calls without locking. The
 * trie is immutable once built (its failure links are computed in {@code build()}), and {@code
 * Trie.parseText} of ahocorasick 0.6.3 keeps its matching state in local variables and collects
 * matches in a new handler per call; it only reads the trie's maps. Cost: one pass over the text
 * plus a sort of the raw matches.
 */
public final class GazetteerRecognizer implements EntityRecognizer {
  /** Two-letter German words that begin a sentence capitalised; never an alias. */
  private static final Set<String> TWO_LETTER_WORDS =
      Set.of(
          "Ab", "Ah", "Am", "An", "Au", "Da", "Du", "Eh", "Ei", "Er", "Es", "Im", "In", "Ja", "Je",
          "Na", "Nu", "Ob", "Oh", "So", "Um", "Wo", "Zu");

  private static final String APOSTROPHES = "'\u2019";

  /** Marks that may open a single-quoted name: ' ‘ ‚ ’ ›. */
  private static final String OPENING_SINGLE_QUOTES = "'\u2018\u201A\u2019\u203A";

  /** What a trie keyword stands for. */
  private record Target(EntityType type, boolean apostropheGenitive) {}

  private final Trie trie;
  private final Map<String, Target> targets;
  private final List<String> skipped;

  /** Builds the matcher for every usable alias of {@code gazetteer} and its genitive form. */
  public GazetteerRecognizer(Gazetteer gazetteer) {
    Map<String, Target> keywords = new HashMap<>();
    List<String> skippedAliases = new ArrayList<>();
    for (Map.Entry<String, Gazetteer.Entry> e : gazetteer.aliases().entrySet()) {
      if (isUsable(e.getKey())) {
        keywords.put(e.getKey(), new Target(e.getValue().type(), false));
      } else {
        skippedAliases.add(e.getKey());
      }
    }
    for (Map.Entry<String, Target> e : List.copyOf(keywords.entrySet())) {
      String alias = e.getKey();
      char last = alias.charAt(alias.length() - 1);
      if (!Character.isLetter(last)) {
        continue;
      }
      EntityType type = e.getValue().type();
      if ("sxzß".indexOf(last) >= 0) {
        for (char apostrophe : APOSTROPHES.toCharArray()) {
          keywords.putIfAbsent(alias + apostrophe, new Target(type, true));
        }
      } else {
        keywords.putIfAbsent(alias + "s", new Target(type, false));
      }
    }
    this.targets = Map.copyOf(keywords);
    this.trie = Trie.builder().addKeywords(keywords.keySet()).build();
    this.skipped = List.copyOf(skippedAliases);
  }

  @Override
  public String name() {
    return "gazetteer";
  }

  @Override
  public List<Mention> recognize(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<Mention> candidates = new ArrayList<>();
    for (Emit emit : trie.parseText(text)) {
      int start = emit.getStart();
      int end = emit.getEnd() + 1;
      Target target = targets.get(emit.getKeyword());
      if (isWholeWord(text, start, end)
          && !(target.apostropheGenitive() && followsSingleQuote(text, start))) {
        candidates.add(Mention.of(text, start, end, target.type()));
      }
    }
    return longestFirst(candidates);
  }

  /** The aliases left out at load, in gazetteer order (for the run summary). */
  public List<String> skippedAliases() {
    return skipped;
  }

  static boolean isUsable(String alias) {
    if (alias.codePoints().noneMatch(Character::isUpperCase)) {
      return false;
    }
    return switch (alias.length()) {
      case 1 -> false;
      case 2 -> !Character.isLowerCase(alias.charAt(1)) || !TWO_LETTER_WORDS.contains(alias);
      default -> true;
    };
  }

  private static boolean isWholeWord(String text, int start, int end) {
    boolean startsInside =
        start > 0 && isWordChar(text.codePointBefore(start)) && isWordChar(text.codePointAt(start));
    boolean endsInside =
        end < text.length()
            && isWordChar(text.codePointBefore(end))
            && isWordChar(text.codePointAt(end));
    return !startsInside && !endsInside;
  }

  private static boolean isWordChar(int codePoint) {
    return Character.isLetterOrDigit(codePoint);
  }

  private static boolean followsSingleQuote(String text, int start) {
    return start > 0 && OPENING_SINGLE_QUOTES.indexOf(text.charAt(start - 1)) >= 0;
  }

  /** The longest candidates that overlap no longer (or equally long, earlier) one, by start. */
  private static List<Mention> longestFirst(List<Mention> candidates) {
    candidates.sort(
        Comparator.comparingInt((Mention m) -> m.end() - m.start())
            .reversed()
            .thenComparingInt(Mention::start));
    TreeMap<Integer, Mention> kept = new TreeMap<>();
    for (Mention m : candidates) {
      Map.Entry<Integer, Mention> before = kept.floorEntry(m.start());
      Map.Entry<Integer, Mention> after = kept.ceilingEntry(m.start());
      if ((before == null || !before.getValue().overlaps(m))
          && (after == null || !after.getValue().overlaps(m))) {
        kept.put(m.start(), m);
      }
    }
    return List.copyOf(kept.values());
  }
}
