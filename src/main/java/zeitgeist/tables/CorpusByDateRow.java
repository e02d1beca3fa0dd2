package zeitgeist.tables;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of {@code corpus_by_date}: how many analysed articles and word tokens (stopwords and
 * numbers included) a period has, the denominators for shares and keyness. Periods follow {@link
 * DatePeriods}. Partitioned by {@code grain}.
 */
public class CorpusByDateRow implements Serializable {
  public static final TableSpec<CorpusByDateRow> TABLE =
      DatePeriods.partitioned(
              TableSpec.of(
                  "corpus_by_date",
                  CorpusByDateRow.class,
                  "grain",
                  "period",
                  "articles",
                  "tokens",
                  "run_id"))
          .summing("articles", "tokens");

  private String grain;
  private LocalDate period;
  private long articles;
  private long tokens;

  private String runId;

  public CorpusByDateRow() {}

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

  public long getArticles() {
    return articles;
  }

  public void setArticles(long v) {
    articles = v;
  }

  public long getTokens() {
    return tokens;
  }

  public void setTokens(long v) {
    tokens = v;
  }

  /** The run that last changed the row. */
  public String getRunId() {
    return runId;
  }

  public void setRunId(String v) {
    runId = v;
  }
}
