package zeitgeist.contexts;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The SQL function {@code kwic_line(text, start, end, width)}: the keyword-in-context line of
 * {@code text[start, end)} ({@link KwicLine#around}), a struct {@code (left_context, match,
 * right_context)}. With the offsets of {@code entity_mentions} or {@code lexicon_hits}, for example
 *
 * <pre>{@code
 * SELECT a.published_date, kwic_line(a.text, m.start_offset, m.end_offset, 60) AS line
 * FROM entity_mentions m JOIN articles a USING (article_id)
 * WHERE m.entity = 'Wladimir Putin' AND NOT m.in_title
 * }</pre>
 *
 * Null for a null argument or a span outside the text.
 */
public final class KwicLineFunction implements UDF4<String, Integer, Integer, Integer, Row> {
  private static final long serialVersionUID = 1L;
  public static final String NAME = "kwic_line";
  public static final StructType LINE =
      new StructType()
          .add("left_context", DataTypes.StringType, false)
          .add("match", DataTypes.StringType, false)
          .add("right_context", DataTypes.StringType, false);

  @Override
  public Row call(String text, Integer start, Integer end, Integer width) {
    if (text == null
        || start == null
        || end == null
        || width == null
        || start < 0
        || end < start
        || end > text.length()) {
      return null;
    }
    KwicLine l = KwicLine.around(text, start, end, Math.max(0, width));
    return RowFactory.create(l.left(), l.match(), l.right());
  }
}
