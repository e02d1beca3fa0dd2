package zeitgeist.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the simple lexicon format, the one zeitgeist ships its own lexicon in.
 *
 * <pre>
 * # comment
 * term &lt;TAB&gt; category [&lt;TAB&gt; weight]
 * term &lt;TAB&gt; weight
 * Erfolg	positive	0.6
 * in Frage stellen	negative	-0.4
 * glück*	posemo
 * </pre>
 *
 * <p>Rules: UTF-8 (a byte-order mark is dropped), one entry a line; blank lines and lines whose
 * first non-blank character is {@code #} are skipped; a first line {@code term<TAB>category...} or
 * {@code term<TAB>weight} is a header and skipped. A term of several space-separated words is a
 * multi-word entry; a word may end in a {@code *} wildcard ({@link LexiconEntry}). An empty weight
 * column counts as no weight; a decimal comma is read as a point. A second column that is a number,
 * with no third column, is a weight without a category.
 *
 * <p>The kind follows from the file: when every category is {@code positive} or {@code negative}
 * (case ignored) or absent, it is a {@link LexiconKind#POLARITY} lexicon: a missing weight is +1 or
 * -1 by the category, a missing category is the weight's sign, a weight must lie in [-1, 1], not be
 * 0 and agree with its category. Otherwise it is a {@link LexiconKind#CATEGORIES} lexicon: every
 * line needs a category, a missing weight is 1, any finite weight is allowed.
 */
public final class TsvLexiconReader {
  private static final String EXPECTED = "'term<TAB>category[<TAB>weight]' or 'term<TAB>weight'";

  private TsvLexiconReader() {}

  /**
   * Reads a file.
   *
   * @throws java.io.UncheckedIOException naming the file when it is missing or unreadable
   * @throws IllegalArgumentException naming the file and line of a malformed line
   */
  public static Lexicon read(String name, Path file) {
    return parse(name, LexiconText.read(file));
  }

  /** A line as written: term, category ({@code null} if absent), weight ({@code NaN} if absent). */
  private record Row(int index, String term, String category, double weight) {}

  static Lexicon parse(String name, LexiconText text) {
    List<Row> rows = new ArrayList<>();
    boolean polarity = true;
    boolean first = true;
    List<String> lines = text.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (first && isHeader(cols)) {
        first = false;
        continue;
      }
      first = false;
      if (cols.length < 2 || cols.length > 3 || cols[0].isBlank()) {
        throw text.malformed(i, EXPECTED);
      }
      Row row = row(text, i, cols);
      rows.add(row);
      polarity &= row.category() == null || isPolar(row.category());
    }
    List<LexiconEntry> entries = new ArrayList<>(rows.size());
    for (Row r : rows) {
      entries.add(polarity ? polarEntry(text, r) : categoryEntry(text, r));
    }
    return new Lexicon(
        name,
        polarity ? LexiconKind.POLARITY : LexiconKind.CATEGORIES,
        LexiconFormat.TSV,
        entries,
        LexiconText.hash(text.bytes()),
        text.source());
  }

  private static Row row(LexiconText text, int i, String[] cols) {
    String term = cols[0].strip();
    String second = cols[1].strip();
    if (cols.length == 2 && isNumber(second)) {
      return new Row(i, term, null, number(text, i, second));
    }
    if (second.isEmpty() && (cols.length == 2 || cols[2].isBlank())) {
      throw text.malformed(i, EXPECTED);
    }
    String category = second.isEmpty() ? null : second;
    double weight =
        cols.length == 3 && !cols[2].isBlank() ? number(text, i, cols[2].strip()) : Double.NaN;
    return new Row(i, term, category, weight);
  }

  private static LexiconEntry polarEntry(LexiconText text, Row r) {
    double w = r.weight();
    String c = r.category() == null ? null : r.category().toLowerCase(Locale.ROOT);
    if (Double.isNaN(w)) {
      w = LexiconKind.POSITIVE.equals(c) ? 1 : -1;
    }
    if (!(w >= -1 && w <= 1) || w == 0) {
      throw text.error(r.index(), "expected a weight in [-1, 1] other than 0, got " + w);
    }
    String bySign = w > 0 ? LexiconKind.POSITIVE : LexiconKind.NEGATIVE;
    if (c != null && !c.equals(bySign)) {
      throw text.error(r.index(), "weight " + w + " contradicts category '" + r.category() + "'");
    }
    return entry(text, r, bySign, w);
  }

  private static LexiconEntry categoryEntry(LexiconText text, Row r) {
    if (r.category() == null) {
      throw text.error(
          r.index(),
          "expected a category: this file names categories other than"
              + " positive and negative, so it is a category lexicon");
    }
    return entry(text, r, r.category(), Double.isNaN(r.weight()) ? 1 : r.weight());
  }

  private static LexiconEntry entry(LexiconText text, Row r, String category, double weight) {
    try {
      return LexiconEntry.of(r.term(), category, weight);
    } catch (IllegalArgumentException e) {
      throw text.error(r.index(), e.getMessage());
    }
  }

  private static boolean isHeader(String[] cols) {
    return cols.length >= 2
        && cols[0].strip().equalsIgnoreCase("term")
        && (cols[1].strip().equalsIgnoreCase("category")
            || cols[1].strip().equalsIgnoreCase("weight"));
  }

  private static boolean isPolar(String category) {
    return category.equalsIgnoreCase(LexiconKind.POSITIVE)
        || category.equalsIgnoreCase(LexiconKind.NEGATIVE);
  }

  private static boolean isNumber(String s) {
    return s.matches("[-+]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][-+]?[0-9]+)?");
  }

  private static double number(LexiconText text, int i, String s) {
    try {
      double d = Double.parseDouble(s.replace(',', '.'));
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw text.error(i, "expected a number as weight, got '" + s + "'");
  }
}
