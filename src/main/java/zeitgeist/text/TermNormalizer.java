package zeitgeist.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import zeitgeist.text.TokenSpan.Kind;

/**
 * The normalised term of a token: a lower-case lemma that stays readable German.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>a word: its lemma from {@link GermanLemmatizer} ({@code Gesprächen → gespräch}, {@code
 *       Treffens → treffen}, {@code Ärger → ärger}, {@code Weißen → weiß}); umlauts and {@code ß}
 *       are kept, nothing is stemmed;
 *   <li>a hyphenated compound: the lower-cased first parts and the lemma of the last part, tagged
 *       like the whole ({@code US-Präsidenten → us-präsident}, {@code russisch-amerikanischen →
 *       russisch-amerikanisch}); hyphen variants become {@code -};
 *   <li>an abbreviation: lower case, without spaces and without its last period ({@code z. B.} and
 *       {@code z.B.} give {@code z.b}, {@code Mrd.} gives {@code mrd});
 *   <li>a number: its surface, unchanged; a number is never counted as a term;
 *   <li>per article, a genitive {@code s} of a name or compound: a capitalised, not all-capital
 *       word whose term is its lower-cased surface ending in {@code s} (the lemmatizer left it
 *       alone) loses the {@code s} (or {@code es}) when the article holds evidence for the shorter
 *       base: another capitalised token whose term is the base ({@code Trumps → trump} when {@code
 *       Trump} occurs, {@code Bidens → biden}) or, for a compound, the base's last part of at least
 *       {@value #MIN_HEAD} letters ({@code Truppenaufmarschs → truppenaufmarsch} when {@code
 *       Aufmarsch} occurs, {@code Ukraine-Konflikts → ukraine-konflikt} when {@code Konflikt}
 *       occurs); {@code Paris} stays {@code paris}.
 * </ul>
 *
 * Limits: compounds are not split, so {@code Abrüstungsabkommen} and {@code Abkommen} are different
 * terms; a genitive whose base form does not occur in the article keeps its {@code s} ({@code
 * Trumps} alone stays {@code trumps}); two names differing by a final {@code s} in one article are
 * merged.
 */
final class TermNormalizer {
  static final int MIN_HEAD = 4;

  private TermNormalizer() {}

  /** The term of one token, before the per-article genitive rule. */
  static String term(String surface, Kind kind, String tag) {
    return switch (kind) {
      case NUMBER -> surface;
      case ABBREVIATION -> GermanAbbreviations.compact(surface);
      case WORD, PUNCT -> wordTerm(surface, tag);
    };
  }

  private static String wordTerm(String surface, String tag) {
    int hyphen = lastHyphen(surface);
    if (hyphen > 0 && hyphen < surface.length() - 1) {
      String head = surface.substring(hyphen + 1);
      if (GermanLemmatizer.hasLetter(head)) {
        String prefix = unifyHyphens(surface.substring(0, hyphen)).toLowerCase(Locale.ROOT);
        return prefix + '-' + GermanLemmatizer.lemma(head, tag);
      }
    }
    return GermanLemmatizer.lemma(surface, tag);
  }

  /**
   * Applies the genitive rule to {@code terms} in place; {@code surfaces} and {@code terms} are
   * parallel, one entry per word token of the article.
   */
  static void stripGenitives(List<String> surfaces, String[] terms, boolean[] number) {
    Set<String> capitalised = new HashSet<>();
    for (int i = 0; i < terms.length; i++) {
      if (!number[i]
          && Character.isUpperCase(surfaces.get(i).codePointAt(0))
          && !GermanStopwords.contains(terms[i])) {
        capitalised.add(terms[i]);
      }
    }
    for (int i = 0; i < terms.length; i++) {
      String surface = surfaces.get(i);
      String term = terms[i];
      if (number[i]
          || !term.endsWith("s")
          || term.length() < 3
          || !Character.isUpperCase(surface.codePointAt(0))
          || isAllUpperCase(surface)
          || !term.equals(unifyHyphens(surface).toLowerCase(Locale.ROOT))) {
        continue;
      }
      String withoutS = term.substring(0, term.length() - 1);
      if (hasEvidence(withoutS, capitalised)) {
        terms[i] = withoutS;
      } else if (term.endsWith("es")
          && hasEvidence(term.substring(0, term.length() - 2), capitalised)) {
        terms[i] = term.substring(0, term.length() - 2);
      }
    }
  }

  /** Whether {@code base} or its last {@link #MIN_HEAD} or more chars are one of {@code terms}. */
  private static boolean hasEvidence(String base, Set<String> terms) {
    if (terms.contains(base)) {
      return true;
    }
    for (int k = 1; k <= base.length() - MIN_HEAD; k++) {
      if (terms.contains(base.substring(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAllUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int lastHyphen(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == '-' || c == '\u2010' || c == '\u2011') {
        return i;
      }
    }
    return -1;
  }

  static String unifyHyphens(String s) {
    return s.replace('\u2010', '-').replace('\u2011', '-');
  }
}
