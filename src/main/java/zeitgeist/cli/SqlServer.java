package zeitgeist.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import zeitgeist.sql.SqlCatalog;

/**
 * The query side of {@code zeitgeist sql --serve} (requests on stdin, for the notebooks' {@code
 * zeitgeist_sql.py}) and {@code zeitgeist sql --listen} (requests over a socket, {@link
 * SqlSocketServer}): answers Spark SQL queries over one session, so a client pays for the JVM and
 * Spark start-up once.
 *
 * <p>Protocol, one line each way, UTF-8: a request is one JSON object {@code {"sql": "..."}},
 * optionally with {@code "args": {"name": value, ...}} for named parameter markers ({@code :name})
 * in the query (strings, numbers, booleans, null). The answer is one JSON object: {@code
 * {"columns": [...], "types": [...], "rows": [[...], ...]}} with Spark's simple type names ({@code
 * string}, {@code bigint}, {@code date}, {@code array<string>}, ...), or {@code {"error": "one
 * line", "code": 2}} (the exit code {@code zeitgeist sql} gives the same failure: 2 for a statement
 * Spark cannot parse or analyse or the server refuses, 1 for one that failed while running). A
 * request with {@code "render": {"format": "table", "limit": 1000, "max_width": 60}} gets the
 * result printed as {@code zeitgeist sql} prints it: {@code {"text": "...", "cut": false}} ({@code
 * cut}: the result had more rows than the limit). A failed request leaves the server running; a
 * stream ends at the end of its input. {@code {"words": true}} is answered with {@code {"words":
 * [...]}}, the table, view, function and column names (for completion).
 *
 * <p>Values as {@link SparkJsonValues} writes them: numbers as JSON numbers, dates as {@code
 * 2018-07-16}, timestamps as ISO instants in UTC, arrays as arrays, maps and structs as objects.
 * Every row of a result is returned (there is no limit unless {@code render} gives one): use {@code
 * LIMIT} in the query. The rows are collected before the answer is written, so an error while
 * computing them still gives one error line.
 *
 * <p>Freshness: each request first checks whether a run finished since the last one; if so the
 * tables are read at the new run's snapshot from then on (a server started with {@code --as-of-run}
 * stays at its run). Requests are answered one at a time.
 *
 * <p>Writes: unless started with {@code --allow-writes}, a statement that would change anything but
 * the session's temporary views and settings is refused ({@link ReadOnlyStatements}).
 */
