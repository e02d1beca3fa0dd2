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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@code zeitgeist sql --serve}: answers Spark SQL queries over one session, so a client (the
 * notebooks' {@code zeitgeist_sql.py}) pays for the JVM and Spark start-up once.
 *
 * <p>Protocol, one line each way, UTF-8: a request is one JSON object {@code {"sql": "..."}},
 * optionally with {@code "args": {"name": value, ...}} for named parameter markers ({@code
 * :name}) in the query (strings, numbers, booleans, null). The answer is one JSON object:
 * {@code {"columns": [...], "types": [...], "rows": [[...], ...]}} with Spark's simple type names
 * ({@code string}, {@code bigint}, {@code date}, {@code array<string>}, ...), or {@code {"error":
 * "one line"}}. A failed request leaves the server running; the server ends at the end of its
 * input.
 *
 * <p>Values as {@link SparkJsonValues} writes them: numbers as JSON numbers, dates as {@code
 * 2018-07-16}, timestamps as ISO instants in UTC, arrays as arrays, maps and structs as objects.
 *
 * <p>Every row of a result is returned (there is no {@code --limit}): use {@code LIMIT} in the
 * query. The rows are collected on the driver before the answer is written, so an error while
 * computing them still gives one error line.
 */
final class SqlServer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = JSON.getFactory();

  private final SparkSession spark;

  SqlServer(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Serves stdin and stdout until stdin ends. Anything else that writes to {@code System.out}
   * (a library, a misconfigured log) is sent to stderr, so stdout carries answers only.
   */
  int serveStandardStreams() {
    Writer answers = new BufferedWriter(new OutputStreamWriter(
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
  String answer(String request) {
    JsonNode req;
    try {
      req = JSON.readTree(request);
    } catch (JsonProcessingException e) {
      return error("the request is not JSON: expected {\"sql\": \"...\"}");
    }
    if (req == null || !req.isObject() || !req.path("sql").isTextual()) {
      return error("expected {\"sql\": \"...\"} with the query as a string");
    }
    JsonNode args = req.path("args");
    if (!args.isMissingNode() && !args.isNull() && !args.isObject()) {
      return error("\"args\" must be an object of named parameters, e.g. {\"entity\": \"Berlin\"}");
    }
    try {
      String sql = req.get("sql").asText();
      Dataset<Row> df = args.isObject() ? spark.sql(sql, parameters(args)) : spark.sql(sql);
      List<Row> rows = df.collectAsList();
      return result(df.schema(), rows);
    } catch (Exception e) { // Spark's AnalysisException is checked, but not declared
      return error(firstLine(e));
    }
  }

  private static Map<String, Object> parameters(JsonNode args) {
    Map<String, Object> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = args.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      JsonNode v = f.getValue();
      if (v.isContainerNode()) {
        throw new IllegalArgumentException("parameter '" + f.getKey()
            + "' must be a string, number, boolean or null");
      }
      out.put(f.getKey(), v.isNull() ? null
          : v.isTextual() ? v.asText()
          : v.isBoolean() ? (Object) v.asBoolean()
          : v.isIntegralNumber() ? (v.canConvertToLong() ? (Object) v.asLong() : v.decimalValue())
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
          SparkJsonValues.write(g, r.isNullAt(i) ? null : r.get(i),
              schema.fields()[i].dataType());
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

  private static String error(String message) {
    try {
      return JSON.writeValueAsString(Map.of("error", message));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The exception's first non-blank message line (Spark's messages go on with a plan). */
  private static String firstLine(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName()
        : m.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
            .orElse(e.getClass().getSimpleName());
  }
}
