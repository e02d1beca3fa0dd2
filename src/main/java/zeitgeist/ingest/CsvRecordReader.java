package zeitgeist.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import zeitgeist.config.Field;
import zeitgeist.config.IngestOptions;

/**
 * Streams the records of a CSV or TSV file (already decompressed) with Apache Commons CSV.
 *
 * <p>Rules: the delimiter is a tab for {@code .tsv} files, else whichever of {@code , ; TAB |}
 * occurs most often in the first line; the quote character is {@code '} when the first line's
 * fields start with it, else {@code "}. The first line is a header when one of its cells names a
 * known field (see {@link Field}) or an explicit {@code --field} column; otherwise columns are
 * numbered {@code 1, 2, ...} and, unless mapped, the text is the column with the longest value in
 * the first record. The charset is sniffed from the first 64 KiB (UTF-8, else Windows-1252).
 * Locators are {@code record N}, 1-based, the header not counted. A parse error (e.g. an unclosed
 * quote) rejects the rest of the file as {@code malformed_csv} at the record where it happened; the
 * records before it are kept.
 */
public final class CsvRecordReader extends LookAheadIterator<RawRecord> {
  private static final int SNIFF = 1 << 16;

  private final String inputPath;
  private final String relativePath;
  private final IngestOptions options;
  private final Iterator<CSVRecord> records;
  private final CSVParser parser;
  private final String encoding;
  private List<String> columns;
  private Map<Field, String> resolved;
  private long recordNumber;

  /** Whether the parser is closed: after a malformed record, nothing more is read. */
  private boolean done;

  public CsvRecordReader(
      InputStream raw, String inputPath, String relativePath, IngestOptions options) {
    this.inputPath = inputPath;
    this.relativePath = relativePath;
    this.options = options;
    try {
      BufferedInputStream in = new BufferedInputStream(raw, SNIFF);
      in.mark(SNIFF);
      byte[] head = in.readNBytes(SNIFF);
      in.reset();
      Charset charset = looksUtf8(head) ? StandardCharsets.UTF_8 : TextDecoder.WINDOWS_1252;
      this.encoding = charset == StandardCharsets.UTF_8 ? "UTF-8" : "windows-1252";
      String headText = new String(head, charset);
      String firstLine = firstLine(headText);
      char quote = firstLine.matches("^'.*|.*[,;\\t|]'.*") ? '\'' : '"';
      char delimiter =
          relativePath.toLowerCase(Locale.ROOT).matches(".*\\.tsv(\\.gz)?$")
              ? '\t'
              : sniffDelimiter(headText, quote);
      Reader reader =
          new InputStreamReader(
              in,
              charset
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPLACE)
                  .onUnmappableCharacter(CodingErrorAction.REPLACE));
      CSVFormat format =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(delimiter)
              .setQuote(quote)
              .setIgnoreEmptyLines(true)
              .setTrim(false)
              .get();
      this.parser = CSVParser.builder().setReader(skipBom(reader)).setFormat(format).get();
      this.records = parser.iterator();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + inputPath, e);
    }
  }

  @Override
  protected RawRecord computeNext() {
    if (done) {
      return null;
    }
    try {
      if (columns == null) {
        if (!records.hasNext()) return finish();
        RawRecord first = readHeaderOrFirst();
        if (first != null) return first;
      }
      return records.hasNext() ? toRecord(records.next()) : finish();
    } catch (UncheckedIOException | IllegalStateException e) {
      finish();
      return RawRecord.at(inputPath, relativePath, "record " + (recordNumber + 1))
          .reject(RejectReason.MALFORMED_CSV, rootMessage(e));
    }
  }

  private RawRecord finish() {
    done = true;
    try {
      parser.close();
    } catch (IOException ignored) {
      // reading is over; nothing is lost
    }
    return null;
  }

  /** Reads the first row: returns it as a record when it is data, null when it is a header. */
  private RawRecord readHeaderOrFirst() {
    CSVRecord first = records.next();
    List<String> cells = first.toList();
    if (cells.stream().anyMatch(this::namesAField)) {
      columns = cells.stream().map(String::strip).toList();
      resolved = options.resolve(columns);
      return null;
    }
    columns = new ArrayList<>();
    for (int i = 1; i <= cells.size(); i++) columns.add(Integer.toString(i));
    resolved = new java.util.EnumMap<>(Field.class);
    resolved.putAll(options.resolve(columns));
    if (!resolved.containsKey(Field.TEXT)) {
      int longest = 0;
      for (int i = 1; i < cells.size(); i++) {
        if (cells.get(i).length() > cells.get(longest).length()) longest = i;
      }
      resolved.put(Field.TEXT, columns.get(longest));
    }
    return toRecord(first);
  }

  private boolean namesAField(String cell) {
    String c = cell.strip();
    for (Field f : Field.values()) {
      if (options.fieldMap().containsKey(f) && options.fieldMap().get(f).equalsIgnoreCase(c)) {
        return true;
      }
      if (f.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(c))) return true;
    }
    return false;
  }

  private RawRecord toRecord(CSVRecord rec) {
    recordNumber++;
    RawRecord r = RawRecord.at(inputPath, relativePath, "record " + recordNumber);
    r.setEncoding(encoding);
    List<String> cells = rec.toList();
    for (Map.Entry<Field, String> e : resolved.entrySet()) {
      int idx = columns.indexOf(e.getValue());
      if (idx >= 0 && idx < cells.size()) {
        FieldSetter.set(r, e.getKey(), cells.get(idx));
      }
    }
    return r;
  }

  /**
   * The delimiter among {@code , ; TAB |} that splits the first records of {@code head} into the
   * most consistent number (≥ 2) of fields; ties go to the earlier candidate.
   */
  static char sniffDelimiter(String head, char quote) {
    char best = ',';
    double bestScore = -1;
    for (char c : new char[] {',', '\t', ';', '|'}) {
      List<Integer> counts = new ArrayList<>();
      try (CSVParser p =
          CSVParser.builder()
              .setReader(new java.io.StringReader(head))
              .setFormat(CSVFormat.DEFAULT.builder().setDelimiter(c).setQuote(quote).get())
              .get()) {
        for (CSVRecord r : p) {
          counts.add(r.size());
          if (counts.size() > 20) break;
        }
      } catch (IOException | UncheckedIOException | IllegalStateException e) {
        // an unparseable head under this delimiter scores what it parsed so far
      }
      if (counts.size() > 1 && head.length() >= SNIFF - 1) {
        counts.remove(counts.size() - 1); // the head may cut the last record
      }
      Map<Integer, Long> freq = new java.util.HashMap<>();
      counts.forEach(n -> freq.merge(n, 1L, Long::sum));
      var modal = freq.entrySet().stream().max(Map.Entry.comparingByValue());
      if (modal.isEmpty() || modal.get().getKey() < 2) continue;
      double score = modal.get().getValue() / (double) counts.size();
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = (nl < 0 ? s : s.substring(0, nl)).replace("\r", "");
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  /** True when {@code head} is valid UTF-8, allowing a sequence cut off at its end. */
  static boolean looksUtf8(byte[] head) {
    int end = head.length;
    int back = 0;
    while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) back++;
    if (end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0xC0) end = end - back - 1;
    return TextDecoder.isUtf8(java.util.Arrays.copyOf(head, end));
  }

  private static Reader skipBom(Reader reader) throws IOException {
    java.io.PushbackReader in = new java.io.PushbackReader(reader, 1);
    int c = in.read();
    if (c != -1 && c != '\uFEFF') in.unread(c);
    return in;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
