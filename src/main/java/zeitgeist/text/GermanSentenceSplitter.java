package zeitgeist.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import zeitgeist.text.TokenSpan.Kind;

/**
 * Splits the tokens of {@link GermanTokenizer} into sentences. Pure rules, no model: on the seed
 * articles and the golden file they make fewer errors than OpenNLP's German sentence model, which
 * splits after every ordinal ({@code zum 100. | Jahrestag}) and most abbreviations and never at a
 * paragraph break.
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>A blank line ends a sentence. A single line break ends one too, unless the next line starts
 *       with a lower-case letter or {@code , ; : )}, or the line ends with {@code , ; : - – — ( /}.
 *   <li>{@code . ! ? …} (or a run of them), with the closing quotes and brackets right after them,
 *       end a sentence when a capitalised word, a number, an opening quote or bracket follows. A
 *       sentence ending inside a quote keeps its closing quote ({@code „Das ist gut.“ | Dann}).
 *   <li>Inside a quote there is no split: a quoted passage of several sentences stays one sentence
 *       with the words around it, unless the quote itself ends a sentence. Quotes are paired within
 *       a paragraph; an unpaired quote mark is ignored. {@code „} opens; {@code " “ ” » «} open
 *       after a space and close after a non-space.
 *   <li>The period of an abbreviation is part of its token and ends no sentence ({@link
 *       GermanAbbreviations}); {@code usw.}, {@code etc.}, {@code v. Chr.} end one when a
 *       capitalised word follows.
 *   <li>A period right after a number of one to three digits is an ordinal, not an end, when a
 *       month follows ({@code 2. Mai 2017}, {@code am 7. und 8. Juli}) or an article, a contraction
 *       or a possessive comes before ({@code zum 100. Jahrestag}, {@code seinem 70. Geburtstag}).
 * </ol>
 *
 * <p>Sentences without a word token (a line of dashes) are dropped. Limits: a sentence that really
 * ends with an abbreviation, an initial or an ordinal before a capitalised word is not split
 * ({@code ... 5 Mrd. Die ...}, {@code Plan B. Dann}); a hard-wrapped line followed by a capitalised
 * word is split; roman ordinals ({@code Ludwig XIV.}) end a sentence before a capitalised word;
 * single quotes ({@code ‚…‘}) are not tracked.
 */
