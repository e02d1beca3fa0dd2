package zeitgeist.text;

import java.util.ArrayList;
import java.util.List;
import zeitgeist.text.TokenSpan.Kind;

/**
 * Splits German text into words, numbers, abbreviations and punctuation marks, with offsets. Pure
 * rules, no model.
 *
 * <p>Rules: a word is a run of letters, digits and combining marks; a hyphen between two such chars
 * joins ({@code US-Präsident}, {@code russisch-amerikanischen}, {@code G20-Gipfel}), as does an
 * apostrophe between letters ({@code geht's}). Between digits, {@code . , : /} join ({@code 1.000},
 * {@code 2,5}, {@code 20:00}, {@code 2017/18}); a period between a letter or digit and a lower-case
 * letter joins too ({@code tagesschau.de}). A token without a letter is a number. The period of a
 * known abbreviation stays in its token ({@link GermanAbbreviations}); the period after an ordinal
 * does not ({@code 2. Mai} gives {@code 2}, {@code .}, {@code Mai}). Every other non-space char is
 * one punctuation token; a run of periods is one token.
 *
 * <p>Limits: a truncated compound keeps its hyphen out ({@code Industrie- und} gives {@code
 * Industrie}); an en dash between numbers separates them ({@code 500–600} is three tokens); URLs
 * and e-mail addresses are cut at {@code /} and {@code @}; words are not decompounded.
 */
final class GermanTokenizer {
  private GermanTokenizer() {}

  static List<TokenSpan> tokenize(String text) {
    List<TokenSpan> out = new ArrayList<>(text.length() / 5 + 4);
    int n = text.length();
    int i = 0;
    while (i < n) {
      int c = text.codePointAt(i);
      if (isSpace(c)) {
        i += Character.charCount(c);
      } else if (isWordChar(c)) {
        i = word(text, i, out);
      } else {
        int j = i + Character.charCount(c);
        if (c == '.') {
          while (j < n && text.charAt(j) == '.') {
            j++;
          }
        }
        out.add(new TokenSpan(i, j, Kind.PUNCT, false));
        i = j;
      }
    }
    return out;
  }

  /** Reads the word, number or abbreviation starting at {@code start}; returns its end. */
  private static int word(String text, int start, List<TokenSpan> out) {
    int dotted = GermanAbbreviations.dottedEnd(text, start);
    if (dotted > 0) {
      String compact = GermanAbbreviations.compact(text.substring(start, dotted));
      boolean mayEnd = GermanAbbreviations.mayEndSentence(compact);
      out.add(new TokenSpan(start, dotted, Kind.ABBREVIATION, mayEnd));
      return dotted;
    }
    int n = text.length();
    int j = start;
    boolean letter = false;
    while (j < n) {
      int c = text.codePointAt(j);
      if (isWordChar(c)) {
        letter |= Character.isLetter(c);
        j += Character.charCount(c);
      } else if (joins(text, j)) {
        j++;
      } else {
        break;
      }
    }
    if (j < n && text.charAt(j) == '.' && letter && !(j + 1 < n && text.charAt(j + 1) == '.')) {
      String word = text.substring(start, j);
      char next = nextNonSpace(text, j + 1);
      boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
      if (initial || GermanAbbreviations.isWordAbbreviation(word, next)) {
        boolean mayEnd = GermanAbbreviations.mayEndSentence(GermanAbbreviations.compact(word));
        out.add(new TokenSpan(start, j + 1, Kind.ABBREVIATION, mayEnd));
        return j + 1;
      }
    }
    out.add(new TokenSpan(start, j, letter ? Kind.WORD : Kind.NUMBER, false));
    return j;
  }

  /** Whether the char at {@code i} joins the word chars on both sides into one token. */
  private static boolean joins(String text, int i) {
    if (i == 0 || i + 1 >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    int before = text.codePointBefore(i);
    int after = text.codePointAt(i + 1);
    if (!isWordChar(before) || !isWordChar(after)) {
      return false;
    }
    return switch (c) {
      case '-', '\u2010', '\u2011' -> true;
      case '\'', '\u2019' -> Character.isLetter(before) && Character.isLetter(after);
      case ',', ':', '/' -> Character.isDigit(before) && Character.isDigit(after);
      case '.' ->
          Character.isDigit(after) ? Character.isDigit(before) : Character.isLowerCase(after);
      default -> false;
    };
  }

  private static char nextNonSpace(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        return c;
      }
    }
    return 0;
  }

  static boolean isWordChar(int c) {
    return Character.isLetterOrDigit(c) || isMark(c);
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Whitespace, including no-break spaces, and invisible format chars (soft hyphen, BOM). */
  static boolean isSpace(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT
        || Character.getType(c) == Character.CONTROL;
  }
}
