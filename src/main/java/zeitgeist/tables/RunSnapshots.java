package zeitgeist.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * A finished run's snapshot as the commit metadata ({@code userMetadata}) of its {@code runs}
 * commit: {@code {"zeitgeist_run":"RUN_ID","table_versions":{"articles":3,...}}}. The same
 * commit adds the run's row, whose {@code table_versions} column holds the same map, so the two
 * cannot disagree; the metadata only spares readers a query of {@code runs}.
 *
 * <p>A {@code maintain} commit also records what its {@code VACUUM} kept: {@code
 * "retained_from":"RUN_ID","keep_runs":30} (see {@link Warehouse.Retention}).
 */
final class RunSnapshots {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RUN = "zeitgeist_run";
  private static final String VERSIONS = "table_versions";
  private static final String RETAINED_FROM = "retained_from";
  private static final String KEEP_RUNS = "keep_runs";

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
      return new Warehouse.Retention(o.hasNonNull(RETAINED_FROM)
          ? o.get(RETAINED_FROM).asText() : null, o.get(KEEP_RUNS).asInt());
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
      o.get(VERSIONS).fields().forEachRemaining(e -> versions.put(e.getKey(),
          e.getValue().asLong()));
      return new Warehouse.Snapshot(o.get(RUN).asText(), Map.copyOf(versions));
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
