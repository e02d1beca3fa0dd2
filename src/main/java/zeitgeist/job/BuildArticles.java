package zeitgeist.job;

import java.time.LocalDate;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.util.LongAccumulator;
import zeitgeist.config.IdScope;
import zeitgeist.config.IngestOptions;
import zeitgeist.ingest.ArticleBuilder;
import zeitgeist.ingest.RawRecord;

/**
 * Spark function: raw records → built articles or rejects, one {@link ArticleBuilder} a partition.
 * Languages are left null here and identified by {@link AnalyzeArticles}, only for the articles the
 * run writes. Each record built adds one to the run's progress counter, when there is one.
 */
public final class BuildArticles implements MapPartitionsFunction<RawRecord, IngestResult> {
  private final long maxArticleBytes;
  private final IdScope idScope;
  private final String runId;
  private final LocalDate runDate;
  private final LongAccumulator built;

  /**
   * @param runDate the date the run started (UTC), by which dates are judged plausible
   * @param built counts the records built, for the progress lines; null for none
   */
  public BuildArticles(
      IngestOptions options, String runId, LocalDate runDate, LongAccumulator built) {
    this.maxArticleBytes = options.maxArticleBytes();
    this.idScope = options.idScope();
    this.runId = runId;
    this.runDate = runDate;
    this.built = built;
  }

  @Override
  public Iterator<IngestResult> call(Iterator<RawRecord> records) {
    ArticleBuilder builder = new ArticleBuilder(maxArticleBytes, runDate, idScope);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public IngestResult next() {
        IngestResult r = IngestResult.of(builder.build(records.next()), runId);
        if (built != null) {
          built.add(1);
        }
        return r;
      }
    };
  }
}
