package zeitgeist.tables;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of {@code entity_mentions}: one mention of one canonical entity of {@code
 * article_entities}, where it is written. An entity has as many rows in an article as its {@code
 * mentions} there (title and body), so these rows are the contexts behind every entity count.
 * Offsets are Java {@code String} indices (UTF-16 units, from 0; {@code end_offset} exclusive) into
 * {@code articles.title} for a title mention, into {@code articles.text} for a body mention. A body
 * mention carries the index of the sentence holding its first character (from 0, the sentences the
 * lexicon statistics use) and that sentence's span; a title mention has none. Partitioned by {@code
 * year} of {@code published_date}, like {@code articles}.
 */
public class EntityMentionRow implements Serializable {
  public static final TableSpec<EntityMentionRow> TABLE =
      TableSpec.of(
              "entity_mentions",
              EntityMentionRow.class,
              "article_id",
              "published_date",
              "entity",
              "type",
              "in_title",
              "start_offset",
              "end_offset",
              "surface",
              "sentence",
              "sentence_start",
              "sentence_end",
              "run_id")
          .partitionedByYear();

  private String articleId;
  private LocalDate publishedDate;
  private String entity;
  private String type;
  private boolean inTitle;
  private int startOffset;
  private int endOffset;
  private String surface;
  private Integer sentence;
  private Integer sentenceStart;
  private Integer sentenceEnd;
  private String runId;

  public EntityMentionRow() {}

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

  /** The canonical name, as in {@code article_entities}. */
  public String getEntity() {
    return entity;
  }

  public void setEntity(String v) {
    entity = v;
  }

  /** The entity's type, as in {@code article_entities}. */
  public String getType() {
    return type;
  }

  public void setType(String v) {
    type = v;
  }

  /** True: the offsets point into the title; false: into the body text. */
  public boolean getInTitle() {
    return inTitle;
  }

  public void setInTitle(boolean v) {
    inTitle = v;
  }

  public int getStartOffset() {
    return startOffset;
  }

  public void setStartOffset(int v) {
    startOffset = v;
  }

  public int getEndOffset() {
    return endOffset;
  }

  public void setEndOffset(int v) {
    endOffset = v;
  }

  /** The mention exactly as written (the trimmed span: {@code Putins}, not {@code Kremlchef}). */
  public String getSurface() {
    return surface;
  }

  public void setSurface(String v) {
    surface = v;
  }

  /** Index of the body sentence holding the mention; null for a title mention. */
  public Integer getSentence() {
    return sentence;
  }

  public void setSentence(Integer v) {
    sentence = v;
  }

  public Integer getSentenceStart() {
    return sentenceStart;
  }

  public void setSentenceStart(Integer v) {
    sentenceStart = v;
  }

  public Integer getSentenceEnd() {
    return sentenceEnd;
  }

  public void setSentenceEnd(Integer v) {
    sentenceEnd = v;
  }

  public String getRunId() {
    return runId;
  }

  public void setRunId(String v) {
    runId = v;
  }
}
