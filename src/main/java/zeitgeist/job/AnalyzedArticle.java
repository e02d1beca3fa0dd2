package zeitgeist.job;

import java.io.Serializable;
import java.util.List;
import zeitgeist.tables.ArticleEntityRow;
import zeitgeist.tables.ArticleEntitySentimentRow;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleSentimentRow;
import zeitgeist.tables.ArticleTermRow;
import zeitgeist.tables.EntityMentionRow;
import zeitgeist.tables.LexiconCategoryRow;
import zeitgeist.tables.LexiconHitRow;

/**
 * An article with its token count set, and its per-article rows ({@link TableRows#analyzed}). A
 * Java bean for Spark.
 */
public class AnalyzedArticle implements Serializable {
  private ArticleRow article;
  private List<ArticleTermRow> terms;
  private List<ArticleEntityRow> entities;
  private List<EntityMentionRow> mentions;
  private List<ArticleSentimentRow> sentiment;
  private List<ArticleEntitySentimentRow> entitySentiment;
  private List<LexiconCategoryRow> categories;
  private List<LexiconHitRow> hits;

  public AnalyzedArticle() {}

  public ArticleRow getArticle() {
    return article;
  }

  public void setArticle(ArticleRow v) {
    article = v;
  }

  public List<ArticleTermRow> getTerms() {
    return terms;
  }

  public void setTerms(List<ArticleTermRow> v) {
    terms = v;
  }

  public List<ArticleEntityRow> getEntities() {
    return entities;
  }

  public void setEntities(List<ArticleEntityRow> v) {
    entities = v;
  }

  public List<EntityMentionRow> getMentions() {
    return mentions;
  }

  public void setMentions(List<EntityMentionRow> v) {
    mentions = v;
  }

  public List<ArticleSentimentRow> getSentiment() {
    return sentiment;
  }

  public void setSentiment(List<ArticleSentimentRow> v) {
    sentiment = v;
  }

  public List<ArticleEntitySentimentRow> getEntitySentiment() {
    return entitySentiment;
  }

  public void setEntitySentiment(List<ArticleEntitySentimentRow> v) {
    entitySentiment = v;
  }

  public List<LexiconCategoryRow> getCategories() {
    return categories;
  }

  public void setCategories(List<LexiconCategoryRow> v) {
    categories = v;
  }

  public List<LexiconHitRow> getHits() {
    return hits;
  }

  public void setHits(List<LexiconHitRow> v) {
    hits = v;
  }
}
