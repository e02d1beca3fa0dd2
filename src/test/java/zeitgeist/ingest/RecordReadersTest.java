package zeitgeist.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zeitgeist.config.Field;
import zeitgeist.config.IngestOptions;
import zeitgeist.config.InputFormat;

/** The per-format readers and the decoder, without Spark. */
class RecordReadersTest {
  private static final IngestOptions AUTO = new IngestOptions(InputFormat.AUTO, Map.of(), 1000);

  private static List<RawRecord> all(Iterator<RawRecord> it) {
    List<RawRecord> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private static ByteArrayInputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void decoderAcceptsUtf8WithBomAndWindows1252() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', (byte) 0xC3, (byte) 0xA4};
    assertEquals("Hä", TextDecoder.decode(bom).text());
    byte[] latin = "Grüße aus Köln – „Straße“".getBytes(TextDecoder.WINDOWS_1252);
    TextDecoder.Decoded d = TextDecoder.decode(latin);
    assertEquals("Grüße aus Köln – „Straße“", d.text());
    assertEquals("windows-1252", d.encoding());
    byte[] utf16 = "\uFEFFÄrger".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("Ärger", TextDecoder.decode(utf16).text());
  }

  @Test
  void decoderRejectsBinaryAndUndecodableBytes() {
    assertEquals(
        RejectReason.BINARY,
        TextDecoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}).rejectReason());
    byte[] controls = new byte[100];
    java.util.Arrays.fill(controls, (byte) 0x01);
    assertEquals(RejectReason.BINARY, TextDecoder.decode(controls).rejectReason());
    // 0x81 is undefined in Windows-1252 and invalid as a UTF-8 start byte.
    assertEquals(
        RejectReason.BAD_ENCODING,
        TextDecoder.decode(new byte[] {'a', (byte) 0x81, 'b'}).rejectReason());
  }

  @Test
  void jsonLinesKeepsLineNumbersAndRejectsMalformedLines() {
    String jsonl =
        "{\"id\":\"a\",\"body\":\"Text A\",\"published\":1531742400}\n"
            + "\n"
            + "{\"id\":\"b\",\"text\":\"Text B\n"
            + "[1,2]\r\n"
            + "{\"headline\":\"T\",\"content\":\"Text C\",\"link\":\"http://x\",\"outlet\":\"O\"}\n";
    List<RawRecord> rs = all(new JsonLinesReader(utf8(jsonl), "in.jsonl", "in.jsonl", AUTO));
    assertEquals(4, rs.size());
    assertEquals("a", rs.get(0).getId());
    assertEquals("Text A", rs.get(0).getText());
    assertEquals("1531742400", rs.get(0).getDate());
    assertEquals("line 1", rs.get(0).getLocator());
    assertEquals(RejectReason.MALFORMED_JSON, rs.get(1).getRejectReason());
    assertEquals("line 3", rs.get(1).getLocator());
    assertEquals(RejectReason.MALFORMED_JSON, rs.get(2).getRejectReason());
    assertEquals("line 4", rs.get(2).getLocator());
    assertTrue(rs.get(2).getRejectDetail().startsWith("not a JSON object"));
    RawRecord c = rs.get(3);
    assertEquals("line 5", c.getLocator());
    assertEquals("T", c.getTitle());
    assertEquals("O", c.getSource());
    assertEquals("http://x", c.getUrl());
    assertNull(c.getId());
  }

  @Test
  void jsonLinesDecodesALatin1LineOnItsOwn() {
    byte[] line = "{\"text\":\"Grüße\"}\n".getBytes(TextDecoder.WINDOWS_1252);
    List<RawRecord> rs = all(new JsonLinesReader(new ByteArrayInputStream(line), "x", "x", AUTO));
    assertEquals("Grüße", rs.get(0).getText());
    assertEquals("windows-1252", rs.get(0).getEncoding());
  }

  @Test
  void csvWithHeaderQuotedNewlinesAndMapping() {
    String csv =
        "id,headline,published_at,publisher,link,content\n"
            + "1,Titel,2022-02-24,Bote,http://a,\"Erste Zeile,\nzweite \"\"Zeile\"\"\"\n"
            + "2,,,,,Nur Text\n";
    List<RawRecord> rs = all(new CsvRecordReader(utf8(csv), "a.csv", "a.csv", AUTO));
    assertEquals(2, rs.size());
    assertEquals("Erste Zeile,\nzweite \"Zeile\"", rs.get(0).getText());
    assertEquals("2022-02-24", rs.get(0).getDate());
    assertEquals("Bote", rs.get(0).getSource());
    assertEquals("record 2", rs.get(1).getLocator());
    assertNull(rs.get(1).getTitle());

    IngestOptions mapped =
        new IngestOptions(InputFormat.AUTO, Map.of(Field.TEXT, "headline"), 1000);
    assertEquals(
        "Titel", all(new CsvRecordReader(utf8(csv), "a.csv", "a.csv", mapped)).get(0).getText());
  }

  @Test
  void headerlessSemicolonCsvWithSingleQuotesLikeTenKGnad() {
    // Regression: commas outnumber semicolons in the first line, and lines end in CRLF.
    String csv =
        "Wirtschaft;'Die Gewerkschaft, die Kammer, der Bund, alle rechnen; er hilft.'\r\n"
            + "Sport;Ein kurzer Text, ohne Anführungszeichen\r\n"
            + "Web;'Noch, ein, Text'\r\n";
    List<RawRecord> rs = all(new CsvRecordReader(utf8(csv), "t.csv", "t.csv", AUTO));
    assertEquals(3, rs.size());
    assertEquals(
        "Die Gewerkschaft, die Kammer, der Bund, alle rechnen; er hilft.", rs.get(0).getText());
    assertEquals("record 1", rs.get(0).getLocator());
    assertEquals("Ein kurzer Text, ohne Anführungszeichen", rs.get(1).getText());
    assertEquals("Noch, ein, Text", rs.get(2).getText());
  }

  @Test
  void tsvByExtensionAndUnclosedQuoteRejectsTheRest() {
    String tsv = "title\ttext\nA\tEins\nB\t\"kaputt\n";
    List<RawRecord> rs = all(new CsvRecordReader(utf8(tsv), "m.tsv", "m.tsv", AUTO));
    assertEquals("Eins", rs.get(0).getText());
    RawRecord bad = rs.get(rs.size() - 1);
    assertEquals(RejectReason.MALFORMED_CSV, bad.getRejectReason());
    assertEquals("record 2", bad.getLocator());
  }

  @Test
  void textFilesAreCheckedForSizeEmptinessAndBinaryContent() {
    IngestOptions small = new IngestOptions(InputFormat.AUTO, Map.of(), 20);
    InputFileReader reader =
        new InputFileReader(
            small, f -> new ByteArrayInputStream(f.getUri().getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals(
        RejectReason.TOO_LARGE, reader.read(file("x".repeat(21))).next().getRejectReason());
    assertEquals(RejectReason.EMPTY, reader.read(file("")).next().getRejectReason());
    assertEquals(RejectReason.EMPTY, reader.read(file(" \n\t")).next().getRejectReason());
    assertEquals(RejectReason.BINARY, reader.read(file("ab\0cd")).next().getRejectReason());
    RawRecord ok = reader.read(file("Gr\u00fc\u00dfe")).next();
    assertFalse(ok.isRejected());
    assertEquals("Grüße", ok.getText());
    assertEquals("windows-1252", ok.getEncoding());
    assertTrue(ok.isWholeFile());
    InputFile png = new InputFile("x", "in/x.png", "x.png", null, 3, 0);
    assertEquals(RejectReason.UNSUPPORTED_FILE, reader.read(png).next().getRejectReason());
  }

  @Test
  void fileThatCannotBeOpenedIsUnreadableNotAReadError() {
    InputFileReader denied =
        new InputFileReader(
            AUTO,
            f -> {
              throw new java.io.FileNotFoundException(f.getUri() + " (Permission denied)");
            });
    for (String format : List.of("TXT", "JSONL", "CSV")) {
      List<RawRecord> rs = all(denied.read(new InputFile("/in/a", "in/a", "a", format, 10, 0)));
      assertEquals(1, rs.size());
      assertEquals(RejectReason.UNREADABLE_FILE, rs.get(0).getRejectReason(), format);
      assertEquals("FileNotFoundException: /in/a (Permission denied)", rs.get(0).getRejectDetail());
    }
    InputFileReader broken =
        new InputFileReader(
            AUTO,
            f -> {
              throw new java.io.IOException("Not in GZIP format");
            });
    assertEquals(RejectReason.READ_ERROR, all(broken.read(file("x"))).get(0).getRejectReason());
  }

  @Test
  void entryTheListingCouldNotReadIsOneUnreadableReject() {
    InputFileReader never =
        new InputFileReader(
            AUTO,
            f -> {
              throw new AssertionError("an unreadable entry is not opened");
            });
    List<RawRecord> rs =
        all(
            never.read(
                InputFile.unreadable(
                    "file:/in/locked",
                    "in/locked",
                    "locked",
                    true,
                    "the folder cannot be listed: AccessDeniedException: /in/locked")));
    assertEquals(1, rs.size());
    assertEquals("folder", rs.get(0).getLocator());
    assertEquals(RejectReason.UNREADABLE_FILE, rs.get(0).getRejectReason());
    assertTrue(rs.get(0).getRejectDetail().endsWith("AccessDeniedException: /in/locked"));
  }

  /** A fake file whose content is its "uri", read as Latin-1 bytes. */
  private static InputFile file(String content) {
    return new InputFile(content, "in/a.txt", "a.txt", "TXT", content.length(), 0);
  }
}
