package zeitgeist.tables;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A row of {@code article_entities}: one canonical entity in one analysed article, with how often
 * it is mentioned (title and body) and the surface forms it appears as. Canonicalisation rules:
 * {@link zeitgeist.entities.EntityCanonicalizer}. Partitioned by {@code year} of {@code
 * published_date}, like {@code articles}.
 */
public class ArticleEntityRow implements Serializable {
  public static final TableSpec<ArticleEntityRow> TABLE =
      TableSpec.of(
              "article_entities",
              ArticleEntityRow.class,
              "article_id",
              "published_date",
              "entity",
              "type",
              "mentions",
              "surfaces",
              "first_offset",
              "in_title",
              "run_id")
          .partitionedByYear();

  private String articleId;
  private LocalDate publishedDate;
  private String entity;
  private String type;
  private int mentions;
  private List<String> surfaces;
  private Integer firstOffset;
  private boolean inTitle;
  private String runId;

  public ArticleEntityRow() {}

  public String getArticleId() {
    return articleId;
  }

  public void setArticleId(String v) {
    articleId = v;
  }

  public LocalDate getPublishedDate() {
    return publishedDate;
  }

  public void setPublishedDate(LocalDate v) {
    publishedDate = v;
  }

  /** The canonical name ({@code Wladimir Putin}). */
  public String getEntity() {
    return entity;
  }

  public void setEntity(String v) {
    entity = v;
  }

  /** {@code PER}, {@code ORG}, {@code LOC} or {@code MISC}. */
  public String getType() {
    return type;
  }

  public void setType(String v) {
    type = v;
  }

  /** Mentions in the title and the body. */
  public int getMentions() {
    return mentions;
  }

  public void setMentions(int v) {
    mentions = v;
  }

  /** The distinct surface forms, exactly as written, in order of first appearance. */
  public List<String> getSurfaces() {
    return surfaces;
  }

  public void setSurfaces(List<String> v) {
    surfaces = v;
  }

  /** Character offset of the first body mention in {@code articles.text}; null: title only. */
  public Integer getFirstOffset() {
    return firstOffset;
  }

  public void setFirstOffset(Integer v) {
    firstOffset = v;
  }

  /** Mentioned in the title. */
  public boolean getInTitle() {
    return inTitle;
  }

  public void setInTitle(boolean v) {
    inTitle = v;
  }

  public String getRunId() {
    return runId;
  }

  public void setRunId(String v) {
    runId = v;
  }
}
