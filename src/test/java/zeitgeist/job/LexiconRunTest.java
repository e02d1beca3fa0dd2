package zeitgeist.job;

import static org.apache.spark.sql.functions.expr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zeitgeist.job.RunFixtures.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.analysis.ArticleAnalyzer;
import zeitgeist.config.AnalysisOptions;
import zeitgeist.tables.ArticleEntityRow;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleSentimentRow;
import zeitgeist.tables.LexiconCategoryRow;
import zeitgeist.tables.LexiconHitRow;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.Warehouse;

/**
 * Several lexicons in one run, in all three formats (SentiWS, TSV, LIWC-style), with {@code --ner
 * none}: each polarity lexicon gives a row per article, the category lexicon a row per matched
 * category, all equal to the pure-Java analyser's rows; the configuration names every lexicon with
 * its content hash.
 */
class LexiconRunTest {
  @TempDir Path tmp;

  @Test
  void threeFormatsInOneRun() throws Exception {
    Path lex = TestSpark.projectDir().resolve("src/test/resources/lexicons");
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("a.txt"),
        "Der Erfolg war gut. Die Freunde waren glücklich, "
            + "aber die Angst vor der Krise blieb.");
    Files.writeString(
        in.resolve("b.txt"),
        "Das Projekt ist nicht gut gelaufen. Niemand war "
            + "glücklich, und die Kritiker kritisieren die Pläne.");
    String wh = tmp.resolve("wh").toString();
    String[] lexicons = {
      "--lexicon",
      "sws=sentiws:" + lex.resolve("sentiws"),
      "--lexicon",
      lex.resolve("test-polarity.tsv").toString(),
      "--lexicon",
      "cats=" + lex.resolve("test-categories.dic")
    };
    RunFixtures.Result r =
        cli(
            concat(
                new String[] {"run", "--input", in.toString(), "--warehouse", wh, "--ner", "none"},
                lexicons));
    assertEquals(0, r.exitCode(), r.err());

    Warehouse w = new Warehouse(TestSpark.session(), wh);
    assertEquals(0, w.read(ArticleEntityRow.TABLE).count(), "--ner none");
    List<ArticleRow> articles = w.readTyped(ArticleRow.TABLE).collectAsList();
    ArticleAnalyzer analyzer =
        ArticleAnalyzer.forOptions(
            AnalysisOptions.of(
                false, "none", List.of(), List.of(lexicons[1], lexicons[3], lexicons[5])));
    TreeSet<String> sentiment = new TreeSet<>();
    TreeSet<String> categories = new TreeSet<>();
    for (ArticleRow a : articles) {
      AnalyzedArticle an = TableRows.analyzed(a, analyzer.analyse(a.getTitle(), a.getText()));
      an.getSentiment()
          .forEach(
              s ->
                  sentiment.add(
                      String.join(
                          "\t",
                          s.getArticleId(),
                          s.getLexicon(),
                          "" + s.getHits(),
                          "" + s.getNegatedHits(),
                          RunFixtures.num(s.getPositive()),
                          RunFixtures.num(s.getNegative()))));
      an.getCategories()
          .forEach(
              c ->
                  categories.add(
                      String.join(
                          "\t",
                          c.getArticleId(),
                          c.getLexicon(),
                          c.getCategory(),
                          "" + c.getHits(),
                          "" + c.getNegatedHits(),
                          RunFixtures.num(c.getWeightSum()))));
    }
    assertEquals(4, sentiment.size(), "two articles, two polarity lexicons");
    assertTrue(categories.stream().anyMatch(c -> c.contains("\tposemo\t")), categories.toString());
    assertTrue(
        sentiment.stream().anyMatch(s -> s.contains("\tsws\t") && !s.split("\t")[3].equals("0")),
        "a negated SentiWS hit: " + sentiment);

    TreeSet<String> stored = new TreeSet<>();
    for (Row x :
        w.read(ArticleSentimentRow.TABLE)
            .selectExpr("article_id", "lexicon", "hits", "negated_hits", "positive", "negative")
            .collectAsList()) {
      stored.add(
          String.join(
              "\t",
              x.getString(0),
              x.getString(1),
              "" + x.getLong(2),
              "" + x.getLong(3),
              RunFixtures.num(x.getDouble(4)),
              RunFixtures.num(x.getDouble(5))));
    }
    assertEquals(sentiment, stored);
    TreeSet<String> storedCategories = new TreeSet<>();
    for (Row x :
        w.read(LexiconCategoryRow.TABLE)
            .selectExpr("article_id", "lexicon", "category", "hits", "negated_hits", "weight_sum")
            .collectAsList()) {
      storedCategories.add(
          String.join(
              "\t",
              x.getString(0),
              x.getString(1),
              x.getString(2),
              "" + x.getLong(3),
              "" + x.getLong(4),
              RunFixtures.num(x.getDouble(5))));
    }
    assertEquals(categories, storedCategories);
    TreeSet<String> categoryHits = new TreeSet<>();
    for (Row x :
        w.read(LexiconHitRow.TABLE)
            .filter("kind = 'categories'")
            .groupBy("article_id", "lexicon", "category")
            .agg(expr("count(*)"), expr("count_if(negated)"), expr("sum(score)"))
            .collectAsList()) {
      categoryHits.add(
          String.join(
              "\t",
              x.getString(0),
              x.getString(1),
              x.getString(2),
              "" + x.getLong(3),
              "" + x.getLong(4),
              RunFixtures.num(x.getDouble(5))));
    }
    assertEquals(categories, categoryHits, "the category hits add up to the categories' rows");

    String config = w.read(RunRow.TABLE).first().getAs("config");
    assertTrue(
        config.contains("{\"name\":\"sws\",\"format\":\"sentiws\",\"hash\":\"")
            && config.contains("{\"name\":\"test-polarity\",\"format\":\"tsv\"")
            && config.contains("{\"name\":\"cats\",\"format\":\"liwc\""),
        config);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
