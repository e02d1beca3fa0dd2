package zeitgeist.contexts;

import java.io.Serializable;

/**
 * One keyword-in-context line: what stands left of a match, the match, what stands right of it.
 *
 * <p>Rules ({@link #around}): each side holds at most {@code width} characters of the text next to
 * the match; any run of whitespace (line breaks included) is shown as one space. A side that was
 * cut shows {@code …} there, and loses the word broken by the cut when a space is left to cut at.
 * Nothing is added or left out between the sides and the match.
 *
 * @param start char offset of the match in the text
 * @param end char offset after the match
 * @param left the context before the match
 * @param match the match as written (whitespace runs as one space)
 * @param right the context after the match
 */
public record KwicLine(int start, int end, String left, String match, String right)
    implements Serializable {
  private static final String CUT = "…";

  /** The line for {@code text[start, end)} with up to {@code width} characters either side. */
  public static KwicLine around(String text, int start, int end, int width) {
    if (start < 0 || end < start || end > text.length() || width < 0) {
      throw new IllegalArgumentException(
          "no span ["
              + start
              + ", "
              + end
              + ") in a text of "
              + text.length()
              + " chars, or a negative width "
              + width);
    }
    int from = Math.max(0, start - width);
    String left = spaced(text.substring(from, start));
    if (from > 0) {
      int space = left.indexOf(' ');
      boolean broken = !Character.isWhitespace(text.charAt(from - 1));
      left =
          CUT
              + (broken && space >= 0 && space < left.length() - 1
                  ? left.substring(space + 1)
                  : left);
    }
    int to = Math.min(text.length(), end + width);
    String right = spaced(text.substring(end, to));
    if (to < text.length()) {
      int space = right.lastIndexOf(' ');
      boolean broken = !Character.isWhitespace(text.charAt(to));
      right = (broken && space > 0 ? right.substring(0, space) : right) + CUT;
    }
    return new KwicLine(start, end, left, spaced(text.substring(start, end)), right);
  }

  private static String spaced(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
