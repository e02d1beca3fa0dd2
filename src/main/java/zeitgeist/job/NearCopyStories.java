package zeitgeist.job;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import zeitgeist.stories.NearCopyText;
import zeitgeist.stories.Resemblance;
import zeitgeist.stories.StoryGrouping;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.NearCopyRow;
import zeitgeist.tables.TableTransaction;
import zeitgeist.tables.Warehouse;

/**
 * The Spark side of near-copy stories ({@code zeitgeist.stories}): finds the near-copies among the
 * articles a run writes and the stored ones, and the story of every article.
 *
 * <pre>
 * band keys of the written articles  +  the stored band keys equal to one of them
 *   -> one shuffle by key, sorted -> every two articles in a run of equal keys (not both stored)
 *   -> candidate pairs -> shingles of their texts, once -> verified near-copies (new near_copies)
 *   -> all near_copies rows (stored, less the removed articles', plus the new) on the driver
 *   -> StoryGrouping -> story_id and story_similarity of every written article, and of every
 *      stored article whose story changed (an update of its row)
 * </pre>
 *
 * <p>Rules: pairs are compared only when at least one side is written by this run, so the work is
 * in proportion to what is new; a pair's verdict depends only on its two texts, and the stories
 * only on all verdicts and the articles' dates ({@link StoryGrouping}), so batches in any order
 * give the stories one run gives. An exact duplicate takes its first copy's story. A stored article
 * without a story (written by an earlier release) is compared as if new, once.
 *
 * <p>Limits: every near-copy pair of the warehouse, and the date of every article in one, goes to
 * the driver (a few dozen bytes a pair): millions of pairs would need a distributed grouping.
 *
 * <p>Everything read from the stored tables is computed before the run writes to them (the caller
 * writes after {@link #find} returns).
 */
final class NearCopyStories {
  /**
   * @param stories {@code article_id, story_id, story_similarity} of every article in a near-copy
   *     pair (others head their own story), small: joined by broadcast
   * @param pairs the new {@code near_copies} rows
   * @param storedChanges stored articles whose story or band keys change: {@code article_id,
   *     story_id, story_similarity, minhash_bands}
   * @param newPairs rows of {@code pairs}
   * @param storedChanged rows of {@code storedChanges}
   */
  record Result(
      Dataset<Row> stories,
      Dataset<NearCopyRow> pairs,
      Dataset<Row> storedChanges,
      long newPairs,
      long storedChanged) {
    /** Writes the new pairs and the changed stories of stored articles. */
    void write(TableTransaction tx) {
      if (storedChanged > 0) {
        tx.update(
            ArticleRow.TABLE,
            storedChanges,
            "article_id",
            "story_id",
            "story_similarity",
            "minhash_bands");
      }
      if (newPairs > 0) {
        tx.appendFew(NearCopyRow.TABLE, pairs);
      }
    }

    /** The written articles with their story set. */
    Dataset<ArticleRow> withStories(Dataset<ArticleRow> written) {
      Dataset<Row> in = written.toDF();
      Column key = coalesce(in.col("duplicateOf"), in.col("articleId"));
      Dataset<Row> s =
          broadcast(
              stories.select(
                  col("article_id").as("s_id"),
                  col("story_id").as("s_story"),
                  col("story_similarity").as("s_similarity")));
      return in.join(s, key.equalTo(s.col("s_id")), "left")
          .withColumn("storyId", coalesce(col("s_story"), key))
          .withColumn("storySimilarity", coalesce(col("s_similarity"), lit(1.0)))
          .drop("s_id", "s_story", "s_similarity")
          .as(ArticleRow.TABLE.encoder());
    }
  }

  private static final StructType SHINGLED =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("shingles", DataTypes.createArrayType(DataTypes.IntegerType, false));

