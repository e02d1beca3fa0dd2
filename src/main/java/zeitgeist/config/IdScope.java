package zeitgeist.config;

import java.util.Locale;

/**
 * Where a record's own id is unique ({@code --id-scope}): what {@code article_id} is made of when
 * the input gives an id. Ids made from a file's path, a URL or the text are not affected.
 *
 * <ul>
 *   <li>{@link #GLOBAL}: ids are unique across every input; {@code article_id} is the id as given.
 *   <li>{@link #FILE}: ids are unique within their input file; {@code article_id} is the file's
 *       path relative to its input root, {@code #}, and the id ({@code outlet-a/feed.csv#17}).
 *   <li>{@link #SOURCE}: ids are unique within their source; {@code article_id} is the record's
 *       source field, {@code #}, and the id ({@code Rheinischer Bote#17}); a record without a
 *       source field is scoped to its file.
 * </ul>
 *
 * <p>A warehouse keeps the scope of its first run: another scope would give every stored article a
 * second id.
 */
public enum IdScope {
  GLOBAL,
  FILE,
  SOURCE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an {@code --id-scope} value; the message names the accepted values. */
  public static IdScope parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "--id-scope must be one of global, file, source, got '" + value + "'");
    }
  }
}
