package zeitgeist.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table of canonical entities, each with a type and aliases. It drives the {@code gazetteer}
 * recogniser and, with every engine, maps variant names to one canonical name across articles
 * ({@code Vereinigte Staaten} → {@code USA}).
 *
 * <p>File format (UTF-8, one entity per line, {@code #} starts a comment line, blank lines are
 * skipped):
 *
 * <pre>
 * canonical name &lt;TAB&gt; type &lt;TAB&gt; alias|alias|...
 * Wladimir Putin	PER	Putin|Wladimir Wladimirowitsch Putin|Vladimir Putin
 * Weißes Haus	ORG	Weißen Haus|Weißen Hauses
 * </pre>
 *
 * <p>Rules: the type is {@code PER}, {@code ORG}, {@code LOC} or {@code MISC}; the alias column is
 * optional; the canonical name is always an alias of itself. Aliases match case-sensitively and as
 * written (list inflected forms such as {@code Weißen Hauses} explicitly; a genitive {@code -s} on
 * the last word is handled by the recogniser and the canonicaliser, not here). When an alias
 * appears twice, the later line wins, and a later file wins over an earlier one, so a user's file
 * can re-map a shipped alias. A line that breaks the format fails loading with its file and line
 * number.
 */
public final class Gazetteer {
  /** The file shipped inside the application (from {@code data/entities/}). */
  public static final String SHIPPED_RESOURCE = "/zeitgeist/entities/gazetteer-de.tsv";

  /** One entity: its canonical name, type and every alias (the canonical name first). */
  public record Entry(String canonical, EntityType type, List<String> aliases) {}

  private final Map<String, Entry> byAlias;
  private final List<Entry> entries;
  private final String contentHash;

  private Gazetteer(List<Entry> entries, String contentHash) {
    Map<String, Entry> map = new LinkedHashMap<>();
    for (Entry e : entries) {
      for (String alias : e.aliases()) {
        map.put(alias, e);
      }
    }
    this.byAlias = Collections.unmodifiableMap(map);
    this.entries = List.copyOf(entries);
    this.contentHash = contentHash;
  }

  /** The gazetteer shipped with zeitgeist. */
  public static Gazetteer shipped() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(SHIPPED_RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("resource " + SHIPPED_RESOURCE + " is missing from the classpath"));
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), SHIPPED_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SHIPPED_RESOURCE, e);
    }
  }

  /**
   * Reads a gazetteer file.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed line
   * @throws UncheckedIOException when the file cannot be read
   */
  public static Gazetteer read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses gazetteer text; {@code source} names it in error messages. */
  public static Gazetteer parse(String text, String source) {
    List<Entry> entries = new ArrayList<>();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length < 2 || cols.length > 3 || cols[0].isBlank()) {
          throw new IllegalArgumentException(
              source
                  + ":"
                  + n
                  + ": expected 'canonical<TAB>type[<TAB>alias|alias...]', got '"
                  + line
                  + "'");
        }
        EntityType type;
        try {
          type = EntityType.parse(cols[1]);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(source + ":" + n + ": " + e.getMessage());
        }
        List<String> aliases = new ArrayList<>();
        String canonical = cols[0].strip();
        aliases.add(canonical);
        if (cols.length == 3) {
          for (String a : cols[2].split("\\|")) {
            if (!a.isBlank() && !aliases.contains(a.strip())) {
              aliases.add(a.strip());
            }
          }
        }
        entries.add(new Entry(canonical, type, List.copyOf(aliases)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Gazetteer(entries, sha256(text));
  }

  /** This gazetteer with {@code later}'s entries added after its own (later aliases win). */
  public Gazetteer plus(Gazetteer later) {
    List<Entry> all = new ArrayList<>(entries);
    all.addAll(later.entries);
    return new Gazetteer(all, sha256(contentHash + later.contentHash));
  }

  /** The entry an alias (exactly as written) belongs to. */
  public Optional<Entry> lookup(String alias) {
    return Optional.ofNullable(byAlias.get(alias));
  }

  /** Every alias with the entry it maps to (after later entries have overridden earlier ones). */
  public Map<String, Entry> aliases() {
    return byAlias;
  }

  /** All entries in file order. */
  public List<Entry> entries() {
    return entries;
  }

  /** A hash of the content (of every file, in order): recorded in the run's configuration. */
  public String contentHash() {
    return contentHash;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
