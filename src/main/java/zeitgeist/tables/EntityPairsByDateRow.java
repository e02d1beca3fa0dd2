package zeitgeist.tables;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of {@code entity_pairs_by_date}: two canonical entities and the number of a period's
 * articles that mention both. Each unordered pair appears once, ordered so that {@code (entity_a,
 * type_a) < (entity_b, type_b)}. Rules (see {@code EntityPairs}): pairs are formed within one
 * article only, among its {@code PER}, {@code ORG} and {@code LOC} entities, and an article
 * contributes pairs of at most its {@value zeitgeist.tables.EntityPairs#MAX_ENTITIES_PER_ARTICLE}
 * most-mentioned entities. Periods follow {@link DatePeriods}; partitioned by {@code grain}.
 */
public class EntityPairsByDateRow implements Serializable {
  public static final TableSpec<EntityPairsByDateRow> TABLE =
      DatePeriods.partitioned(
              TableSpec.of(
                  "entity_pairs_by_date",
                  EntityPairsByDateRow.class,
                  "grain",
                  "period",
                  "entity_a",
                  "type_a",
                  "entity_b",
                  "type_b",
                  "articles",
                  "run_id"))
          .summing("articles");

  private String grain;
  private LocalDate period;
  private String entityA;
  private String typeA;
  private String entityB;
  private String typeB;
  private long articles;
  private String runId;

  public EntityPairsByDateRow() {}

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

  public String getEntityA() {
    return entityA;
  }

  public void setEntityA(String v) {
    entityA = v;
  }

  public String getTypeA() {
    return typeA;
  }

  public void setTypeA(String v) {
    typeA = v;
  }

  public String getEntityB() {
    return entityB;
  }

  public void setEntityB(String v) {
    entityB = v;
  }

  public String getTypeB() {
    return typeB;
  }

  public void setTypeB(String v) {
    typeB = v;
  }

  /** Articles of the period mentioning both entities. */
  public long getArticles() {
    return articles;
  }

  public void setArticles(long v) {
    articles = v;
  }

  /** The run that last changed the row. */
  public String getRunId() {
    return runId;
  }

  public void setRunId(String v) {
    runId = v;
  }
}
