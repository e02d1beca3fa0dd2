package zeitgeist.tables;

/** {@code runs} rows for tests that write tables by hand. */
public final class TestRuns {
  private TestRuns() {}

  /** A finished run's row: committing it makes the run's writes the warehouse's snapshot. */
  public static RunRow finished(String runId) {
    RunRow r = new RunRow();
    r.setRunId(runId);
    r.setStatus("succeeded");
    return r;
  }
}
