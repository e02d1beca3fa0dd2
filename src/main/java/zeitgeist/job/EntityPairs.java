package zeitgeist.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The entity pairs of each article, from its {@code article_entities} rows.
 *
 * <p>Rules: only {@code PER}, {@code ORG} and {@code LOC} entities pair up ({@code MISC} holds
 * demonyms and events, which would crowd every network); each unordered pair appears once per
 * article, ordered by (entity, type); an article contributes pairs among at most its {@value
 * #MAX_ENTITIES_PER_ARTICLE} most-mentioned entities (ties broken by name), so a pathological
 * article (a list of 500 names) adds at most 1,225 pairs instead of 124,750.
 */
public final class EntityPairs {
  /** The cap on entities per article that form pairs. */
  public static final int MAX_ENTITIES_PER_ARTICLE = 50;

  private EntityPairs() {}

  /**
   * One row per pair and article: {@code article_id, entity_a, type_a, entity_b, type_b}.
   *
   * @param entities rows with at least {@code article_id, entity, type, mentions}
   */
  public static Dataset<Row> of(Dataset<Row> entities) {
    WindowSpec byMentions = Window.partitionBy("article_id")
        .orderBy(col("mentions").desc(), col("entity"), col("type"));
    Dataset<Row> top = entities.filter(col("type").isin("PER", "ORG", "LOC"))
        .withColumn("rank", row_number().over(byMentions))
        .filter(col("rank").leq(MAX_ENTITIES_PER_ARTICLE))
        .select("article_id", "entity", "type");
    Dataset<Row> a = top.toDF("article_id", "entity_a", "type_a");
    Dataset<Row> b = top.toDF("b_article_id", "entity_b", "type_b");
    return a.join(b, col("article_id").equalTo(col("b_article_id"))
            .and(col("entity_a").lt(col("entity_b"))
                .or(col("entity_a").equalTo(col("entity_b")).and(col("type_a").lt(col("type_b"))))))
        .select("article_id", "entity_a", "type_a", "entity_b", "type_b");
  }
}
