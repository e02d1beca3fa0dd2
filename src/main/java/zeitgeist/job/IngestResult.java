package zeitgeist.job;

import java.io.Serializable;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.RejectRow;

/** One built record: exactly one of {@code article} and {@code reject} is set. A Java bean. */
public class IngestResult implements Serializable {
  private ArticleRow article;
  private RejectRow reject;

  public IngestResult() {}

  public IngestResult(ArticleRow article, RejectRow reject) {
    this.article = article;
    this.reject = reject;
  }

  public ArticleRow getArticle() { return article; }
  public void setArticle(ArticleRow v) { article = v; }
  public RejectRow getReject() { return reject; }
  public void setReject(RejectRow v) { reject = v; }
}
