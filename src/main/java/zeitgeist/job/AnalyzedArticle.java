package zeitgeist.job;

import java.io.Serializable;
import java.util.List;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleTermRow;

/** An article with its token count set, and its term rows. A Java bean for Spark. */
public class AnalyzedArticle implements Serializable {
  private ArticleRow article;
  private List<ArticleTermRow> terms;

  public AnalyzedArticle() {}

  public AnalyzedArticle(ArticleRow article, List<ArticleTermRow> terms) {
    this.article = article;
    this.terms = terms;
  }

  public ArticleRow getArticle() { return article; }
  public void setArticle(ArticleRow v) { article = v; }
  public List<ArticleTermRow> getTerms() { return terms; }
  public void setTerms(List<ArticleTermRow> v) { terms = v; }
}
