package zeitgeist.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which runs {@code maintain} keeps, and the threshold of its {@code VACUUM}. */
class RetentionPlanTest {
  private static final Instant DAY1 = Instant.parse("2026-12-01T02:15:00Z");
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Instant NOW = DAY1.plus(Duration.ofDays(5));

  /** Delta forgot no removed file: every run can be kept. */
  private static final Instant LONG_AGO = Instant.EPOCH;

  private static Warehouse.RunCommit run(String id, int day) {
    return new Warehouse.RunCommit(id, DAY1.plus(Duration.ofDays(day - 1)), false);
  }

  private static Warehouse.RunCommit maintained(String id, int day) {
    return new Warehouse.RunCommit(id, DAY1.plus(Duration.ofDays(day - 1)).plusSeconds(60), true);
  }

  /** r1..r5, a day apart, latest first. */
  private static final List<Warehouse.RunCommit> FIVE =
      List.of(run("5-run", 5), run("4-run", 4), run("3-run", 3), run("2-run", 2), run("1-run", 1));

  @Test
  void theJavadocExample() {
    RetentionPlan p = RetentionPlan.of(FIVE, 3, Optional.empty(), LONG_AGO, HOUR, NOW);
    assertEquals("3-run", p.fromRun());
    assertEquals(List.of("5-run", "4-run", "3-run"), p.kept());
    assertEquals(List.of("2-run", "1-run"), p.dropped());
    assertEquals(run("3-run", 3).committed().minus(HOUR), p.threshold());
    assertEquals(Duration.ofHours(3 * 24 + 1), p.age(NOW), "r3 is three days old, plus the margin");
    assertEquals(false, p.limitedByDelta());
  }

  @Test
  void fewerRunsThanToKeepKeepsThemAll() {
    RetentionPlan p = RetentionPlan.of(FIVE, 30, Optional.empty(), LONG_AGO, HOUR, NOW);
    assertEquals("1-run", p.fromRun());
    assertEquals(List.of(), p.dropped());
  }

  @Test
  void maintainsOwnSnapshotsDoNotCountButAreKeptWhenNewer() {
    List<Warehouse.RunCommit> commits =
        List.of(
            maintained("4-zmaintain", 4),
            run("4-run", 4),
            run("3-run", 3),
            maintained("2-zmaintain", 2),
            run("2-run", 2),
            run("1-run", 1));
    RetentionPlan p = RetentionPlan.of(commits, 2, Optional.empty(), LONG_AGO, HOUR, NOW);
    assertEquals("3-run", p.fromRun(), "m4 does not take one of the two places");
    assertEquals(List.of("4-zmaintain", "4-run", "3-run"), p.kept());
    assertEquals(List.of("2-zmaintain", "2-run", "1-run"), p.dropped());
  }

  @Test
  void aRunDroppedEarlierStaysDropped() {
    // Regression guard: --keep-runs raised after a maintain cannot bring back deleted files.
    Optional<Warehouse.Retention> before = Optional.of(new Warehouse.Retention("4-run", 2));
    RetentionPlan p = RetentionPlan.of(FIVE, 30, before, LONG_AGO, HOUR, NOW);
    assertEquals("4-run", p.fromRun());
    assertEquals(List.of("5-run", "4-run"), p.kept());
    assertEquals(run("4-run", 4).committed().minus(HOUR), p.threshold());
  }

  @Test
  void withoutFinishedRunsNothingIsKeptButTheMargin() {
    RetentionPlan p = RetentionPlan.of(List.of(), 3, Optional.empty(), LONG_AGO, HOUR, NOW);
    assertNull(p.fromRun());
    assertEquals(NOW.minus(HOUR), p.threshold());
    assertEquals(List.of(), p.kept());
  }

  @Test
  void onlyMaintainSnapshotsCountWhenThereIsNoRun() {
    RetentionPlan p =
        RetentionPlan.of(
            List.of(maintained("2-zmaintain", 2), maintained("1-zmaintain", 1)),
            1,
            Optional.empty(),
            LONG_AGO,
            HOUR,
            NOW);
    assertEquals("2-zmaintain", p.fromRun());
    assertEquals(List.of("1-zmaintain"), p.dropped());
  }

  @Test
  void runsWhoseRemovedFilesDeltaMayHaveForgottenAreNotKept() {
    // Regression guard: VACUUM deletes a file whose removal record a checkpoint dropped (it
    // was removed longer ago than delta.deletedFileRetentionDuration), so a run that needed it
    // cannot be kept, however many runs are asked for.
    Instant forgotten = DAY1.plus(Duration.ofDays(2)).plusSeconds(1); // after 3-run's commit day
    RetentionPlan p = RetentionPlan.of(FIVE, 30, Optional.empty(), forgotten, HOUR, NOW);
    assertEquals("4-run", p.fromRun());
    assertEquals(true, p.limitedByDelta());
    RetentionPlan lastOnly = RetentionPlan.of(FIVE, 30, Optional.empty(), NOW, HOUR, NOW);
    assertEquals("5-run", lastOnly.fromRun(), "the last run is always kept");
  }

  @Test
  void keepingNoRunIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RetentionPlan.of(FIVE, 0, Optional.empty(), LONG_AGO, HOUR, NOW));
    assertEquals("keepRuns must be ≥ 1, not 0", e.getMessage());
  }

  @Test
  void retentionRetainsRunsFromItsOldestOn() {
    Warehouse.Retention r = new Warehouse.Retention("20261203T021500Z-aaaa", 3);
    assertEquals(true, r.retains("20261203T021500Z-aaaa"));
    assertEquals(true, r.retains("20261204T021500Z-0000"));
    assertEquals(false, r.retains("20261202T021500Z-ffff"));
    assertEquals(
        "run 20261202T021500Z-ffff is no longer retained; maintain keeps the last 3 "
            + "runs (the oldest is 20261203T021500Z-aaaa)",
        r.refusal("20261202T021500Z-ffff").getMessage());
    assertEquals(true, new Warehouse.Retention(null, 3).retains("anything"));
  }
}
