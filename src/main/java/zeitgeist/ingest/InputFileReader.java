package zeitgeist.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Collections;
import java.util.Iterator;
import zeitgeist.config.IngestOptions;
import zeitgeist.config.InputFormat;

/**
 * Reads one input file into raw records, streaming: a one-article text file becomes one record, a
 * JSON Lines or CSV/TSV file one record per line or row. Every problem becomes a rejected record;
 * nothing throws for bad content. Opening and decompressing the stream is the caller's job. An
 * entry the listing could not read, or a file that cannot be opened ({@link #cannotOpen}), is one
 * {@code unreadable_file} reject; an I/O error once the file is open is {@code read_error}.
 */
public final class InputFileReader {
  /** Opens a file's (decompressed) content. */
  @FunctionalInterface
  public interface Opener {
    InputStream open(InputFile file) throws IOException;
  }

  private final IngestOptions options;
  private final Opener opener;

  public InputFileReader(IngestOptions options, Opener opener) {
    this.options = options;
    this.opener = opener;
  }

  public Iterator<RawRecord> read(InputFile file) {
    String display = file.getDisplayPath();
    String relative = file.getRelativePath();
    if (file.getUnreadable() != null) {
      return one(
          RawRecord.at(display, relative, file.isFolder() ? "folder" : "file")
              .reject(RejectReason.UNREADABLE_FILE, file.getUnreadable()));
    }
    if (file.getFormat() == null) {
      return one(
          RawRecord.at(display, relative, "file")
              .reject(
                  RejectReason.UNSUPPORTED_FILE,
                  "no known extension (.txt, .jsonl, .json, .csv, .tsv, .parquet, optionally .gz); "
                      + "use --format to force one"));
    }
    InputFormat format = InputFormat.valueOf(file.getFormat());
    try {
      return switch (format) {
        case TXT -> one(readText(file));
        case JSONL -> new JsonLinesReader(opener.open(file), display, relative, options);
        case CSV -> new CsvRecordReader(opener.open(file), display, relative, options);
        default -> throw new IllegalArgumentException(format + " files are read by Spark");
      };
    } catch (IOException | RuntimeException e) {
      return one(
          RawRecord.at(display, relative, "file")
              .reject(
                  cannotOpen(e) ? RejectReason.UNREADABLE_FILE : RejectReason.READ_ERROR,
                  e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  /**
   * True when {@code e} says a file could not be opened at all (no permission, gone, a link that
   * leads nowhere) rather than failed while being read: {@code unreadable_file}, not {@code
   * read_error}. Java and Hadoop report both "permission denied" and "no such file" as a {@link
   * FileNotFoundException}; {@code java.nio} as an {@link AccessDeniedException} or {@link
   * NoSuchFileException}.
   */
  public static boolean cannotOpen(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FileNotFoundException
          || t instanceof AccessDeniedException
          || t instanceof NoSuchFileException) {
        return true;
      }
    }
    return false;
  }

  private RawRecord readText(InputFile file) throws IOException {
    RawRecord r = RawRecord.at(file.getDisplayPath(), file.getRelativePath(), "file");
    r.setWholeFile(true);
    if (file.getLength() > options.maxArticleBytes()) {
      return r.reject(
          RejectReason.TOO_LARGE,
          file.getLength()
              + " bytes, over the limit of "
              + options.maxArticleBytes()
              + " (--max-article-bytes)");
    }
    byte[] bytes;
    try (InputStream in = opener.open(file)) {
      bytes = in.readNBytes((int) options.maxArticleBytes() + 1);
    }
    if (bytes.length > options.maxArticleBytes()) {
      return r.reject(
          RejectReason.TOO_LARGE,
          "over the limit of "
              + options.maxArticleBytes()
              + " bytes once decompressed (--max-article-bytes)");
    }
    if (bytes.length == 0) {
      return r.reject(RejectReason.EMPTY, "the file has no bytes");
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (!decoded.ok()) {
      return r.reject(decoded.rejectReason(), decoded.rejectDetail());
    }
    if (decoded.text().isBlank()) {
      return r.reject(RejectReason.EMPTY, "the file holds only whitespace");
    }
    r.setEncoding(decoded.encoding());
    r.setText(decoded.text());
    return r;
  }

  private static Iterator<RawRecord> one(RawRecord r) {
    return Collections.singletonList(r).iterator();
  }
}
