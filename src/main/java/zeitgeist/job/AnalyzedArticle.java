package zeitgeist.job;

import java.io.Serializable;
import java.util.List;
import zeitgeist.analysis.ArticleAnalyzer;
import zeitgeist.tables.ArticleEntityRow;
import zeitgeist.tables.ArticleEntitySentimentRow;
import zeitgeist.tables.ArticleSentimentRow;
import zeitgeist.tables.EntityMentionRow;
import zeitgeist.tables.LexiconCategoryRow;
import zeitgeist.tables.LexiconHitRow;
import zeitgeist.tables.PerArticleRow;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleTermRow;

/** An article with its token count set, and its per-article rows. A Java bean for Spark. */
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

  /** An article that is not analysed: no per-article rows. */
  public AnalyzedArticle(ArticleRow article) {
    this(article, null);
  }

  /**
   * An article with its analysis (null: not analysed). The per-article rows are kept without
   * their article's id, date and run, which are the article's own: a run holds every analysed
   * article in memory (a checkpoint) and passes over it once per table, and a few hundred rows an
   * article each repeating two strings made that copy a good deal larger. {@code RunJob} sets
   * them again from the article when it writes the rows.
   */
  public AnalyzedArticle(ArticleRow article, ArticleAnalyzer.Analysis analysis) {
    this.article = article;
    this.terms = bare(analysis == null ? List.of() : analysis.terms());
    this.entities = bare(analysis == null ? List.of() : analysis.entities());
    this.mentions = bare(analysis == null ? List.of() : analysis.mentions());
    this.sentiment = bare(analysis == null ? List.of() : analysis.sentiment());
    this.entitySentiment = bare(analysis == null ? List.of() : analysis.entitySentiment());
    this.categories = bare(analysis == null ? List.of() : analysis.categories());
    this.hits = bare(analysis == null ? List.of() : analysis.hits());
  }

  private static <R extends PerArticleRow> List<R> bare(List<R> rows) {
    for (R r : rows) {
      r.setArticleId(null);
      r.setPublishedDate(null);
      r.setRunId(null);
    }
    return rows;
  }

  public ArticleRow getArticle() { return article; }
  public void setArticle(ArticleRow v) { article = v; }
  public List<ArticleTermRow> getTerms() { return terms; }
  public void setTerms(List<ArticleTermRow> v) { terms = v; }
  public List<ArticleEntityRow> getEntities() { return entities; }
  public void setEntities(List<ArticleEntityRow> v) { entities = v; }
  public List<EntityMentionRow> getMentions() { return mentions; }
  public void setMentions(List<EntityMentionRow> v) { mentions = v; }
  public List<ArticleSentimentRow> getSentiment() { return sentiment; }
  public void setSentiment(List<ArticleSentimentRow> v) { sentiment = v; }
  public List<ArticleEntitySentimentRow> getEntitySentiment() { return entitySentiment; }
  public void setEntitySentiment(List<ArticleEntitySentimentRow> v) { entitySentiment = v; }
  public List<LexiconCategoryRow> getCategories() { return categories; }
  public void setCategories(List<LexiconCategoryRow> v) { categories = v; }
  public List<LexiconHitRow> getHits() { return hits; }
  public void setHits(List<LexiconHitRow> v) { hits = v; }
}