  private static final StructType PAIR =
      new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);

  private static final StructType SIGNED =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("bands", DataTypes.createArrayType(DataTypes.IntegerType, false));

  private NearCopyStories() {}

  /**
   * Groups every stored article, as if all were new: for a warehouse whose articles have no story
   * yet (written by an earlier release). Writes the pairs and the stories through {@code tx}.
   */
  static void groupStored(Warehouse warehouse, TableTransaction tx, String runId) {
    SparkSession spark = warehouse.spark();
    Result stories =
        find(spark, warehouse, spark.emptyDataset(ArticleRow.TABLE.encoder()), null, true, runId);
    stories.write(tx);
  }

  /**
   * @param written the articles the run writes, analysed (band keys set)
   * @param removedIds the stored articles the run replaces or removes ({@code article_id}), or null
   *     when it removes none
   * @param unsigned whether stored articles may lack a story (an earlier release wrote them): those
   *     are then compared as if new; otherwise none is looked for (no scan of the texts)
   */
  static Result find(
      SparkSession spark,
      Warehouse warehouse,
      Dataset<ArticleRow> written,
      Dataset<Row> removedIds,
      boolean unsigned,
      String runId) {
    Dataset<Row> fresh =
        written
            .toDF()
            .select(
                col("articleId").as("id"),
                col("text"),
                col("minhashBands").as("bands"),
                col("duplicateOf").as("duplicate_of"),
                col("publishedDate").as("published_date"),
                col("datePrecision").as("date_precision"),
                col("source"));
    Dataset<Row> removed =
        removedIds == null
            ? null
            : Checkpoints.eager(removedIds.select(col("article_id").as("rm_id")).distinct());
    Dataset<Row> stored = warehouse.read(ArticleRow.TABLE);
    if (removed != null) {
      stored = stored.join(removed, col("article_id").equalTo(col("rm_id")), "left_anti");
    }
    stored = stored.withColumnRenamed("article_id", "id");

    // stored articles an earlier release wrote: signed now, once
    Dataset<Row> signedNow =
        !unsigned
            ? spark.createDataFrame(List.of(), SIGNED)
            : Checkpoints.eager(
                stored
                    .filter(
                        col("story_id")
                            .isNull()
                            .and(col("duplicate_of").isNull())
                            .and(col("text").isNotNull()))
                    .select("id", "text")
                    .mapPartitions(NearCopyStories::sign, Encoders.row(SIGNED)));
    Dataset<Row> newSigned =
        fresh
            .filter(col("bands").isNotNull())
            .select("id", "bands")
            .unionByName(signedNow.filter(col("bands").isNotNull()));
    Dataset<Row> storedSigned =
        stored
            .filter(col("minhash_bands").isNotNull())
            .select(col("id"), col("minhash_bands").as("bands"));

    // band keys of the new articles, and the stored articles' keys equal to one of them (a
    // semi-join: on a rerun the stored side shrinks to a few rows before it is shuffled)
    Dataset<Row> newKeys = keys(newSigned, true);
    Dataset<Row> storedKeys =
        keys(storedSigned, false)
            .join(
                newKeys.select(col("key").as("nkey")),
                col("key").equalTo(col("nkey")),
                "left_semi");
    Dataset<Row> candidates =
        newKeys
            .unionByName(storedKeys)
            .repartition(col("key"))
            .sortWithinPartitions("key")
            .mapPartitions(NearCopyStories::candidatePairs, Encoders.row(PAIR))
            .distinct();
    candidates = Checkpoints.eager(candidates);

    Dataset<Row> ids =
        candidates
            .select(col("a").as("cid"))
            .unionByName(candidates.select(col("b").as("cid")))
            .distinct();
    Dataset<Row> texts =
        fresh
            .select("id", "text")
            .unionByName(stored.select("id", "text"))
            .join(ids, col("id").equalTo(col("cid")), "left_semi");
    // computed once: both sides of the pairs read it, and the stored texts are scanned once
    Dataset<Row> shingled =
        Checkpoints.eager(texts.mapPartitions(NearCopyStories::shingle, Encoders.row(SHINGLED)));
    List<NearCopyRow> pairList =
        candidates
            .join(
                shingled.select(col("id").as("a_id"), col("shingles").as("a_sh")),
                col("a").equalTo(col("a_id")))
            .join(
                shingled.select(col("id").as("b_id"), col("shingles").as("b_sh")),
                col("b").equalTo(col("b_id")))
            .select("a", "b", "a_sh", "b_sh")
            .map(verify(runId), NearCopyRow.TABLE.encoder())
            .filter(col("articleId").isNotNull())
            .collectAsList();
    Dataset<NearCopyRow> pairs = spark.createDataset(pairList, NearCopyRow.TABLE.encoder());

    // every verdict, stored and new, on the driver; then the ranks of the articles they name
    List<StoryGrouping.Edge> edgeList = new ArrayList<>();
    Set<String> affected = new HashSet<>(); // stored articles whose story may change
    for (Row r :
        warehouse
            .read(NearCopyRow.TABLE)
            .select("article_id", "other_id", "jaccard")
            .collectAsList()) {
      edgeList.add(new StoryGrouping.Edge(r.getString(0), r.getString(1), r.getDouble(2)));
    }
    if (removed != null) {
      Set<String> gone = new HashSet<>();
      for (Row r : removed.collectAsList()) {
        gone.add(r.getString(0));
      }
      List<StoryGrouping.Edge> kept = new ArrayList<>();
      for (StoryGrouping.Edge e : edgeList) {
        if (gone.contains(e.a()) || gone.contains(e.b())) {
          affected.add(e.a());
          affected.add(e.b());
        } else {
          kept.add(e);
        }
      }
      edgeList = kept;
    }
    for (NearCopyRow p : pairList) {
      edgeList.add(new StoryGrouping.Edge(p.getArticleId(), p.getOtherId(), p.getJaccard()));
    }
    for (StoryGrouping.Edge e : edgeList) {
      affected.add(e.a());
      affected.add(e.b());
    }
    Dataset<Row> named =
        broadcast(spark.createDataset(new ArrayList<>(affected), Encoders.STRING()).toDF("nid"));
    List<StoryGrouping.Member> members = new ArrayList<>();
    for (Row r :
        fresh
            .select("id", "published_date", "date_precision", "source")
            .unionByName(stored.select("id", "published_date", "date_precision", "source"))
            .join(named, col("id").equalTo(col("nid")), "left_semi")
            .collectAsList()) {
      members.add(
          new StoryGrouping.Member(
              r.getString(0), localDate(r.get(1)), r.getString(2), r.getString(3)));
    }
    Map<String, StoryGrouping.Story> grouped = StoryGrouping.group(members, edgeList);
    List<Row> storyRows = new ArrayList<>();
    grouped.forEach(
        (id, st) -> storyRows.add(RowFactory.create(id, st.storyId(), st.similarity())));
    Dataset<Row> stories =
        spark.createDataFrame(
            storyRows,
            new StructType()
                .add("article_id", DataTypes.StringType)
                .add("story_id", DataTypes.StringType)
                .add("story_similarity", DataTypes.DoubleType));

    // stored articles whose story (or band keys) changes
    Column key = coalesce(col("duplicate_of"), col("id"));
    Dataset<Row> s =
        broadcast(
            stories.select(
                col("article_id").as("s_id"),
                col("story_id").as("s_story"),
                col("story_similarity").as("s_similarity")));
    Dataset<Row> candidatesForChange =
        stored.select("id", "duplicate_of", "story_id", "story_similarity", "minhash_bands");
    if (!unsigned) {
      // only an article in a pair, or a duplicate of one, can change its story
      candidatesForChange = candidatesForChange.join(named, key.equalTo(col("nid")), "left_semi");
    }
    Dataset<Row> storedChanges =
        candidatesForChange
            .join(s, key.equalTo(col("s_id")), "left")
            .join(
                signedNow.select(col("id").as("u_id"), col("bands").as("u_bands")),
                col("id").equalTo(col("u_id")),
                "left")
            .select(
                col("id").as("article_id"),
                coalesce(col("s_story"), key).as("new_story"),
                coalesce(col("s_similarity"), lit(1.0)).as("new_similarity"),
                col("story_id"),
                col("story_similarity"),
                col("u_id").isNotNull().as("signed_now"),
                coalesce(col("u_bands"), col("minhash_bands")).as("minhash_bands"))
            .filter(
                col("signed_now")
                    .or(not(col("new_story").eqNullSafe(col("story_id"))))
                    .or(not(col("new_similarity").eqNullSafe(col("story_similarity")))))
            .select(
                col("article_id"),
                col("new_story").as("story_id"),
                col("new_similarity").as("story_similarity"),
                col("minhash_bands"));
    storedChanges = Checkpoints.eager(storedChanges);
    return new Result(stories, pairs, storedChanges, pairList.size(), storedChanges.count());
  }

  /** A date column's value, as Spark gives it with or without its Java 8 time API. */
  private static java.time.LocalDate localDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) value;
  }

  /**
   * (id, key, is_new) for every band key of every signed article. The band's index is hashed into
   * its key ({@link NearCopyText#bands}), so equal keys are equal bands (up to a collision of
   * 32-bit hashes, which verification catches).
   */
  private static Dataset<Row> keys(Dataset<Row> signed, boolean isNew) {
    return signed.select(col("id"), explode(col("bands")).as("key"), lit(isNew).as("is_new"));
  }

  /**
   * Candidate pairs {@code (a, b)}, {@code a < b}, from (id, key, is_new) rows sorted by key: every
   * two articles of a run of equal keys, unless both are stored (compared before). A pair that
   * shares several bands comes out once per band.
   */
  private static Iterator<Row> candidatePairs(Iterator<Row> sorted) {
    List<Row> out = new ArrayList<>();
    List<Row> run = new ArrayList<>();
    while (sorted.hasNext()) {
      Row r = sorted.next();
      if (!run.isEmpty() && run.get(0).getInt(1) != r.getInt(1)) {
        pairsOfRun(run, out);
        run.clear();
      }
      run.add(r);
    }
    pairsOfRun(run, out);
    return out.iterator();
  }

  private static void pairsOfRun(List<Row> run, List<Row> out) {
    for (int i = 0; i < run.size(); i++) {
      for (int j = i + 1; j < run.size(); j++) {
        Row x = run.get(i);
        Row y = run.get(j);
        String a = x.getString(0);
        String b = y.getString(0);
        int c = a.compareTo(b);
        if (c != 0 && (x.getBoolean(2) || y.getBoolean(2))) {
          out.add(c < 0 ? RowFactory.create(a, b) : RowFactory.create(b, a));
        }
      }
    }
  }

  private static Iterator<Row> sign(Iterator<Row> rows) {
    return map(rows, r -> RowFactory.create(r.getString(0), NearCopyText.bands(r.getString(1))));
  }

  private static Iterator<Row> shingle(Iterator<Row> rows) {
    return map(rows, r -> RowFactory.create(r.getString(0), NearCopyText.shingles(r.getString(1))));
  }

  private static Iterator<Row> map(Iterator<Row> rows, java.util.function.Function<Row, Row> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return f.apply(rows.next());
      }
    };
  }

  /** A candidate pair → its {@code near_copies} row, or a row without ids when it is not one. */
  private static MapFunction<Row, NearCopyRow> verify(String runId) {
    return r -> {
      int[] a = ints(r.getList(2));
      int[] b = ints(r.getList(3));
      Resemblance res = Resemblance.of(a, b);
      NearCopyRow out = new NearCopyRow();
      if (res.isNearCopy()) {
        out.setArticleId(r.getString(0));
        out.setOtherId(r.getString(1));
        out.setJaccard(res.jaccard());
        out.setContainment(res.containment());
        out.setShingles(a.length);
        out.setOtherShingles(b.length);
        out.setRunId(runId);
      }
      return out;
    };
  }

  private static int[] ints(List<Integer> list) {
    int[] out = new int[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = list.get(i);
    }
    return out;
  }
}
