package zeitgeist.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises bylines and source lines, removes them, and reports the outlet they name.
 *
 * <p>Rules: an outlet byline {@code Von <Name> mit <agencies>} ({@code Von Euronews mit dpa,
 * Reuters}), where the agencies are dpa, dpa-AFX, Reuters, AFP, AP, KNA, epd, APA, SID, dts, ddp
 * joined by commas, slashes, {@code &} or {@code und}, gives {@code <Name>} and is removed wherever
 * it stands. An author byline ({@code Von Peter Müller}, {@code Von Anna Schmidt und Jan Berg,
 * ARD-Studio Moskau}: capitalised words, up to 80 characters) gives no source and is removed only
 * among the first five non-empty lines. A {@code Quelle: <Outlet>} line among the last three
 * non-empty lines gives the first outlet it lists and is removed. Limits: an author named in the
 * outlet pattern ({@code Von Peter Müller mit dpa}) is taken for an outlet; a short capitalised
 * heading starting with {@code Von} near the top ({@code Von Helden und Schurken}) is taken for an
 * author byline.
 */
final class BylineSourceDetector {
  private static final String AGENCY = "(?:dpa-afx|dpa|reuters|afp|ap|kna|epd|apa|sid|dts|ddp)";
  private static final Pattern OUTLET_BYLINE =
      Pattern.compile(
          "von\\s+(?<name>[\\p{L}\\d][^,]{0,58}?)\\s+mit\\s+"
              + AGENCY
              + "(?:\\s*(?:,|/|&|und)\\s*"
              + AGENCY
              + ")*\\s*\\.?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
  private static final Pattern AUTHOR_BYLINE =
      Pattern.compile(
          "[Vv]on\\s+"
              + NAME_WORD
              + "(?:(?:\\s+|\\s*,\\s*)(?:"
              + NAME_WORD
              + "|und|von|van|de|der|zu|dpa|afp))*");
  private static final Pattern SOURCE_LINE =
      Pattern.compile(
          "quelle\\s*:\\s*(?<name>[^,;/]{2,60}?)\\s*(?:[,;/].{0,100})?\\.?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int OUTLET_BYLINE_MAX_CHARS = 200;
  private static final int AUTHOR_LINES_SEARCHED = 5;
  private static final int AUTHOR_BYLINE_MAX_CHARS = 80;
  private static final int SOURCE_LINES_SEARCHED = 3;

  private BylineSourceDetector() {}

  /** Removes outlet and author bylines; returns the first outlet named, or null. */
  static String extractBylines(List<String> lines) {
    String outlet = null;
    int nonEmptySeen = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      if (line.length() > OUTLET_BYLINE_MAX_CHARS) {
        nonEmptySeen++;
        continue;
      }
      boolean nearTop = nonEmptySeen++ < AUTHOR_LINES_SEARCHED;
      Matcher m = OUTLET_BYLINE.matcher(line);
      if (m.matches()) {
        outlet = outlet == null ? m.group("name").strip() : outlet;
        lines.remove(i--);
      } else if (nearTop
          && line.length() <= AUTHOR_BYLINE_MAX_CHARS
          && AUTHOR_BYLINE.matcher(line).matches()) {
        lines.remove(i--);
      }
    }
    return outlet;
  }

  /** Removes {@code Quelle:} lines near the end; returns the outlet of the last one, or null. */
  static String extractSourceLine(List<String> lines) {
    int seen = 0;
    for (int i = lines.size() - 1; i >= 0 && seen < SOURCE_LINES_SEARCHED; i--) {
      if (lines.get(i).isEmpty()) {
        continue;
      }
      seen++;
      Matcher m = SOURCE_LINE.matcher(lines.get(i));
      if (m.matches()) {
        lines.remove(i);
        return m.group("name").strip();
      }
    }
    return null;
  }
}
