package zeitgeist.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a {@code runs} commit's metadata says of the run's configuration: recorded by a run, left
 * out by a {@code maintain}, null for a conversion that found none, and absent from commits written
 * before the field (the configuration check then reads the {@code runs} rows).
 */
class RunSnapshotsTest {
  private static RunRow run(String status, String config) {
    RunRow r = new RunRow();
    r.setRunId("20261206T000000Z-0001");
    r.setStatus(status);
    r.setConfig(config);
    r.setTableVersions(Map.of("articles", 3L));
    return r;
  }

  @Test
  void aRunsCommitRecordsItsConfiguration() {
    String metadata = RunSnapshots.format(run("succeeded", "{\"ner\":\"corenlp\"}"));
    assertEquals(RunSnapshots.ConfigRecord.RECORDED, RunSnapshots.configRecord(metadata));
    assertEquals("{\"ner\":\"corenlp\"}", RunSnapshots.config(metadata));
    assertEquals("20261206T000000Z-0001", RunSnapshots.parse(metadata).runId());
  }

  @Test
  void maintainAndAConversionWithoutConfigurationRecordNone() {
    String maintain =
        RunSnapshots.format(
            run(Warehouse.MAINTAINED, null), new Warehouse.Retention("20261206T000000Z-0001", 30));
    assertEquals(RunSnapshots.ConfigRecord.NONE, RunSnapshots.configRecord(maintain));
    String converted = RunSnapshots.format(run(Warehouse.CONVERTED, null));
    assertEquals(RunSnapshots.ConfigRecord.NONE, RunSnapshots.configRecord(converted));
    assertEquals(RunSnapshots.ConfigRecord.NONE, RunSnapshots.configRecord("20261206T0-failed"));
    assertEquals(RunSnapshots.ConfigRecord.NONE, RunSnapshots.configRecord(null));
  }

  @Test
  void aCommitWrittenBeforeTheFieldIsNotRecorded() {
    String older =
        "{\"zeitgeist_run\":\"20261205T000000Z-0001\",\"table_versions\":{\"articles\":2}}";
    assertEquals(RunSnapshots.ConfigRecord.NOT_RECORDED, RunSnapshots.configRecord(older));
  }
}
