package zeitgeist.ingest;

import java.util.Locale;

/**
 * Where a publication date was found. Earlier constants win: a metadata field beats a header line,
 * which beats a dateline, which beats a broadcast footer. An undated article's {@code date_origin}
 * may name the origin whose date was not used: {@code field_implausible}, {@code
 * dateline_implausible}, ... (see {@link ArticleDate}).
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
