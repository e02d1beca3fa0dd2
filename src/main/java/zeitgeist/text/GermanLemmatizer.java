package zeitgeist.text;

import java.util.Locale;

/**
 * The lower-case lemma of one word form with its part-of-speech tag, from OpenNLP's German
 * statistical lemmatizer ({@link OpenNlpModels#LEMMAS}), repaired and cached.
 *
 * <p>Each form is lemmatised in a fixed context, after a comma, not in its sentence: the model's
 * only context beyond the form and its tag is the previous token's decision, so in a fixed context
 * the lemma is a function of (form, tag) and can be cached exactly, whatever the order in which
 * articles are seen. On the seed articles this agrees with lemmatising whole sentences on 99.3% of
 * the word tokens (the differences are as often better as worse: {@code Putin → putin}, not {@code
 * puti}); a form alone at the start of a sequence does worse (98.2%, {@code abgezogen → abzogenn}).
 * The cache ({@link #CACHE}) is per JVM, concurrent and bounded; a miss is decoded by {@link
 * CommaContextLemmatizer} (about 85k forms/s, with the same lemmas as OpenNLP's {@code
 * LemmatizerME} at 6k forms/s on all 60,282 (form, tag) pairs of the 10kGNAD test split); a hit
 * costs a map lookup.
 *
 * <p>Repairs of the model's output ({@link #repair}):
 *
 * <ul>
 *   <li>a contraction lemma ({@code im → in+der}, {@code zum → zu+der}) becomes the lower-case form
 *       ({@code im}); so does a lemma without a letter;
 *   <li>old spelling: when the form has no {@code ß}, a {@code ß} the model put after a short vowel
 *       becomes {@code ss} ({@code Russland → rußland → russland}, {@code Flüsse → fluß → fluss}),
 *       while {@code ß} after a long vowel or diphthong stays ({@code beschlossen → beschließen});
 *   <li>a verb lemma must be an infinitive, ending in {@code n}: otherwise a weak past form becomes
 *       its infinitive ({@code sagten → sagter → sagen}, {@code lächelte → lächeln}), any other
 *       form stays as written ({@code erörtern → erört → erörtern});
 *   <li>a proper noun keeps a final {@code s} the model dropped ({@code Euronews → euronew →
 *       euronews}); whether an {@code s} is a genitive is decided per article by {@link
 *       TermNormalizer}.
 * </ul>
 *
 * Limits: other model errors stay, mostly on rarer words ({@code Abkommen → abkomme}, {@code
 * Initiative → initiativ}, {@code gewertet → gewerten}); a proper noun mistagged as a noun may be
 * lemmatised like one.
 */
final class GermanLemmatizer {
  /** At most about 2 x 50,000 (form, tag) pairs, some 10-15 MB. */
  static final GenerationCache<String> CACHE = new GenerationCache<>(50_000);

  private static final CommaContextLemmatizer LEMMATIZER =
      new CommaContextLemmatizer(OpenNlpModels.lemmas());
  private static final String SHORT_VOWEL_BEFORE_SZ = "aeiouäöüy";

  private GermanLemmatizer() {}

  /** The repaired lower-case lemma of {@code form} tagged {@code tag}; cached. */
  static String lemma(String form, String tag) {
    return CACHE.get(tag + '\t' + form, key -> lemmatize(form, tag));
  }

  /** The repaired lemma, not cached. */
  static String lemmatize(String form, String tag) {
    String raw = LEMMATIZER.lemma(form, tag);
    return repair(form, tag, raw);
  }

  /** Repairs the raw model output {@code raw} for {@code form}; see the class comment. */
  static String repair(String form, String tag, String raw) {
    String lower = form.toLowerCase(Locale.ROOT);
    if (raw == null || raw.indexOf('+') >= 0 || !hasLetter(raw)) {
      return lower;
    }
    String lemma = raw.toLowerCase(Locale.ROOT);
    if (lemma.indexOf('ß') >= 0 && lower.indexOf('ß') < 0) {
      lemma = modernSs(lemma);
    }
    if (("VERB".equals(tag) || "AUX".equals(tag)) && !lemma.endsWith("n")) {
      return weakPastInfinitive(lower);
    }
    if ("PROPN".equals(tag)
        && lower.endsWith("s")
        && lemma.length() == lower.length() - 1
        && lower.startsWith(lemma)) {
      return lower;
    }
    return lemma;
  }

  /**
   * The infinitive of a weak past form: {@code sagten → sagen}, {@code meldete → melden}, {@code
   * lächelte → lächeln}; other forms unchanged.
   */
  static String weakPastInfinitive(String lower) {
    int cut = lower.endsWith("ten") ? 3 : lower.endsWith("te") ? 2 : 0;
    String stem = lower.substring(0, lower.length() - cut);
    if (cut == 0 || stem.length() < 3) {
      return lower;
    }
    boolean shortEnding = stem.endsWith("e") || stem.endsWith("el") || stem.endsWith("er");
    return shortEnding ? stem + "n" : stem + "en";
  }

  /**
   * {@code ß} after a single short vowel to {@code ss}: {@code fluß → fluss}, not {@code heißen}.
   */
  static String modernSs(String lemma) {
    StringBuilder out = new StringBuilder(lemma.length() + 2);
    for (int i = 0; i < lemma.length(); i++) {
      char c = lemma.charAt(i);
      if (c == 'ß'
          && i > 0
          && SHORT_VOWEL_BEFORE_SZ.indexOf(lemma.charAt(i - 1)) >= 0
          && (i < 2 || !isVowel(lemma.charAt(i - 2)))) {
        out.append("ss");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return "aeiouäöüy".indexOf(c) >= 0;
  }

  static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
