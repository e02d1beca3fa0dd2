package zeitgeist.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobConfigTest {
  @TempDir Path dir;

  private static JobConfig config(List<String> in, String wh, String format, List<String> fields) {
    return JobConfig.of(
        in,
        wh,
        format,
        fields,
        1000,
        zeitgeist.config.AnalysisOptions.DEFAULT,
        JobConfig.Rerun.INCREMENTAL,
        false,
        "");
  }

  @Test
  void missingInputPathIsNamed() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                config(
                        List.of(dir.resolve("nope").toString()),
                        dir.resolve("wh").toString(),
                        "auto",
                        List.of())
                    .validate(new Configuration()));
    assertEquals("input path does not exist: " + dir.resolve("nope"), e.getMessage());
  }

  @Test
  void warehouseThatIsAFileIsNotWritable() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "x");
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                config(List.of(dir.toString()), file.toString(), "auto", List.of())
                    .validate(new Configuration()));
    assertEquals("warehouse is not a directory: " + file, e.getMessage());
    ConfigException under =
        assertThrows(
            ConfigException.class,
            () -> JobConfig.checkWritable(file.resolve("sub").toString(), new Configuration()));
    assertEquals(true, under.getMessage().startsWith("warehouse is not writable: "));
  }

  @Test
  void unknownFormatListsTheAcceptedOnes() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> config(List.of("x"), "w", "xml", List.of()));
    assertEquals(
        "unknown format 'xml' (expected one of auto, txt, jsonl, csv, parquet)", e.getMessage());
  }

  @Test
  void fieldMappingsAreParsedAndChecked() {
    JobConfig c = config(List.of("x"), "w", "jsonl", List.of("text=body", "date = when"));
    assertEquals("body", c.ingest().fieldMap().get(Field.TEXT));
    assertEquals("when", c.ingest().fieldMap().get(Field.DATE));
    assertEquals(InputFormat.JSONL, c.ingest().format());
    ConfigException bad =
        assertThrows(
            ConfigException.class, () -> config(List.of("x"), "w", "auto", List.of("body")));
    assertEquals("--field expects KEY=COLUMN (e.g. text=body), got 'body'", bad.getMessage());
    ConfigException unknown =
        assertThrows(
            ConfigException.class, () -> config(List.of("x"), "w", "auto", List.of("author=by")));
    assertEquals(
        "unknown field 'author' in --field (expected one of id, text, title, date, source, url)",
        unknown.getMessage());
  }

  @Test
  void explicitMappingWinsOverAliases() {
    IngestOptions o = config(List.of("x"), "w", "auto", List.of("text=content")).ingest();
    assertEquals("content", o.column(Field.TEXT, List.of("text", "content")).orElseThrow());
    assertEquals("Headline", o.column(Field.TITLE, List.of("Headline", "x")).orElseThrow());
  }

  @Test
  void formatFromFileName() {
    assertEquals(InputFormat.JSONL, InputFormat.fromFileName("a/b.jsonl.gz").orElseThrow());
    assertEquals(InputFormat.CSV, InputFormat.fromFileName("x.TSV").orElseThrow());
    assertEquals(InputFormat.TXT, InputFormat.fromFileName("dir.d/README").orElseThrow());
    assertEquals(true, InputFormat.fromFileName("photo.png").isEmpty());
  }
}
