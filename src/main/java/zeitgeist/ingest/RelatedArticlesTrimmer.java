package zeitgeist.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a trailing list of related-article headlines and removes related-article markers.
 *
 * <p>Rules: a marker is a whole line {@code Zum selben Thema}, {@code Mehr zum Thema}, {@code Das
 * könnte Sie auch interessieren}, {@code Lesen Sie auch}, {@code Weitere Artikel}, {@code Verwandte
 * Artikel}, {@code Auch interessant} or {@code Mehr dazu} (any case, optional colon). At the first
 * marker after which every non-empty line (at most {@value #MAX_HEADLINES}) is headline-like —
 * shorter than {@value #MAX_HEADLINE_CHARS} characters and not ending with a period or colon,
 * closing quotes ignored — the marker and everything after it are cut. Any other marker line, and a
 * one-line teaser {@code Lesen Sie auch: <headline>} or {@code Mehr zum Thema: <headline>}, is
 * removed as a line, so a mid-text marker followed by real paragraphs costs only itself. Limits: a
 * related list whose teasers end with a period is not cut; a short article ending in a marker and a
 * few period-less lines loses those lines.
 */
final class RelatedArticlesTrimmer {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String MARKER_WORDS =
      "(?:zum selben thema|mehr zum thema|mehr zu diesem thema|das könnte sie auch interessieren"
          + "|das könnte sie interessieren|lesen sie auch|lesen sie mehr|weitere artikel"
          + "|verwandte artikel|verwandte themen|auch interessant|mehr dazu)";
  private static final Pattern MARKER = Pattern.compile(MARKER_WORDS + "\\s*:?", FLAGS);
  private static final Pattern TEASER =
      Pattern.compile(
          "(?:lesen sie auch|lesen sie mehr|mehr zum thema)\\s*:\\s*\\S.{0,200}", FLAGS);
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.:][\"“”„'‘’»«)]*");
  private static final Pattern ELLIPSIS = Pattern.compile(".*(?:\\.\\.\\.|…)[\"“”„'‘’»«)]*");
  static final int MAX_HEADLINE_CHARS = 200;
  static final int MAX_HEADLINES = 25;

  private RelatedArticlesTrimmer() {}

  /** Trims {@code lines} in place. */
  static void trim(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (MARKER.matcher(lines.get(i)).matches() && onlyHeadlinesAfter(lines, i)) {
        lines.subList(i, lines.size()).clear();
        break;
      }
    }
    lines.removeIf(line -> MARKER.matcher(line).matches() || TEASER.matcher(line).matches());
  }

  private static boolean onlyHeadlinesAfter(List<String> lines, int marker) {
    int headlines = 0;
    for (String line : lines.subList(marker + 1, lines.size())) {
      if (line.isEmpty()) {
        continue;
      }
      if (++headlines > MAX_HEADLINES || !isHeadlineLike(line)) {
        return false;
      }
    }
    return true;
  }

  static boolean isHeadlineLike(String line) {
    return line.length() < MAX_HEADLINE_CHARS
        && (!SENTENCE_END.matcher(line).matches() || ELLIPSIS.matcher(line).matches());
  }
}
