package zeitgeist.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import zeitgeist.config.IngestOptions;
import zeitgeist.config.InputFormat;
import zeitgeist.ingest.Article;
import zeitgeist.ingest.ArticleBuilder;
import zeitgeist.ingest.JsonLinesReader;
import zeitgeist.ingest.RawRecord;
import zeitgeist.ingest.RejectReason;

/**
 * The benchmark corpus generator: deterministic whatever the split into files, and as messy as
 * promised, checked through the project's own reader and article builder (no Spark).
 */
class CorpusGeneratorTest {
  private static final Path SAMPLE = Path.of("data/sample");
  private static SeedText seeds;

  @BeforeAll
  static void readSeeds() {
    seeds = SeedText.read(List.of(SAMPLE));
  }

  private static byte[] concat(Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        out.write(Files.readAllBytes(p));
      }
    }
    return out.toByteArray();
  }

  private static int generate(Path out, String... args) {
    List<String> all =
        new ArrayList<>(List.of("--source", SAMPLE.toString(), "--out", out.toString()));
    all.addAll(List.of(args));
    return new CommandLine(new CorpusGenerator()).execute(all.toArray(String[]::new));
  }

  @Test
  void seedTextHasGermanAndOtherParagraphsWithoutBoilerplate() {
    assertEquals(30, seeds.articles(), "the sample corpus has 30 articles");
    assertFalse(seeds.other().isEmpty(), "the English and French sample articles");
    for (List<String> p : seeds.german()) {
      for (String s : p) {
        assertFalse(s.contains("Diesen Artikel teilen") || s.contains("WERBUNG"), s);
        assertTrue(s.length() >= 30, s);
      }
    }
  }

  @Test
  void sameRecordsWhateverTheSplitIntoFiles(@TempDir Path dir) throws IOException {
    assertEquals(0, generate(dir.resolve("one.jsonl"), "--count", "120"));
    assertEquals(0, generate(dir.resolve("seven"), "--count", "120", "--files", "7"));
    assertEquals(0, generate(dir.resolve("tail"), "--count", "20", "--from", "100"));
    byte[] one = Files.readAllBytes(dir.resolve("one.jsonl"));
    assertArrayEquals(one, concat(dir.resolve("seven")));
    try (Stream<Path> files = Files.list(dir.resolve("seven"))) {
      assertEquals(7, files.count());
    }
    List<String> lines =
        Files.readAllLines(dir.resolve("one.jsonl"), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertEquals(
        String.join("\n", lines.subList(100, 120)) + "\n",
        new String(concat(dir.resolve("tail")), java.nio.charset.StandardCharsets.ISO_8859_1),
        "records 100..119 are the same when generated on their own");
  }

  @Test
  void seedChangesTheRecords() {
    MessyArticles a = new MessyArticles(seeds, 1, LocalDate.of(2019, 1, 1), 6 * 365);
    MessyArticles b = new MessyArticles(seeds, 2, LocalDate.of(2019, 1, 1), 6 * 365);
    assertEquals(a.line(7), new MessyArticles(seeds, 1, LocalDate.of(2019, 1, 1), 6 * 365).line(7));
    assertNotEquals(a.line(7), b.line(7));
  }

  @Test
  void manyFilesGoIntoFoldersOfAThousand(@TempDir Path dir) throws IOException {
    assertEquals(0, generate(dir, "--count", "1500", "--files", "1500"));
    assertTrue(Files.isRegularFile(dir.resolve("d000/part-000999.jsonl")));
    assertTrue(Files.isRegularFile(dir.resolve("d001/part-001499.jsonl")));
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(1500, files.filter(Files::isRegularFile).count());
    }
  }

  @Test
  void badArgumentsAreRefused(@TempDir Path dir) {
    assertEquals(2, generate(dir.resolve("x.jsonl"), "--count", "10", "--files", "2"));
    assertEquals(2, generate(dir, "--count", "10", "--files", "11"));
  }

  /** The messiness of the seeds, counted on 2,000 records read as the job reads them. */
  @Test
  void recordsAreMessyTheWayTheSeedsAre() {
    MessyArticles gen = new MessyArticles(seeds, 1, LocalDate.of(2019, 1, 1), 6 * 365);
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    int latin1Lines = 0;
    for (int i = 0; i < 2000; i++) {
      MessyArticles.Line line = gen.line(i);
      byte[] bytes;
      try {
        bytes = CorpusGenerator.encode(line);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      if (line.latin1()) latin1Lines++;
      jsonl.writeBytes(bytes);
      jsonl.write('\n');
    }
    InputStream in = new java.io.ByteArrayInputStream(jsonl.toByteArray());
    JsonLinesReader reader =
        new JsonLinesReader(
            in, "gen.jsonl", "gen.jsonl", new IngestOptions(InputFormat.AUTO, Map.of(), 1 << 20));
    ArticleBuilder builder = new ArticleBuilder(1 << 20);
    Map<String, Integer> rejects = new HashMap<>();
    Map<String, Integer> origins = new HashMap<>();
    Map<String, Integer> precisions = new HashMap<>();
    Set<String> ids = new HashSet<>();
    Set<String> hashes = new HashSet<>();
    int duplicateIds = 0;
    int duplicateTexts = 0;
    int windows1252 = 0;
    int withSource = 0;
    int withTitle = 0;
    while (reader.hasNext()) {
      RawRecord r = reader.next();
      ArticleBuilder.Built b = builder.build(r);
      if (b.reject() != null) {
        rejects.merge(b.reject().reason(), 1, Integer::sum);
        continue;
      }
      Article a = b.article();
      if (!ids.add(a.articleId())) duplicateIds++;
      if (!hashes.add(a.contentHash())) duplicateTexts++;
      if ("windows-1252".equals(a.encoding())) windows1252++;
      if (a.source() != null) withSource++;
      if (a.title() != null) withTitle++;
      origins.merge(String.valueOf(a.date().origin()), 1, Integer::sum);
      precisions.merge(String.valueOf(a.datePrecision()), 1, Integer::sum);
      for (String l : a.text().split("\n")) {
        assertFalse(
            l.equals("WERBUNG")
                || l.startsWith("Diesen Artikel teilen")
                || l.startsWith("Den Link zum Einbetten")
                || l.startsWith("Copyright")
                || l.startsWith("Stand:")
                || l.startsWith("Über dieses Thema berichtete"),
            "furniture left in " + a.articleId() + ": " + l);
      }
    }
    assertTrue(latin1Lines > 30, "about 3% Windows-1252 lines: " + latin1Lines);
    assertTrue(windows1252 > 30, "read back as windows-1252: " + windows1252);
    assertTrue(rejects.getOrDefault(RejectReason.MALFORMED_JSON, 0) >= 5, rejects.toString());
    assertTrue(rejects.getOrDefault(RejectReason.NO_TEXT, 0) >= 2, rejects.toString());
    assertTrue(duplicateIds >= 2, "ids used twice: " + duplicateIds);
    assertTrue(duplicateTexts >= 20, "texts seen twice: " + duplicateTexts);
    for (String origin : List.of("field", "header", "dateline", "footer", "null")) {
      assertTrue(origins.getOrDefault(origin, 0) >= 100, origin + " in " + origins);
    }
    assertTrue(precisions.getOrDefault("month", 0) >= 50, precisions.toString());
    assertTrue(withSource > 1000 && withSource < 2000, "sources: " + withSource);
    assertTrue(withTitle > 1000, "titles: " + withTitle);
  }
}
