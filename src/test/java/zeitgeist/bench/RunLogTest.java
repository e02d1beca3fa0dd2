package zeitgeist.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing what a run prints: StageClock's lines and the summary line. */
class RunLogTest {
  @Test
  void readsStageLinesAndTheSummary() {
    RunLog log =
        RunLog.parse(
            List.of(
                "26/11/22 08:44:50 WARN NativeCodeLoader: Unable to load native-hadoop library",
                "zeitgeist: ingest                        10.80 s    6 Spark jobs",
                "zeitgeist: per-date: entities_by_date, entity_pairs_by_date    23.77 s   12 Spark jobs",
                "zeitgeist: commit                         0.7 s    3 Spark jobs"),
            List.of(
                "run 20261122T084448Z-cd6d: read 2000, new 1985, unchanged 0, rejected 15 (15 not"
                    + " seen before), written 1985 (45 duplicates) in 135.9 s, 14.6 articles/s"));
    assertEquals(
        List.of(
            new RunLog.Stage("ingest", 10.80, 6),
            new RunLog.Stage("per-date: entities_by_date, entity_pairs_by_date", 23.77, 12),
            new RunLog.Stage("commit", 0.7, 3)),
        log.stages());
    assertEquals(21, log.jobs());
    assertEquals(35.27, log.stageSeconds(), 1e-9);
    RunLog.Summary s = log.summary().orElseThrow();
    assertEquals(new RunLog.Summary("20261122T084448Z-cd6d", 2000, 15, 1985, 45, 135.9), s);
    assertEquals(1985, s.articles());
  }

  @Test
  void readsARerunSummaryWithChangesAndSkippedFiles() {
    RunLog log =
        RunLog.parse(
            List.of(),
            List.of(
                "run r-1: read 35, new 0, unchanged 30, changed"
                    + " 2, rejected 3 (0 not seen before), written 2 (0 duplicates) in 4.7 s, 7.4 articles/s;"
                    + " 3 of 9 input files unchanged since an earlier run, not read again"));
    assertEquals(32, log.summary().orElseThrow().articles());
    assertTrue(log.stages().isEmpty());
  }

  @Test
  void readsASummaryWithIdClashes() {
    RunLog log =
        RunLog.parse(
            List.of(),
            List.of(
                "run r-2: read 100000, new 98940, unchanged 0,"
                    + " rejected 1060 (1060 not seen before; 253 id clashes, 3 redelivered), written 98940"
                    + " (1951 duplicates; languages de 97038, fr 1157, en 745) in 420.6 s, 235.3 articles/s"));
    assertEquals(
        new RunLog.Summary("r-2", 100000, 1060, 98940, 1951, 420.6), log.summary().orElseThrow());
  }

  @Test
  void aFailedRunHasNoSummary() {
    assertTrue(RunLog.parse(List.of("zeitgeist run: error: boom"), List.of()).summary().isEmpty());
  }
}
