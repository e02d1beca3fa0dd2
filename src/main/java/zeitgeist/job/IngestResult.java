package zeitgeist.job;

import java.io.Serializable;
import zeitgeist.ingest.ArticleBuilder;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.RejectRow;

/**
 * One built record: exactly one of {@code article} and {@code reject} is set; for an article, the
 * two date flags of its {@link zeitgeist.ingest.ArticleDate}, for the run's counts. A Java bean.
 */
public class IngestResult implements Serializable {
  private ArticleRow article;
  private RejectRow reject;
  private boolean dateUnreadable;
  private boolean dateImplausible;

  public IngestResult() {}

  public IngestResult(ArticleRow article, RejectRow reject) {
    this.article = article;
    this.reject = reject;
  }

  /** The built record's row, with the date flags of an article. */
  static IngestResult of(ArticleBuilder.Built b, String runId) {
    if (b.reject() != null) {
      return new IngestResult(null, TableRows.reject(b.reject(), runId));
    }
    IngestResult r = new IngestResult(TableRows.article(b.article(), runId), null);
    r.dateUnreadable = b.article().date().fieldUnreadable();
    r.dateImplausible = b.article().date().implausible();
    return r;
  }

  public ArticleRow getArticle() {
    return article;
  }

  public void setArticle(ArticleRow v) {
    article = v;
  }

  public RejectRow getReject() {
    return reject;
  }

  public void setReject(RejectRow v) {
    reject = v;
  }

  /** The article's date field was given but is not a date. */
  public boolean isDateUnreadable() {
    return dateUnreadable;
  }

  public void setDateUnreadable(boolean v) {
    dateUnreadable = v;
  }

  /** The article's date (field, or text when the field gave none) is not plausible. */
  public boolean isDateImplausible() {
    return dateImplausible;
  }

  public void setDateImplausible(boolean v) {
    dateImplausible = v;
  }
}
