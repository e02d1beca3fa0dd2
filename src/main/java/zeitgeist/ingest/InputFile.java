package zeitgeist.ingest;

import java.io.Serializable;

/** A file found under an input path, with the format it will be read as. A Java bean for Spark. */
public class InputFile implements Serializable {
  private String uri;
  private String displayPath;
  private String relativePath;
  private String format;
  private long length;
  private long modifiedAt;
  private String unreadable;
  private boolean folder;

  public InputFile() {}

  public InputFile(
      String uri,
      String displayPath,
      String relativePath,
      String format,
      long length,
      long modifiedAt) {
    this.uri = uri;
    this.displayPath = displayPath;
    this.relativePath = relativePath;
    this.format = format;
    this.length = length;
    this.modifiedAt = modifiedAt;
  }

  /** Fully qualified Hadoop path, used to open the file. */
  public String getUri() {
    return uri;
  }

  public void setUri(String v) {
    uri = v;
  }

  /** The input path as the user gave it, joined with the relative path: shown in tables. */
  public String getDisplayPath() {
    return displayPath;
  }

  public void setDisplayPath(String v) {
    displayPath = v;
  }

  /** Path relative to the input root, {@code /}-separated; the file name for a file input. */
  public String getRelativePath() {
    return relativePath;
  }

  public void setRelativePath(String v) {
    relativePath = v;
  }

  /** An {@link zeitgeist.config.InputFormat} name, or null when the file is not supported. */
  public String getFormat() {
    return format;
  }

  public void setFormat(String v) {
    format = v;
  }

  public long getLength() {
    return length;
  }

  public void setLength(long v) {
    length = v;
  }

  /** Modification time, milliseconds since the epoch, as the file system reports it. */
  public long getModifiedAt() {
    return modifiedAt;
  }

  public void setModifiedAt(long v) {
    modifiedAt = v;
  }

  /**
   * Why the listing could not read this entry (a dangling symbolic link, a folder that may not be
   * listed), or null. Such an entry has no format and becomes an {@code unreadable_file} reject.
   */
  public String getUnreadable() {
    return unreadable;
  }

  public void setUnreadable(String v) {
    unreadable = v;
  }

  /** True for a folder: one is listed only when it cannot be listed itself. */
  public boolean isFolder() {
    return folder;
  }

  public void setFolder(boolean v) {
    folder = v;
  }

  /** An entry the listing found but could not read: {@code detail} says why. */
  public static InputFile unreadable(
      String uri, String displayPath, String relativePath, boolean folder, String detail) {
    InputFile f = new InputFile(uri, displayPath, relativePath, null, 0, 0);
    f.setFolder(folder);
    f.setUnreadable(detail);
    return f;
  }
}
