package zeitgeist.cli;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import zeitgeist.contexts.KwicLineFunction;
import zeitgeist.contexts.TermContextsFunction;
import zeitgeist.lexicon.eval.PolarityEvaluation;
import zeitgeist.tables.ArticleEntityRow;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleSentimentRow;
import zeitgeist.tables.ArticleTermRow;
import zeitgeist.tables.EntityMentionRow;
import zeitgeist.tables.LexiconHitRow;
import zeitgeist.tables.Warehouse;

/**
 * The queries behind {@code zeitgeist kwic}: which contexts a selection holds, in order, and the
 * lines of the chosen ones. The Spark side of {@link KwicCommand}.
 *
 * <p>Rules: an entity's contexts are its rows of {@code entity_mentions} (title mentions too), so
 * they are as many as its {@code mentions}. A term's contexts are found on read with {@code
 * term_contexts} in the articles that counted it, and only in the articles holding a chosen
 * context, unless a tone is asked for: then every article of the selection that counted it is
 * analysed again, since the tone is known per sentence. A sentence's tone under a polarity lexicon
 * is the sum of its {@code lexicon_hits} scores (0 without hits); positive from +{@value
 * PolarityEvaluation#NEUTRAL_BAND}, negative from −{@value PolarityEvaluation#NEUTRAL_BAND}, else
 * neutral: the rule {@code zeitgeist sentiment-eval} scores sentences by. Titles are not scored, so
 * a title mention has no tone and no tone filter keeps it.
 */
final class KwicContexts {
  /** The output columns, in order. */
  static final StructType OUTPUT =
      new StructType()
          .add("published_date", DataTypes.DateType)
          .add("source", DataTypes.StringType)
          .add("title", DataTypes.StringType)
          .add("article_id", DataTypes.StringType)
          .add("in_title", DataTypes.BooleanType)
          .add("start", DataTypes.IntegerType)
          .add("end", DataTypes.IntegerType)
          .add("left_context", DataTypes.StringType)
          .add("match", DataTypes.StringType)
          .add("right_context", DataTypes.StringType)
          .add("sentence_tone", DataTypes.DoubleType);

  /** A sentence's tone class. */
  enum Tone {
    POSITIVE,
    NEGATIVE,
    NEUTRAL;

    static Tone named(String name) {
      for (Tone t : values()) {
        if (t.name().equalsIgnoreCase(name)) return t;
      }
      throw new zeitgeist.config.ConfigException(
          "unknown --tone '" + name + "' (expected positive, negative, neutral)");
    }

    Column holds(Column tone) {
      double band = PolarityEvaluation.NEUTRAL_BAND;
      return switch (this) {
        case POSITIVE -> tone.geq(band);
        case NEGATIVE -> tone.leq(-band);
        case NEUTRAL -> tone.gt(-band).and(tone.lt(band));
      };
    }
  }

  /**
   * What to select: dates (inclusive), a source, a polarity lexicon for the sentences' tone (null:
   * none shown) and a tone class to keep (null: all).
   */
  record Filter(LocalDate from, LocalDate to, String source, String lexicon, Tone tone) {}

  /**
   * Contexts in their order: an article holding {@code count} contexts of a term still to be found
   * ({@code span} null), or one located context ({@code count} 1).
   */
  record Candidate(String articleId, Date date, int count, Span span) {}

  /** A located context: title or body, its characters and its sentence (null in a title). */
  record Span(boolean inTitle, int start, int end, Integer sentence) {}

  private final SparkSession spark;
  private final Warehouse wh;
  private final Filter filter;

  KwicContexts(SparkSession spark, Warehouse wh, Filter filter) {
    this.spark = spark;
    this.wh = wh;
    this.filter = filter;
  }

  /** Each table read once: every read of the warehouse looks its snapshot up again. */
  private final Map<String, Dataset<Row>> tables = new java.util.concurrent.ConcurrentHashMap<>();

  private Dataset<Row> table(zeitgeist.tables.TableSpec<?> table) {
    return tables.computeIfAbsent(table.name(), name -> wh.read(table));
  }

  /** The polarity lexicons the warehouse scored with, by name. */
  List<String> lexicons() {
    return table(ArticleSentimentRow.TABLE)
        .select("lexicon")
        .distinct()
        .orderBy("lexicon")
        .as(Encoders.STRING())
        .collectAsList();
  }

