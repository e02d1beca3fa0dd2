package zeitgeist.analysis;

import java.util.ArrayList;
import java.util.List;
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
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.Token;

/**
 * The lexicon statistics of one analysed article: per polarity lexicon its sums over the body
 * (always, hits or not) and its sums around each entity with a body mention (over the sentences
 * that mention it); per category lexicon each category that matched; and every scored hit of any
 * lexicon, the hits behind those sums. Scored on the article's body text (the title is not scored),
 * with the same tokens the term statistics count.
 */
record ArticleSentiment(
    List<ArticleStatistics.Tone> tone,
    List<ArticleStatistics.EntityTone> entityTone,
    List<ArticleStatistics.CategoryCount> categories,
    List<ArticleStatistics.LexiconHit> hits) {
  private static final SentimentScorer SCORER = new SentimentScorer();

  static ArticleSentiment of(
      AnalyzedText text, List<ArticleEntity> entities, List<LexiconMatcher> matchers) {
    ArticleSentiment out =
        new ArticleSentiment(
            new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (LexiconMatcher m : matchers) {
      String lexicon = m.lexicon().name();
      if (m.lexicon().kind() == LexiconKind.CATEGORIES) {
        List<ScoredHit> scored = SCORER.scoreCategories(text, m.match(text));
        out.addHits(m.lexicon(), text, scored);
        for (Map.Entry<String, CategorySums.Count> c :
            CategorySums.of(text, scored).categories().entrySet()) {
          out.categories.add(
              new ArticleStatistics.CategoryCount(lexicon, c.getKey(), c.getValue()));
        }
        continue;
      }
      List<ScoredHit> scored = SCORER.scorePolarity(text, m.match(text));
      out.addHits(m.lexicon(), text, scored);
      out.tone.add(new ArticleStatistics.Tone(lexicon, SentimentSums.of(text, scored)));
      for (ArticleEntity e : entities) {
        Set<Integer> sentences = sentencesOf(text, e.textMentions());
        if (!sentences.isEmpty()) {
          out.entityTone.add(
              new ArticleStatistics.EntityTone(
                  e, lexicon, sentences.size(), SentimentSums.of(text, scored, sentences)));
        }
      }
    }
    return out;
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

  private void addHits(Lexicon lexicon, AnalyzedText text, List<ScoredHit> scored) {
    for (ScoredHit h : scored) {
      Token first = text.tokens().get(h.hit().firstToken());
      Token last = text.tokens().get(h.hit().endToken() - 1);
      hits.add(
          new ArticleStatistics.LexiconHit(
              lexicon.name(),
              lexicon.kind(),
              h,
              ArticleStatistics.SentenceAt.of(text, h.sentence()),
              first.start(),
              last.end(),
              text.text().substring(first.start(), last.end())));
    }
  }
}