final class SqlServer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = JSON.getFactory();

  private SqlCatalog catalog;
  private final SparkSession spark;
  private final boolean allowWrites;

  SqlServer(SqlCatalog catalog, boolean allowWrites) {
    this.catalog = catalog;
    this.spark = catalog.warehouse().spark();
    this.allowWrites = allowWrites;
  }

  boolean allowsWrites() {
    return allowWrites;
  }

  /**
   * Serves stdin and stdout until stdin ends. Anything else that writes to {@code System.out} (a
   * library, a misconfigured log) is sent to stderr, so stdout carries answers only.
   */
  int serveStandardStreams() {
    Writer answers =
        new BufferedWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    System.out.flush();
    System.setOut(System.err);
    try {
      serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), answers);
    } catch (IOException e) {
      throw new UncheckedIOException("stdin or stdout failed: " + e.getMessage(), e);
    }
    return 0;
  }

  /** Answers each line of {@code in} with one line on {@code out}, until {@code in} ends. */
  void serve(BufferedReader in, Writer out) throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      out.write(answer(line));
      out.write('\n');
      out.flush();
    }
  }

  /** The one-line JSON answer to one request line. */
  synchronized String answer(String request) {
    JsonNode req;
    try {
      req = JSON.readTree(request);
    } catch (JsonProcessingException e) {
      return error(SqlFailure.refused("the request is not JSON: expected {\"sql\": \"...\"}"));
    }
    if (req != null && req.path("words").asBoolean(false)) {
      return words();
    }
    if (req == null || !req.isObject() || !req.path("sql").isTextual()) {
      return error(SqlFailure.refused("expected {\"sql\": \"...\"} with the query as a string"));
    }
    JsonNode args = req.path("args");
    if (!args.isMissingNode() && !args.isNull() && !args.isObject()) {
      return error(
          SqlFailure.refused(
              "\"args\" must be an object of named parameters, e.g. {\"entity\": \"Berlin\"}"));
    }
    try {
      String sql = req.get("sql").asText();
      if (!allowWrites) ReadOnlyStatements.check(spark, sql);
      catalog = catalog.current();
      catalog.prepare(sql);
      Dataset<Row> df = args.isObject() ? spark.sql(sql, parameters(args)) : spark.sql(sql);
      if (req.path("render").isObject()) return rendered(df, req.get("render"));
      List<Row> rows = df.collectAsList();
      return result(df.schema(), rows);
    } catch (Exception e) { // Spark's AnalysisException is checked, but not declared
      return error(SqlFailure.of(e));
    } catch (LinkageError | StackOverflowError e) {
      // a class that cannot be loaded (the application jar replaced under a running server), a
      // statement nested too deeply: this request fails, the server goes on
      return error(
          new SqlFailure(
              ZeitgeistCommand.EXIT_FAILURE,
              e.getClass().getSimpleName() + ": " + SqlFailure.firstLine(e),
              null));
    }
  }

  /** {@code {"words": [...]}}: the names the interactive shell completes. */
  private String words() {
    try {
      return JSON.writeValueAsString(Map.of("words", catalog.completionWords()));
    } catch (Exception e) {
      return error(SqlFailure.of(e));
    }
  }

  /** The result printed as {@code zeitgeist sql} prints it, with whether it was cut. */
  private static String rendered(Dataset<Row> df, JsonNode render) throws IOException {
    ResultPrinter.Format format = ResultPrinter.Format.named(render.path("format").asText("table"));
    JsonNode limit = render.path("limit");
    StringWriter text = new StringWriter();
    ResultPrinter printer =
        new ResultPrinter(
            format,
            limit.isIntegralNumber() ? OptionalInt.of(limit.asInt()) : OptionalInt.empty(),
            render.path("max_width").asInt(60),
            new PrintWriter(text));
    boolean cut = printer.print(df);
    StringWriter s = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(s)) {
      g.writeStartObject();
      g.writeStringField("text", text.toString());
      g.writeBooleanField("cut", cut);
      g.writeEndObject();
    }
    return s.toString();
  }

  private static Map<String, Object> parameters(JsonNode args) {
    Map<String, Object> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = args.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      JsonNode v = f.getValue();
      if (v.isContainerNode()) {
        throw new SqlFailure.Refusal(
            "parameter '" + f.getKey() + "' must be a string, number, boolean or null");
      }
      out.put(
          f.getKey(),
          v.isNull()
              ? null
              : v.isTextual()
                  ? v.asText()
                  : v.isBoolean()
                      ? (Object) v.asBoolean()
                      : v.isIntegralNumber()
                          ? (v.canConvertToLong() ? (Object) v.asLong() : v.decimalValue())
                          : v.isBigDecimal() ? v.decimalValue() : (Object) v.asDouble());
    }
    return out;
  }

  private static String result(StructType schema, List<Row> rows) {
    StringWriter s = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(s)) {
      g.writeStartObject();
      g.writeArrayFieldStart("columns");
      for (StructField f : schema.fields()) g.writeString(f.name());
      g.writeEndArray();
      g.writeArrayFieldStart("types");
      for (StructField f : schema.fields()) g.writeString(f.dataType().simpleString());
      g.writeEndArray();
      g.writeArrayFieldStart("rows");
      for (Row r : rows) {
        g.writeStartArray();
        for (int i = 0; i < schema.fields().length; i++) {
          SparkJsonValues.write(g, r.isNullAt(i) ? null : r.get(i), schema.fields()[i].dataType());
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s.toString();
  }

  private static String error(SqlFailure failure) {
    try {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("error", failure.message());
      answer.put("code", failure.code());
      return JSON.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
