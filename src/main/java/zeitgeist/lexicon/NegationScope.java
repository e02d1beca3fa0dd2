package zeitgeist.lexicon;

import java.util.Locale;
import java.util.Set;
import zeitgeist.text.AnalyzedText;

/**
 * Which lexicon hits stand in the scope of a German negation. A hit is negated when an odd number
 * of negators reach it; two cancel out ({@code nicht ohne Erfolg}, {@code Niemand war nicht
 * glücklich}). What a negation does to a hit's score is decided by {@link SentimentScorer}.
 *
 * <p>Rules (words compared by lower-cased surface, not lemma: the lemmatizer is not reliable on
 * function words):
 *
 * <ul>
 *   <li>negators: {@code nicht}, {@code nie}, {@code niemals}, {@code nichts}, {@code ohne}, {@code
 *       kein}, {@code keine}, {@code keinen}, {@code keinem}, {@code keiner}, {@code keines},
 *       {@code keinerlei}, {@code keineswegs}, {@code keinesfalls}, {@code niemand}, {@code
 *       niemandem}, {@code niemanden}, {@code nirgends}, {@code nirgendwo}, {@code weder}, and
 *       {@code noch} when a {@code weder} precedes it in the same sentence;
 *   <li>a negator reaches a hit whose first token is one of the {@value #WINDOW} tokens after it in
 *       the same clause ({@link ClauseBoundaries}: punctuation, {@code aber}, {@code sondern},
 *       {@code und}, ... end the scope): {@code nicht gut}, {@code kein großer Erfolg}, {@code nie
 *       war es so schön};
 *   <li>{@code nicht}, {@code nie} or {@code niemals} at the end of a clause (or followed only by
 *       {@code mehr}) also reaches every hit before it in that clause: {@code Das gefällt mir
 *       nicht}, {@code Er lobte den Plan nicht mehr};
 *   <li>{@code nicht} directly followed by {@code nur}, {@code bloß}, {@code allein} or {@code
 *       zuletzt} is not a negator: {@code nicht nur gut, sondern auch schnell} stays positive;
 *   <li>{@code weder ... noch}: {@code weder} reaches hits up to the {@code noch}, the {@code noch}
 *       those after it; a hit after the {@code noch} is negated once, not twice;
 *   <li>{@code ohne} is a preposition: it reaches no further than the first capitalised word after
 *       it, the head of its object ({@code ohne große Probleme}, but not {@code richtig} in {@code
 *       ohne Zweifel richtig}); {@code ohne dass} and {@code ohne zu} open a clause and reach as
 *       far as {@code nicht}.
 * </ul>
 *
 * <p>Limits: {@code kaum} and {@code wenig} are diminishers ({@link DegreeModifiers}), not
 * negators, though {@code wenig überzeugend} often means "not convincing". Idioms are not known:
 * {@code kein Wunder} negates {@code Wunder}. A negator reaches every hit in its window, not only
 * the word it modifies ({@code nicht die Regierung hat gut gearbeitet}). A negation raised by
 * {@code gar} or {@code überhaupt} is not stronger than a plain one. {@code niemand} and {@code
 * keiner} as subjects negate what follows them, which is mostly but not always right; {@code kein}
 * reaches past its noun as far as {@code nicht} does ({@code Kein Mensch war glücklich} is
 * negative, {@code kein Zweifel, gut} is saved only by the comma).
 */
final class NegationScope {
  /** How many tokens after a negator a hit may start and still be negated. */
  static final int WINDOW = 4;

  static final Set<String> NEGATORS =
      Set.of(
          "nicht",
          "nie",
          "niemals",
          "nichts",
          "ohne",
          "kein",
          "keine",
          "keinen",
          "keinem",
          "keiner",
          "keines",
          "keinerlei",
          "keineswegs",
          "keinesfalls",
          "niemand",
          "niemandem",
          "niemanden",
          "nirgends",
          "nirgendwo",
          "weder");

  static final Set<String> CLAUSE_FINAL_NEGATORS = Set.of("nicht", "nie", "niemals");

  /** Words after {@code nicht} that make it a focus particle, not a negation. */
  static final Set<String> NOT_NEGATING_AFTER_NICHT = Set.of("nur", "bloß", "allein", "zuletzt");

  private NegationScope() {}

  /** Whether an odd number of negators reach {@code hit}. */
  static boolean isNegated(AnalyzedText text, ClauseBoundaries clauses, Hit hit) {
    return negators(text, clauses, hit) % 2 == 1;
  }

  /** How many negators reach {@code hit}. */
  static int negators(AnalyzedText text, ClauseBoundaries clauses, Hit hit) {
    int first = hit.firstToken();
    int count = 0;
    boolean afterNoch = false;
    for (int k = first - 1; k >= 0 && k >= first - WINDOW && clauses.sameClause(k, first); k--) {
      if (!isNegator(text, clauses, k)) {
        continue;
      }
      String word = word(text, k);
      if ("noch".equals(word)) {
        afterNoch = true;
      } else if ("weder".equals(word) && afterNoch
          || "ohne".equals(word) && nounBetween(text, k, first)) {
        continue;
      }
      count++;
    }
    int last = clauses.clauseEnd(hit.endToken() - 1) - 1;
    if (last > hit.endToken() && "mehr".equals(word(text, last))) {
      last--;
    }
    if (last >= hit.endToken() && CLAUSE_FINAL_NEGATORS.contains(word(text, last))) {
      count++;
    }
    return count;
  }

  /** Whether token {@code k} of {@code text} is a negator in its context. */
  static boolean isNegator(AnalyzedText text, ClauseBoundaries clauses, int k) {
    String word = word(text, k);
    if ("noch".equals(word)) {
      return wederBefore(text, k);
    }
    if ("nicht".equals(word)
        && k + 1 < text.tokens().size()
        && clauses.sameClause(k, k + 1)
        && NOT_NEGATING_AFTER_NICHT.contains(word(text, k + 1))) {
      return false;
    }
    return NEGATORS.contains(word);
  }

  /**
   * Whether a capitalised word stands between {@code ohne} at {@code k} and {@code first}: the head
   * of the object of {@code ohne}, where its scope ends. {@code ohne dass} and {@code ohne zu} open
   * a clause and have no head.
   */
  private static boolean nounBetween(AnalyzedText text, int k, int first) {
    String next = word(text, k + 1);
    if ("dass".equals(next) || "zu".equals(next)) {
      return false;
    }
    for (int i = k + 1; i < first; i++) {
      if (Character.isUpperCase(text.tokens().get(i).surface().codePointAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static boolean wederBefore(AnalyzedText text, int k) {
    int sentence = text.tokens().get(k).sentence();
    for (int i = k - 1; i >= 0 && text.tokens().get(i).sentence() == sentence; i--) {
      if ("weder".equals(word(text, i))) {
        return true;
      }
    }
    return false;
  }

  static String word(AnalyzedText text, int k) {
    return text.tokens().get(k).surface().toLowerCase(Locale.ROOT);
  }
}