  /** The term most articles wrote as {@code words} (case aside), if any wrote it so. */
  Optional<String> termWrittenAs(String words, int n) {
    List<Row> top =
        table(ArticleTermRow.TABLE)
            .filter(
                col("n")
                    .equalTo(n)
                    .and(lower(col("surface")).equalTo(words.toLowerCase(Locale.ROOT))))
            .groupBy("term")
            .count()
            .orderBy(col("count").desc(), col("term"))
            .limit(1)
            .collectAsList();
    return top.isEmpty() ? Optional.empty() : Optional.of(top.get(0).getString(0));
  }

  /**
   * The entity {@code name} stands for: itself when it is a canonical name; else the canonical name
   * written so (case aside); else the entity most often mentioned as {@code name}. Looked up in
   * {@code entity_mentions}, and in {@code article_entities} when that has none (a warehouse whose
   * articles were analysed by a release that kept no mentions).
   */
  Optional<String> entityNamed(String name) {
    String lowered = name.toLowerCase(Locale.ROOT);
    Optional<String> mentioned =
        best(table(EntityMentionRow.TABLE), name, lower(col("surface")).equalTo(lowered), lit(1));
    return mentioned.isPresent()
        ? mentioned
        : best(
            table(ArticleEntityRow.TABLE),
            name,
            org.apache.spark.sql.functions.exists(col("surfaces"), x -> lower(x).equalTo(lowered)),
            col("mentions"));
  }

  private static Optional<String> best(
      Dataset<Row> rows, String name, Column writtenSo, Column weight) {
    Column exact = col("entity").equalTo(name);
    Column sameName = lower(col("entity")).equalTo(name.toLowerCase(Locale.ROOT));
    List<Row> top =
        rows.filter(sameName.or(writtenSo))
            .groupBy(col("entity"))
            .agg(
                org.apache.spark.sql.functions.max(when(exact, 1).otherwise(0)).as("exact"),
                org.apache.spark.sql.functions.max(when(sameName, 1).otherwise(0)).as("same"),
                sum(weight).as("n"))
            .orderBy(col("exact").desc(), col("same").desc(), col("n").desc(), col("entity"))
            .limit(1)
            .collectAsList();
    return top.isEmpty() ? Optional.empty() : Optional.of(top.get(0).getString(0));
  }

  /** The articles that counted the term, each standing for its count of contexts. */
  List<Candidate> termArticles(String term, int n) {
    List<Candidate> out = new ArrayList<>();
    for (Row r :
        termRows(term, n)
            .select("article_id", "published_date", "count")
            .orderBy(col("published_date").asc_nulls_last(), col("article_id"))
            .collectAsList()) {
      out.add(new Candidate(r.getString(0), r.getDate(1), r.getInt(2), null));
    }
    return out;
  }

  /**
   * Every context of the term in the selection whose sentence has the filter's tone, found by
   * analysing each article that counted the term.
   */
  List<Candidate> termContexts(String term, int n) {
    Dataset<Row> found =
        termRows(term, n)
            .select("article_id")
            .join(table(ArticleRow.TABLE), "article_id")
            .select(
                col("article_id"),
                col("published_date"),
                explode(call_udf(TermContextsFunction.NAME, col("text"), lit(term), lit(n), lit(0)))
                    .as("c"))
            .select(
                col("article_id"),
                col("published_date"),
                lit(false).as("in_title"),
                col("c.start").as("start_offset"),
                col("c.end").as("end_offset"),
                col("c.sentence").as("sentence"));
    return located(toned(found));
  }

  /** Every mention of the entity in the selection (with the filter's tone, if any). */
  List<Candidate> entityMentions(String entity) {
    Dataset<Row> mentions =
        dated(table(EntityMentionRow.TABLE).filter(col("entity").equalTo(entity)))
            .select(
                "article_id",
                "published_date",
                "in_title",
                "start_offset",
                "end_offset",
                "sentence");
    return located(filter.tone() == null ? mentions : toned(mentions));
  }

  /** The entity's mentions in the selection as {@code article_entities} counts them. */
  long entityMentionsCounted(String entity) {
    Row r =
        dated(table(ArticleEntityRow.TABLE).filter(col("entity").equalTo(entity)))
            .agg(sum("mentions"))
            .first();
    return r.isNullAt(0) ? 0 : r.getLong(0);
  }

  private Dataset<Row> termRows(String term, int n) {
    return dated(
        table(ArticleTermRow.TABLE).filter(col("term").equalTo(term).and(col("n").equalTo(n))));
  }

