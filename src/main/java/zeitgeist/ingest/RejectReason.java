package zeitgeist.ingest;

/** The short reason codes stored in the {@code rejects} table. */
public final class RejectReason {
  /** A file with no bytes, or only whitespace. */
  public static final String EMPTY = "empty";

  /** A file that is not text (NUL bytes, many control characters). */
  public static final String BINARY = "binary";

  /** A single-article file, or a record's text, over {@code --max-article-bytes}. */
  public static final String TOO_LARGE = "too_large";

  /** Text that is neither valid UTF-8 (or UTF-16 with BOM) nor Windows-1252. */
  public static final String BAD_ENCODING = "bad_encoding";

  /** A JSON Lines line that is not one JSON object. */
  public static final String MALFORMED_JSON = "malformed_json";

  /** A CSV/TSV file that cannot be parsed from this record on (e.g. an unclosed quote). */
  public static final String MALFORMED_CSV = "malformed_csv";

  /** A Parquet file Spark cannot read or that has no text column. */
  public static final String MALFORMED_PARQUET = "malformed_parquet";

  /** A record without text, or whose text is only boilerplate. */
  public static final String NO_TEXT = "no_text";

  /** A file whose name has no known extension (see {@code --format}). */
  public static final String UNSUPPORTED_FILE = "unsupported_file";

  /**
   * An id clash: a record whose article_id was read before (in this run, or from an input file a
   * rerun skips) with a different text. Its text is not stored; {@code --id-scope} keeps the ids of
   * different inputs apart.
   */
  public static final String DUPLICATE_ID = "duplicate_id";

  /** A record delivered again: same article_id and same text as a record read before. */
  public static final String REDELIVERED = "redelivered";

  /**
   * An entry of an input folder that cannot be opened: a dangling symbolic link, a file or folder
   * the process may not read, a file gone since the listing. The detail holds the OS error.
   */
  public static final String UNREADABLE_FILE = "unreadable_file";

  /** An I/O error while reading a file that could be opened. */
  public static final String READ_ERROR = "read_error";

  private RejectReason() {}
}
