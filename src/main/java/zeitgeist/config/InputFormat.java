package zeitgeist.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Input formats zeitgeist reads. {@link #AUTO} picks one per file from its name: {@code .txt} (or
 * no extension) → {@link #TXT}; {@code .jsonl}, {@code .ndjson}, {@code .json} (each also {@code
 * .gz}) → {@link #JSONL}; {@code .csv}, {@code .tsv} (also {@code .gz}) → {@link #CSV}; {@code
 * .parquet} → {@link #PARQUET}.
 */
public enum InputFormat {
  AUTO,
  TXT,
  JSONL,
  CSV,
  PARQUET;

  /** The format for a file name, or empty when the name has no known extension. */
  public static Optional<InputFormat> fromFileName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".txt")) return Optional.of(TXT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return Optional.of(JSONL);
    }
    if (n.endsWith(".csv") || n.endsWith(".tsv")) return Optional.of(CSV);
    if (n.endsWith(".parquet")) return Optional.of(PARQUET);
    int slash = n.lastIndexOf('/');
    if (n.indexOf('.', slash + 1) < 0) return Optional.of(TXT);
    return Optional.empty();
  }

  /** Parses a {@code --format} value; the message names the accepted values. */
  public static InputFormat parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "unknown format '" + value + "' (expected one of auto, txt, jsonl, csv, parquet)");
    }
  }
}
