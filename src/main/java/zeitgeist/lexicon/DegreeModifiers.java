package zeitgeist.lexicon;

import java.util.Set;
import zeitgeist.text.AnalyzedText;

/**
 * The weight factor that an intensifier or a diminisher gives the lexicon hit right after it.
 *
 * <p>Rules (words compared by lower-cased surface: the lemmatizer gives {@code höchst →
 * hochöchst}):
 *
 * <ul>
 *   <li>only the token right before the hit's first token counts, and only in the same clause
 *       ({@link ClauseBoundaries}); {@code ganz besonders gut} is scaled once, by {@code
 *       besonders};
 *   <li>intensifiers (× {@value #INTENSIFIER}): {@code sehr}, {@code äußerst}, {@code
 *       außerordentlich}, {@code ausgesprochen}, {@code besonders}, {@code extrem}, {@code höchst},
 *       {@code hochgradig}, {@code überaus}, {@code ungemein}, {@code enorm}, {@code zutiefst},
 *       {@code ziemlich}, {@code total}, {@code völlig}, {@code vollkommen}, {@code absolut},
 *       {@code wirklich}, {@code echt}, {@code unglaublich};
 *   <li>diminishers (× {@value #DIMINISHER}): {@code etwas}, {@code leicht}, {@code geringfügig},
 *       {@code einigermaßen}, {@code halbwegs}, {@code mäßig}, and the quantity words {@code kaum},
 *       {@code wenig}, {@code wenige}, {@code wenigen}, {@code weniger};
 *   <li>intensifiers and degree diminishers scale only a hit whose first token starts in lower case
 *       (an adjective, adverb or verb): {@code etwas Gutes} is "something good", {@code besonders
 *       Kinder} "especially children"; the quantity words also scale nouns ({@code kaum Erfolg});
 *   <li>{@code kaum} weakens, it does not negate: {@code kaum gut} is a weak positive.
 * </ul>
 *
 * <p>Limits: {@code zu} before an adjective ({@code zu teuer}, {@code zu schön, um wahr zu sein})
 * is left out: excess may turn praise into blame. {@code so}, {@code ganz}, {@code recht} and
 * {@code stark} are left out: each is as often something else ({@code ganz gut} is lukewarm, {@code
 * stark} a sentiment word of its own). Inflected intensifiers ({@code extremer Erfolg}) are not
 * listed. A hit is scaled once, however many modifiers stand before it ({@code sehr, sehr gut}).
 */
final class DegreeModifiers {
  static final double INTENSIFIER = 1.5;
  static final double DIMINISHER = 0.5;

  static final Set<String> INTENSIFIERS =
      Set.of(
          "sehr",
          "äußerst",
          "außerordentlich",
          "ausgesprochen",
          "besonders",
          "extrem",
          "höchst",
          "hochgradig",
          "überaus",
          "ungemein",
          "enorm",
          "zutiefst",
          "ziemlich",
          "total",
          "völlig",
          "vollkommen",
          "absolut",
          "wirklich",
          "echt",
          "unglaublich");

  static final Set<String> DEGREE_DIMINISHERS =
      Set.of("etwas", "leicht", "geringfügig", "einigermaßen", "halbwegs", "mäßig");

  static final Set<String> QUANTITY_DIMINISHERS =
      Set.of("kaum", "wenig", "wenige", "wenigen", "weniger");

  private DegreeModifiers() {}

  /**
   * The factor for a hit whose first token is {@code first}: {@value #INTENSIFIER}, {@value
   * #DIMINISHER} or 1.
   */
  static double factor(AnalyzedText text, ClauseBoundaries clauses, int first) {
    int k = first - 1;
    if (k < 0 || !clauses.sameClause(k, first)) {
      return 1;
    }
    String word = NegationScope.word(text, k);
    if (QUANTITY_DIMINISHERS.contains(word)) {
      return DIMINISHER;
    }
    if (!Character.isLowerCase(text.tokens().get(first).surface().codePointAt(0))) {
      return 1;
    }
    if (INTENSIFIERS.contains(word)) {
      return INTENSIFIER;
    }
    return DEGREE_DIMINISHERS.contains(word) ? DIMINISHER : 1;
  }
}
