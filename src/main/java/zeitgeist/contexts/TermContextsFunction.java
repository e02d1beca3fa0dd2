package zeitgeist.contexts;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The SQL function {@code term_contexts(text, term, n, width)}: the contexts of a term or phrase in
 * one article's text ({@link TermContexts}), as an array of structs {@code (start, end,
 * left_context, match, right_context, sentence)} ({@code sentence}: the index of the sentence the
 * match starts in, as in {@code lexicon_hits}). Registered with every warehouse's views; for
 * example
 *
 * <pre>{@code
 * SELECT a.published_date, a.source, c.*
 * FROM article_terms t JOIN articles a USING (article_id)
 * LATERAL VIEW explode(term_contexts(a.text, t.term, t.n, 60)) x AS c
 * WHERE t.term = 'gespräch' AND t.n = 1
 * }</pre>
 *
 * A null text, term, n or width gives an empty array.
 */
public final class TermContextsFunction
    implements UDF4<String, String, Integer, Integer, List<Row>> {
  private static final long serialVersionUID = 1L;
  public static final String NAME = "term_contexts";
  public static final StructType LINE =
      new StructType()
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("left_context", DataTypes.StringType, false)
          .add("match", DataTypes.StringType, false)
          .add("right_context", DataTypes.StringType, false)
          .add("sentence", DataTypes.IntegerType, false);

  private final TermContexts contexts;

  public TermContextsFunction(boolean keepStopwords) {
    this.contexts = new TermContexts(keepStopwords);
  }

  @Override
  public List<Row> call(String text, String term, Integer n, Integer width) {
    if (text == null || term == null || n == null || width == null) {
      return List.of();
    }
    return contexts.located(text, term, n, Math.max(0, width)).stream()
        .map(
            c ->
                RowFactory.create(
                    c.line().start(),
                    c.line().end(),
                    c.line().left(),
                    c.line().match(),
                    c.line().right(),
                    c.sentence()))
        .toList();
  }
}
