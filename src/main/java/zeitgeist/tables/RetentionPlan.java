package zeitgeist.tables;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which finished runs {@code maintain} keeps readable, and from when on its {@code VACUUM} must
 * keep the files that commits removed from the tables.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>The last {@code keepRuns} runs of {@code zeitgeist run} that finished ({@code succeeded} or
 *       {@code nothing_new}) are kept, and every snapshot after the oldest of them (a {@code
 *       maintain}'s own included). With fewer such runs, all are kept; with none, every snapshot
 *       there is.
 *   <li>History only shrinks: a run an earlier {@code maintain} no longer kept stays dropped (its
 *       files are gone), so the oldest kept run is never earlier than the last {@code maintain}'s.
 *   <li>A kept run needs the files of its tables' versions. A file leaves a table in a commit made
 *       after the run's {@code runs} commit (the run recorded every table's latest version, and the
 *       warehouse has one writer), so keeping every file removed after that commit keeps the run
 *       readable: {@code VACUUM} keeps files removed after {@link #threshold}, the oldest kept
 *       run's commit time less a margin. The margin covers clocks that differ between the hosts
 *       that wrote (commit times are the storage's file times), and the seconds between planning
 *       and {@code VACUUM}.
 *   <li>Delta forgets a removed file once it was removed longer ago than the table's {@code
 *       delta.deletedFileRetentionDuration} (7 days unless {@code maintain} set more): a checkpoint
 *       drops the record, and {@code VACUUM} then deletes the file as one the table never had. So a
 *       run committed before {@code forgottenBefore} (now less the shortest such duration of the
 *       tables) cannot be promised, and is not kept even if among the last {@code keepRuns}; the
 *       last run always is (what it needs is the tables' current state, or was removed by later
 *       commits).
 * </ol>
 *
 * <p>Example: runs r1 to r5 committed a day apart, {@code --keep-runs 3} on day 6, margin one hour:
 * r3, r4 and r5 are kept; {@code VACUUM} deletes the files removed before r3's commit less an hour,
 * which only r1 and r2 needed (a file r3 still had was removed after r3's commit).
 *
 * @param fromRun the oldest run kept; null when there is no finished run
 * @param threshold files removed from a table before this instant are deleted
 * @param kept the finished runs kept, latest first
 * @param dropped the finished runs no longer readable, latest first
 * @param limitedByDelta whether rule 4 kept fewer runs than asked
 */
public record RetentionPlan(
    String fromRun,
    Instant threshold,
    List<String> kept,
    List<String> dropped,
    boolean limitedByDelta) {

  /**
   * The plan for keeping the last {@code keepRuns} runs of {@code commits} (every finished run's
   * {@code runs} commit, latest first), after the last {@code maintain}'s {@code previous}.
   */
  public static RetentionPlan of(
      List<Warehouse.RunCommit> commits,
      int keepRuns,
      Optional<Warehouse.Retention> previous,
      Instant forgottenBefore,
      Duration margin,
      Instant now) {
    if (keepRuns < 1) throw new IllegalArgumentException("keepRuns must be ≥ 1, not " + keepRuns);
    List<Warehouse.RunCommit> runs = commits.stream().filter(c -> !c.maintained()).toList();
    if (runs.isEmpty()) runs = commits;
    if (runs.isEmpty()) {
      return new RetentionPlan(null, now.minus(margin), List.of(), List.of(), false);
    }
    int last = Math.min(keepRuns, runs.size()) - 1;
    boolean limited = false;
    while (last > 0 && runs.get(last).committed().isBefore(forgottenBefore)) {
      last--;
      limited = true;
    }
    Warehouse.RunCommit oldest = runs.get(last);
    String from = oldest.runId();
    Instant committed = oldest.committed();
    String before = previous.map(Warehouse.Retention::fromRun).orElse(null);
    if (before != null && before.compareTo(from) > 0) {
      from = before;
      committed =
          commits.stream()
              .filter(c -> c.runId().equals(before))
              .map(Warehouse.RunCommit::committed)
              .findFirst()
              .orElse(committed);
    }
    String oldestKept = from;
    List<String> kept =
        commits.stream()
            .map(Warehouse.RunCommit::runId)
            .filter(id -> id.compareTo(oldestKept) >= 0)
            .toList();
    List<String> dropped =
        commits.stream()
            .map(Warehouse.RunCommit::runId)
            .filter(id -> id.compareTo(oldestKept) < 0)
            .toList();
    return new RetentionPlan(from, committed.minus(margin), kept, dropped, limited);
  }

  /** How long ago, at {@code now}, the threshold was (zero if it is later). */
  public Duration age(Instant now) {
    Duration d = Duration.between(threshold, now);
    return d.isNegative() ? Duration.ZERO : d;
  }
}
