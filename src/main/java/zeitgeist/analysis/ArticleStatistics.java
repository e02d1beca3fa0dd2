package zeitgeist.analysis;

import java.util.List;
import zeitgeist.entities.ArticleEntity;
import zeitgeist.entities.Mention;
import zeitgeist.lexicon.CategorySums;
import zeitgeist.lexicon.LexiconKind;
import zeitgeist.lexicon.ScoredHit;
import zeitgeist.lexicon.SentimentSums;
import zeitgeist.terms.TermCount;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.Sentence;

/**
 * Everything {@link ArticleAnalyzer} finds in one article, as values: the Spark layer maps each
 * list to one table's rows and adds the article's id, date and run. Immutable: the lists are copied
 * (unmodifiable, no null elements).
 *
 * @param tokens word tokens of the body text (numbers included, punctuation not)
 * @param terms the counted terms of the body text, in the order {@link zeitgeist.terms.TermCounter}
 *     gives them
 * @param entities the canonical entities of title and body
 * @param mentions every mention of those entities, title mentions first
 * @param tone per polarity lexicon, the sums over the body text (a value for every lexicon, hits or
 *     not)
 * @param entityTone per polarity lexicon and entity with a body mention, the sums over the body
 *     sentences that mention it
 * @param categories per category lexicon, each category that matched
 * @param hits every scored hit of every lexicon: the hits behind the sums
 */
public record ArticleStatistics(
    int tokens,
    List<TermCount> terms,
    List<ArticleEntity> entities,
    List<EntityMention> mentions,
    List<Tone> tone,
    List<EntityTone> entityTone,
    List<CategoryCount> categories,
    List<LexiconHit> hits) {

  public ArticleStatistics {
    terms = List.copyOf(terms);
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    tone = List.copyOf(tone);
    entityTone = List.copyOf(entityTone);
    categories = List.copyOf(categories);
    hits = List.copyOf(hits);
  }

  /**
   * A sentence of the body text.
   *
   * @param index its number in the text, from 0
   * @param start its first character's offset in the text
   * @param end the offset after its last character
   */
  public record SentenceAt(int index, int start, int end) {
    /** The text's sentence number {@code index}. */
    static SentenceAt of(AnalyzedText text, int index) {
      Sentence s = text.sentences().get(index);
      return new SentenceAt(index, s.start(), s.end());
    }
  }

  /**
   * One mention of an entity.
   *
   * @param sentence the body sentence holding its first character; null in the title (and for a
   *     body mention outside every sentence, which the splitter does not produce)
   */
  public record EntityMention(
      ArticleEntity entity, Mention mention, boolean inTitle, SentenceAt sentence) {}

  /** A polarity lexicon's sums over the body text. */
  public record Tone(String lexicon, SentimentSums sums) {}

  /**
   * A polarity lexicon's sums over the body sentences that mention an entity.
   *
   * @param sentences how many sentences (each once, however often it names the entity)
   */
  public record EntityTone(
      ArticleEntity entity, String lexicon, int sentences, SentimentSums sums) {}

  /** One category of a category lexicon that matched the body text. */
  public record CategoryCount(String lexicon, String category, CategorySums.Count count) {}

  /**
   * One scored lexicon hit in the body text.
   *
   * @param start the offset of its first token's first character
   * @param end the offset after its last token's last character
   * @param word the text from {@code start} to {@code end}
   */
  public record LexiconHit(
      String lexicon,
      LexiconKind kind,
      ScoredHit scored,
      SentenceAt sentence,
      int start,
      int end,
      String word) {}
}
