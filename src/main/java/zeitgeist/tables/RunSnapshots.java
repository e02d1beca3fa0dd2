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
 */
final class RunSnapshots {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RUN = "zeitgeist_run";
  private static final String VERSIONS = "table_versions";

  private RunSnapshots() {}

  static String format(RunRow run) {
    ObjectNode o = JSON.createObjectNode();
    o.put(RUN, run.getRunId());
    ObjectNode v = o.putObject(VERSIONS);
    new java.util.TreeMap<>(run.getTableVersions()).forEach(v::put);
    return o.toString();
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
