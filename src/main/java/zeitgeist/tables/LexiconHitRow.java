package zeitgeist.tables;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of {@code lexicon_hits}: one lexicon match in the body text of one analysed article, after
 * the scoring rules ({@link zeitgeist.lexicon.SentimentScorer}): the hits behind every figure of
 * {@code article_sentiment}, {@code article_entity_sentiment} and {@code
 * article_lexicon_categories}. Summing {@code score} over a polarity lexicon's hits gives {@code
 * positive - negative} of the same article (or of an entity's sentences); counting them gives
 * {@code hits}. Offsets are {@code String} indices into {@code articles.text} (end exclusive).
 * Partitioned by {@code year} of {@code published_date}.
 */
public class LexiconHitRow implements Serializable {
  public static final TableSpec<LexiconHitRow> TABLE =
      TableSpec.of(
              "lexicon_hits",
              LexiconHitRow.class,
              "article_id",
              "published_date",
              "lexicon",
              "kind",
              "category",
              "sentence",
              "sentence_start",
              "sentence_end",
              "start_offset",
              "end_offset",
              "word",
              "weight",
              "negated",
              "factor",
              "score",
              "run_id")
          .partitionedByYear();

  private String articleId;
  private LocalDate publishedDate;
  private String lexicon;
  private String kind;
  private String category;
  private int sentence;
  private int sentenceStart;
  private int sentenceEnd;
  private int startOffset;
  private int endOffset;
  private String word;
  private double weight;
  private boolean negated;
  private double factor;
  private double score;
  private String runId;

  public LexiconHitRow() {}

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

  public String getLexicon() {
    return lexicon;
  }

  public void setLexicon(String v) {
    lexicon = v;
  }

  /** {@code polarity} or {@code categories}, the lexicon's kind. */
  public String getKind() {
    return kind;
  }

  public void setKind(String v) {
    kind = v;
  }

  /** {@code positive} or {@code negative} for a polarity lexicon, else the category's name. */
  public String getCategory() {
    return category;
  }

  public void setCategory(String v) {
    category = v;
  }

  /** Index (from 0) of the body sentence of the hit's first word. */
  public int getSentence() {
    return sentence;
  }

  public void setSentence(int v) {
    sentence = v;
  }

  public int getSentenceStart() {
    return sentenceStart;
  }

  public void setSentenceStart(int v) {
    sentenceStart = v;
  }

  public int getSentenceEnd() {
    return sentenceEnd;
  }

  public void setSentenceEnd(int v) {
    sentenceEnd = v;
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

  /** The matched words exactly as written ({@code Krise}, {@code gut gelaunt}). */
  public String getWord() {
    return word;
  }

  public void setWord(String v) {
    word = v;
  }

  /** The lexicon's weight for the entry, before negation and intensifiers. */
  public double getWeight() {
    return weight;
  }

  public void setWeight(double v) {
    weight = v;
  }

  /** Whether an odd number of negators reach the hit. */
  public boolean getNegated() {
    return negated;
  }

  public void setNegated(boolean v) {
    negated = v;
  }

  /**
   * What the weight was multiplied by: an intensifier or diminisher (|factor| other than 1) and,
   * for a polarity hit, a negation's sign flip; 1 for a category hit.
   */
  public double getFactor() {
    return factor;
  }

  public void setFactor(double v) {
    factor = v;
  }

  /** {@code weight * factor}: what the hit adds to the sums. */
  public double getScore() {
    return score;
  }

  public void setScore(double v) {
    score = v;
  }

  public String getRunId() {
    return runId;
  }

  public void setRunId(String v) {
    runId = v;
  }
}
