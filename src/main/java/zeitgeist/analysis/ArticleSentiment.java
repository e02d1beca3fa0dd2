package zeitgeist.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import zeitgeist.entities.ArticleEntity;
import zeitgeist.entities.Mention;
import zeitgeist.lexicon.CategorySums;
import zeitgeist.lexicon.LexiconKind;
import zeitgeist.lexicon.LexiconMatcher;
import zeitgeist.lexicon.ScoredHit;
import zeitgeist.lexicon.SentimentScorer;
import zeitgeist.lexicon.SentimentSums;
import zeitgeist.tables.ArticleEntitySentimentRow;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleSentimentRow;
import zeitgeist.tables.LexiconCategoryRow;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.Sentence;

/**
 * The lexicon statistics of one analysed article: per polarity lexicon one {@code
 * article_sentiment} row (always, hits or not) and one {@code article_entity_sentiment} row per
 * entity with a body mention (over the sentences that mention it); per category lexicon one {@code
 * article_lexicon_categories} row per category that matched. Scored on the article's body text
 * (the title is not scored), with the same tokens the term statistics count.
 */
final class ArticleSentiment {
  private static final SentimentScorer SCORER = new SentimentScorer();

  private ArticleSentiment() {}

  /** The rows of one article. */
  record Rows(List<ArticleSentimentRow> sentiment, List<ArticleEntitySentimentRow> entities,
      List<LexiconCategoryRow> categories) {}

  static Rows of(ArticleRow a, AnalyzedText text, List<ArticleEntity> entities,
      List<LexiconMatcher> matchers) {
    List<ArticleSentimentRow> sentiment = new ArrayList<>();
    List<ArticleEntitySentimentRow> around = new ArrayList<>();
    List<LexiconCategoryRow> categories = new ArrayList<>();
    for (LexiconMatcher m : matchers) {
      String lexicon = m.lexicon().name();
      if (m.lexicon().kind() == LexiconKind.CATEGORIES) {
        List<ScoredHit> scored = SCORER.scoreCategories(text, m.match(text));
        for (Map.Entry<String, CategorySums.Count> c :
            CategorySums.of(text, scored).categories().entrySet()) {
          LexiconCategoryRow r = new LexiconCategoryRow();
          r.setArticleId(a.getArticleId());
          r.setPublishedDate(a.getPublishedDate());
          r.setLexicon(lexicon);
          r.setCategory(c.getKey());
          r.setHits(c.getValue().hits());
          r.setNegatedHits(c.getValue().negatedHits());
          r.setWeightSum(c.getValue().weightSum());
          r.setRunId(a.getRunId());
          categories.add(r);
        }
        continue;
      }
      List<ScoredHit> scored = SCORER.scorePolarity(text, m.match(text));
      sentiment.add(sentimentRow(a, lexicon, SentimentSums.of(text, scored)));
      for (ArticleEntity e : entities) {
        Set<Integer> sentences = sentencesOf(text, e.textMentions());
        if (sentences.isEmpty()) {
          continue;
        }
        SentimentSums sums = SentimentSums.of(text, scored, sentences);
        ArticleEntitySentimentRow r = new ArticleEntitySentimentRow();
        r.setArticleId(a.getArticleId());
        r.setPublishedDate(a.getPublishedDate());
        r.setEntity(e.entity());
        r.setType(e.type().name());
        r.setLexicon(lexicon);
        r.setSentences(sentences.size());
        r.setTokens(sums.tokens());
        r.setHits(sums.hits());
        r.setPositiveHits(sums.positiveHits());
        r.setNegativeHits(sums.negativeHits());
        r.setNegatedHits(sums.negatedHits());
        r.setPositive(sums.positive());
        r.setNegative(sums.negative());
        r.setRunId(a.getRunId());
        around.add(r);
      }
    }
    return new Rows(sentiment, around, categories);
  }

  private static ArticleSentimentRow sentimentRow(ArticleRow a, String lexicon, SentimentSums s) {
    ArticleSentimentRow r = new ArticleSentimentRow();
    r.setArticleId(a.getArticleId());
    r.setPublishedDate(a.getPublishedDate());
    r.setLexicon(lexicon);
    r.setTokens(s.tokens());
    r.setHits(s.hits());
    r.setPositiveHits(s.positiveHits());
    r.setNegativeHits(s.negativeHits());
    r.setNegatedHits(s.negatedHits());
    r.setPositive(s.positive());
    r.setNegative(s.negative());
    r.setRunId(a.getRunId());
    return r;
  }

  /** The indices of the sentences holding a mention's first character. */
  static Set<Integer> sentencesOf(AnalyzedText text, List<Mention> mentions) {
    Set<Integer> out = new TreeSet<>();
    List<Sentence> sentences = text.sentences();
    for (Mention m : mentions) {
      int lo = 0;
      int hi = sentences.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Sentence s = sentences.get(mid);
        if (m.start() < s.start()) {
          hi = mid - 1;
        } else if (m.start() >= s.end()) {
          lo = mid + 1;
        } else {
          out.add(mid);
          break;
        }
      }
    }
    return out;
  }
}
