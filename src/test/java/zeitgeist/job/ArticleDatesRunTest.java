package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zeitgeist.job.RunFixtures.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.Warehouse;

/**
 * Date fields that cannot be read and dates that cannot be true, from JSON Lines, CSV, a typed
 * Parquet date column and a dateline: the raw field value is kept, the date left empty with its
 * reason in {@code date_origin}, and both kinds counted in the summary line and in {@code runs}.
 */
class ArticleDatesRunTest {
  private static final String BODY =
      "Der Stadtrat hat am Abend einen neuen Haushalt beschlossen. "
          + "Die Opposition kritisierte die hohen Ausgaben für den Straßenbau in der Stadt.";

  @TempDir static Path tmp;
  static Path in;
  static RunFixtures.Result run;
  static Warehouse warehouse;

  private static String line(String id, String dateJson, String text) {
    return "{\"id\":\""
        + id
        + "\","
        + (dateJson == null ? "" : "\"date\":" + dateJson + ",")
        + "\"text\":\""
        + text
        + "\"}";
  }

  @BeforeAll
  static void run() throws Exception {
    in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("feed.jsonl"),
        String.join(
                "\n",
                line("a1", "\"2021-13-45\"", BODY.replace("Abend", "Morgen")),
                line("a2", "[\"2020-01-01\"]", BODY.replace("Abend", "Mittag")),
                line("a3", "\"2099-01-01\"", BODY.replace("Abend", "Nachmittag")),
                line(
                    "a4",
                    "\"kaputt\"",
                    "5. Juli 2017, 18:42 Uhr | Haushalt beschlossen\\n"
                        + BODY.replace("Abend", "Vormittag")),
                line(
                    "a5",
                    null,
                    "5. Juli 2098, 18:42 Uhr | Haushalt beschlossen\\n"
                        + BODY.replace("Abend", "Wochenende")),
                line("a6", "\"2021-03-05\"", BODY))
            + "\n");
    Files.writeString(
        in.resolve("table.csv"),
        "id,text,date\nc1,\"" + BODY.replace("Stadtrat", "Gemeinderat") + "\",2199-12-31\n");
    SparkSession spark = TestSpark.session();
    spark
        .sql(
            "SELECT 'p1' AS id, '"
                + BODY.replace("Stadtrat", "Kreistag")
                + "' AS text, DATE'2099-06-01' AS date UNION ALL SELECT 'p2', '"
                + BODY.replace("Stadtrat", "Landtag")
                + "', DATE'2019-03-14'")
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(in.resolve("pq").toString());
    String wh = tmp.resolve("wh").toString();
    run = cli("run", "--input", in.toString(), "--warehouse", wh);
    warehouse = new Warehouse(spark, wh);
  }

  @Test
  void rawValueIsKeptAndTheReasonGiven() {
    assertEquals(0, run.exitCode(), run.err());
    TreeSet<String> expected =
        new TreeSet<>(
            List.of(
                "a1\t\t\tfield_unreadable\t2021-13-45",
                "a2\t\t\tfield_unreadable\t[\"2020-01-01\"]",
                "a3\t\t\tfield_implausible\t2099-01-01",
                "a4\t2017-07-05\tday\tdateline\tkaputt",
                "a5\t\t\tdateline_implausible\t",
                "a6\t2021-03-05\tday\tfield\t2021-03-05",
                "c1\t\t\tfield_implausible\t2199-12-31",
                "p1\t\t\tfield_implausible\t2099-06-01",
                "p2\t2019-03-14\tday\tfield\t2019-03-14"));
    assertEquals(
        expected,
        RunFixtures.rows(
            warehouse
                .read(ArticleRow.TABLE)
                .select(
                    "article_id", "published_date", "date_precision", "date_origin", "date_raw")));
  }

  @Test
  void summaryAndRunsCountUnreadableAndImplausibleDates() {
    assertTrue(run.out().contains("dates: 3 fields unreadable, 4 implausible"), run.out());
    Row r = warehouse.read(RunRow.TABLE).first();
    assertEquals(3L, (long) r.getAs("dates_unreadable"), "a1, a2 and a4 (dated by its dateline)");
    assertEquals(4L, (long) r.getAs("dates_implausible"), "a3, a5, c1, p1");
  }
}
