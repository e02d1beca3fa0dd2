package zeitgeist.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zeitgeist.config.IngestOptions;
import zeitgeist.config.InputFormat;
import zeitgeist.ingest.CsvRecordReader;
import zeitgeist.ingest.JsonLinesReader;
import zeitgeist.ingest.RawRecord;
import zeitgeist.ingest.TextDecoder;

/**
 * Generates a benchmark corpus as JSON Lines from real articles. Deterministic: record N is the
 * same in every call with the same seed, sources and dates, whatever {@code --count} and {@code
 * --files} are, so a later call with a higher {@code --from} adds new articles to a corpus.
 *
 * <p>Two kinds of records:
 *
 * <ul>
 *   <li>messy (the default, {@link MessyArticles}): paragraphs of the sources recombined, with the
 *       seeds' messiness (dates in fields, headers, datelines, footers or nowhere, share buttons,
 *       ads, related-articles lists, duplicates, Windows-1252 lines, broken lines);
 *   <li>{@code --clean}: 6–16 sentences of the first source, an id {@code gen-N}, a title, a source
 *       and a date field (one in twenty undated, one in ten month-precise); what {@code
 *       jobs/bench-rerun} measures.
 * </ul>
 *
 * <p>Output: {@code --out FILE.jsonl} for one file, else a directory of {@code --files} files
 * {@code part-NNNNNN.jsonl} each holding a contiguous range of records (in sub-directories {@code
 * dNNN/} of 1,000 files when there are more than 1,000).
 */
@Command(
    name = "CorpusGenerator",
    mixinStandardHelpOptions = true,
    description = "Generate a benchmark corpus (JSON Lines) from real articles.")
public final class CorpusGenerator implements Callable<Integer> {
  private static final String[] SOURCES = {
    "Hanse-Kurier", "Spree-Echo", "Alpenpost", "Rheinischer Bote", "tagesschau", "Euronews"
  };
  private static final int FILES_PER_FOLDER = 1000;

