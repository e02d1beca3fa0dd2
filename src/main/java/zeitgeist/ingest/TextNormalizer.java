package zeitgeist.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Character- and line-level normalisation of article text, the first and last step of {@link
 * ArticleTextCleaner}.
 *
 * <p>Rules: removes zero-width characters, the BOM and soft hyphens anywhere; CRLF, CR, NEL and
 * Unicode line/paragraph separators become LF; other control characters are removed; the text is
 * put in Unicode NFC; in each line every run of horizontal whitespace (tab, NBSP, narrow NBSP,
 * other Unicode spaces) becomes one space and the line is trimmed at both ends. {@link #join}
 * writes lines back with one blank line between paragraphs (runs of non-blank lines) and no leading
 * or trailing whitespace. Limits: leading indentation is lost; hard-wrapped lines are not
 * re-flowed.
 */
final class TextNormalizer {
  private static final Pattern INVISIBLE = Pattern.compile("[\u200B-\u200D\u2060\uFEFF\u00AD]");
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\u0085\u2028\u2029]");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\n\t\f\u000B]]");
  private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\h\f\u000B]+");

  private TextNormalizer() {}

  /** The normalised lines of {@code raw} (empty list for null), as a new mutable list. */
  static List<String> lines(String raw) {
    List<String> lines = new ArrayList<>();
    if (raw == null || raw.isEmpty()) {
      return lines;
    }
    String s = INVISIBLE.matcher(raw).replaceAll("");
    s = LINE_BREAK.matcher(s).replaceAll("\n");
    s = CONTROL.matcher(s).replaceAll("");
    s = Normalizer.normalize(s, Normalizer.Form.NFC);
    for (String line : s.split("\n", -1)) {
      lines.add(line(line));
    }
    return lines;
  }

  /** One line with its whitespace runs collapsed and trimmed; no line-break handling. */
  static String line(String s) {
    return HORIZONTAL_SPACE.matcher(s).replaceAll(" ").strip();
  }

  /** {@code s} fully normalised, its lines joined by one space; for titles given from outside. */
  static String singleLine(String s) {
    return line(String.join(" ", lines(s)));
  }

  /**
   * The key two lines are compared by when deciding that one repeats the other: NFC, invisible
   * characters dropped, whitespace collapsed, lower case.
   */
  static String comparisonKey(String s) {
    String n = Normalizer.normalize(INVISIBLE.matcher(s).replaceAll(""), Normalizer.Form.NFC);
    return HORIZONTAL_SPACE.matcher(n).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** Lines back to text: paragraphs separated by exactly one blank line, nothing around them. */
  static String join(List<String> lines) {
    StringBuilder out = new StringBuilder();
    boolean blankSeen = false;
    for (String line : lines) {
      if (line.isEmpty()) {
        blankSeen = true;
        continue;
      }
      if (out.length() > 0) {
        out.append(blankSeen ? "\n\n" : "\n");
      }
      out.append(line);
      blankSeen = false;
    }
    return out.toString();
  }

  /** Index of the {@code n}-th (0-based) non-empty line, or -1. */
  static int nonEmptyIndex(List<String> lines, int n) {
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty() && seen++ == n) {
        return i;
      }
    }
    return -1;
  }
}
