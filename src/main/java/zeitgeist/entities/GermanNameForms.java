package zeitgeist.entities;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The German word-form rules for names: words, genitive stems, an inflection key and the base form
 * of adjectives. Pure string functions; which of them applies when is decided by {@link
 * EntityCanonicalizer}.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>words are separated by whitespace (no-break space included); a name's form for grouping has
 *       single spaces ({@link #normalizeSpace});
 *   <li>apostrophe genitive: a final {@code '} or {@code ’} after {@code s}, {@code ß}, {@code x}
 *       or {@code z} ({@code Paris'}, {@code Maas’}), or a final {@code 's}/{@code ’s} ({@code
 *       Trump's}), is always a genitive, since no name ends in an apostrophe;
 *   <li>s genitive: a final {@code s} may be a genitive ({@code Trumps}) or part of the name
 *       ({@code Maas}); {@link #sGenitiveStem} only proposes the stem, the caller decides;
 *   <li>inflection key ({@link #inflectionKey}): lower case; every word but the last loses one
 *       adjective ending {@code -en/-em/-er/-es/-e}, the last word one of {@code -es/-en/-e}; at
 *       least {@value #MIN_STEM} letters stay. So {@code Europäischen Union} and {@code Europäische
 *       Union}, {@code Weißen Hauses} and {@code Weiße Haus}, {@code Bundestages} and {@code
 *       Bundestag} share a key; a bare genitive {@code s} is left to the s-genitive rule and a
 *       final {@code -er} stays ({@code Berliner} is not {@code Berlin});
 *   <li>adjective ({@link #adjectiveBase}): one word whose part after the last hyphen has no
 *       capital ({@code russische}, {@code US-amerikanischen}), or a capitalised word ending in
 *       {@code -isch} plus an ending ({@code Russische} at a sentence start); its base form loses
 *       one ending {@code -en/-em/-er/-es/-e} and a capitalised first letter ({@code russisch},
 *       {@code US-amerikanisch}, {@code westlich}).
 * </ul>
 *
 * Limits: the key does not know umlaut plurals ({@code Ämter}/{@code Amt}) or strong stems; the
 * endings are stripped blindly, so two different names may share a key ({@code Hanne}/{@code
 * Hannes}); a lowercase noun that ends in {@code -e} loses it like an adjective.
 */
final class GermanNameForms {
  static final int MIN_STEM = 3;
  private static final List<String> ADJECTIVE_ENDINGS = List.of("en", "em", "er", "es", "e");
  private static final List<String> HEAD_ENDINGS = List.of("es", "en", "e");

  private GermanNameForms() {}

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The words of {@code s}, split at whitespace. */
  static List<String> words(String s) {
    return Arrays.stream(s.split("[\\s\\u00A0\\u2007\\u202F]+")).filter(w -> !w.isEmpty()).toList();
  }

  /** {@code s} with every run of whitespace replaced by one space, stripped. */
  static String normalizeSpace(String s) {
    return String.join(" ", words(s));
  }

  /** The name without an apostrophe genitive ({@code Paris'}, {@code Trump's}), or null. */
  static String apostropheStem(String name) {
    int n = name.length();
    if (n >= 3
        && isApostrophe(name.charAt(n - 2))
        && name.charAt(n - 1) == 's'
        && Character.isLetter(name.charAt(n - 3))) {
      return name.substring(0, n - 2);
    }
    if (n >= 3 && isApostrophe(name.charAt(n - 1)) && "sßxzSXZ".indexOf(name.charAt(n - 2)) >= 0) {
      return name.substring(0, n - 1);
    }
    return null;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /** The name without a final {@code s} when it could be a genitive ({@code Trumps}), or null. */
  static String sGenitiveStem(String name) {
    int n = name.length();
    if (n >= 3 && name.charAt(n - 1) == 's' && Character.isLetter(name.charAt(n - 2))) {
      return name.substring(0, n - 1);
    }
    return null;
  }

  /** The inflection key of a name; see the class rules. */
  static String inflectionKey(String name) {
    List<String> words = words(name);
    StringJoiner key = new StringJoiner(" ");
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).toLowerCase(Locale.GERMAN);
      key.add(stripEnding(w, i == words.size() - 1 ? HEAD_ENDINGS : ADJECTIVE_ENDINGS));
    }
    return key.toString();
  }

  /** The base form of an adjective-shaped single word, or null when it is not one. */
  static String adjectiveBase(String surface) {
    if (surface.isEmpty() || words(surface).size() != 1) {
      return null;
    }
    String tail = surface.substring(surface.lastIndexOf('-') + 1);
    if (!hasLetter(tail)) {
      return null;
    }
    String word = surface;
    if (hasUpperCase(tail)) {
      boolean titleCase =
          surface.indexOf('-') < 0
              && Character.isUpperCase(surface.charAt(0))
              && !hasUpperCase(surface.substring(1));
      if (!titleCase || !endsWithIschEnding(surface.toLowerCase(Locale.GERMAN))) {
        return null;
      }
      word = surface.substring(0, 1).toLowerCase(Locale.GERMAN) + surface.substring(1);
    }
    return stripEnding(word, ADJECTIVE_ENDINGS);
  }

  private static boolean endsWithIschEnding(String lower) {
    for (String e : ADJECTIVE_ENDINGS) {
      if (lower.endsWith("isch" + e)) {
        return true;
      }
    }
    return false;
  }

  private static String stripEnding(String word, List<String> endings) {
    for (String e : endings) {
      if (word.endsWith(e)
          && letters(word.substring(word.lastIndexOf('-') + 1)) - e.length() >= MIN_STEM) {
        return word.substring(0, word.length() - e.length());
      }
    }
    return word;
  }

  private static int letters(String s) {
    return (int) s.chars().filter(Character::isLetter).count();
  }

  static boolean hasLetter(String s) {
    return s.chars().anyMatch(Character::isLetter);
  }

  static boolean hasUpperCase(String s) {
    return s.chars().anyMatch(Character::isUpperCase);
  }

  /** True when {@code s} has a letter and no capital: {@code russische}, {@code dem}. */
  static boolean isLowercaseWord(String s) {
    return hasLetter(s) && !hasUpperCase(s);
  }

  /** True when {@code s} starts with a capital letter. */
  static boolean isCapitalised(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
  }
}
