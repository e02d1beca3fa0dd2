package zeitgeist.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import zeitgeist.config.IngestOptions;
import zeitgeist.config.InputFormat;
import zeitgeist.ingest.CsvRecordReader;
import zeitgeist.ingest.JsonLinesReader;
import zeitgeist.ingest.RawRecord;

/**
 * Generates a realistic benchmark corpus as JSON Lines from real articles: each generated article
 * recombines 6–16 sentences drawn from the source articles, gets an id {@code gen-N}, a title (its
 * first sentence, cut), a source and a date spread over 2019–2024 (one in twenty undated, one in
 * ten month-precise). Deterministic: article N is the same in every call, so a later call with a
 * higher {@code --from} adds new articles to an existing corpus.
 *
 * <p>Usage: {@code CorpusGenerator SOURCE(.csv|.jsonl) OUT.jsonl FROM COUNT [RECENT_FROM]}: with
 * {@code RECENT_FROM} (a date), the articles are dated within the 30 days from it instead, as the
 * new articles of a nightly run would be.
 */
public final class CorpusGenerator {
  private static final String[] SOURCES = {"Hanse-Kurier", "Spree-Echo", "Alpenpost",
      "Rheinischer Bote", "tagesschau", "Euronews"};

  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4 && args.length != 5) {
      System.err.println("usage: CorpusGenerator SOURCE OUT.jsonl FROM COUNT [RECENT_FROM]");
      System.exit(2);
    }
    List<String> sentences = sentences(Path.of(args[0]));
    int from = Integer.parseInt(args[2]);
    int count = Integer.parseInt(args[3]);
    LocalDate recent = args.length == 5 ? LocalDate.parse(args[4]) : null;
    ObjectMapper json = new ObjectMapper();
    Path out = Path.of(args[1]);
    if (out.getParent() != null) Files.createDirectories(out.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = from; i < from + count; i++) {
        w.write(json.writeValueAsString(article(i, sentences, recent)));
        w.newLine();
      }
    }
    System.err.println("wrote " + count + " articles (gen-" + from + " .. gen-" + (from + count - 1)
        + ") from " + sentences.size() + " source sentences to " + out);
  }

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
    LocalDate d = recent == null ? LocalDate.of(2019, 1, 1).plusDays(r.nextInt(6 * 365))
        : recent.plusDays(r.nextInt(30));
    if (kind > 0) {
      a.put("published", kind < 3 ? d.toString().substring(0, 7) : d.toString());
    }
    a.put("text", text.toString());
    return a;
  }

  /** The sentences of the source articles (a naive split at ". " is enough here). */
  static List<String> sentences(Path source) throws IOException {
    IngestOptions options = new IngestOptions(InputFormat.AUTO, Map.of(), 1 << 24);
    List<String> out = new ArrayList<>();
    try (InputStream in = new FileInputStream(source.toFile())) {
      var records = source.toString().endsWith(".csv") || source.toString().endsWith(".tsv")
          ? new CsvRecordReader(in, source.toString(), source.getFileName().toString(), options)
          : new JsonLinesReader(in, source.toString(), source.getFileName().toString(), options);
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
