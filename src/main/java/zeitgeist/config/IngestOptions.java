package zeitgeist.config;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of the job configuration that executors need to read and build articles. Immutable and
 * serializable; built and validated by {@link JobConfig}.
 *
 * @param format the forced input format, or {@link InputFormat#AUTO}
 * @param fieldMap explicit {@code --field} mappings: field → column name (or 1-based column number
 *     for CSV files without a header)
 * @param maxArticleBytes a single-article file, or one record's text, above this size is rejected
 *     as {@code too_large}
 * @param idScope where a record's own id is unique ({@code --id-scope})
 */
public record IngestOptions(
    InputFormat format, Map<Field, String> fieldMap, long maxArticleBytes, IdScope idScope)
    implements Serializable {

  public IngestOptions {
    fieldMap = Map.copyOf(fieldMap);
  }

  /** Options with ids unique across all inputs ({@link IdScope#GLOBAL}). */
  public IngestOptions(InputFormat format, Map<Field, String> fieldMap, long maxArticleBytes) {
    this(format, fieldMap, maxArticleBytes, IdScope.GLOBAL);
  }

  /**
   * Resolves which column holds {@code field} among {@code columns}: the explicit mapping if there
   * is one, else the first alias present (case-insensitive).
   */
  public Optional<String> column(Field field, List<String> columns) {
    String mapped = fieldMap.get(field);
    if (mapped != null) {
      return columns.stream().filter(c -> c.equalsIgnoreCase(mapped)).findFirst();
    }
    for (String alias : field.aliases()) {
      for (String c : columns) {
        if (c.trim().equalsIgnoreCase(alias)) return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * A short key of the options that decide what a file yields (format, field mappings, size limit,
   * id scope, and the ingest rules' version): an input file read under one key is read again when
   * the key changes.
   */
  public String key() {
    String fields = new java.util.TreeMap<>(fieldMap).toString();
    return Integer.toHexString(
        java.util.Objects.hash(
            JobConfig.ANALYSIS_VERSION, format.name(), fields, maxArticleBytes, idScope.name()));
  }

  /** Every field resolved against {@code columns}; unresolved fields are absent. */
  public Map<Field, String> resolve(List<String> columns) {
    Map<Field, String> out = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      column(f, columns).ifPresent(c -> out.put(f, c));
    }
    return out;
  }
}
