package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import zeitgeist.sql.SqlCatalog;
import zeitgeist.tables.Warehouse;

/**
 * {@code entity_mentions} and {@code lexicon_hits} of the sample run, and the views over them,
 * against the counts they stand behind: added up independently in SQL, every mention and hit gives
 * back the figures of {@code article_entities}, {@code entities_by_date}, {@code
 * article_sentiment}, {@code article_entity_sentiment} and {@code sentiment_by_date}; every offset
 * points at the words it names.
 */
class AuditTablesTest {
  static SparkSession spark;

  @BeforeAll
  static void load() {
    Warehouse w = SampleWarehouse.get().warehouse();
    spark = w.spark();
    SqlCatalog.register(w);
  }

  /** Asserts that the two queries give the same rows (as multisets), and some. */
  private static void same(String expected, String actual) {
    Dataset<Row> a = spark.sql(expected);
    Dataset<Row> b = spark.sql(actual);
    long n = a.count();
    assertTrue(n > 0, "no rows: " + expected);
    List<Row> missing = a.exceptAll(b).limit(5).collectAsList();
    List<Row> extra = b.exceptAll(a).limit(5).collectAsList();
    assertEquals(List.of(), missing, "expected but not found (of " + n + "): " + actual);
    assertEquals(List.of(), extra, "found but not expected: " + actual);
  }

  @Test
  void everyEntityMentionHasARowAndTheOffsetsNameIt() {
    same(
        "SELECT article_id, entity, type, mentions, in_title FROM article_entities",
        "SELECT article_id, entity, type, count(*), max(in_title) FROM entity_mentions "
            + "GROUP BY article_id, entity, type");
    assertEquals(
        0L,
        spark
            .sql(
                "SELECT * FROM entity_mentions m JOIN articles a USING "
                    + "(article_id) WHERE substring(CASE WHEN in_title THEN a.title ELSE a.text END, "
                    + "start_offset + 1, end_offset - start_offset) <> surface "
                    + "OR (in_title AND sentence IS NOT NULL) "
                    + "OR (NOT in_title AND NOT (sentence_start <= start_offset "
                    + "AND start_offset < sentence_end))")
            .count());
    same(
        "SELECT article_id, entity, first_offset FROM article_entities "
            + "WHERE first_offset IS NOT NULL",
        "SELECT article_id, entity, min(start_offset) FROM entity_mentions WHERE NOT in_title "
            + "GROUP BY article_id, entity");
  }

  @Test
  void mentionsPerPeriodAreEntitiesByDate() {
    same(
        "SELECT grain, period, entity, type, mentions FROM entities_by_date",
        "SELECT p.grain, p.period, m.entity, m.type, count(*) FROM entity_mentions m "
            + "JOIN article_periods p USING (article_id) GROUP BY 1, 2, 3, 4");
  }

  @Test
  void hitsAddUpToEachArticlesSentiment() {
    same(
        "SELECT article_id, lexicon, hits, positive_hits, negative_hits, negated_hits, "
            + "round(positive, 9), round(negative, 9) FROM article_sentiment WHERE hits > 0",
        "SELECT article_id, lexicon, count(*), count_if(score > 0), count_if(score < 0), "
            + "count_if(negated), round(sum(greatest(score, 0)), 9), "
            + "round(-sum(least(score, 0)), 9) FROM lexicon_hits WHERE kind = 'polarity' "
            + "GROUP BY article_id, lexicon");
    assertEquals(
        0L,
        spark
            .sql(
                "SELECT * FROM lexicon_hits h JOIN articles a USING "
                    + "(article_id) WHERE substring(a.text, start_offset + 1, end_offset - start_offset) "
                    + "<> word OR abs(weight * factor - score) > 1e-12 OR NOT (sentence_start <= "
                    + "start_offset AND start_offset < sentence_end)")
            .count());
  }

  @Test
  void hitsByDateAreSentimentByDate() {
    same(
        "SELECT grain, period, lexicon, hits, negated_hits, round(positive - negative, 9) "
            + "FROM sentiment_by_date WHERE hits > 0",
        "SELECT grain, period, lexicon, count(*), count_if(negated), round(sum(score), 9) "
            + "FROM tone_hits_by_date GROUP BY grain, period, lexicon");
  }

  @Test
  void entityToneHitsAreEntityTone() {
    same(
        "SELECT article_id, entity, type, lexicon, hits, negated_hits, "
            + "round(positive - negative, 9) FROM entity_tone WHERE hits > 0",
        "SELECT article_id, entity, type, lexicon, count(*), count_if(negated), "
            + "round(sum(score), 9) FROM entity_tone_hits GROUP BY 1, 2, 3, 4");
    same(
        "SELECT article_id, entity, type, lexicon, sentences FROM article_entity_sentiment",
        "SELECT m.article_id, m.entity, m.type, s.lexicon, count(DISTINCT m.sentence) "
            + "FROM entity_mentions m JOIN (SELECT DISTINCT lexicon FROM article_sentiment) s "
            + "WHERE NOT m.in_title GROUP BY 1, 2, 3, 4");
  }
}
