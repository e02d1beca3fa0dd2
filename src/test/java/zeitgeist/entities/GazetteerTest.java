package zeitgeist.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gazetteer file format: parsing, errors with file and line, and which alias wins. */
class GazetteerTest {

  @Test
  void malformedLineFailsWithFileAndLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gazetteer.parse("# note\nMoskau\tLOC\nBerlin\n", "my.tsv"));
    assertEquals(
        "my.tsv:3: expected 'canonical<TAB>type[<TAB>alias|alias...]', got 'Berlin'",
        e.getMessage());
  }

  @Test
  void tooManyColumnsAndBlankCanonicalFail() {
    assertEquals(
        "g:1: expected 'canonical<TAB>type[<TAB>alias|alias...]', got 'A\tPER\tB\tC'",
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.parse("A\tPER\tB\tC", "g"))
            .getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.parse(" \tPER", "g"))
            .getMessage()
            .startsWith("g:1: expected"));
  }

  @Test
  void unknownTypeFailsWithFileAndLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Gazetteer.parse("Moskau\tLOC\n\nPutin\tPOLITICIAN\n", "my.tsv"));
    assertEquals(
        "my.tsv:3: unknown entity type 'POLITICIAN' (expected PER, ORG, LOC or MISC)",
        e.getMessage());
  }

  @Test
  void bomCommentsAndBlankLinesAreSkipped() {
    Gazetteer g =
        Gazetteer.parse(
            "\uFEFF# comment\n\n   # indented comment\nUSA\tLOC\tVereinigte Staaten| US |\n", "g");
    assertEquals(1, g.entries().size());
    assertEquals(
        new Gazetteer.Entry("USA", EntityType.LOC, List.of("USA", "Vereinigte Staaten", "US")),
        g.entries().get(0));
    assertEquals("USA", g.lookup("US").orElseThrow().canonical());
  }

  @Test
  void laterLineAndLaterFileWin() {
    Gazetteer g = Gazetteer.parse("Paris\tLOC\nParis Hilton\tPER\tParis\n", "g");
    assertEquals(EntityType.PER, g.lookup("Paris").orElseThrow().type());
    Gazetteer user = Gazetteer.parse("Kyjiw\tLOC\tKiew\n", "user");
    Gazetteer both = Gazetteer.parse("Kiew\tLOC\tKyiv\n", "shipped").plus(user);
    assertEquals("Kyjiw", both.lookup("Kiew").orElseThrow().canonical());
    assertEquals("Kiew", both.lookup("Kyiv").orElseThrow().canonical());
  }

  @Test
  void readNamesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "Putin\tPER\nnope\n", StandardCharsets.UTF_8);
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Gazetteer.read(file))
            .getMessage()
            .startsWith(file + ":2: "));
    assertThrows(UncheckedIOException.class, () -> Gazetteer.read(dir.resolve("missing.tsv")));
  }

  @Test
  void shippedFileLoadsWithTheStarterEntries() {
    Gazetteer g = Gazetteer.shipped();
    assertEquals("Wladimir Putin", g.lookup("Putin").orElseThrow().canonical());
    assertEquals("Donald Trump", g.lookup("Trump").orElseThrow().canonical());
    assertEquals("USA", g.lookup("Vereinigten Staaten").orElseThrow().canonical());
    assertEquals(EntityType.LOC, g.lookup("Moskau").orElseThrow().type());
    assertEquals("Weißes Haus", g.lookup("Weißen Hauses").orElseThrow().canonical());
    assertTrue(g.entries().size() > 300, "a few hundred entries");
  }
}
