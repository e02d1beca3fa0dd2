package zeitgeist.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Writes a value of a Spark {@link Row} as JSON, for {@code sql --serve} and {@code status --format
 * json}.
 *
 * <p>Numbers and decimals as JSON numbers (NaN and infinities as the strings {@code "NaN"}, {@code
 * "Infinity"}, {@code "-Infinity"}), dates as {@code 2018-07-16}, timestamps as ISO instants in UTC
 * ({@code 2026-11-22T07:07:40.123Z}), timestamps without time zone as local ISO date-times, arrays
 * as arrays, maps and structs as objects, binary as base64, null as null. Anything else (intervals,
 * variants) as its string form.
 */
final class SparkJsonValues {
  private SparkJsonValues() {}

  /** Writes {@code v}, a value of Spark type {@code type} (null when unknown). */
  static void write(JsonGenerator g, Object v, DataType type) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String str) {
      g.writeString(str);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) g.writeString(d.toString());
      else g.writeNumber(d);
    } else if (v instanceof Float f) {
      if (f.isNaN() || f.isInfinite()) g.writeString(f.toString());
      else g.writeNumber(f);
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
      for (Object e : CollectionConverters.asJava(seq)) write(g, e, element);
      g.writeEndArray();
    } else if (v instanceof scala.collection.Map<?, ?> map) {
      DataType valueType = type instanceof MapType m ? m.valueType() : null;
      g.writeStartObject();
      for (Map.Entry<?, ?> e : CollectionConverters.asJava(map).entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue(), valueType);
      }
      g.writeEndObject();
    } else if (v instanceof Row row) {
      StructType struct =
          row.schema() != null ? row.schema() : type instanceof StructType st ? st : null;
      g.writeStartObject();
      for (int i = 0; i < row.length(); i++) {
        StructField f = struct != null ? struct.fields()[i] : null;
        g.writeFieldName(f != null ? f.name() : "_" + (i + 1));
        write(g, row.isNullAt(i) ? null : row.get(i), f != null ? f.dataType() : null);
      }
      g.writeEndObject();
    } else {
      // Intervals, LocalDateTime (timestamp_ntz), variants: their ISO-like string form.
      g.writeString(v.toString());
    }
  }
}
