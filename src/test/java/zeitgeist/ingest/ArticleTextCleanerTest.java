package zeitgeist.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Cases of {@link ArticleTextCleaner} that do not fit a one-line golden file. */
class ArticleTextCleanerTest {
  private final ArticleTextCleaner cleaner = new ArticleTextCleaner();

  @Test
  void emptyAndNullInputGiveEmptyText() {
    for (String raw : new String[] {null, "", "   ", "\n\r\n\t\u00A0\uFEFF"}) {
      CleanedText c = cleaner.clean(raw, null);
      assertEquals("", c.text(), "text of " + raw);
      assertNull(c.title());
      assertNull(c.source());
      assertNull(c.date());
    }
  }

  @Test
  void textOfOnlyBoilerplateBecomesEmpty() {
    CleanedText c = cleaner.clean("Anzeige\n\nDiesen Artikel teilen\nWERBUNG\n\nCopyright\n", null);
    assertEquals("", c.text());
  }

  @Test
  void normalisesCharactersLinesAndParagraphs() {
    String raw =
        "\uFEFFErste Zeile.\r\nZweite\u00A0Zeile.  \r\rDritte\u200B Zeile.\n\n\n\n\n"
            + "M\u0075\u0308ller  kam.\t\n";
    assertEquals(
        "Erste Zeile.\nZweite Zeile.\n\nDritte Zeile.\n\nM\u00FCller kam.",
        cleaner.clean(raw, null).text());
  }

  @Test
  void knownTitleWinsAndItsRepeatsAreRemoved() {
    String raw =
        "Bahn  und Gewerkschaft einigen sich\n\nBAHN UND GEWERKSCHAFT EINIGEN SICH\n"
            + "Die Schlichtung beginnt am Montag.";
    CleanedText c = cleaner.clean(raw, " Bahn und Gewerkschaft\u00A0einigen sich ");
    assertEquals("Bahn und Gewerkschaft einigen sich", c.title());
    assertEquals("Die Schlichtung beginnt am Montag.", c.text());
  }

  @Test
  void blankKnownTitleFallsBackToDetection() {
    CleanedText c = cleaner.clean("Brücke gesperrt\n\nDie Brücke ist zu.", "  ");
    assertEquals("Brücke gesperrt", c.title());
    assertEquals("Die Brücke ist zu.", c.text());
  }

  @Test
  void knownTitleDoesNotDiscardTheDatelineDate() {
    CleanedText c =
        cleaner.clean("2. Mai 2017, 21:06 Uhr Brücke gesperrt\n\nDie Brücke ist zu.", "Anders");
    assertEquals("Anders", c.title());
    assertEquals(PublicationDate.day(LocalDate.of(2017, 5, 2), DateOrigin.DATELINE), c.date());
    assertEquals("Die Brücke ist zu.", c.text());
  }

  @Test
  void headerIsRemovedAndTheRestOfItsLineKept() {
    CleanedText c = cleaner.clean(" date 2018-07 Der Stadtrat hat getagt.\n\nMehr folgt.", null);
    assertEquals("Der Stadtrat hat getagt.\n\nMehr folgt.", c.text());
    assertEquals(PublicationDate.month(2018, 7, DateOrigin.HEADER), c.date());
  }

  @Test
  void longRestOfDatelineStaysInText() {
    String sentence = "Die Stadt hat beschlossen, die Brücke zu sperren. ".repeat(4).strip();
    CleanedText c = cleaner.clean("2. Mai 2017, 21:06 Uhr " + sentence + "\n\nMehr.", null);
    assertNull(c.title());
    assertEquals(sentence + "\n\nMehr.", c.text());
  }

  @Test
  void everyDateRuleRemovesItsLineEvenWhenAnEarlierOneWins() {
    String raw =
        "date 2019-11 Der Rat tagt.\n\nDie Sitzung dauerte lange.\n\n"
            + "Über dieses Thema berichtete die tagesschau am 14. März 2019 um 20:00 Uhr.";
    CleanedText c = cleaner.clean(raw, null);
    assertEquals(PublicationDate.month(2019, 11, DateOrigin.HEADER), c.date());
    assertEquals("tagesschau", c.source());
    assertEquals("Der Rat tagt.\n\nDie Sitzung dauerte lange.", c.text());
  }

  /** Known limit: teasers ending with a period do not look like headlines, so the list stays. */
  @Test
  void relatedListOfSentencesIsNotCut() {
    String raw = "Der Rat tagt.\n\nZum selben Thema\n\nDie Brücke bleibt gesperrt.";
    assertEquals("Der Rat tagt.\n\nDie Brücke bleibt gesperrt.", cleaner.clean(raw, null).text());
  }

  @Test
  void isThreadSafe() throws Exception {
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      inputs.add(
          "Titel Nummer "
              + i
              + "\n\n"
              + (i % 28 + 1)
              + ". Mai 2017, 21:06 Uhr\n\nText "
              + i
              + ".\n\nAnzeige\n\nZum selben Thema\n\nAnderer Artikel "
              + i);
    }
    List<CleanedText> expected = inputs.stream().map(s -> cleaner.clean(s, null)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<CleanedText>> futures = new ArrayList<>();
      for (String s : inputs) {
        futures.add(pool.submit(() -> cleaner.clean(s, null)));
      }
      for (int i = 0; i < inputs.size(); i++) {
        assertEquals(expected.get(i), futures.get(i).get(), "input " + i);
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(expected.get(3).text().startsWith("Text 3."));
  }
}
