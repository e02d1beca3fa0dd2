package zeitgeist.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import zeitgeist.ingest.LanguageIdentifier;

/**
 * What one run did, as printed at its end and stored in {@code runs}.
 *
 * @param read records read (articles and rejects)
 * @param newArticles articles not in the warehouse before
 * @param unchanged articles already in the warehouse with the same content: skipped
 * @param changed articles already in the warehouse with different content (or re-read with {@code
 *     --full}): their old rows replaced
 * @param rejected records rejected in this run
 * @param rejectsAdded rows added to {@code rejects}: rejects not recorded by an earlier run (same
 *     input path, locator and reason)
 * @param written rows written to {@code articles}: new, changed, and stored articles written again
 *     (a duplicate's first copy moved, or {@code --rebuild})
 * @param duplicates written articles whose text duplicates another article's ({@code duplicate_of}
 *     set), of {@code written}
 * @param filesRead input files read
 * @param filesSkipped input files not read because a run read them unchanged before; their articles
 *     count in {@code read} and {@code unchanged}, their rejects in {@code read} and {@code
 *     rejected}
 * @param idClashes records rejected as {@code duplicate_id}: their id was read before with a
 *     different text, so their text is not stored
 * @param redelivered records rejected as {@code redelivered}: same id and text as a record read
 *     before
 * @param datesUnreadable new and changed articles whose date field was given but is not a date
 *     (also when the text gave the date)
 * @param datesImplausible new and changed articles whose date (the field's, or the text's when the
 *     field gave none) is not plausible: before 1600 or after the run's date plus one day
 * @param languages the articles written, per language ({@code und}: no language could be
 *     identified, so not analysed)
 */
public record RunSummary(
    String runId,
    long read,
    long newArticles,
    long unchanged,
    long changed,
    long rejected,
    long rejectsAdded,
    long written,
    long duplicates,
    long filesRead,
    long filesSkipped,
    long idClashes,
    long redelivered,
    long datesUnreadable,
    long datesImplausible,
    Map<String, Long> languages,
    Duration elapsed) {

  public RunSummary {
    languages = Collections.unmodifiableMap(new TreeMap<>(languages));
  }

  /** The same summary with another elapsed time (the run's row is staged before its commit). */
  public RunSummary withElapsed(Duration elapsedTime) {
    return new RunSummary(
        runId,
        read,
        newArticles,
        unchanged,
        changed,
        rejected,
        rejectsAdded,
        written,
        duplicates,
        filesRead,
        filesSkipped,
        idClashes,
        redelivered,
        datesUnreadable,
        datesImplausible,
        languages,
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

  /** The id clashes and redeliveries among the rejects ({@code ; 3 id clashes, 2 redelivered}). */
  private String repeatsPart() {
    List<String> parts = new ArrayList<>();
    if (idClashes > 0) parts.add(idClashes + (idClashes == 1 ? " id clash" : " id clashes"));
    if (redelivered > 0) parts.add(redelivered + " redelivered");
    return parts.isEmpty() ? "" : "; " + String.join(", ", parts);
  }

  /**
   * The languages of the articles written, most frequent first ({@code ; languages de 412, en 3,
   * und 2}), with a note when some are {@code und}; empty when nothing was written.
   */
  private String languagesPart() {
    if (languages.isEmpty()) return "";
    return languages.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(
            Collectors.joining(
                ", ",
                "; languages ",
                languages.containsKey(LanguageIdentifier.UNDETERMINED)
                    ? " (und: no language found, not analysed)"
                    : ""));
  }

  /**
   * Lines a user must not miss (printed to standard error after the summary): records whose text
   * was not stored because their id clashed with another record's.
   */
  public List<String> warnings() {
    if (idClashes == 0) return List.of();
    return List.of(
        String.format(
            Locale.ROOT,
            "zeitgeist: warning: %d record%s not stored: %s "
                + "article_id was read before with a different text (rejects, reason duplicate_id). If "
                + "your inputs number their records independently, run with --id-scope file or "
                + "--id-scope source into a new warehouse.",
            idClashes,
            idClashes == 1 ? "" : "s",
            idClashes == 1 ? "its" : "their"));
  }

  /** The short summary every run ends with. */
  public String format() {
    return String.format(
        Locale.ROOT,
        "run %s: read %d, new %d, unchanged %d%s, rejected %d (%d not seen before%s),"
            + " written %d (%d duplicates%s)"
            + " in %.1f s, %.1f articles/s%s%s",
        runId,
        read,
        newArticles,
        unchanged,
        changed > 0 ? ", changed " + changed : "",
        rejected,
        rejectsAdded,
        repeatsPart(),
        written,
        duplicates,
        languagesPart(),
        elapsed.toMillis() / 1000.0,
        articlesPerSecond(),
        filesSkipped == 0
            ? ""
            : String.format(
                Locale.ROOT,
                "; %d of %d input files unchanged since an earlier run, not read again",
                filesSkipped,
                filesRead + filesSkipped),
        datesUnreadable + datesImplausible == 0
            ? ""
            : String.format(
                Locale.ROOT,
                "; dates: %d fields unreadable, %d implausible (see articles.date_origin, date_raw)",
                datesUnreadable,
                datesImplausible));
  }
}
