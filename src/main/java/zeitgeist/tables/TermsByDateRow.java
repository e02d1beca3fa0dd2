package zeitgeist.tables;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of {@code terms_by_date}: a term's article and occurrence counts in one period. Periods
 * follow {@link DatePeriods}. Partitioned by {@code grain}.
 */
public class TermsByDateRow implements Serializable {
  public static final TableSpec<TermsByDateRow> TABLE =
      DatePeriods.partitioned(
              TableSpec.of(
                  "terms_by_date",
                  TermsByDateRow.class,
                  "grain",
                  "period",
                  "term",
                  "n",
                  "articles",
                  "count",
                  "run_id"))
          .summing("articles", "count");

  private String grain;
  private LocalDate period;
  private String term;
  private int n;
  private long articles;
  private long count;

  private String runId;

  public TermsByDateRow() {}

  public String getGrain() {
    return grain;
  }

  public void setGrain(String v) {
    grain = v;
  }

  public LocalDate getPeriod() {
    return period;
  }

  public void setPeriod(LocalDate v) {
    period = v;
  }

  public String getTerm() {
    return term;
  }

  public void setTerm(String v) {
    term = v;
  }

  public int getN() {
    return n;
  }

  public void setN(int v) {
    n = v;
  }

  /** Articles of the period containing the term. */
  public long getArticles() {
    return articles;
  }

  public void setArticles(long v) {
    articles = v;
  }

  /** Occurrences of the term in the period's articles. */
  public long getCount() {
    return count;
  }

  public void setCount(long v) {
    count = v;
  }

  /** The run that last changed the row. */
  public String getRunId() {
    return runId;
  }

  public void setRunId(String v) {
    runId = v;
  }
}
