package zeitgeist.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zeitgeist.job.RunFixtures.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleTermRow;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.Warehouse;

/**
 * Short German texts are analysed: a headline or one sentence is German when its function words say
 * so, and a few words without them, or a text the detector gives a label it over-predicts ({@code
 * nds}), take the corpus language. The run's summary and {@code runs.languages} count the articles
 * per language; {@code --language de} marks every article German without identifying.
 */
class ShortTextLanguageRunTest {
  @TempDir Path tmp;

  private static final String LONG =
      "Der Stadtrat hat am Abend einen neuen Haushalt beschlossen. "
          + "Die Opposition kritisierte die hohen Ausgaben für den Straßenbau.";

  private Path corpus() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("feed.jsonl"),
        String.join(
            "\n",
            "{\"id\":\"pos\",\"text\":\"Das Treffen war gut.\",\"date\":\"2020-01-01\"}",
            "{\"id\":\"few\",\"text\":\"Merkel in Paris\",\"date\":\"2020-01-01\"}",
            "{\"id\":\"digits\",\"text\":\"+++ 1:0 +++\",\"date\":\"2020-01-01\"}",
            "{\"id\":\"lowtrust\",\"text\":\"Bilanz * Umsatz: Siemens Healthineers AG\","
                + "\"date\":\"2020-01-01\"}",
            "{\"id\":\"long1\",\"text\":\"" + LONG + "\",\"date\":\"2020-01-02\"}",
            "{\"id\":\"long2\",\"text\":\""
                + LONG.replace("Stadtrat", "Kreistag")
                + "\",\"date\":\"2020-01-02\"}",
            "{\"id\":\"en\",\"text\":\"Stocks fell sharply on Friday after the central bank raised "
                + "interest rates.\",\"date\":\"2020-01-03\"}",
            ""));
    return in;
  }

  private Map<String, String> languages(Warehouse w) {
    Map<String, String> out = new TreeMap<>();
    for (Row r : w.read(ArticleRow.TABLE).select("article_id", "language").collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }

  @Test
  void shortGermanTextsAreAnalysedAndLanguagesCounted() throws Exception {
    Path in = corpus();
    String wh = tmp.resolve("wh").toString();
    RunFixtures.Result r = cli("run", "--input", in.toString(), "--warehouse", wh, "--ner", "none");
    assertEquals(0, r.exitCode(), r.err());
    Warehouse w = new Warehouse(TestSpark.session(), wh);
    assertEquals(
        Map.of(
            "pos",
            "de",
            "few",
            "de",
            "digits",
            "und",
            "lowtrust",
            "de",
            "long1",
            "de",
            "long2",
            "de",
            "en",
            "en"),
        languages(w));
    assertTrue(
        w.read(ArticleTermRow.TABLE)
                .filter(col("article_id").equalTo("pos"))
                .filter(col("term").equalTo("treffen"))
                .count()
            == 1,
        "the short text has its terms");
    Row nTokens =
        w.read(ArticleRow.TABLE)
            .filter(col("article_id").equalTo("pos"))
            .select("n_tokens")
            .first();
    assertEquals(4, nTokens.getInt(0), "Das Treffen war gut: 4 word tokens");

    assertTrue(
        r.out().contains("languages de 5, en 1, und 1 (und: no language found, not " + "analysed)"),
        r.out());
    List<Row> runs = w.read(RunRow.TABLE).select("languages").collectAsList();
    assertEquals(1, runs.size());
    assertEquals(
        Map.of("de", 5L, "en", 1L, "und", 1L),
        new TreeMap<>(runs.get(0).<String, Long>getJavaMap(0)));
  }

  @Test
  void languageOptionMarksEveryArticleWithoutIdentifying() throws Exception {
    Path in = corpus();
    String wh = tmp.resolve("wh-de").toString();
    RunFixtures.Result r =
        cli(
            "run",
            "--input",
            in.toString(),
            "--warehouse",
            wh,
            "--ner",
            "none",
            "--language",
            "de");
    assertEquals(0, r.exitCode(), r.err());
    Warehouse w = new Warehouse(TestSpark.session(), wh);
    assertTrue(languages(w).values().stream().allMatch("de"::equals), languages(w).toString());
    String config = w.read(RunRow.TABLE).select("config").first().getString(0);
    assertTrue(config.contains("\"language\":\"de\""), config);
  }
}