  @Option(
      names = "--source",
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description =
          "Real articles to recombine: files or directories zeitgeist reads "
              + "(e.g. a 10kGNAD CSV, data/sample), repeatable.")
  List<Path> sources = new ArrayList<>();

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATH",
      description = "A .jsonl file (with --files 1), else a directory.")
  Path out;

  @Option(names = "--count", required = true, paramLabel = "N", description = "Records.")
  int count;

  @Option(
      names = "--from",
      defaultValue = "0",
      paramLabel = "I",
      description = "Number of the first record (default 0).")
  int from;

  @Option(
      names = "--files",
      defaultValue = "1",
      paramLabel = "K",
      description = "Split the records into K files (default 1).")
  int files;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1).")
  long seed;

  @Option(
      names = "--recent",
      paramLabel = "DATE",
      description =
          "Date the records within the 30 days from DATE (a nightly run's new articles)"
              + " instead of over 2019-2024.")
  LocalDate recent;

  @Option(names = "--clean", description = "Clean records: sentences and fields only.")
  boolean clean;

  public static void main(String[] args) {
    System.exit(new CommandLine(new CorpusGenerator()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    if (count < 1 || files < 1 || files > count || from < 0) {
      throw new CommandLine.ParameterException(
          new CommandLine(this),
          "need --count >= 1, 1 <= --files <= --count and --from >= 0; got --count "
              + count
              + " --files "
              + files
              + " --from "
              + from);
    }
    boolean oneFile = out.toString().endsWith(".jsonl");
    if (oneFile && files != 1) {
      throw new CommandLine.ParameterException(
          new CommandLine(this),
          "--out " + out + " names one file; give a directory for --files " + files);
    }
    LocalDate first = recent == null ? LocalDate.of(2019, 1, 1) : recent;
    int days = recent == null ? 6 * 365 : 30;
    Generator gen;
    String described;
    if (clean) {
      List<String> sentences = sentences(sources.get(0));
      ObjectMapper json = new ObjectMapper();
      gen =
          i ->
              new MessyArticles.Line(json.writeValueAsString(article(i, sentences, recent)), false);
      described = sentences.size() + " sentences of " + sources.get(0);
    } else {
      SeedText seeds = SeedText.read(sources);
      MessyArticles messy = new MessyArticles(seeds, seed, first, days);
      gen = messy::line;
      described =
          seeds.articles()
              + " articles ("
              + seeds.german().size()
              + " German and "
              + seeds.other().size()
              + " other paragraphs) of "
              + sources;
    }
    long bytes = write(gen, oneFile);
    System.err.printf(
        Locale.ROOT,
        "wrote %d records (gen-%d .. gen-%d), %.1f MB in %d file%s," + " from %s, to %s%n",
        count,
        from,
        from + count - 1,
        bytes / 1e6,
        files,
        files == 1 ? "" : "s",
        described,
        out);
    return 0;
  }

  /** Makes record {@code i}. */
  @FunctionalInterface
  interface Generator {
    MessyArticles.Line line(int i) throws IOException;
  }

  private long write(Generator gen, boolean oneFile) throws IOException {
    long bytes = 0;
    int file = -1;
    OutputStream w = null;
    try {
      for (int k = 0; k < count; k++) {
        int f = (int) ((long) k * files / count);
        if (f != file) {
          if (w != null) w.close();
          file = f;
          Path p = oneFile ? out : out.resolve(fileName(f));
          if (p.getParent() != null) Files.createDirectories(p.getParent());
          w = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
        }
        byte[] line = encode(gen.line(from + k));
        w.write(line);
        w.write('\n');
        bytes += line.length + 1;
      }
    } finally {
      if (w != null) w.close();
    }
    return bytes;
  }

  private String fileName(int f) {
    String name = String.format(Locale.ROOT, "part-%06d.jsonl", f);
    return files <= FILES_PER_FOLDER
        ? name
        : String.format(Locale.ROOT, "d%03d/%s", f / FILES_PER_FOLDER, name);
  }

  /** UTF-8, or Windows-1252 with {@code ?} for what it cannot encode. */
  static byte[] encode(MessyArticles.Line line) throws IOException {
    if (!line.latin1()) return line.text().getBytes(StandardCharsets.UTF_8);
    var buffer =
        TextDecoder.WINDOWS_1252
            .newEncoder()
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .onMalformedInput(CodingErrorAction.REPLACE)
            .encode(java.nio.CharBuffer.wrap(line.text()));
    byte[] b = new byte[buffer.remaining()];
    buffer.get(b);
    return b;
  }

  /** A clean record ({@code --clean}). */
  static Map<String, Object> article(int i, List<String> sentences, LocalDate recent) {
    Random r = new Random(1_000_003L * i + 17);
    int n = 6 + r.nextInt(11);
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < n; k++) {
      if (k > 0) text.append(k % 4 == 0 ? "\n\n" : " ");
      text.append(sentences.get(r.nextInt(sentences.size())));
    }
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", "gen-" + i);
    String first = sentences.get(r.nextInt(sentences.size()));
    a.put("title", first.length() > 80 ? first.substring(0, 80) : first);
    a.put("source", SOURCES[r.nextInt(SOURCES.length)]);
    int kind = r.nextInt(20);
    LocalDate d =
        recent == null
            ? LocalDate.of(2019, 1, 1).plusDays(r.nextInt(6 * 365))
            : recent.plusDays(r.nextInt(30));
    if (kind > 0) {
      a.put("published", kind < 3 ? d.toString().substring(0, 7) : d.toString());
    }
    a.put("text", text.toString());
    return a;
  }

  /** The sentences of a CSV or JSONL source for {@code --clean} (split at ". "). */
  static List<String> sentences(Path source) throws IOException {
    IngestOptions options = new IngestOptions(InputFormat.AUTO, Map.of(), 1 << 24);
    List<String> out = new ArrayList<>();
    try (InputStream in = new FileInputStream(source.toFile())) {
      var records =
          source.toString().endsWith(".csv") || source.toString().endsWith(".tsv")
              ? new CsvRecordReader(in, source.toString(), source.getFileName().toString(), options)
              : new JsonLinesReader(
                  in, source.toString(), source.getFileName().toString(), options);
      while (records.hasNext()) {
        RawRecord rec = records.next();
        if (rec.getText() == null) continue;
        for (String s : rec.getText().split("(?<=[.!?])\\s+(?=\\p{Lu})")) {
          if (s.length() > 30) out.add(s.strip());
        }
      }
    }
    if (out.isEmpty()) throw new IOException("no sentences in " + source);
    return out;
  }
}
