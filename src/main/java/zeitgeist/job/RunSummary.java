package zeitgeist.job;

import java.time.Duration;
import java.util.Locale;

/**
 * What one run did, as printed at its end and stored in {@code runs}.
 *
 * @param read records read (articles and rejects)
 * @param newArticles articles not in the warehouse before
 * @param unchanged articles already in the warehouse with the same content: skipped
 * @param changed articles already in the warehouse with different content (or re-read with
 *     {@code --full}): their old rows replaced
 * @param rejected records rejected in this run
 * @param rejectsAdded rows added to {@code rejects}: rejects not recorded by an earlier run (same
 *     input path, locator and reason)
 * @param written rows written to {@code articles}: new, changed, and stored articles written again
 *     (a duplicate's first copy moved, or {@code --rebuild})
 * @param duplicates incoming articles whose text duplicates another article's
 * @param filesRead input files read
 * @param filesSkipped input files not read because a run read them unchanged before; their
 *     articles count in {@code read} and {@code unchanged}, their rejects in {@code read} and
 *     {@code rejected}
 * @param datesUnreadable new and changed articles whose date field was given but is not a date
 *     (also when the text gave the date)
 * @param datesImplausible new and changed articles whose date (the field's, or the text's when
 *     the field gave none) is not plausible: before 1600 or after the run's date plus one day
 */
public record RunSummary(
    String runId, long read, long newArticles, long unchanged, long changed, long rejected,
    long rejectsAdded, long written, long duplicates, long filesRead, long filesSkipped,
    long datesUnreadable, long datesImplausible, Duration elapsed) {

  /** The same summary with another elapsed time (the run's row is staged before its commit). */
  public RunSummary withElapsed(Duration elapsedTime) {
    return new RunSummary(runId, read, newArticles, unchanged, changed, rejected, rejectsAdded,
        written, duplicates, filesRead, filesSkipped, datesUnreadable, datesImplausible,
        elapsedTime);
  }

  public String status() {
    return written == 0 && rejectsAdded == 0 ? "nothing_new" : "succeeded";
  }

  /** Articles per second of wall time (articles = read − rejected, skipped files included). */
  public double articlesPerSecond() {
    double s = Math.max(elapsed.toMillis(), 1) / 1000.0;
    return (read - rejected) / s;
  }

  /** The short summary every run ends with. */
  public String format() {
    return String.format(Locale.ROOT,
        "run %s: read %d, new %d, unchanged %d%s, rejected %d (%d not seen before),"
            + " written %d (%d duplicates)"
            + " in %.1f s, %.1f articles/s%s%s",
        runId, read, newArticles, unchanged, changed > 0 ? ", changed " + changed : "",
        rejected, rejectsAdded, written, duplicates, elapsed.toMillis() / 1000.0, articlesPerSecond(),
        filesSkipped == 0 ? "" : String.format(Locale.ROOT,
            "; %d of %d input files unchanged since an earlier run, not read again",
            filesSkipped, filesRead + filesSkipped),
        datesUnreadable + datesImplausible == 0 ? "" : String.format(Locale.ROOT,
            "; dates: %d fields unreadable, %d implausible (see articles.date_origin, date_raw)",
            datesUnreadable, datesImplausible));
  }
}
