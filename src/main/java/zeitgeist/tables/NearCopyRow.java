package zeitgeist.tables;

import java.io.Serializable;

/**
 * A row of {@code near_copies}: two articles whose cleaned texts are near-copies ({@link
 * zeitgeist.stories.Resemblance#isNearCopy}), found by MinHash LSH and verified on their word
 * shingles; each pair once, {@code article_id < other_id}. The evidence behind {@code
 * articles.story_id}: a story is a head and the articles that are near-copies of it ({@link
 * zeitgeist.stories.StoryGrouping}). Exact duplicates ({@code articles.duplicate_of}) are not
 * listed: they share their first copy's story.
 */
public class NearCopyRow implements Serializable {
  public static final TableSpec<NearCopyRow> TABLE =
      TableSpec.of(
          "near_copies",
          NearCopyRow.class,
          "article_id",
          "other_id",
          "jaccard",
          "containment",
          "shingles",
          "other_shingles",
          "run_id");

  private String articleId;
  private String otherId;
  private double jaccard;
  private double containment;
  private int shingles;
  private int otherShingles;
  private String runId;

  public NearCopyRow() {}

  /** The pair's smaller article_id. */
  public String getArticleId() {
    return articleId;
  }

  public void setArticleId(String v) {
    articleId = v;
  }

  /** The pair's larger article_id. */
  public String getOtherId() {
    return otherId;
  }

  public void setOtherId(String v) {
    otherId = v;
  }

  /** Jaccard similarity of the two texts' 5-word shingles. */
  public double getJaccard() {
    return jaccard;
  }

  public void setJaccard(double v) {
    jaccard = v;
  }

  /** The share of the shorter text's shingles found in the longer text. */
  public double getContainment() {
    return containment;
  }

  public void setContainment(double v) {
    containment = v;
  }

  /** Distinct shingles of {@code article_id}'s text. */
  public int getShingles() {
    return shingles;
  }

  public void setShingles(int v) {
    shingles = v;
  }

  /** Distinct shingles of {@code other_id}'s text. */
  public int getOtherShingles() {
    return otherShingles;
  }

  public void setOtherShingles(int v) {
    otherShingles = v;
  }

  public String getRunId() {
    return runId;
  }

  public void setRunId(String v) {
    runId = v;
  }
}
