package zeitgeist.tables;

import java.io.Serializable;
import java.sql.Timestamp;
import java.util.Map;

/**
 * A row of {@code runs}: one run of {@code zeitgeist run} (or {@code zeitgeist maintain}), with its
 * counts and arguments.
 */
public class RunRow implements Serializable {
  public static final TableSpec<RunRow> TABLE =
      TableSpec.of(
          "runs",
          RunRow.class,
          "run_id",
          "started_at",
          "finished_at",
          "status",
          "read",
          "new_articles",
          "unchanged",
          "rejected",
          "rejects_added",
          "written",
          "duplicates",
          "files_read",
          "files_skipped",
          "id_clashes",
          "redelivered",
          "dates_unreadable",
          "dates_implausible",
          "languages",
          "project_version",
          "config",
          "arguments",
          "message",
          "table_versions");

  private String runId;
  private Timestamp startedAt;
  private Timestamp finishedAt;
  private String status;
  private long read;
  private long newArticles;
  private long unchanged;
  private long rejected;
  private long rejectsAdded;
  private long written;
  private long duplicates;
  private long filesRead;
  private long filesSkipped;
  private long idClashes;
  private long redelivered;
  private Map<String, Long> languages;
  private long datesUnreadable;
  private long datesImplausible;
  private String projectVersion;
  private String config;
  private String arguments;
  private String message;
  private Map<String, Long> tableVersions;

  public RunRow() {}

  /** Input files read. */
  public long getFilesRead() {
    return filesRead;
  }

  public void setFilesRead(long v) {
    filesRead = v;
  }

  /** Input files not read: a run read them before and they have not changed since. */
  public long getFilesSkipped() {
    return filesSkipped;
  }

  public void setFilesSkipped(long v) {
    filesSkipped = v;
  }

  /** Records rejected as {@code duplicate_id}: id read before with a different text. */
  public long getIdClashes() {
    return idClashes;
  }

  public void setIdClashes(long v) {
    idClashes = v;
  }

  /** Records rejected as {@code redelivered}: same id and text as a record read before. */
  public long getRedelivered() {
    return redelivered;
  }

  public void setRedelivered(long v) {
    redelivered = v;
  }

  /** The articles written, per language code ({@code und}: undetermined, not analysed). */
  public Map<String, Long> getLanguages() {
    return languages;
  }

  public void setLanguages(Map<String, Long> v) {
    languages = v;
  }

  /** New and changed articles whose date field was given but is not a date. */
  public long getDatesUnreadable() {
    return datesUnreadable;
  }

  public void setDatesUnreadable(long v) {
    datesUnreadable = v;
  }

  /** New and changed articles whose date is not plausible (before 1600, or in the future). */
  public long getDatesImplausible() {
    return datesImplausible;
  }

  public void setDatesImplausible(long v) {
    datesImplausible = v;
  }

  public String getRunId() {
    return runId;
  }

  public void setRunId(String v) {
    runId = v;
  }

  public Timestamp getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(Timestamp v) {
    startedAt = v;
  }

  public Timestamp getFinishedAt() {
    return finishedAt;
  }

  public void setFinishedAt(Timestamp v) {
    finishedAt = v;
  }

  /**
   * {@code succeeded}, {@code nothing_new} or {@code failed}; {@code maintained} for {@code
   * zeitgeist maintain}'s row (no articles, every count 0); {@code converted} for the row of {@code
   * zeitgeist convert}.
   */
  public String getStatus() {
    return status;
  }

  public void setStatus(String v) {
    status = v;
  }

  /** Records read: articles (new, unchanged) plus rejects. */
  public long getRead() {
    return read;
  }

  public void setRead(long v) {
    read = v;
  }

  /** Articles not yet in the warehouse. */
  public long getNewArticles() {
    return newArticles;
  }

  public void setNewArticles(long v) {
    newArticles = v;
  }

  /** Articles already in the warehouse with the same content hash: skipped. */
  public long getUnchanged() {
    return unchanged;
  }

  public void setUnchanged(long v) {
    unchanged = v;
  }

  /** Records rejected in this run (known ones included). */
  public long getRejected() {
    return rejected;
  }

  public void setRejected(long v) {
    rejected = v;
  }

  /** Rows added to {@code rejects}: this run's rejects not recorded by an earlier run. */
  public long getRejectsAdded() {
    return rejectsAdded;
  }

  public void setRejectsAdded(long v) {
    rejectsAdded = v;
  }

  /** Rows written to {@code articles}: new, changed, and stored articles written again. */
  public long getWritten() {
    return written;
  }

  public void setWritten(long v) {
    written = v;
  }

  /** Written articles whose text duplicates another article's ({@code duplicate_of} set). */
  public long getDuplicates() {
    return duplicates;
  }

  public void setDuplicates(long v) {
    duplicates = v;
  }

  public String getProjectVersion() {
    return projectVersion;
  }

  public void setProjectVersion(String v) {
    projectVersion = v;
  }

  /** The analysis configuration the run wrote its rows with (see JobConfig#fingerprint). */
  public String getConfig() {
    return config;
  }

  public void setConfig(String v) {
    config = v;
  }

  public String getArguments() {
    return arguments;
  }

  public void setArguments(String v) {
    arguments = v;
  }

  /** A failure's message, or what a conversion did; else null. */
  public String getMessage() {
    return message;
  }

  public void setMessage(String v) {
    message = v;
  }

  /**
   * The version of every other table when the run finished: the warehouse's state after it, which
   * readers see; null for a failed run.
   */
  public Map<String, Long> getTableVersions() {
    return tableVersions;
  }

  public void setTableVersions(Map<String, Long> v) {
    tableVersions = v;
  }
}
