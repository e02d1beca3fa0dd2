package zeitgeist.lexicon;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.Token;

/**
 * Finds the entries of one {@link Lexicon} in an analysed text.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A token matches an entry word when its lower-cased surface or its lemma ({@link
 *       Token#term()}) equals the word, or, for a wildcard {@code glück*}, starts with it. So
 *       {@code Erfolgen} matches {@code erfolg} (lemma) and SentiWS's {@code Erfolgen} (surface);
 *       case never matters.
 *   <li>A multi-word entry matches consecutive tokens of one sentence, in its order; punctuation
 *       between them is not seen ({@code in Frage stellen} matches {@code in Frage gestellt} by
 *       lemma, but not {@code stellt das in Frage}).
 *   <li>Spans are chosen per sentence, longest first, then leftmost; a span that overlaps a chosen
 *       one is dropped. A token is in at most one span: {@code gute Nachricht} wins over {@code
 *       gut}.
 *   <li>Of the entries matching one span, one wins, by in turn: fewer wildcard words; longer
 *       literal text ({@code glücklich} before {@code glück*}); the entry's part of speech equal to
 *       the token's (SentiWS only; {@code PROPN} counts as {@code NOUN}, {@code AUX} as {@code
 *       VERB}); the entry's lemma equal to the token's ({@code gefallen} with lemma {@code fallen}
 *       takes SentiWS's {@code fallen}, not the verb {@code gefallen}); larger |weight|; earlier in
 *       the lexicon.
 *   <li>A polarity lexicon gives one hit per span, the winner's. A category lexicon gives one hit
 *       per category listed for the winner's words ({@code glück*} in {@code posemo} and {@code
 *       affect} gives two hits on the same token), as LIWC counts a word in every category it
 *       lists.
 * </ol>
 *
 * <p>Hits come sorted by first token, then category. Cost per token: see {@link LexiconIndex}; a
 * sort of the few candidates per text. Immutable, thread-safe and serializable; build one per
 * lexicon and share it (or build it on each executor from the serialized {@link Lexicon}).
 */
public final class LexiconMatcher implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Lexicon lexicon;
  private final LexiconIndex index;

  /** One matched span of tokens and the entry that matched it, with the tie-break facts. */
  private record Candidate(int start, int length, int entry, boolean posAgrees, boolean lemma) {
    boolean sameSpan(Candidate o) {
      return start == o.start && length == o.length;
    }
  }

  /** A matcher for {@code lexicon}; indexes its entries once (0.2 s for SentiWS's 34,586). */
  public LexiconMatcher(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.index = new LexiconIndex(lexicon.entries());
  }

  /** The lexicon matched. */
  public Lexicon lexicon() {
    return lexicon;
  }

  /** The hits in {@code text}, by the rules in the class comment; empty for an empty text. */
  public List<Hit> match(AnalyzedText text) {
    List<Token> tokens = text.tokens();
    int n = tokens.size();
    if (n == 0) {
      return List.of();
    }
    String[] lower = new String[n];
    String[] term = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = tokens.get(i).surface().toLowerCase(Locale.ROOT);
      term[i] = tokens.get(i).term() == null ? lower[i] : tokens.get(i).term();
    }
    List<Candidate> found = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      at.clear();
      index.entriesStartingAt(lower[i], term[i], at);
      for (int e : at) {
        int length = index.entry(e).size();
        if (index.matchesFrom(e, i, tokens, lower, term)) {
          found.add(
              new Candidate(
                  i,
                  length,
                  e,
                  posAgrees(e, i, length, tokens),
                  index.entry(e).lemma().equals(length == 1 ? term[i] : join(term, i, length))));
        }
      }
    }
    return choose(found, n);
  }

  private List<Hit> choose(List<Candidate> found, int n) {
    if (found.isEmpty()) {
      return List.of();
    }
    found.sort(
        Comparator.comparingInt((Candidate c) -> -c.length())
            .thenComparingInt(Candidate::start)
            .thenComparingInt(c -> index.wildcards(c.entry()))
            .thenComparingInt(c -> -index.literalChars(c.entry()))
            .thenComparing(c -> !c.posAgrees())
            .thenComparing(c -> !c.lemma())
            .thenComparingDouble(c -> -Math.abs(index.entry(c.entry()).weight()))
            .thenComparingInt(Candidate::entry));
    boolean[] taken = new boolean[n];
    List<Hit> hits = new ArrayList<>();
    Candidate winner = null;
    Set<String> categories = new HashSet<>();
    for (Candidate c : found) {
      LexiconEntry entry = index.entry(c.entry());
      if (winner != null && c.sameSpan(winner)) {
        if (lexicon.kind() == LexiconKind.CATEGORIES
            && entry.words().equals(index.entry(winner.entry()).words())
            && categories.add(entry.category())) {
          hits.add(hit(c));
        }
        continue;
      }
      winner = null;
      if (overlaps(taken, c)) {
        continue;
      }
      for (int t = c.start(); t < c.start() + c.length(); t++) {
        taken[t] = true;
      }
      winner = c;
      categories.clear();
      categories.add(entry.category());
      hits.add(hit(c));
    }
    hits.sort(Comparator.comparingInt(Hit::firstToken).thenComparing(Hit::category));
    return hits;
  }

  private Hit hit(Candidate c) {
    LexiconEntry e = index.entry(c.entry());
    return new Hit(c.start(), c.start() + c.length(), e.category(), e.weight());
  }

  private static boolean overlaps(boolean[] taken, Candidate c) {
    for (int t = c.start(); t < c.start() + c.length(); t++) {
      if (taken[t]) {
        return true;
      }
    }
    return false;
  }

  private boolean posAgrees(int e, int start, int length, List<Token> tokens) {
    String pos = index.entry(e).pos();
    return length == 1 && pos != null && pos.equals(coarse(tokens.get(start).pos()));
  }

  private static String coarse(String pos) {
    return switch (pos == null ? "" : pos) {
      case "PROPN" -> "NOUN";
      case "AUX" -> "VERB";
      default -> pos;
    };
  }

  private static String join(String[] terms, int start, int length) {
    return String.join(" ", java.util.Arrays.asList(terms).subList(start, start + length));
  }
}
