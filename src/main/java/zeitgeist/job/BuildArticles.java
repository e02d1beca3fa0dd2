package zeitgeist.job;

import java.time.LocalDate;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import zeitgeist.config.IdScope;
import zeitgeist.config.IngestOptions;
import zeitgeist.ingest.ArticleBuilder;
import zeitgeist.ingest.RawRecord;

/**
 * Spark function: raw records → built articles or rejects, one {@link ArticleBuilder} a partition.
 * Languages are left null here and identified by {@link AnalyzeArticles}, only for the articles
 * the run writes.
 */
public final class BuildArticles implements MapPartitionsFunction<RawRecord, IngestResult> {
  private final long maxArticleBytes;
  private final IdScope idScope;
  private final String runId;
  private final LocalDate runDate;

  /** @param runDate the date the run started (UTC), by which dates are judged plausible */
  public BuildArticles(IngestOptions options, String runId, LocalDate runDate) {
    this.maxArticleBytes = options.maxArticleBytes();
    this.idScope = options.idScope();
    this.runId = runId;
    this.runDate = runDate;
  }

  @Override
  public Iterator<IngestResult> call(Iterator<RawRecord> records) {
    ArticleBuilder builder = new ArticleBuilder(maxArticleBytes, false, runDate, idScope);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public IngestResult next() {
        return IngestResult.of(builder.build(records.next(), runId));
      }
    };
  }
}
