package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zeitgeist.job.RunFixtures.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.RejectRow;
import zeitgeist.tables.Warehouse;

/**
 * Good articles mixed with every kind of bad input, in every format: the run succeeds, each bad
 * item is one row in {@code rejects} with its reason, and every good article arrives.
 */
class BadInputRunTest {
  /** A folder name Spark's {@code _metadata.file_path} gives URL-encoded (%20, %25). */
  private static final String PARQUET_DIR = "pq 100%";

  @TempDir static Path tmp;
  static Path in;
  static RunFixtures.Result run;
  static Warehouse warehouse;

  private static final String GOOD =
      "Der Stadtrat hat am Abend einen neuen Haushalt beschlossen. "
          + "Die Opposition kritisierte die hohen Ausgaben für den Straßenbau und forderte mehr Geld "
          + "für Schulen und Kindergärten in den Außenbezirken der Stadt.";

  @BeforeAll
  static void run() throws Exception {
    in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("good.txt"), " date 2020-05 " + GOOD);
    Files.createDirectories(in.resolve("sub"));
    Files.write(
        in.resolve("sub/latin1.txt"),
        ("Grüße aus Köln: " + GOOD.replace("Stadtrat", "Gemeinderat"))
            .getBytes(StandardCharsets.ISO_8859_1));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 0});
    Files.writeString(in.resolve("huge.txt"), GOOD.repeat(40));
    Files.write(in.resolve("bad-bytes.txt"), new byte[] {'a', (byte) 0x81, (byte) 0x8D, 'b'});
    Files.writeString(in.resolve("notes.docx"), "not an article");
    Files.writeString(in.resolve(".hidden.txt"), GOOD);
    Files.writeString(
        in.resolve("feed.jsonl"),
        String.join(
            "\n",
            "{\"id\":\"j1\",\"text\":\""
                + GOOD.replace("Stadtrat", "Kreistag")
                + "\","
                + "\"date\":\"2021-03-5\"}",
            "{\"id\":\"j2\",\"text\":\"abgebrochen",
            "{\"id\":\"j3\",\"body\":\"\"}",
            "{\"id\":\"j1\",\"text\":\"" + GOOD + " Noch ein Satz.\"}",
            "{\"id\":\"j4\",\"content\":\""
                + GOOD.replace("Abend", "Morgen")
                + "\","
                + "\"published\":\"23. Oktober 2018\"}"));
    // The same id on lines 9 and 10: line 9 comes first (by line number, not as text).
    Files.writeString(
        in.resolve("ten.jsonl"),
        "\n".repeat(8)
            + "{\"id\":\"t9\",\"text\":\""
            + GOOD.replace("Stadtrat", "Landtag")
            + "\"}\n"
            + "{\"id\":\"t9\",\"text\":\""
            + GOOD.replace("Stadtrat", "Bundestag")
            + "\"}\n");
    try (OutputStream gz =
        new GZIPOutputStream(Files.newOutputStream(in.resolve("old.jsonl.gz")))) {
      gz.write(
          ("{\"headline\":\"Alt\",\"body\":\""
                  + GOOD.replace("Abend", "Nachmittag")
                  + "\",\"pubdate\":1531742400,\"link\":\"https://x.example/alt\"}\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(
        in.resolve("table.csv"),
        "id,text,date\nc1,\""
            + GOOD.replace("Abend", "Vormittag")
            + "\",2022-02-24\nc2,\"offenes Zitat\n");
    SparkSession spark = TestSpark.session();
    spark
        .createDataFrame(
            List.of(
                new ParquetArticle(
                    "p1", GOOD.replace("Abend", "Wochenende"), "2019-03-14 08:30:00"),
                new ParquetArticle("p2", null, null)),
            ParquetArticle.class)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(in.resolve(PARQUET_DIR).toString());
    Files.writeString(in.resolve("broken.parquet"), "PAR1 this is not parquet");

    String wh = tmp.resolve("wh").toString();
    run = cli("run", "--input", in.toString(), "--warehouse", wh, "--max-article-bytes", "2000");
    warehouse = new Warehouse(spark, wh);
  }

  @Test
  void runSucceeds() {
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void everyBadItemIsOneRejectWithItsReason() {
    Dataset<Row> rejects =
        warehouse
            .read(RejectRow.TABLE)
            .selectExpr(
                "substr(input_path, " + (in.toString().length() + 2) + ")", "locator", "reason");
    TreeSet<String> expected =
        new TreeSet<>(
            List.of(
                "bad-bytes.txt\tfile\tbad_encoding",
                "broken.parquet\tfile\tmalformed_parquet",
                "empty.txt\tfile\tempty",
                "feed.jsonl\tline 2\tmalformed_json",
                "feed.jsonl\tline 3\tno_text",
                "feed.jsonl\tline 4\tduplicate_id",
                "huge.txt\tfile\ttoo_large",
                "image.txt\tfile\tbinary",
                "notes.docx\tfile\tunsupported_file",
                "table.csv\trecord 2\tmalformed_csv",
                "ten.jsonl\tline 10\tduplicate_id"));
    TreeSet<String> got = RunFixtures.rows(rejects);
    // The Parquet row without text is rejected too; its file name is Spark's.
    assertEquals(
        1,
        got.stream()
            .filter(r -> r.startsWith(PARQUET_DIR + "/part-") && r.endsWith("\trow 2\tno_text"))
            .count(),
        got.toString());
    got.removeIf(r -> r.startsWith(PARQUET_DIR + "/"));
    assertEquals(expected, got);
    assertEquals(
        0, warehouse.read(RejectRow.TABLE).filter("detail is null or detail = ''").count());
  }

  @Test
  void everyGoodArticleArrivesWithItsDate() {
    Dataset<Row> a =
        warehouse
            .read(ArticleRow.TABLE)
            .selectExpr(
                "article_id", "cast(published_date as string)", "date_precision", "encoding");
    TreeSet<String> rows = RunFixtures.rows(a);
    assertEquals(8, rows.size(), rows.toString());
    assertTrue(rows.contains("good.txt\t2020-05-01\tmonth\tUTF-8"), rows.toString());
    assertTrue(rows.contains("sub/latin1.txt\t\t\twindows-1252"), rows.toString());
    assertTrue(rows.contains("j1\t2021-03-05\tday\tUTF-8"), rows.toString());
    assertTrue(rows.contains("j4\t2018-10-23\tday\tUTF-8"), rows.toString());
    assertTrue(rows.contains("c1\t2022-02-24\tday\tUTF-8"), rows.toString());
    assertTrue(rows.contains("p1\t2019-03-14\tday\tparquet"), rows.toString());
    assertTrue(
        rows.stream().anyMatch(r -> r.startsWith("url:") && r.contains("2018-07-16")),
        rows.toString());
    String latin1 =
        warehouse
            .read(ArticleRow.TABLE)
            .filter("article_id = 'sub/latin1.txt'")
            .first()
            .getAs("text");
    assertTrue(latin1.startsWith("Grüße aus Köln"), latin1);
  }

  /** Regression: the record kept for a repeated id was the first by locator text (line 10). */
  @Test
  void theFirstRecordOfARepeatedIdIsTheFirstByLineNumber() {
    String text =
        warehouse.read(ArticleRow.TABLE).filter("article_id = 't9'").first().getAs("text");
    assertTrue(text.contains("Landtag"), text);
  }

  /** Regression: Parquet rows kept their file's path URL-encoded, unmatched to the listing. */
  @Test
  void parquetRowsKeepTheirInputPathAsListed() {
    String path =
        warehouse.read(ArticleRow.TABLE).filter("article_id = 'p1'").first().getAs("input_path");
    assertTrue(path.startsWith(in + "/" + PARQUET_DIR + "/part-"), path);
    Row file =
        warehouse
            .read(zeitgeist.tables.InputFileRow.TABLE)
            .filter(org.apache.spark.sql.functions.col("input_path").equalTo(path))
            .first();
    assertEquals(1L, file.<Long>getAs("articles"));
    assertEquals(1L, file.<Long>getAs("rejects"));
  }

  @Test
  void summaryCountsTheRejects() {
    assertTrue(
        run.out().contains("rejected 12 (12 not seen before; 2 id clashes), written 8"), run.out());
  }

  /** A Parquet input row. */
  public static class ParquetArticle implements java.io.Serializable {
    private String id;
    private String body;
    private String publishedAt;

    public ParquetArticle() {}

    ParquetArticle(String id, String body, String publishedAt) {
      this.id = id;
      this.body = body;
      this.publishedAt = publishedAt;
    }

    public String getId() {
      return id;
    }

    public void setId(String v) {
      id = v;
    }

    public String getBody() {
      return body;
    }

    public void setBody(String v) {
      body = v;
    }

    public String getPublished_at() {
      return publishedAt;
    }

    public void setPublished_at(String v) {
      publishedAt = v;
    }
  }
}
