package zeitgeist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;
import zeitgeist.TestSpark;
import zeitgeist.job.SampleWarehouse;
import zeitgeist.sql.SqlCatalog;

/**
 * {@code zeitgeist sql --serve} over the sample warehouse, driven through pipes as a notebook
 * drives it: one request line in, one answer line out, each answered before the next is sent.
 */
class SqlServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static SparkSession spark;
  static Writer requests;
  static BufferedReader answers;
  static Thread server;
  static final AtomicReference<Throwable> failure = new AtomicReference<>();

  @BeforeAll
  static void start() throws IOException {
    spark = TestSpark.session();
    SqlCatalog catalog = SqlCatalog.register(SampleWarehouse.get().warehouse());
    PipedOutputStream toServer = new PipedOutputStream();
    PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
    PipedOutputStream serverOut = new PipedOutputStream();
    PipedInputStream fromServer = new PipedInputStream(serverOut, 1 << 20);
    requests = new OutputStreamWriter(toServer, StandardCharsets.UTF_8);
    answers = new BufferedReader(new InputStreamReader(fromServer, StandardCharsets.UTF_8));
    server =
        new Thread(
            () -> {
              try (Writer out = new OutputStreamWriter(serverOut, StandardCharsets.UTF_8)) {
                new SqlServer(catalog, false)
                    .serve(
                        new BufferedReader(new InputStreamReader(serverIn, StandardCharsets.UTF_8)),
                        out);
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "sql-server");
    server.start();
  }

  @AfterAll
  static void stop() throws Exception {
    requests.close();
    server.join(30_000);
    assertFalse(server.isAlive(), "the server ends when its input ends");
    assertEquals(null, failure.get());
    assertEquals(null, answers.readLine(), "nothing after the last answer");
  }

  /** Sends one request line and reads its one answer line. */
  private static JsonNode ask(String requestLine) throws IOException {
    requests.write(requestLine + "\n");
    requests.flush();
    String line = answers.readLine();
    assertTrue(line != null, "an answer line");
    return JSON.readTree(line);
  }

  private static JsonNode query(String sql) throws IOException {
    return ask(JSON.writeValueAsString(java.util.Map.of("sql", sql)));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void articlesAsSparkReturnsThem() throws IOException {
    String sql =
        "SELECT article_id, published_date, n_tokens, n_chars, duplicate_of,"
            + " source FROM articles ORDER BY article_id";
    JsonNode a = query(sql);
    assertEquals(
        List.of("article_id", "published_date", "n_tokens", "n_chars", "duplicate_of", "source"),
        texts(a.get("columns")));
    assertEquals(
        List.of("string", "date", "int", "int", "string", "string"), texts(a.get("types")));
    List<Row> expected = spark.sql(sql).collectAsList();
    assertEquals(expected.size(), a.get("rows").size());
    for (int i = 0; i < expected.size(); i++) {
      Row e = expected.get(i);
      JsonNode r = a.get("rows").get(i);
      assertEquals(e.getString(0), r.get(0).asText());
      assertEquals(
          e.isNullAt(1) ? null : e.getDate(1).toLocalDate().toString(),
          r.get(1).isNull() ? null : r.get(1).asText(),
          "ISO date or null");
      assertEquals(
          e.isNullAt(2) ? null : (Object) (long) e.getInt(2),
          r.get(2).isNull() ? null : (Object) r.get(2).asLong(),
          "n_tokens, null when not analysed");
      assertTrue(r.get(3).isIntegralNumber());
      assertEquals(e.getInt(3), r.get(3).asInt());
      assertEquals(e.isNullAt(4), r.get(4).isNull());
      assertEquals(
          e.isNullAt(5) ? null : e.getString(5), r.get(5).isNull() ? null : r.get(5).asText());
    }
  }

  @Test
  void arraysBooleansAndDoublesAsSparkReturnsThem() throws IOException {
    String sql =
        "SELECT e.article_id, e.entity, e.surfaces, e.in_title, e.mentions,"
            + " t.tone FROM article_entities e"
            + " LEFT JOIN entity_tone t ON t.article_id = e.article_id AND t.entity = e.entity"
            + " AND t.type = e.type ORDER BY e.article_id, e.entity, e.type";
    JsonNode a = query(sql);
    assertEquals(
        List.of("string", "string", "array<string>", "boolean", "int", "double"),
        texts(a.get("types")));
    List<Row> expected = spark.sql(sql).collectAsList();
    assertTrue(expected.size() > 20, "the sample has entities");
    assertEquals(expected.size(), a.get("rows").size());
    for (int i = 0; i < expected.size(); i++) {
      Row e = expected.get(i);
      JsonNode r = a.get("rows").get(i);
      assertEquals(e.getString(1), r.get(1).asText());
      assertTrue(r.get(2).isArray());
      assertEquals(
          CollectionConverters.asJava(e.<scala.collection.Seq<String>>getAs(2)), texts(r.get(2)));
      assertEquals(e.getBoolean(3), r.get(3).asBoolean());
      assertEquals(e.getInt(4), r.get(4).asInt());
      if (e.isNullAt(5)) {
        assertTrue(r.get(5).isNull());
      } else {
        assertEquals(e.getDouble(5), r.get(5).asDouble(), 0.0, "doubles round-trip exactly");
      }
    }
  }

  @Test
  void everyRowIsReturnedBeyondTheCommandLinesTableLimit() throws IOException {
    JsonNode a = query("SELECT id FROM range(0, 2500, 1, 3)");
    assertEquals(2500, a.get("rows").size(), "no limit in --serve");
    assertEquals(2499, a.get("rows").get(2499).get(0).asLong(), "in order, to the last row");
  }

  @Test
  void literalsOfEveryKind() throws IOException {
    JsonNode a =
        query(
            "SELECT CAST(12.50 AS DECIMAL(5,2)) AS d, DATE'2018-07-16' AS day,"
                + " TIMESTAMP'2018-07-16 20:15:00' AS ts, CAST(NULL AS BIGINT) AS nothing,"
                + " CAST('NaN' AS DOUBLE) AS nan, map('a', 1) AS m, named_struct('x', 1, 'y', 'z') AS s,"
                + " array(array(1, 2), array()) AS nested");
    assertEquals(
        List.of(
            "decimal(5,2)",
            "date",
            "timestamp",
            "bigint",
            "double",
            "map<string,int>",
            "struct<x:int,y:string>",
            "array<array<int>>"),
        texts(a.get("types")));
    assertEquals(
        "[[12.5,\"2018-07-16\",\"2018-07-16T20:15:00Z\",null,\"NaN\",{\"a\":1},"
            + "{\"x\":1,\"y\":\"z\"},[[1,2],[]]]]",
        a.get("rows").toString(),
        "decimals as numbers, timestamps as UTC instants, NaN as a string");
  }

  @Test
  void aBadQueryGivesOneErrorLineAndTheServerGoesOn() throws IOException {
    JsonNode bad = query("SELECT nope FROM no_such_table");
    assertTrue(bad.has("error") && bad.size() == 2, bad.toString());
    assertEquals(2, bad.get("code").asInt(), "cannot be analysed: exit code 2, as sql gives");
    assertTrue(bad.get("error").asText().contains("no_such_table"), bad.toString());
    assertFalse(bad.get("error").asText().contains("\n"));

    JsonNode failsWhileRunning = query("SELECT 1 / 0 AS x");
    assertTrue(failsWhileRunning.has("error"), failsWhileRunning.toString());
    assertEquals(1, failsWhileRunning.get("code").asInt(), "failed while running: 1");

    JsonNode notJson = ask("SELECT 1");
    assertEquals(
        "the request is not JSON: expected {\"sql\": \"...\"}", notJson.get("error").asText());
    assertTrue(ask("{\"query\": \"SELECT 1\"}").has("error"));
    assertTrue(ask("").has("error"), "an empty line is answered too");

    JsonNode next = query("SELECT count(*) AS n FROM articles");
    assertEquals(
        spark.sql("SELECT count(*) FROM articles").first().getLong(0),
        next.get("rows").get(0).get(0).asLong());
    assertEquals("bigint", next.get("types").get(0).asText());
  }

  @Test
  void namedParameters() throws IOException {
    String top =
        spark
            .sql("SELECT entity FROM entity_frequency ORDER BY articles DESC, entity" + " LIMIT 1")
            .first()
            .getString(0);
    JsonNode a =
        ask(
            JSON.writeValueAsString(
                java.util.Map.of(
                    "sql",
                    "SELECT articles FROM entity_frequency WHERE entity = :entity AND articles >= :min",
                    "args",
                    java.util.Map.of("entity", top, "min", 1))));
    assertTrue(a.has("rows"), a.toString());
    assertEquals(1, a.get("rows").size(), a.toString());
    assertTrue(ask("{\"sql\": \"SELECT :x\", \"args\": [1]}").has("error"));
  }

  private static void assertUsageError(String expectedLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        ZeitgeistCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    assertEquals(2, code);
    assertEquals(expectedLine, err.toString().strip());
    assertEquals("", out.toString());
  }

  @Test
  void serveTakesNoQueryAndNoFile() {
    String wh = SampleWarehouse.get().dir();
    String line =
        "zeitgeist sql: error: --serve reads its queries from stdin; give no QUERY or " + "--file";
    assertUsageError(line, "sql", "--warehouse", wh, "--serve", "SELECT 1");
    assertUsageError(line, "sql", "--warehouse", wh, "--serve", "--file", "queries.sql");
  }
}
