package zeitgeist.job;

import java.io.Serializable;
import java.util.List;
import zeitgeist.tables.ArticleEntityRow;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleTermRow;

/** An article with its token count set, and its per-article rows. A Java bean for Spark. */
public class AnalyzedArticle implements Serializable {
  private ArticleRow article;
  private List<ArticleTermRow> terms;
  private List<ArticleEntityRow> entities;

  public AnalyzedArticle() {}

  public AnalyzedArticle(ArticleRow article, List<ArticleTermRow> terms,
      List<ArticleEntityRow> entities) {
    this.article = article;
    this.terms = terms;
    this.entities = entities;
  }

  public ArticleRow getArticle() { return article; }
  public void setArticle(ArticleRow v) { article = v; }
  public List<ArticleTermRow> getTerms() { return terms; }
  public void setTerms(List<ArticleTermRow> v) { terms = v; }
  public List<ArticleEntityRow> getEntities() { return entities; }
  public void setEntities(List<ArticleEntityRow> v) { entities = v; }
}
