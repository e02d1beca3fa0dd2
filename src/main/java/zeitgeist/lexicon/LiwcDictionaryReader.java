package zeitgeist.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a LIWC-style dictionary ({@code .dic}): a category list between two {@code %} lines, then
 * one word a line with the ids of its categories.
 *
 * <pre>
 * %
 * 1	posemo
 * 2	negemo
 * 3	affect
 * %
 * glück*	1	3
 * angst	2	3
 * zu kurz kommen	2
 * </pre>
 *
 * <p>Rules: UTF-8 (a byte-order mark is dropped), blank lines skipped, a {@code %} line opens and
 * one closes the category list. A category line is an id and a name separated by whitespace (more
 * columns, such as a description, are ignored); ids must be unique. A word line is the word, a TAB
 * (or, for a line without TAB, a space), then one or more ids separated by TABs or spaces; a word
 * with spaces (before the TAB) is a multi-word entry, a trailing {@code *} is a prefix wildcard of
 * at least {@value LexiconEntry#MIN_PREFIX} characters. Each (word, category) pair becomes one
 * entry of weight 1; the kind is {@link LexiconKind#CATEGORIES}.
 *
 * <p>Limits: LIWC2007's conditional entries ({@code (02 134)125/464}, for English {@code like} and
 * {@code kind}) are refused as unknown ids; category hierarchies are not read (each category is
 * listed on the word, as LIWC dictionaries do).
 */
public final class LiwcDictionaryReader {
  private static final String EXPECTED_WORD = "'word<TAB>id<TAB>id...'";

  private LiwcDictionaryReader() {}

  /**
   * Reads a file.
   *
   * @throws java.io.UncheckedIOException naming the file when it is missing or unreadable
   * @throws IllegalArgumentException naming the file and line of a malformed line
   */
  public static Lexicon read(String name, Path file) {
    return parse(name, LexiconText.read(file));
  }

  static Lexicon parse(String name, LexiconText text) {
    List<String> lines = text.lines();
    int i = skipBlank(lines, 0);
    if (i == lines.size() || !lines.get(i).strip().equals("%")) {
      if (i == lines.size()) {
        throw new IllegalArgumentException(
            text.source() + ": expected '%' to open the category list, got an empty file");
      }
      throw text.malformed(i, "'%' to open the category list");
    }
    Map<String, String> categories = new HashMap<>();
    for (i = i + 1; ; i++) {
      if (i == lines.size()) {
        throw text.error(
            i - 1, "expected '%' to close the category list before the end of the" + " file");
      }
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.equals("%")) {
        break;
      }
      String[] cols = line.split("\\s+");
      if (cols.length < 2) {
        throw text.malformed(i, "'id<TAB>category' or '%'");
      }
      if (categories.put(cols[0], cols[1]) != null) {
        throw text.error(i, "category id '" + cols[0] + "' is declared twice");
      }
    }
    List<LexiconEntry> entries = new ArrayList<>();
    for (i = i + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String stripped = line.strip();
      int cut = stripped.indexOf('\t');
      if (cut < 0) {
        cut = stripped.indexOf(' ');
      }
      if (cut <= 0 || stripped.substring(cut).isBlank()) {
        throw text.malformed(i, EXPECTED_WORD);
      }
      String word = stripped.substring(0, cut).strip();
      Set<String> names = new LinkedHashSet<>();
      for (String id : stripped.substring(cut).strip().split("\\s+")) {
        String category = categories.get(id);
        if (category == null) {
          throw text.error(
              i,
              "unknown category id '"
                  + id
                  + "'"
                  + (id.contains("(") || id.contains("/")
                      ? " (LIWC2007 conditional entries are not supported)"
                      : ""));
        }
        names.add(category);
      }
      for (String category : names) {
        try {
          entries.add(LexiconEntry.of(word, category, 1));
        } catch (IllegalArgumentException e) {
          throw text.error(i, e.getMessage());
        }
      }
    }
    return new Lexicon(
        name,
        LexiconKind.CATEGORIES,
        LexiconFormat.LIWC,
        entries,
        LexiconText.hash(text.bytes()),
        text.source());
  }

  private static int skipBlank(List<String> lines, int i) {
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }
}
