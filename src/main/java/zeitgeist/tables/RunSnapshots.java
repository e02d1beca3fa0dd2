package zeitgeist.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * A finished run's snapshot as the commit metadata ({@code userMetadata}) of its {@code runs}
 * commit: {@code {"zeitgeist_run":"RUN_ID","table_versions":{"articles":3,...}}}. The same commit
 * adds the run's row, whose {@code table_versions} column holds the same map, so the two cannot
 * disagree; the metadata only spares readers a query of {@code runs}.
 *
 * <p>A {@code maintain} commit also records what its {@code VACUUM} kept: {@code
 * "retained_from":"RUN_ID","keep_runs":30} (see {@link Warehouse.Retention}). A run's and a
 * conversion's commit record the run's analysis configuration ({@code "config"}, the row's {@code
 * config}, null when a conversion found none), so checking a new run's configuration against it
 * needs no query; commits written before this field was added lack it.
 */
final class RunSnapshots {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RUN = "zeitgeist_run";
  private static final String VERSIONS = "table_versions";
  private static final String RETAINED_FROM = "retained_from";
  private static final String KEEP_RUNS = "keep_runs";
  private static final String CONFIG = "config";

  private RunSnapshots() {}

  static String format(RunRow run) {
    return format(run, null);
  }

  /** The snapshot of {@code run}, and what a {@code maintain} retained when not null. */
  static String format(RunRow run, Warehouse.Retention retention) {
    ObjectNode o = JSON.createObjectNode();
    o.put(RUN, run.getRunId());
    ObjectNode v = o.putObject(VERSIONS);
    new java.util.TreeMap<>(run.getTableVersions()).forEach(v::put);
    if (!Warehouse.MAINTAINED.equals(run.getStatus())) {
      o.put(CONFIG, run.getConfig());
    }
    if (retention != null) {
      o.put(RETAINED_FROM, retention.fromRun());
      o.put(KEEP_RUNS, retention.keepRuns());
    }
    return o.toString();
  }

  /** What a {@code maintain} commit retained, or null for any other commit's metadata. */
  static Warehouse.Retention parseRetention(String metadata) {
    if (metadata == null || !metadata.startsWith("{")) return null;
    try {
      JsonNode o = JSON.readTree(metadata);
      if (!o.has(KEEP_RUNS)) return null;
      return new Warehouse.Retention(
          o.hasNonNull(RETAINED_FROM) ? o.get(RETAINED_FROM).asText() : null,
          o.get(KEEP_RUNS).asInt());
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** What a commit's metadata says of its run's configuration. */
  enum ConfigRecord {
    NONE,
    RECORDED,
    NOT_RECORDED
  }

  /**
   * Whether {@code metadata} is a run's or a conversion's commit that records a configuration
   * ({@link ConfigRecord#RECORDED}, see {@link #config}), one written before the field was added
   * ({@link ConfigRecord#NOT_RECORDED}), or any other commit, a {@code maintain}'s, or a
   * conversion's that found no configuration ({@link ConfigRecord#NONE}).
   */
  static ConfigRecord configRecord(String metadata) {
    JsonNode o = runCommit(metadata);
    if (o == null || o.has(KEEP_RUNS)) return ConfigRecord.NONE;
    if (!o.has(CONFIG)) return ConfigRecord.NOT_RECORDED;
    return o.hasNonNull(CONFIG) ? ConfigRecord.RECORDED : ConfigRecord.NONE;
  }

  /** The configuration a {@link ConfigRecord#RECORDED} commit's metadata holds. */
  static String config(String metadata) {
    return runCommit(metadata).get(CONFIG).asText();
  }

  private static JsonNode runCommit(String metadata) {
    if (metadata == null || !metadata.startsWith("{")) return null;
    try {
      JsonNode o = JSON.readTree(metadata);
      return o.hasNonNull(RUN) && o.has(VERSIONS) ? o : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** The snapshot in {@code metadata}, or null when it holds none (another commit's). */
  static Warehouse.Snapshot parse(String metadata) {
    if (metadata == null || !metadata.startsWith("{")) return null;
    try {
      JsonNode o = JSON.readTree(metadata);
      if (!o.hasNonNull(RUN) || !o.has(VERSIONS)) return null;
      Map<String, Long> versions = new HashMap<>();
      o.get(VERSIONS)
          .fields()
          .forEachRemaining(e -> versions.put(e.getKey(), e.getValue().asLong()));
      return new Warehouse.Snapshot(o.get(RUN).asText(), Map.copyOf(versions));
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
