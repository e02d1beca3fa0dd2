package zeitgeist.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The entity pairs of each article, from its {@code article_entities} rows.
 *
 * <p>Rules: only {@code PER}, {@code ORG} and {@code LOC} entities pair up ({@code MISC} holds
 * demonyms and events, which would crowd every network); each unordered pair appears once per
 * article, ordered by (entity, type); an article contributes pairs among at most its {@value
 * #MAX_ENTITIES_PER_ARTICLE} most-mentioned entities (ties broken by name, then type), so a
 * pathological article (a list of 500 names) adds at most 1,225 pairs instead of 124,750. Names
 * compare by Unicode code point, as Spark compares strings.
 *
 * <p>The pairs of one article are formed in plain Java ({@link #pairsOf}) after one grouping by
 * article: one shuffle, where a window and a self-join took three.
 */
public final class EntityPairs {
  /** The cap on entities per article that form pairs. */
  public static final int MAX_ENTITIES_PER_ARTICLE = 50;

  private static final StructType PAIR =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("entity_a", DataTypes.StringType)
          .add("type_a", DataTypes.StringType)
          .add("entity_b", DataTypes.StringType)
          .add("type_b", DataTypes.StringType);

  /** One entity of an article, as far as pairing goes. */
  public record Entity(String name, String type, int mentions) {}

  private static final Comparator<String> BY_CODE_POINT =
      (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
          int ca = a.codePointAt(i);
          int cb = b.codePointAt(j);
          if (ca != cb) {
            return Integer.compare(ca, cb);
          }
          i += Character.charCount(ca);
          j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
      };
  private static final Comparator<Entity> BY_NAME =
      Comparator.comparing(Entity::name, BY_CODE_POINT).thenComparing(Entity::type, BY_CODE_POINT);

  private EntityPairs() {}

  /**
   * The pairs among one article's entities: each {@code [a, b]} with {@code a} before {@code b} by
   * (name, type), in that order.
   */
  public static List<Entity[]> pairsOf(List<Entity> entities) {
    List<Entity> top =
        entities.stream()
            .filter(e -> "PER".equals(e.type()) || "ORG".equals(e.type()) || "LOC".equals(e.type()))
            .sorted(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(BY_NAME))
            .limit(MAX_ENTITIES_PER_ARTICLE)
            .sorted(BY_NAME)
            .toList();
    List<Entity[]> pairs = new ArrayList<>();
    for (int i = 0; i < top.size(); i++) {
      for (int j = i + 1; j < top.size(); j++) {
        pairs.add(new Entity[] {top.get(i), top.get(j)});
      }
    }
    return pairs;
  }

  /**
   * One row per pair and article: {@code article_id, entity_a, type_a, entity_b, type_b}.
   *
   * @param entities rows with at least {@code article_id, entity, type, mentions}
   */
  public static Dataset<Row> of(Dataset<Row> entities) {
    return entities
        .filter(col("type").isin("PER", "ORG", "LOC"))
        .groupBy("article_id")
        .agg(collect_list(struct("entity", "type", "mentions")).as("entities"))
        .flatMap(new PairRows(), Encoders.row(PAIR));
  }

  /** Spark function: one article's grouped entities to its pair rows. */
  private static final class PairRows implements FlatMapFunction<Row, Row> {
    @Override
    public Iterator<Row> call(Row article) {
      String id = article.getString(0);
      List<Row> grouped = article.getList(1);
      List<Entity> entities = new ArrayList<>(grouped.size());
      for (Row e : grouped) {
        entities.add(new Entity(e.getString(0), e.getString(1), e.getInt(2)));
      }
      List<Row> out = new ArrayList<>();
      for (Entity[] p : pairsOf(entities)) {
        out.add(RowFactory.create(id, p[0].name(), p[0].type(), p[1].name(), p[1].type()));
      }
      return out.iterator();
    }
  }
}
