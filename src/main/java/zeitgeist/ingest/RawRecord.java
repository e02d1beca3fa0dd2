package zeitgeist.ingest;

import java.io.Serializable;

/**
 * One record as read from an input, before cleaning: either the raw fields of an article or a
 * reject (when {@link #getRejectReason()} is set). A Java bean so Spark can encode it.
 */
public class RawRecord implements Serializable {
  private String inputPath;
  private String relativePath;
  private String locator;
  private boolean wholeFile;
  private String encoding;
  private String id;
  private String text;
  private String title;
  private String date;
  private String source;
  private String url;
  private String rejectReason;
  private String rejectDetail;

  public RawRecord() {}

  /**
   * A record read from {@code inputPath} at {@code locator} ({@code file}, {@code line 3}, ...).
   */
  public static RawRecord at(String inputPath, String relativePath, String locator) {
    RawRecord r = new RawRecord();
    r.inputPath = inputPath;
    r.relativePath = relativePath;
    r.locator = locator;
    return r;
  }

  /** Marks this record as rejected with a short reason code and a human-readable detail. */
  public RawRecord reject(String reason, String detail) {
    this.rejectReason = reason;
    this.rejectDetail = detail;
    return this;
  }

  public boolean isRejected() {
    return rejectReason != null;
  }

  public String getInputPath() {
    return inputPath;
  }

  public void setInputPath(String v) {
    inputPath = v;
  }

  /** The path relative to the input root it was found under, with {@code /} separators. */
  public String getRelativePath() {
    return relativePath;
  }

  public void setRelativePath(String v) {
    relativePath = v;
  }

  public String getLocator() {
    return locator;
  }

  public void setLocator(String v) {
    locator = v;
  }

  /** True when the record is a whole file (one article per file): its path may serve as its id. */
  public boolean isWholeFile() {
    return wholeFile;
  }

  public void setWholeFile(boolean v) {
    wholeFile = v;
  }

  public String getEncoding() {
    return encoding;
  }

  public void setEncoding(String v) {
    encoding = v;
  }

  public String getId() {
    return id;
  }

  public void setId(String v) {
    id = v;
  }

  public String getText() {
    return text;
  }

  public void setText(String v) {
    text = v;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String v) {
    title = v;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String v) {
    date = v;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String v) {
    source = v;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String v) {
    url = v;
  }

  public String getRejectReason() {
    return rejectReason;
  }

  public void setRejectReason(String v) {
    rejectReason = v;
  }

  public String getRejectDetail() {
    return rejectDetail;
  }

  public void setRejectDetail(String v) {
    rejectDetail = v;
  }
}