  private Dataset<Row> dated(Dataset<Row> rows) {
    if (filter.from() != null) {
      rows = rows.filter(col("published_date").geq(lit(Date.valueOf(filter.from()))));
    }
    if (filter.to() != null) {
      rows = rows.filter(col("published_date").leq(lit(Date.valueOf(filter.to()))));
    }
    if (filter.source() != null) {
      rows =
          rows.join(
              table(ArticleRow.TABLE)
                  .filter(col("source").equalTo(filter.source()))
                  .select("article_id"),
              "article_id");
    }
    return rows;
  }

  /** The rows whose sentence has the filter's tone (a title row has none). */
  private Dataset<Row> toned(Dataset<Row> rows) {
    Dataset<Row> tones =
        sentenceTones(polarityHits().join(rows.select("article_id").distinct(), "article_id"))
            .withColumnRenamed("article_id", "tone_article")
            .withColumnRenamed("sentence", "tone_sentence");
    return rows.filter(col("sentence").isNotNull())
        .join(
            tones,
            col("article_id")
                .equalTo(col("tone_article"))
                .and(col("sentence").equalTo(col("tone_sentence"))),
            "left")
        .filter(filter.tone().holds(coalesce(col("tone"), lit(0.0))));
  }

  /** The hits of the filter's polarity lexicon. */
  private Dataset<Row> polarityHits() {
    return table(LexiconHitRow.TABLE)
        .filter(col("lexicon").equalTo(filter.lexicon()).and(col("kind").equalTo("polarity")));
  }

  /** Per (article, sentence) with one of {@code hits}: the sum of their scores. */
  private static Dataset<Row> sentenceTones(Dataset<Row> hits) {
    return hits.groupBy("article_id", "sentence").agg(sum("score").as("tone"));
  }

  private static List<Candidate> located(Dataset<Row> rows) {
    List<Candidate> out = new ArrayList<>();
    for (Row r :
        rows.select(
                "article_id",
                "published_date",
                "in_title",
                "start_offset",
                "end_offset",
                "sentence")
            .orderBy(
                col("published_date").asc_nulls_last(),
                col("article_id"),
                col("in_title").desc(),
                col("start_offset"))
            .collectAsList()) {
      out.add(
          new Candidate(
              r.getString(0),
              r.getDate(1),
              1,
              new Span(
                  r.getBoolean(2), r.getInt(3), r.getInt(4), r.isNullAt(5) ? null : r.getInt(5))));
    }
    return out;
  }

