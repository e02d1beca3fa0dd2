package zeitgeist.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides an article's title and removes the lines that repeat it.
 *
 * <p>Rules: a known title (from a metadata field) wins; else the headline after a dateline; else
 * the first non-empty line when it is title-like and more text follows it. Title-like means at most
 * {@value #MAX_TITLE_CHARS} characters, at least one letter, and not ending with {@code .}, {@code
 * :} or {@code ;} (closing quotes ignored; {@code ?}, {@code !} and an ellipsis are fine). Every
 * line equal to the title after whitespace normalisation, ignoring case, is removed. Limits: a
 * short subheading opening an untitled article is taken for its title; a title spread over two
 * lines is not joined.
 */
final class TitleDetector {
  static final int MAX_TITLE_CHARS = 160;
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern SENTENCE_END = Pattern.compile(".*(?<!\\.\\.)[.:;][\"“”„'‘’»«)]*");

  private TitleDetector() {}

  /**
   * The title: {@code knownTitle} when not blank, else {@code datelineHeadline}, else the first
   * line when title-like; null when none. Does not change {@code lines}.
   */
  static String detect(List<String> lines, String knownTitle, String datelineHeadline) {
    if (knownTitle != null && !knownTitle.isBlank()) {
      return TextNormalizer.singleLine(knownTitle);
    }
    if (datelineHeadline != null) {
      return datelineHeadline;
    }
    int first = TextNormalizer.nonEmptyIndex(lines, 0);
    if (first < 0 || TextNormalizer.nonEmptyIndex(lines, 1) < 0) {
      return null;
    }
    String line = lines.get(first);
    return isTitleLike(line) ? line : null;
  }

  /** Whether {@code line} can be a title; see the class rules. */
  static boolean isTitleLike(String line) {
    return line != null
        && !line.isEmpty()
        && line.length() <= MAX_TITLE_CHARS
        && LETTER.matcher(line).find()
        && !SENTENCE_END.matcher(line).matches();
  }

  /** Removes every line of {@code lines} that repeats {@code title}; nothing when it is null. */
  static void removeRepeats(List<String> lines, String title) {
    if (title == null) {
      return;
    }
    String key = TextNormalizer.comparisonKey(title);
    lines.removeIf(line -> !line.isEmpty() && TextNormalizer.comparisonKey(line).equals(key));
  }
}
