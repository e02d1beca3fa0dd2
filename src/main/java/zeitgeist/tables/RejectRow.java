package zeitgeist.tables;

import java.io.Serializable;

/** A row of {@code rejects}: one input item that did not become an article, and why. */
public class RejectRow implements Serializable {
  public static final TableSpec<RejectRow> TABLE =
      TableSpec.of(
          "rejects", RejectRow.class, "run_id", "input_path", "locator", "reason", "detail");

  private String runId;
  private String inputPath;
  private String locator;
  private String reason;
  private String detail;

  public RejectRow() {}

  public RejectRow(String runId, String inputPath, String locator, String reason, String detail) {
    this.runId = runId;
    this.inputPath = inputPath;
    this.locator = locator;
    this.reason = reason;
    this.detail = detail;
  }

  public String getRunId() {
    return runId;
  }

  public void setRunId(String v) {
    runId = v;
  }

  public String getInputPath() {
    return inputPath;
  }

  public void setInputPath(String v) {
    inputPath = v;
  }

  /** {@code file}, {@code line N} (JSONL), {@code record N} (CSV/TSV), {@code row N} (Parquet). */
  public String getLocator() {
    return locator;
  }

  public void setLocator(String v) {
    locator = v;
  }

  /** A short code from {@link zeitgeist.ingest.RejectReason}. */
  public String getReason() {
    return reason;
  }

  public void setReason(String v) {
    reason = v;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String v) {
    detail = v;
  }
}
