package zeitgeist.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import zeitgeist.entities.ArticleEntity;
import zeitgeist.entities.Mention;
import zeitgeist.lexicon.CategorySums;
import zeitgeist.lexicon.Lexicon;
import zeitgeist.lexicon.LexiconKind;
import zeitgeist.lexicon.LexiconMatcher;
import zeitgeist.lexicon.ScoredHit;
import zeitgeist.lexicon.SentimentScorer;
import zeitgeist.lexicon.SentimentSums;
import zeitgeist.tables.ArticleEntitySentimentRow;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleSentimentRow;
import zeitgeist.tables.LexiconCategoryRow;
import zeitgeist.tables.LexiconHitRow;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.Sentence;
import zeitgeist.text.Token;

/**
 * The lexicon statistics of one analysed article: per polarity lexicon one {@code
 * article_sentiment} row (always, hits or not) and one {@code article_entity_sentiment} row per
 * entity with a body mention (over the sentences that mention it); per category lexicon one {@code
 * article_lexicon_categories} row per category that matched; and one {@code lexicon_hits} row per
 * scored hit of any lexicon, the hits behind those sums. Scored on the article's body text (the
 * title is not scored), with the same tokens the term statistics count.
 */
final class ArticleSentiment {
  private static final SentimentScorer SCORER = new SentimentScorer();

  private ArticleSentiment() {}

  /** The rows of one article. */
  record Rows(
      List<ArticleSentimentRow> sentiment,
      List<ArticleEntitySentimentRow> entities,
      List<LexiconCategoryRow> categories,
      List<LexiconHitRow> hits) {}

  static Rows of(
      ArticleRow a,
      AnalyzedText text,
      List<ArticleEntity> entities,
      List<LexiconMatcher> matchers) {
    List<ArticleSentimentRow> sentiment = new ArrayList<>();
    List<ArticleEntitySentimentRow> around = new ArrayList<>();
    List<LexiconCategoryRow> categories = new ArrayList<>();
    List<LexiconHitRow> hits = new ArrayList<>();
    for (LexiconMatcher m : matchers) {
      String lexicon = m.lexicon().name();
      if (m.lexicon().kind() == LexiconKind.CATEGORIES) {
        List<ScoredHit> scored = SCORER.scoreCategories(text, m.match(text));
        addHits(hits, a, m.lexicon(), text, scored);
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
      addHits(hits, a, m.lexicon(), text, scored);
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
    return new Rows(sentiment, around, categories, hits);
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
    for (Mention m : mentions) {
      int i = text.sentenceAt(m.start());
      if (i >= 0) {
        out.add(i);
      }
    }
    return out;
  }

  private static void addHits(
      List<LexiconHitRow> out,
      ArticleRow a,
      Lexicon lexicon,
      AnalyzedText text,
      List<ScoredHit> scored) {
    for (ScoredHit h : scored) {
      Sentence s = text.sentences().get(h.sentence());
      Token first = text.tokens().get(h.hit().firstToken());
      Token last = text.tokens().get(h.hit().endToken() - 1);
      LexiconHitRow r = new LexiconHitRow();
      r.setArticleId(a.getArticleId());
      r.setPublishedDate(a.getPublishedDate());
      r.setLexicon(lexicon.name());
      r.setKind(lexicon.kind().name().toLowerCase(Locale.ROOT));
      r.setCategory(h.hit().category());
      r.setSentence(h.sentence());
      r.setSentenceStart(s.start());
      r.setSentenceEnd(s.end());
      r.setStartOffset(first.start());
      r.setEndOffset(last.end());
      r.setWord(text.text().substring(first.start(), last.end()));
      r.setWeight(h.hit().weight());
      r.setNegated(h.negated());
      r.setFactor(h.factor());
      r.setScore(h.score());
      r.setRunId(a.getRunId());
      out.add(r);
    }
  }
}
