package zeitgeist.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.Token;

/**
 * The clauses of an analysed text as runs of word tokens: the span that a negation or an
 * intensifier may reach. A clause is a heuristic one, read from punctuation and a few conjunctions,
 * not from a parse.
 *
 * <p>Rules: a new clause starts at token {@code i} when
 *
 * <ul>
 *   <li>{@code i} starts a sentence;
 *   <li>the text between token {@code i-1} and token {@code i} holds one of {@code , ; : . ! ? ( )
 *       [ ] …}, a dash ({@code –}, {@code —}) or a hyphen that stands alone (a hyphen inside a word
 *       is part of the token); quotation marks do not break a clause ({@code nicht „gut“});
 *   <li>token {@code i} is a coordinating conjunction: {@code aber}, {@code sondern}, {@code
 *       jedoch}, {@code und}, {@code oder}, {@code sowie}, or {@code doch} tagged {@code CCONJ}
 *       (the modal particle {@code doch}, tagged {@code ADV}, does not break: {@code hat die Krise
 *       doch gut gemeistert}).
 * </ul>
 *
 * <p>Limits: {@code und} and {@code oder} also join words inside one phrase ({@code keine guten und
 * schnellen Lösungen}); they break the clause there too, so a negation reaches only the first
 * conjunct. Subordinate clauses are found by their commas only. Comparing surfaces is done in lower
 * case ({@link Locale#ROOT}).
 */
final class ClauseBoundaries {
  static final Set<String> CONJUNCTIONS =
      Set.of("aber", "sondern", "jedoch", "und", "oder", "sowie");

  private static final String BREAKING_PUNCTUATION = ",;:.!?()[]…–—";

  /** Clause number of each token, counting from 0 in the text. */
  private final int[] clause;

  /** Index after the last token of the clause of each token. */
  private final int[] clauseEnd;

  private ClauseBoundaries(int[] clause, int[] clauseEnd) {
    this.clause = clause;
    this.clauseEnd = clauseEnd;
  }

  /** The clauses of {@code text}. */
  static ClauseBoundaries of(AnalyzedText text) {
    List<Token> tokens = text.tokens();
    int n = tokens.size();
    int[] clause = new int[n];
    for (int i = 1; i < n; i++) {
      clause[i] = clause[i - 1] + (breaksBefore(text, i) ? 1 : 0);
    }
    int[] clauseEnd = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      clauseEnd[i] = i + 1 < n && clause[i + 1] == clause[i] ? clauseEnd[i + 1] : i + 1;
    }
    return new ClauseBoundaries(clause, clauseEnd);
  }

  /** Whether tokens {@code a} and {@code b} stand in one clause. */
  boolean sameClause(int a, int b) {
    return clause[a] == clause[b];
  }

  /** The index after the last token of the clause that holds token {@code i}. */
  int clauseEnd(int i) {
    return clauseEnd[i];
  }

  private static boolean breaksBefore(AnalyzedText text, int i) {
    Token previous = text.tokens().get(i - 1);
    Token token = text.tokens().get(i);
    if (previous.sentence() != token.sentence()) {
      return true;
    }
    String between = text.text().substring(previous.end(), token.start());
    for (int k = 0; k < between.length(); k++) {
      char c = between.charAt(k);
      if (BREAKING_PUNCTUATION.indexOf(c) >= 0 || c == '-') {
        return true;
      }
    }
    String word = token.surface().toLowerCase(Locale.ROOT);
    return CONJUNCTIONS.contains(word) || "doch".equals(word) && "CCONJ".equals(token.pos());
  }
}
