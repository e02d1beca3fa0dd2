package zeitgeist.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** When lines are written, to a log and to a terminal, with a clock the test moves. */
class ProgressPrinterTest {
  private static final long SECOND = 1_000_000_000L;
  private final AtomicLong clock = new AtomicLong();
  private final AtomicLong done = new AtomicLong();
  private final StringWriter text = new StringWriter();
  private final PrintWriter out = new PrintWriter(text);

  private StageProgress analysis(ProgressPrinter p) {
    return StageProgress.counted("analysis", "articles", 1000, done::get, p.now());
  }

  private void at(long seconds, ProgressPrinter p) {
    clock.set(seconds * SECOND);
    p.tick();
  }

  @Test
  void aLogGetsALineEveryIntervalAndTheLastLineOfEachStage() {
    ProgressPrinter p = ProgressPrinter.forLog(out, Duration.ofSeconds(30), clock::get);
    p.begin(StageProgress.timed("ingest", p.now()));
    at(10, p);
    p.begin(analysis(p)); // ingest ends at 10 s, shorter than the interval: its last line only
    at(20, p);
    at(39, p);
    done.set(300);
    at(40, p); // 30 s after the stage began
    at(50, p);
    done.set(1000);
    at(70, p);
    clock.set(75 * SECOND);
    p.close();
    assertEquals(
        String.join(
            "\n",
            "zeitgeist: ingest  done in 10 s",
            "zeitgeist: analysis  300 of 1,000 articles (30%), 10/s, about 1 min 10 s left",
            "zeitgeist: analysis  1,000 of 1,000 articles (100%), 17/s, all counted",
            "zeitgeist: analysis  done: 1,000 of 1,000 articles in 1 min 5 s, 15/s",
            ""),
        text.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void aTerminalLineIsRedrawnInPlaceAndEachStageKeepsItsLastLine() {
    ProgressPrinter p = ProgressPrinter.forTerminal(out, clock::get);
    p.begin(analysis(p));
    done.set(200);
    at(20, p);
    done.set(1000);
    at(50, p);
    p.begin(StageProgress.timed("commit", p.now()));
    at(52, p);
    clock.set(53 * SECOND);
    p.close();
    String first = "zeitgeist: analysis  200 of 1,000 articles (20%), 10/s, about 1 min 20 s left";
    String second = "zeitgeist: analysis  1,000 of 1,000 articles (100%), 20/s, all counted";
    String last = "zeitgeist: analysis  done: 1,000 of 1,000 articles in 50 s, 20/s";
    assertEquals(
        "\r"
            + first
            + "\r"
            + second
            + " ".repeat(first.length() - second.length())
            + "\r"
            + last
            + " ".repeat(second.length() - last.length())
            + "\n"
            + "\rzeitgeist: commit  running, 2.0 s so far"
            + "\rzeitgeist: commit  done in 3.0 s"
            + " ".repeat(8)
            + "\n",
        text.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void aFailedStageEndsWithItsFailure() {
    ProgressPrinter p = ProgressPrinter.forLog(out, Duration.ofSeconds(30), clock::get);
    p.begin(analysis(p));
    done.set(10);
    clock.set(12 * SECOND);
    p.fail();
    p.close();
    assertEquals(
        "zeitgeist: analysis  failed after 12 s, at 10 of 1,000 articles (1%)\n",
        text.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void nothingIsWrittenWithoutAStage() {
    ProgressPrinter p = ProgressPrinter.forLog(out, Duration.ofMillis(10), clock::get);
    at(100, p);
    p.close();
    assertEquals("", text.toString());
  }
}
