package zeitgeist.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where lexicons come from: the one zeitgeist ships and the files a user names.
 *
 * <p>Rules: the format is the user's option or detected ({@link LexiconFormat#detect}); the name is
 * the user's or, without one, the file name without extension (SentiWS: the name both files share,
 * {@code SentiWS_v2.0}), lower-cased, with characters other than letters, digits, {@code .}, {@code
 * _} and {@code -} replaced by {@code -}.
 */
public final class Lexicons {
  /** The classpath resource of the shipped lexicon (from {@code data/lexicons/}). */
  public static final String SHIPPED_RESOURCE = "/zeitgeist/lexicons/zeitgeist-polarity-de.tsv";

  /** The name of the shipped lexicon. */
  public static final String SHIPPED_NAME = "zeitgeist-polarity-de";

  private Lexicons() {}

  /**
   * The German polarity lexicon shipped with zeitgeist (CC0, written for it; see the file's
   * header). Each call reads it again; hold the result.
   *
   * @throws UncheckedIOException naming the resource when it is missing from the classpath
   */
  public static Lexicon shipped() {
    try (InputStream in = Lexicons.class.getResourceAsStream(SHIPPED_RESOURCE)) {
      if (in == null) {
        throw LexiconText.missing(
            "resource " + SHIPPED_RESOURCE + " is missing from the classpath");
      }
      return TsvLexiconReader.parse(
          SHIPPED_NAME, LexiconText.of(in.readAllBytes(), SHIPPED_RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SHIPPED_RESOURCE, e);
    }
  }

  /**
   * Loads the lexicon at {@code path}.
   *
   * @param name the lexicon's name, or {@code null} for one made from the file name
   * @param path a file, or for SentiWS also the directory holding its two files
   * @param format the format, or {@code null} to detect it
   * @throws UncheckedIOException naming a file that is missing or unreadable
   * @throws IllegalArgumentException naming the file and line of a malformed line, or a bad name
   */
  public static Lexicon load(String name, Path path, LexiconFormat format) {
    LexiconFormat f = format != null ? format : LexiconFormat.detect(path);
    String n = name != null ? name : defaultName(path, f);
    return switch (f) {
      case SENTIWS -> SentiWsReader.read(n, path);
      case TSV -> TsvLexiconReader.read(n, path);
      case LIWC -> LiwcDictionaryReader.read(n, path);
    };
  }

  /** Loads the lexicon at {@code path}, its format detected and its name made from the path. */
  public static Lexicon load(Path path) {
    return load(null, path, null);
  }

  /** The name a lexicon gets when the user gives none. */
  public static String defaultName(Path path, LexiconFormat format) {
    String base;
    if (format == LexiconFormat.SENTIWS) {
      base = SentiWsReader.baseName(path);
    } else {
      Path file = path.getFileName();
      base = file == null ? "lexicon" : file.toString().replaceFirst("(?<=.)\\.[^.]*$", "");
    }
    String name = base.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    return name.isEmpty() ? "lexicon" : name;
  }
}
