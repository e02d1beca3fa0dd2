package zeitgeist.tables;

import java.io.Serializable;
import java.sql.Timestamp;

/**
 * A row of {@code input_files}: one version of one input file that a run read completely, with what
 * it yielded. A later run skips a listed file whose URI, size, modification time and ingest key
 * match a row (unless {@code --full} or {@code --rebuild}): its articles are stored and its rejects
 * recorded already. Append-only: a file changed in place adds a row for its new version.
 */
public class InputFileRow implements Serializable {
  public static final TableSpec<InputFileRow> TABLE =
      TableSpec.of(
          "input_files",
          InputFileRow.class,
          "uri",
          "input_path",
          "size",
          "modified_at",
          "ingest_key",
          "articles",
          "rejects",
          "run_id");

  private String uri;
  private String inputPath;
  private long size;
  private Timestamp modifiedAt;
  private String ingestKey;
  private long articles;
  private long rejects;
  private String runId;

  public InputFileRow() {}

  /** The file's fully qualified URI. */
  public String getUri() {
    return uri;
  }

  public void setUri(String v) {
    uri = v;
  }

  /** The file as the input path was given (as in {@code articles.input_path}). */
  public String getInputPath() {
    return inputPath;
  }

  public void setInputPath(String v) {
    inputPath = v;
  }

  /** Bytes. */
  public long getSize() {
    return size;
  }

  public void setSize(long v) {
    size = v;
  }

  /** Modification time, as the file system reported it when the file was listed. */
  public Timestamp getModifiedAt() {
    return modifiedAt;
  }

  public void setModifiedAt(Timestamp v) {
    modifiedAt = v;
  }

  /** {@link zeitgeist.config.IngestOptions#key()} of the run that read it. */
  public String getIngestKey() {
    return ingestKey;
  }

  public void setIngestKey(String v) {
    ingestKey = v;
  }

  /** Articles read from it ({@code duplicate_id} rejects not counted). */
  public long getArticles() {
    return articles;
  }

  public void setArticles(long v) {
    articles = v;
  }

  /** Rejects read from it, {@code duplicate_id} included. */
  public long getRejects() {
    return rejects;
  }

  public void setRejects(long v) {
    rejects = v;
  }

  public String getRunId() {
    return runId;
  }

  public void setRunId(String v) {
    runId = v;
  }
}
