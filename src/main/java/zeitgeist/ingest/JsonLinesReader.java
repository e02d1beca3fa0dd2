package zeitgeist.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import zeitgeist.config.Field;
import zeitgeist.config.IngestOptions;

/**
 * Streams the records of a JSON Lines file (already decompressed), one per non-blank line.
 *
 * <p>Each line is decoded on its own ({@link TextDecoder}: UTF-8, else Windows-1252), so one
 * Latin-1 line does not spoil a file. A line that is not a JSON object becomes a {@code
 * malformed_json} reject with locator {@code line N} (1-based). Fields are resolved per record by
 * {@link IngestOptions#resolve}; non-string values (numbers, e.g. epoch seconds) are read as text.
 */
public final class JsonLinesReader extends LookAheadIterator<RawRecord> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final InputStream in;
  private final String inputPath;
  private final String relativePath;
  private final IngestOptions options;
  private int lineNumber;

  public JsonLinesReader(
      InputStream in, String inputPath, String relativePath, IngestOptions options) {
    this.in =
        in instanceof java.io.BufferedInputStream
            ? in
            : new java.io.BufferedInputStream(in, 1 << 16);
    this.inputPath = inputPath;
    this.relativePath = relativePath;
    this.options = options;
  }

  @Override
  protected RawRecord computeNext() {
    while (true) {
      byte[] line = readLine();
      if (line == null) {
        try {
          in.close();
        } catch (IOException ignored) {
          // reading is done; nothing is lost
        }
        return null;
      }
      RawRecord r = parse(line);
      if (r != null) {
        return r;
      }
    }
  }

  private RawRecord parse(byte[] bytes) {
    String locator = "line " + lineNumber;
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    RawRecord record = RawRecord.at(inputPath, relativePath, locator);
    if (!decoded.ok()) {
      return record.reject(decoded.rejectReason(), decoded.rejectDetail());
    }
    String line = decoded.text().strip();
    if (line.isEmpty()) {
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return record.reject(
          RejectReason.MALFORMED_JSON, e.getOriginalMessage() + " in: " + abbreviate(line));
    }
    if (node == null || !node.isObject()) {
      return record.reject(RejectReason.MALFORMED_JSON, "not a JSON object: " + abbreviate(line));
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    record.setEncoding(decoded.encoding());
    for (Map.Entry<Field, String> e : options.resolve(names).entrySet()) {
      JsonNode value = node.get(e.getValue());
      if (value == null || value.isNull()) continue;
      String text = value.isValueNode() ? value.asText() : value.toString();
      FieldSetter.set(record, e.getKey(), text);
    }
    return record;
  }

  static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  /** The next line's bytes without its terminator, or null at end of input. */
  private byte[] readLine() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
    try {
      int b;
      boolean any = false;
      while ((b = in.read()) != -1) {
        any = true;
        if (b == '\n') break;
        buf.write(b);
      }
      if (!any) return null;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + inputPath, e);
    }
    lineNumber++;
    byte[] bytes = buf.toByteArray();
    int n = bytes.length;
    if (n > 0 && bytes[n - 1] == '\r') {
      return java.util.Arrays.copyOf(bytes, n - 1);
    }
    return bytes;
  }
}
