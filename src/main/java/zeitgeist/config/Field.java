package zeitgeist.config;

import java.util.List;
import java.util.Locale;

/**
 * The article fields zeitgeist reads from structured records (JSONL, CSV/TSV, Parquet), each with
 * the common column names it is detected by (case-insensitive, first match wins).
 */
public enum Field {
  ID("id", "article_id", "doc_id", "guid", "uuid"),
  TEXT("text", "body", "content", "article", "fulltext", "full_text"),
  TITLE("title", "headline", "heading"),
  DATE(
      "date",
      "published",
      "published_at",
      "pubdate",
      "pub_date",
      "publication_date",
      "datetime",
      "timestamp"),
  SOURCE("source", "outlet", "publisher", "site", "medium", "newspaper"),
  URL("url", "link", "uri", "permalink");

  private final List<String> aliases;

  Field(String... aliases) {
    this.aliases = List.of(aliases);
  }

  public List<String> aliases() {
    return aliases;
  }

  /** The lowercase key used in {@code --field KEY=COLUMN}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Field parseKey(String key) {
    for (Field f : values()) {
      if (f.key().equalsIgnoreCase(key.trim())) return f;
    }
    throw new ConfigException(
        "unknown field '"
            + key
            + "' in --field (expected one of id, text, title, date, source, url)");
  }
}
