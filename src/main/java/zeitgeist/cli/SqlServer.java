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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

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
 * <p>Values: numbers and decimals as JSON numbers (NaN and infinities as the strings {@code "NaN"},
 * {@code "Infinity"}, {@code "-Infinity"}), dates as {@code 2018-07-16}, timestamps as ISO
 * instants in UTC ({@code 2026-11-22T07:07:40.123Z}), timestamps without time zone as local ISO
 * date-times, arrays as arrays, maps and structs as objects, binary as base64, null as null.
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
          writeValue(g, r.isNullAt(i) ? null : r.get(i), schema.fields()[i].dataType());
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

  private static void writeValue(JsonGenerator g, Object v, DataType type) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String str) {
      g.writeString(str);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) g.writeString(d.toString()); else g.writeNumber(d);
    } else if (v instanceof Float f) {
      if (f.isNaN() || f.isInfinite()) g.writeString(f.toString()); else g.writeNumber(f);
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (v instanceof Number n) {
      g.writeNumber(n.longValue());
    } else if (v instanceof Date d) {
      g.writeString(d.toLocalDate().toString());
    } else if (v instanceof LocalDate d) {
      g.writeString(d.toString());
    } else if (v instanceof Timestamp t) {
      g.writeString(t.toInstant().toString());
    } else if (v instanceof Instant t) {
      g.writeString(t.toString());
    } else if (v instanceof byte[] bytes) {
      g.writeBinary(bytes);
    } else if (v instanceof scala.collection.Seq<?> seq) {
      DataType element = type instanceof ArrayType a ? a.elementType() : null;
      g.writeStartArray();
      for (Object e : CollectionConverters.asJava(seq)) writeValue(g, e, element);
      g.writeEndArray();
    } else if (v instanceof scala.collection.Map<?, ?> map) {
      DataType valueType = type instanceof MapType m ? m.valueType() : null;
      g.writeStartObject();
      for (Map.Entry<?, ?> e : CollectionConverters.asJava(map).entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        writeValue(g, e.getValue(), valueType);
      }
      g.writeEndObject();
    } else if (v instanceof Row row) {
      StructType struct = row.schema() != null ? row.schema()
          : type instanceof StructType st ? st : null;
      g.writeStartObject();
      for (int i = 0; i < row.length(); i++) {
        StructField f = struct != null ? struct.fields()[i] : null;
        g.writeFieldName(f != null ? f.name() : "_" + (i + 1));
        writeValue(g, row.isNullAt(i) ? null : row.get(i), f != null ? f.dataType() : null);
      }
      g.writeEndObject();
    } else {
      // Intervals, LocalDateTime (timestamp_ntz), variants: their ISO-like string form.
      g.writeString(v.toString());
    }
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
