package zeitgeist.tables;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of {@code articles}: one article as ingested, cleaned and dated. Partitioned by {@code
 * year} (of {@code published_date}; undated articles in the null partition), so a corpus spanning
 * years stays a few folders.
 */
public class ArticleRow implements Serializable {
  public static final TableSpec<ArticleRow> TABLE =
      TableSpec.of(
              "articles",
              ArticleRow.class,
              "article_id",
              "source",
              "url",
              "title",
              "published_date",
              "date_precision",
              "date_origin",
              "date_raw",
              "language",
              "text",
              "raw_text",
              "content_hash",
              "n_chars",
              "n_tokens",
              "duplicate_of",
              "minhash_bands",
              "story_id",
              "story_similarity",
              "encoding",
              "input_path",
              "locator",
              "run_id")
          .partitionedByYear();

  private String articleId;
  private String source;
  private String url;
  private String title;
  private LocalDate publishedDate;
  private String datePrecision;
  private String dateOrigin;
  private String dateRaw;
  private String language;
  private String text;
  private String rawText;
  private String contentHash;
  private int nChars;
  private Integer nTokens;
  private String duplicateOf;
  private int[] minhashBands;
  private String storyId;
  private Double storySimilarity;
  private String encoding;
  private String inputPath;
  private String locator;
  private String runId;

  public ArticleRow() {}

  public String getArticleId() {
    return articleId;
  }

  public void setArticleId(String v) {
    articleId = v;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String v) {
    source = v;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String v) {
    url = v;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String v) {
    title = v;
  }

  public LocalDate getPublishedDate() {
    return publishedDate;
  }

  public void setPublishedDate(LocalDate v) {
    publishedDate = v;
  }

  /** {@code day}, {@code month}, {@code year}, or null when undated. */
  public String getDatePrecision() {
    return datePrecision;
  }

  public void setDatePrecision(String v) {
    datePrecision = v;
  }

  /**
   * {@code field}, {@code header}, {@code dateline}, {@code footer}; when undated, why: {@code
   * field_unreadable}, {@code field_implausible}, {@code header_implausible}, {@code
   * dateline_implausible}, {@code footer_implausible}, or null when no date was given.
   */
  public String getDateOrigin() {
    return dateOrigin;
  }

  public void setDateOrigin(String v) {
    dateOrigin = v;
  }

  /** The record's date field as read (stripped), used or not; null when it has none. */
  public String getDateRaw() {
    return dateRaw;
  }

  public void setDateRaw(String v) {
    dateRaw = v;
  }

  /** ISO 639-1 code where one exists ({@code de}), {@code und} when undetermined. */
  public String getLanguage() {
    return language;
  }

  public void setLanguage(String v) {
    language = v;
  }

  /** The cleaned text later stages analyse. */
  public String getText() {
    return text;
  }

  public void setText(String v) {
    text = v;
  }

  /** The text as read (decoded), before any cleaning. */
  public String getRawText() {
    return rawText;
  }

  public void setRawText(String v) {
    rawText = v;
  }

  public String getContentHash() {
    return contentHash;
  }

  public void setContentHash(String v) {
    contentHash = v;
  }

  /** Characters of the cleaned text. */
  public int getNChars() {
    return nChars;
  }

  public void setNChars(int v) {
    nChars = v;
  }

  /** Word tokens of the analysed text (stopwords, numbers included); null when not analysed. */
  public Integer getNTokens() {
    return nTokens;
  }

  public void setNTokens(Integer v) {
    nTokens = v;
  }

  /**
   * The article_id of the first copy of the same normalised text (the best-dated copy; see {@code
   * job.ChangePlan}), or null.
   */
  public String getDuplicateOf() {
    return duplicateOf;
  }

  public void setDuplicateOf(String v) {
    duplicateOf = v;
  }

  /**
   * The text's MinHash LSH band keys ({@link zeitgeist.stories.NearCopyText#bands}): how
   * near-copies are found. Null for an exact duplicate and for a text under five words.
   */
  public int[] getMinhashBands() {
    return minhashBands;
  }

  public void setMinhashBands(int[] v) {
    minhashBands = v;
  }

  /**
   * The article_id of the story's head: the best-dated article this one is a near-copy of that
   * heads a story ({@link zeitgeist.stories.StoryGrouping}); its own id when it heads one (or is
   * too short to compare). An exact duplicate has its first copy's story.
   */
  public String getStoryId() {
    return storyId;
  }

  public void setStoryId(String v) {
    storyId = v;
  }

  /**
   * Jaccard similarity of the text's 5-word shingles with the story head's ({@code near_copies}); 1
   * for the head itself and for its exact duplicates.
   */
  public Double getStorySimilarity() {
    return storySimilarity;
  }

  public void setStorySimilarity(Double v) {
    storySimilarity = v;
  }

  public String getEncoding() {
    return encoding;
  }

  public void setEncoding(String v) {
    encoding = v;
  }

  public String getInputPath() {
    return inputPath;
  }

  public void setInputPath(String v) {
    inputPath = v;
  }

  /** Where in the input file: {@code file}, {@code line N}, {@code record N}, {@code row N}. */
  public String getLocator() {
    return locator;
  }

  public void setLocator(String v) {
    locator = v;
  }

  public String getRunId() {
    return runId;
  }

  public void setRunId(String v) {
    runId = v;
  }
}
