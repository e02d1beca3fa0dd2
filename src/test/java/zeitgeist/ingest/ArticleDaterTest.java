package zeitgeist.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * How an article's date is chosen from its date field and the date found in its text, and which
 * dates are not plausible; the run's date is fixed, so the cases do not age.
 */
class ArticleDaterTest {
  private static final LocalDate RUN_DATE = LocalDate.of(2024, 5, 10);
  private final ArticleDater dater = new ArticleDater(RUN_DATE);

  private static PublicationDate dateline(String iso) {
    return PublicationDate.day(LocalDate.parse(iso), DateOrigin.DATELINE);
  }

  /** "date precision origin raw unreadable implausible", "-" for null. */
  private String describe(String field, PublicationDate text) {
    ArticleDate d = dater.date(field, text);
    return (d.date() == null ? "- -" : d.date().date() + " " + d.date().precision().code())
        + " "
        + (d.origin() == null ? "-" : d.origin())
        + " "
        + (d.raw() == null ? "-" : d.raw())
        + " "
        + d.fieldUnreadable()
        + " "
        + d.implausible();
  }

  @Test
  void readableFieldWinsAndItsRawValueIsKept() {
    assertEquals(
        "2018-10-23 day field 23.10.2018 false false",
        describe(" 23.10.2018 ", dateline("2017-01-01")));
  }

  @Test
  void noFieldAndNoTextDateIsPlainlyUndated() {
    assertEquals("- - - - false false", describe(null, null));
    assertEquals("- - - - false false", describe("  ", null), "a blank field is no field");
  }

  @Test
  void fieldThatCannotBeReadIsKeptAndMarked() {
    assertEquals("- - field_unreadable 2021-13-45 true false", describe("2021-13-45", null));
    assertEquals(
        "- - field_unreadable [\"2020-01-01\"] true false", describe("[\"2020-01-01\"]", null));
    assertEquals("- - field_unreadable gestern true false", describe("gestern", null));
  }

  @Test
  void fieldThatCannotBeReadFallsBackToTheTextButIsStillCounted() {
    assertEquals(
        "2017-07-05 day dateline 2021-13-45 true false",
        describe("2021-13-45", dateline("2017-07-05")));
  }

  @Test
  void dateAfterTheRunsDatePlusOneDayIsImplausible() {
    assertEquals("- - field_implausible 2099-01-01 false true", describe("2099-01-01", null));
    assertEquals(
        "2024-05-11 day field 2024-05-11 false false",
        describe("2024-05-11", null),
        "one day ahead: time zones east of UTC");
    assertEquals("- - field_implausible 2024-05-12 false true", describe("2024-05-12", null));
    assertEquals(
        "- - field_implausible 4102444800 false true",
        describe("4102444800", null),
        "epoch seconds of 2100-01-01");
  }

  @Test
  void monthOrYearThatHasBegunIsPlausible() {
    assertEquals("2024-05-01 month field 2024-05 false false", describe("2024-05", null));
    assertEquals("2024-01-01 year field 2024 false false", describe("2024", null));
    assertEquals("- - field_implausible 2024-06 false true", describe("2024-06", null));
  }

  @Test
  void dateBeforeTheFirstNewspapersIsImplausible() {
    assertEquals("1600-01-01 day field 1600-01-01 false false", describe("1600-01-01", null));
    assertEquals("1605-01-01 year field 1605 false false", describe("1605", null));
    assertEquals("- - field_implausible 1599-12-31 false true", describe("1599-12-31", null));
    assertEquals("- - field_implausible 1066 false true", describe("1066", null));
  }

  @Test
  void implausibleDateInTheTextIsNotTrustedEither() {
    assertEquals("- - dateline_implausible - false true", describe(null, dateline("2099-01-01")));
    assertEquals(
        "- - header_implausible - false true",
        describe(null, PublicationDate.month(2030, 1, DateOrigin.HEADER)));
  }

  @Test
  void implausibleFieldFallsBackToAPlausibleTextDate() {
    assertEquals(
        "2018-07-12 day dateline 2099-01-01 false true",
        describe("2099-01-01", dateline("2018-07-12")));
  }

  @Test
  void unreadableFieldIsTheReasonGivenWhenTheTextDateIsImplausibleToo() {
    assertEquals(
        "- - field_unreadable 2021-13-45 true true",
        describe("2021-13-45", dateline("2099-01-01")));
  }

  @Test
  void plausibleRangeIsStated() {
    assertEquals(LocalDate.of(1600, 1, 1), ArticleDater.EARLIEST);
    assertEquals(LocalDate.of(2024, 5, 11), dater.latest());
    assertTrue(dater.plausible(dateline("2024-05-11")));
    assertFalse(dater.plausible(dateline("2024-05-12")));
    assertNull(dater.date("2099-01-01", null).date());
  }
}
