package zeitgeist.ingest;

import java.util.Locale;

/**
 * Where a publication date was found. Earlier constants win: a metadata field beats a header line,
 * which beats a dateline, which beats a broadcast footer.
 */
public enum DateOrigin {
  FIELD,
  HEADER,
  DATELINE,
  FOOTER;

  /** The lowercase name stored in tables: {@code field}, {@code header}, ... */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