  /**
   * The output rows ({@link #OUTPUT}) of the chosen contexts, each {@code (index of the candidate,
   * index of the context in it)}, in that order. Term contexts still to be found are found in their
   * articles alone; {@code mismatch} hears of every context that cannot be shown (an article that
   * now gives another number of contexts than its count, or is gone, or no longer holds a stored
   * span).
   */
  List<Row> lines(
      List<Candidate> candidates,
      List<long[]> chosen,
      String term,
      int n,
      int width,
      java.util.function.Consumer<String> mismatch) {
    if (chosen.isEmpty()) return List.of();
    Column rowsOfChosen = ofArticles(candidates, chosen);
    Dataset<Row> articles = table(ArticleRow.TABLE).filter(rowsOfChosen);
    boolean find = candidates.get(0).span() == null;
    Map<String, Row> byId = new HashMap<>();
    Map<String, List<Row>> found = new HashMap<>();
    Map<String, Row> cut = new HashMap<>();
    if (find) {
      for (Row r :
          articles
              .select(
                  col("article_id"),
                  col("published_date"),
                  col("source"),
                  col("title"),
                  call_udf(TermContextsFunction.NAME, col("text"), lit(term), lit(n), lit(width)))
              .collectAsList()) {
        byId.put(r.getString(0), r);
        found.put(r.getString(0), r.getList(4));
      }
    } else {
      for (Row r : cut(candidates, chosen, articles, width)) {
        byId.put(r.getString(0), r);
        if (!r.isNullAt(7)) {
          cut.put(
              key(r.getString(0), new Span(r.getBoolean(4), r.getInt(5), r.getInt(6), null)),
              r.getStruct(7));
        }
      }
    }
    Map<String, Double> tones = new HashMap<>();
    if (filter.lexicon() != null) {
      for (Row r : sentenceTones(polarityHits().filter(rowsOfChosen)).collectAsList()) {
        tones.put(r.getString(0) + "#" + r.getInt(1), r.getDouble(2));
      }
    }
    List<Row> rows = new ArrayList<>(chosen.size());
    Set<String> checked = new HashSet<>();
    for (long[] c : chosen) {
      Candidate k = candidates.get((int) c[0]);
      Row a = byId.get(k.articleId());
      if (a == null) {
        mismatch.accept(
            "article " + k.articleId() + " is no longer in articles: its context " + "is left out");
        continue;
      }
      boolean inTitle;
      int start;
      int end;
      Integer sentence;
      Row line;
      if (find) {
        List<Row> lines = found.get(k.articleId());
        if (checked.add(k.articleId()) && lines.size() != k.count()) {
          mismatch.accept(
              "article "
                  + k.articleId()
                  + " now gives "
                  + lines.size()
                  + " contexts of '"
                  + term
                  + "' where the run counted "
                  + k.count()
                  + " (built with another configuration or release?)");
        }
        if (c[1] >= lines.size()) continue;
        Row l = lines.get((int) c[1]);
        inTitle = false;
        start = l.getInt(0);
        end = l.getInt(1);
        sentence = l.getInt(5);
        line = RowFactory.create(l.getString(2), l.getString(3), l.getString(4));
      } else {
        Span s = k.span();
        inTitle = s.inTitle();
        start = s.start();
        end = s.end();
        sentence = s.sentence();
        line = cut.get(key(k.articleId(), s));
        if (line == null) {
          mismatch.accept(
              "article "
                  + k.articleId()
                  + " has no characters ["
                  + s.start()
                  + ", "
                  + s.end()
                  + ") in its "
                  + (s.inTitle() ? "title" : "text")
                  + " any more: that context is left out");
          continue;
        }
      }
      Double tone =
          filter.lexicon() == null || sentence == null
              ? null
              : tones.getOrDefault(k.articleId() + "#" + sentence, 0.0);
      rows.add(
          RowFactory.create(
              a.getDate(1),
              a.getString(2),
              a.getString(3),
              a.getString(0),
              inTitle,
              start,
              end,
              line.getString(0),
              line.getString(1),
              line.getString(2),
              tone));
    }
    return rows;
  }

  /**
   * The chosen located contexts with their article's {@code (article_id, published_date, source,
   * title, in_title, start_offset, end_offset, line)}, the lines cut in Spark (no article text goes
   * to the driver).
   */
  private List<Row> cut(
      List<Candidate> candidates, List<long[]> chosen, Dataset<Row> articles, int width) {
    List<Row> spans = new ArrayList<>();
    for (long[] c : chosen) {
      Candidate k = candidates.get((int) c[0]);
      spans.add(
          RowFactory.create(k.articleId(), k.span().inTitle(), k.span().start(), k.span().end()));
    }
    StructType schema =
        new StructType()
            .add("article_id", DataTypes.StringType)
            .add("in_title", DataTypes.BooleanType)
            .add("start_offset", DataTypes.IntegerType)
            .add("end_offset", DataTypes.IntegerType);
    return broadcast(spark.createDataFrame(spans, schema))
        .join(articles, "article_id")
        .select(
            col("article_id"),
            col("published_date"),
            col("source"),
            col("title"),
            col("in_title"),
            col("start_offset"),
            col("end_offset"),
            call_udf(
                    KwicLineFunction.NAME,
                    when(col("in_title"), col("title")).otherwise(col("text")),
                    col("start_offset"),
                    col("end_offset"),
                    lit(width))
                .as("line"))
        .collectAsList();
  }

  /**
   * The rows of the chosen contexts' articles in a per-article table: their ids, and their years,
   * so that Delta reads only those years' partitions (a month's contexts read one year of text).
   */
  private static Column ofArticles(List<Candidate> candidates, List<long[]> chosen) {
    Set<String> ids = new HashSet<>();
    Set<Integer> years = new HashSet<>();
    boolean undated = false;
    for (long[] c : chosen) {
      Candidate k = candidates.get((int) c[0]);
      ids.add(k.articleId());
      if (k.date() == null) {
        undated = true;
      } else {
        years.add(k.date().toLocalDate().getYear());
      }
    }
    Column year = years.isEmpty() ? lit(false) : col("year").isin(years.toArray());
    if (undated) year = year.or(col("year").isNull());
    return year.and(col("article_id").isin(ids.toArray()));
  }

  private static String key(String articleId, Span s) {
    return articleId + "#" + s.inTitle() + "#" + s.start() + "#" + s.end();
  }
}
