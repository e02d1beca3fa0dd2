package zeitgeist.tables;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of {@code entities_by_date}: a canonical entity's article and mention counts in one period.
 * Periods follow {@link DatePeriods}; partitioned by {@code grain}.
 */
public class EntitiesByDateRow implements Serializable {
  public static final TableSpec<EntitiesByDateRow> TABLE =
      DatePeriods.partitioned(
              TableSpec.of(
                  "entities_by_date",
                  EntitiesByDateRow.class,
                  "grain",
                  "period",
                  "entity",
                  "type",
                  "articles",
                  "mentions",
                  "run_id"))
          .summing("articles", "mentions");

  private String grain;
  private LocalDate period;
  private String entity;
  private String type;
  private long articles;
  private long mentions;
  private String runId;

  public EntitiesByDateRow() {}

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

  public String getEntity() {
    return entity;
  }

  public void setEntity(String v) {
    entity = v;
  }

  public String getType() {
    return type;
  }

  public void setType(String v) {
    type = v;
  }

  /** Articles of the period mentioning the entity. */
  public long getArticles() {
    return articles;
  }

  public void setArticles(long v) {
    articles = v;
  }

  /** Mentions of the entity in the period's articles. */
  public long getMentions() {
    return mentions;
  }

  public void setMentions(long v) {
    mentions = v;
  }

  /** The run that last changed the row. */
  public String getRunId() {
    return runId;
  }

  public void setRunId(String v) {
    runId = v;
  }
}
