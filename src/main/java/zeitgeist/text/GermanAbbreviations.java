package zeitgeist.text;

import java.util.Locale;
import java.util.Set;

/**
 * The German abbreviations whose period belongs to the word, so that {@link GermanTokenizer} keeps
 * it in the token and {@link GermanSentenceSplitter} does not end a sentence there.
 *
 * <p>Three kinds: (1) single words from a fixed list, matched ignoring case ({@code Dr.}, {@code
 * Mrd.}, {@code bzw.}, {@code ca.}, {@code Nr.}, {@code St.}); a few that are also ordinary words
 * ({@code Art.}, {@code Jan.}) only when a digit follows; (2) runs of single letters each followed
 * by a period ({@code z.B.}, {@code u.a.}, {@code U.S.A.}); (3) the same with one space between the
 * parts, only for a fixed list ({@code z. B.}, {@code d. h.}, {@code u. a.}, {@code v. Chr.}). A
 * single upper-case letter with a period ({@code John F. Kennedy}) is read as an initial.
 *
 * <p>Most abbreviations never end a sentence; those that often stand last ({@code usw.}, {@code
 * etc.}, {@code v. Chr.}) end one when a capitalised word follows. Limits: an abbreviation of the
 * first kind that really ends a sentence before a capitalised word ({@code ... 5 Mrd. Die ...}) is
 * not split; an unknown abbreviation ({@code Verf.}) is a word followed by a period.
 */
final class GermanAbbreviations {
  /** Never sentence-final unless the text or line ends. */
  private static final Set<String> WORDS =
      Set.of(
          "abg", "abt", "abzgl", "adr", "allg", "alt", "angekl", "anm", "apr", "aug", "bd", "betr",
          "bspw", "bzgl", "bzw", "ca", "co", "dez", "dgl", "dipl", "dr", "ehem", "einschl", "engl",
          "entspr", "erg", "evtl", "exkl", "feb", "ff", "frz", "geb", "gegr", "gem", "gen", "ges",
          "gest", "ggf", "hl", "hr", "hrsg", "inkl", "insb", "inh", "jh", "jhd", "jr", "jul", "jun",
          "kap", "kath", "kfm", "lt", "max", "mind", "mio", "mr", "mrd", "mrs", "nov", "nr", "okt",
          "orig", "pfd", "prof", "rd", "sek", "sen", "sep", "sept", "sog", "sr", "st", "std", "str",
          "tel", "tsd", "urspr", "verh", "vgl", "vs", "zit", "zzgl");

  /** Also ordinary words or names: an abbreviation only when a digit follows. */
  private static final Set<String> BEFORE_DIGITS = Set.of("abs", "art", "jan", "ziff");

  /** May end a sentence: split when a capitalised word follows. */
  private static final Set<String> SENTENCE_FINAL =
      Set.of("usw", "usf", "etc", "chr", "u.ä", "o.ä", "u.a.m", "v.chr", "n.chr");

  /** Written with spaces between the parts; compact lower-case form, without the last period. */
  private static final Set<String> SPACED =
      Set.of(
          "z.b", "d.h", "u.a", "v.a", "u.u", "o.ä", "u.ä", "i.d.r", "z.t", "s.o", "s.u", "m.e",
          "v.chr", "n.chr", "z.zt", "u.a.m", "i.a", "o.g");

  private GermanAbbreviations() {}

  /**
   * Whether {@code word}, followed by a period in the text, is an abbreviation; {@code next} is the
   * first non-space char after that period, or 0 at the end.
   */
  static boolean isWordAbbreviation(String word, char next) {
    String w = word.toLowerCase(Locale.ROOT);
    if (WORDS.contains(w) || SENTENCE_FINAL.contains(w)) {
      return true;
    }
    return BEFORE_DIGITS.contains(w) && next >= '0' && next <= '9';
  }

  /**
   * Whether the abbreviation, in compact lower-case form without the last period, may end a
   * sentence.
   */
  static boolean mayEndSentence(String compact) {
    return SENTENCE_FINAL.contains(compact);
  }

  /**
   * The end of a dotted abbreviation starting at {@code start} ({@code z.B.}, {@code U.S.A.},
   * {@code z. B.}, {@code v. Chr.}), or -1.
   */
  static int dottedEnd(String text, int start) {
    int i = start;
    int parts = 0;
    int end = -1;
    boolean spaced = false;
    boolean singleLetters = true;
    while (parts < 4) {
      int letters = 0;
      int j = i;
      while (j < text.length() && Character.isLetter(text.charAt(j)) && letters < 4) {
        j++;
        letters++;
      }
      if (letters == 0 || j >= text.length() || text.charAt(j) != '.') {
        break;
      }
      if (letters > 1 && parts == 0) {
        // v. Chr.: only the first part must be one letter
        break;
      }
      singleLetters &= letters == 1;
      parts++;
      i = j + 1;
      if (parts >= 2) {
        boolean letterFollows = i < text.length() && Character.isLetter(text.charAt(i));
        String compact = compact(text.substring(start, i));
        boolean known = SPACED.contains(compact) || SENTENCE_FINAL.contains(compact);
        if (!letterFollows && (known || (!spaced && singleLetters))) {
          end = i;
        }
      }
      if (i < text.length() && text.charAt(i) == ' ') {
        spaced = true;
        i++;
      }
    }
    return end;
  }

  /** {@code z. B.} and {@code z.B.} both give {@code z.b}. */
  static String compact(String abbreviation) {
    String s = abbreviation.replace(" ", "").toLowerCase(Locale.ROOT);
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
