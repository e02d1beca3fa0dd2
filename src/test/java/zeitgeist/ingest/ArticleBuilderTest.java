package zeitgeist.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleBuilderTest {
  private static final String BODY =
      "Der Bundestag hat am Donnerstag über den Haushalt beraten. "
          + "Die Opposition kritisierte die Pläne der Regierung scharf.";

  private final ArticleBuilder builder = new ArticleBuilder(10_000);

  private static RawRecord record(String text) {
    RawRecord r = RawRecord.at("in/x.jsonl", "x.jsonl", "line 1");
    r.setText(text);
    return r;
  }

  @Test
  void fieldDateWinsOverTextDateAndTitleFieldIsKept() {
    RawRecord r = record(" date 2018-07 " + BODY);
    r.setDate("2019-03-14T08:30:00+01:00");
    r.setTitle("Haushalt");
    Article a = builder.build(r).article();
    assertEquals(LocalDate.of(2019, 3, 14), a.publishedDate());
    assertEquals("day", a.datePrecision());
    assertEquals("field", a.date().origin());
    assertEquals("Haushalt", a.title());
    assertTrue(a.text().startsWith("Der Bundestag"));
  }

  @Test
  void unparseableDateFieldFallsBackToTheText() {
    RawRecord r = record(" date 2018-07 " + BODY);
    r.setDate("gestern");
    Article a = builder.build(r).article();
    assertEquals(LocalDate.of(2018, 7, 1), a.publishedDate());
    assertEquals("month", a.datePrecision());
    assertEquals("header", a.date().origin());
  }

  @Test
  void dateFieldIsKeptRawAndAnUnreadableOrImplausibleOneIsMarked() {
    ArticleBuilder fixed = new ArticleBuilder(10_000, LocalDate.of(2024, 5, 10));
    RawRecord readable = record(BODY);
    readable.setDate("2021-3-5");
    ArticleBuilder.Built ok = fixed.build(readable);
    assertEquals("2021-3-5", ok.article().date().raw());
    assertEquals("field", ok.article().date().origin());
    assertEquals(false, ok.article().date().fieldUnreadable() || ok.article().date().implausible());

    RawRecord unreadable = record(BODY);
    unreadable.setDate("[\"2020-01-01\"]");
    ArticleBuilder.Built u = fixed.build(unreadable);
    assertNull(u.article().publishedDate());
    assertNull(u.article().datePrecision());
    assertEquals("field_unreadable", u.article().date().origin());
    assertEquals("[\"2020-01-01\"]", u.article().date().raw());
    assertTrue(u.article().date().fieldUnreadable());

    RawRecord future = record("23.10.2099, 20:00 Uhr | Ein Titel\n" + BODY);
    future.setDate("2099-01-01");
    ArticleBuilder.Built f = fixed.build(future);
    assertNull(f.article().publishedDate());
    assertEquals("field_implausible", f.article().date().origin());
    assertEquals("2099-01-01", f.article().date().raw());
    assertTrue(f.article().date().implausible());
    assertNull(fixed.build(record(BODY)).article().date().raw(), "no field, no raw value");
  }

  @Test
  void idRulesInOrder() {
    RawRecord withId = record(BODY);
    withId.setId(" 42 ");
    assertEquals("42", builder.build(withId).article().articleId());

    RawRecord file = record(BODY);
    file.setWholeFile(true);
    file.setRelativePath("sub/a.txt");
    assertEquals("sub/a.txt", builder.build(file).article().articleId());

    RawRecord url = record(BODY);
    url.setSource("Bote");
    url.setUrl("https://bote.example/a");
    assertEquals(
        "url:" + ArticleIds.sha256("Bote\nhttps://bote.example/a").substring(0, 16),
        builder.build(url).article().articleId());

    Article byText = builder.build(record(BODY)).article();
    assertEquals("text:" + byText.contentHash().substring(0, 16), byText.articleId());
  }

  @Test
  void contentHashIgnoresWhitespaceDifferences() {
    Article a = builder.build(record(BODY)).article();
    Article b = builder.build(record(BODY.replace(" ", "  ") + "\n\n")).article();
    assertEquals(a.contentHash(), b.contentHash());
  }

  @Test
  void recordsWithoutTextOrOnlyBoilerplateOrTooLongAreRejected() {
    assertEquals(RejectReason.NO_TEXT, builder.build(record("  ")).reject().reason());
    assertEquals(
        RejectReason.NO_TEXT, builder.build(record("WERBUNG\n\nAnzeige\n")).reject().reason());
    assertEquals(
        RejectReason.TOO_LARGE, new ArticleBuilder(10).build(record(BODY)).reject().reason());
    RawRecord rejected = record(BODY).reject(RejectReason.MALFORMED_JSON, "bad");
    var reject = builder.build(rejected).reject();
    assertEquals("in/x.jsonl", reject.inputPath());
    assertEquals("line 1", reject.locator());
    assertEquals("bad", reject.detail());
    assertNull(builder.build(rejected).article());
  }

  @Test
  void englishAndFrenchAreIdentified() {
    assertEquals(
        "en",
        LanguageIdentifier.identify(
            "The government announced on Thursday that it would raise taxes on fuel next year."));
    assertEquals(
        "fr",
        LanguageIdentifier.identify(
            "Le gouvernement a annoncé jeudi qu'il augmenterait les taxes sur le carburant."));
    assertEquals(LanguageIdentifier.UNDETERMINED, LanguageIdentifier.identify("OK 123"));
  }

  @Test
  void languageIsReadFromTheFirst500CharactersUnlessTheyAreUnclear() {
    String german =
        "Die Bundesregierung hat am Donnerstag angekündigt, die Steuern auf Kraftstoff "
            + "im kommenden Jahr zu erhöhen. Die Opposition kritisierte den Plan scharf. ";
    String english = "The government announced on Thursday that it would raise taxes on fuel. ";
    assertEquals(
        "de",
        LanguageIdentifier.identify(german.repeat(4) + english.repeat(30)),
        "only the first 500 characters count");
    assertEquals(
        "de",
        LanguageIdentifier.identify("0 1 2 3 4 5 6 7 8 9 ".repeat(30) + german),
        "no language in the first 500 characters: the first 3,000 are read");
  }
}