final class GermanSentenceSplitter {
  private static final Set<String> MONTHS =
      Set.of(
          "januar",
          "jänner",
          "februar",
          "feber",
          "märz",
          "april",
          "mai",
          "juni",
          "juli",
          "august",
          "september",
          "oktober",
          "november",
          "dezember",
          "jan.",
          "feb.",
          "mär.",
          "apr.",
          "jun.",
          "jul.",
          "aug.",
          "sep.",
          "sept.",
          "okt.",
          "nov.",
          "dez.");
  private static final Pattern BEFORE_ORDINAL =
      Pattern.compile(
          "am|an|im|vom|zum|zur|beim|ins|der|die|das|dem|den|des|(?:mein|dein|sein|ihr|unser|eur"
              + "|dies|jed|jen)(?:e|er|es|em|en)?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final String LINE_END_CONTINUES = ",;:-–—(/";
  private static final String LINE_START_CONTINUES = ",;:)]";
  private static final String TERMINAL = ".!?…";
  private static final String QUOTES = "\"“”»«„";
  private static final String OPENS_BEFORE_QUOTE = "([{/–—-:„";

  private enum Role {
    NONE,
    OPEN,
    CLOSE
  }

  private GermanSentenceSplitter() {}

  /** Sentences as {@code [first, end)} ranges of indices into {@code tokens}, in order. */
  static List<int[]> split(String text, List<TokenSpan> tokens) {
    int n = tokens.size();
    boolean[] lineBoundary = new boolean[n];
    for (int i = 1; i < n; i++) {
      lineBoundary[i] = lineBreakEnds(text, tokens.get(i - 1), tokens.get(i));
    }
    Role[] roles = quoteRoles(text, tokens, lineBoundary);
    List<int[]> sentences = new ArrayList<>();
    int first = 0;
    int depth = 0;
    int i = 0;
    while (i < n) {
      if (i > first && lineBoundary[i]) {
        add(sentences, tokens, first, i);
        first = i;
        depth = 0;
      }
      TokenSpan t = tokens.get(i);
      depth = step(depth, roles[i]);
      if (!isTerminal(text, t)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && !lineBoundary[j] && closesAfterTerminal(text, tokens.get(j), roles[j])) {
        depth = step(depth, roles[j]);
        j++;
      }
      if (j < n
          && depth == 0
          && !lineBoundary[j]
          && startsSentence(text, tokens.get(j), roles[j])
          && !isOrdinalPeriod(text, tokens, i, j)) {
        add(sentences, tokens, first, j);
        first = j;
      }
      i = j;
    }
    add(sentences, tokens, first, n);
    return sentences;
  }

  private static int step(int depth, Role role) {
    return switch (role) {
      case OPEN -> depth + 1;
      case CLOSE -> Math.max(0, depth - 1);
      case NONE -> depth;
    };
  }

  private static void add(List<int[]> sentences, List<TokenSpan> tokens, int first, int end) {
    for (int k = first; k < end; k++) {
      if (tokens.get(k).isWord()) {
        sentences.add(new int[] {first, end});
        return;
      }
    }
  }

  private static boolean lineBreakEnds(String text, TokenSpan before, TokenSpan after) {
    int breaks = 0;
    for (int k = before.end(); k < after.start(); k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' && (k + 1 == after.start() || text.charAt(k + 1) != '\n')) {
        breaks++;
      } else if (c == '\u2028' || c == '\u2029') {
        breaks += 2;
      }
    }
    if (breaks == 0) {
      return false;
    }
    if (breaks > 1) {
      return true;
    }
    char last = text.charAt(before.end() - 1);
    char next = text.charAt(after.start());
    return !(before.kind() == Kind.PUNCT && LINE_END_CONTINUES.indexOf(last) >= 0)
        && !Character.isLowerCase(next)
        && !(after.kind() == Kind.PUNCT && LINE_START_CONTINUES.indexOf(next) >= 0);
  }

  /** Opening and closing quote marks, paired within each stretch between line boundaries. */
  private static Role[] quoteRoles(String text, List<TokenSpan> tokens, boolean[] lineBoundary) {
    Role[] roles = new Role[tokens.size()];
    Arrays.fill(roles, Role.NONE);
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (lineBoundary[i]) {
        open.clear();
      }
      TokenSpan t = tokens.get(i);
      if (t.kind() != Kind.PUNCT || t.end() - t.start() != 1) {
        continue;
      }
      char c = text.charAt(t.start());
      if (QUOTES.indexOf(c) < 0) {
        continue;
      }
      boolean spaceBefore =
          t.start() == 0
              || Character.isWhitespace(text.charAt(t.start() - 1))
              || OPENS_BEFORE_QUOTE.indexOf(text.charAt(t.start() - 1)) >= 0;
      boolean spaceAfter = t.end() == text.length() || Character.isWhitespace(text.charAt(t.end()));
      if (c == '„' || spaceBefore && !spaceAfter) {
        open.push(i);
      } else if (!spaceBefore && !open.isEmpty()) {
        roles[open.pop()] = Role.OPEN;
        roles[i] = Role.CLOSE;
      }
    }
    return roles;
  }

  private static boolean isTerminal(String text, TokenSpan t) {
    if (t.kind() == Kind.ABBREVIATION) {
      return t.mayEndSentence();
    }
    if (t.kind() != Kind.PUNCT) {
      return false;
    }
    return TERMINAL.indexOf(text.charAt(t.start())) >= 0;
  }

  private static boolean closesAfterTerminal(String text, TokenSpan t, Role role) {
    if (t.kind() != Kind.PUNCT) {
      return false;
    }
    char c = text.charAt(t.start());
    return role == Role.CLOSE || c == ')' || c == ']' || TERMINAL.indexOf(c) >= 0;
  }

  private static boolean startsSentence(String text, TokenSpan t, Role role) {
    char c = text.charAt(t.start());
    return switch (t.kind()) {
      case WORD, ABBREVIATION -> Character.isUpperCase(text.codePointAt(t.start()));
      case NUMBER -> true;
      case PUNCT -> role == Role.OPEN || c == '„' || c == '(' || c == '[';
    };
  }

  /** Whether token {@code period} is the period of an ordinal number; {@code next} follows it. */
  private static boolean isOrdinalPeriod(
      String text, List<TokenSpan> tokens, int period, int next) {
    TokenSpan p = tokens.get(period);
    if (p.kind() != Kind.PUNCT || p.end() - p.start() != 1 || text.charAt(p.start()) != '.') {
      return false;
    }
    if (period == 0 || next != period + 1) {
      return false;
    }
    TokenSpan number = tokens.get(period - 1);
    if (number.kind() != Kind.NUMBER
        || number.end() != p.start()
        || number.end() - number.start() > 3) {
      return false;
    }
    for (int k = number.start(); k < number.end(); k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    String following = tokens.get(next).text(text).toLowerCase(Locale.ROOT);
    if (MONTHS.contains(following)) {
      return true;
    }
    return period >= 2
        && tokens.get(period - 2).kind() == Kind.WORD
        && BEFORE_ORDINAL.matcher(tokens.get(period - 2).text(text)).matches();
  }
}
