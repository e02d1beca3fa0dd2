package zeitgeist.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The lines of one stage, with a count and a clock the test sets. */
class StageProgressTest {
  private static final long SECOND = 1_000_000_000L;
  private final AtomicLong done = new AtomicLong();

  private StageProgress analysis(long total) {
    return StageProgress.counted("analysis", "articles", total, done::get, 5 * SECOND);
  }

  @Test
  void countRatePercentageAndTimeLeft() {
    done.set(12_400);
    // 12,400 in 100 s: 124/s; 87,600 left at that rate: 706.5 s
    assertEquals(
        "zeitgeist: analysis  12,400 of 100,000 articles (12%), 124/s, " + "about 11 min 46 s left",
        analysis(100_000).line(105 * SECOND));
    done.set(99_999);
    assertEquals(
        "zeitgeist: analysis  99,999 of 100,000 articles (99%), 1,000/s, " + "about 1 s left",
        analysis(100_000).line(105 * SECOND), "rounded down, never 100%");
  }

  @Test
  void beforeTheFirstCountNoRateAndNoEstimate() {
    assertEquals(
        "zeitgeist: analysis  0 of 500 articles (0%), 12 s so far",
        analysis(500).line(17 * SECOND));
  }

  @Test
  void slowRatesAndShortTimesKeepADecimal() {
    done.set(8);
    assertEquals(
        "zeitgeist: analysis  8 of 30 articles (26%), 2.5/s, about 9 s left",
        analysis(30).line(5 * SECOND + 3_200_000_000L));
  }

  @Test
  void countedToTheTotalButNotYetEnded() {
    done.set(30);
    assertEquals(
        "zeitgeist: analysis  30 of 30 articles (100%), 10/s, all counted",
        analysis(30).line(8 * SECOND));
  }

  @Test
  void aCountAboveTheTotalIsShownAsCounted() {
    done.set(31);
    assertEquals(
        "zeitgeist: analysis  done: 31 of 30 articles in 3.1 s, 10/s",
        analysis(30).finalLine(8 * SECOND + 100_000_000L));
    assertEquals(
        "zeitgeist: analysis  31 of 30 articles (100%), 10/s, all counted",
        analysis(30).line(8 * SECOND + 100_000_000L));
  }

  @Test
  void unknownTotalGivesCountAndRateOnly() {
    StageProgress ingest =
        StageProgress.counted("ingest", "records", StageProgress.UNKNOWN, done::get, 0);
    done.set(41_200);
    assertEquals("zeitgeist: ingest  41,200 records, 1,373/s", ingest.line(30 * SECOND));
    done.set(101_060);
    assertEquals(
        "zeitgeist: ingest  done: 101,060 records in 1 min 14 s, 1,366/s",
        ingest.finalLine(74 * SECOND));
  }

  @Test
  void aStageThatCountsNothingSaysHowLongItRan() {
    StageProgress merge = StageProgress.timed("per-date: terms_by_date", 0);
    assertEquals(
        "zeitgeist: per-date: terms_by_date  running, 1 min 30 s so far", merge.line(90 * SECOND));
    assertEquals(
        "zeitgeist: per-date: terms_by_date  done in 1.6 s", merge.finalLine(1_600_000_000L));
  }

  @Test
  void aFailedStageSaysWhereItStopped() {
    done.set(3_100);
    assertEquals(
        "zeitgeist: analysis  failed after 42 s, at 3,100 of 100,000 articles (3%)",
        analysis(100_000).failedLine(47 * SECOND));
    assertEquals(
        "zeitgeist: commit  failed after 2.0 s",
        StageProgress.timed("commit", 0).failedLine(2 * SECOND));
  }

  @Test
  void nothingToCountEndsWithoutARate() {
    assertEquals(
        "zeitgeist: ingest  done: 0 records in 0.4 s",
        StageProgress.counted("ingest", "records", StageProgress.UNKNOWN, done::get, 0)
            .finalLine(400_000_000L));
  }

  @Test
  void durations() {
    assertEquals("0.0 s", StageProgress.duration(0));
    assertEquals("9.9 s", StageProgress.duration(9.94));
    assertEquals("10 s", StageProgress.duration(9.96));
    assertEquals("59 s", StageProgress.duration(59.4));
    assertEquals("1 min 0 s", StageProgress.duration(59.6));
    assertEquals("9 min 52 s", StageProgress.duration(592));
    assertEquals("59 min 59 s", StageProgress.duration(3599));
    assertEquals("1 h 0 min", StageProgress.duration(3600));
    assertEquals("2 h 5 min", StageProgress.duration(7500));
    assertEquals("26 h 0 min", StageProgress.duration(93_600));
  }

  @Test
  void timeLeftIsWholeSecondsRoundedUpAndAtLeastOne() {
    assertEquals("1 s", StageProgress.eta(0.01));
    assertEquals("8 s", StageProgress.eta(7.2));
    assertEquals("59 s", StageProgress.eta(58.1));
    assertEquals("1 min 0 s", StageProgress.eta(59.6));
    assertEquals("9 min 52 s", StageProgress.eta(592.3));
  }

  @Test
  void ratesAndCounts() {
    assertEquals("0.7/s", StageProgress.rate(0.66));
    assertEquals("9.9/s", StageProgress.rate(9.94));
    assertEquals("10/s", StageProgress.rate(9.96));
    assertEquals("131/s", StageProgress.rate(131.4));
    assertEquals("3,369/s", StageProgress.rate(3369.2));
    assertEquals("0", StageProgress.count(0));
    assertEquals("1,234,567", StageProgress.count(1_234_567));
  }
}
