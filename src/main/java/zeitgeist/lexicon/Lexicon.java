package zeitgeist.lexicon;

import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A named lexicon: its entries in file order, its kind, the format it was read from and a hash of
 * the bytes read (for {@code runs.config} and other provenance). Load one with {@link Lexicons};
 * match it against text with {@link LexiconMatcher}.
 *
 * <p>Rules checked here, whatever the format: the name is letters, digits, {@code .}, {@code _} and
 * {@code -}; in a {@link LexiconKind#POLARITY} lexicon every category is {@code positive} or {@code
 * negative} and every weight lies in [-1, 1] with the category's sign (0 is refused); in a {@link
 * LexiconKind#CATEGORIES} lexicon any category name and any finite weight are allowed. The readers
 * check the same rules line by line first, so a user sees a file and line number.
 *
 * <p>Immutable and serializable: load on the driver, ship to executors, build the matcher there.
 *
 * @param name how tables and reports name the lexicon
 * @param kind what categories and weights mean
 * @param format the file format read
 * @param entries every entry in file order (SentiWS: positive file first)
 * @param contentHash the first 16 hex digits of the SHA-256 of the bytes read, all files in order
 * @param source the file or directory read, for messages
 */
public record Lexicon(
    String name,
    LexiconKind kind,
    LexiconFormat format,
    List<LexiconEntry> entries,
    String contentHash,
    String source)
    implements Serializable {
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]+");

  public Lexicon {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "lexicon name must be letters, digits, '.', '_' or '-', got '" + name + "'");
    }
    entries = List.copyOf(entries);
    if (kind == LexiconKind.POLARITY) {
      for (LexiconEntry e : entries) {
        checkPolarity(e);
      }
    }
  }

  /** The number of entries. */
  public int size() {
    return entries.size();
  }

  /** A short description; the entries are left out. */
  @Override
  public String toString() {
    return "Lexicon["
        + name
        + ", "
        + kind
        + ", "
        + format.label()
        + ", "
        + entries.size()
        + " entries, "
        + contentHash
        + ", "
        + source
        + "]";
  }

  /**
   * Checks the polarity rule for one entry.
   *
   * @throws IllegalArgumentException naming the entry, its category and weight
   */
  static void checkPolarity(LexiconEntry e) {
    String c = e.category();
    double w = e.weight();
    boolean ok =
        (LexiconKind.POSITIVE.equals(c) && w > 0 && w <= 1)
            || (LexiconKind.NEGATIVE.equals(c) && w < 0 && w >= -1);
    if (!ok) {
      throw new IllegalArgumentException(
          "polarity entry '"
              + e.phrase()
              + "' has category '"
              + c
              + "' and weight "
              + w
              + " (expected positive with a weight in (0, 1] or negative with"
              + " a weight in [-1, 0))");
    }
  }
}
