package zeitgeist.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import zeitgeist.analysis.ArticleStatistics;
import zeitgeist.entities.ArticleEntity;
import zeitgeist.ingest.Article;
import zeitgeist.ingest.Reject;
import zeitgeist.tables.ArticleEntityRow;
import zeitgeist.tables.ArticleEntitySentimentRow;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleSentimentRow;
import zeitgeist.tables.ArticleTermRow;
import zeitgeist.tables.EntityMentionRow;
import zeitgeist.tables.LexiconCategoryRow;
import zeitgeist.tables.LexiconHitRow;
import zeitgeist.tables.RejectRow;
import zeitgeist.terms.TermCount;

/**
 * The one place where the core's values become table rows: an {@link Article} an {@code articles}
 * row, a {@link Reject} a {@code rejects} row, an article's {@link ArticleStatistics} its rows of
 * the eight per-article tables. Adds what the core does not know: the run's id, and the article's
 * id and date on every per-article row. Columns the Spark layer fills later ({@code language},
 * {@code n_tokens}, {@code duplicate_of}, near-copy columns) are left null here.
 */
public final class TableRows {
  private TableRows() {}

  /** The {@code articles} row of a built article. */
  public static ArticleRow article(Article a, String runId) {
    ArticleRow r = new ArticleRow();
    r.setArticleId(a.articleId());
    r.setSource(a.source());
    r.setUrl(a.url());
    r.setTitle(a.title());
    r.setPublishedDate(a.publishedDate());
    r.setDatePrecision(a.datePrecision());
    r.setDateOrigin(a.date().origin());
    r.setDateRaw(a.date().raw());
    r.setText(a.text());
    r.setRawText(a.rawText());
    r.setContentHash(a.contentHash());
    r.setNChars(a.text().length());
    r.setEncoding(a.encoding());
    r.setInputPath(a.inputPath());
    r.setLocator(a.locator());
    r.setRunId(runId);
    return r;
  }

  /** The {@code rejects} row of a rejected record. */
  public static RejectRow reject(Reject r, String runId) {
    return new RejectRow(runId, r.inputPath(), r.locator(), r.reason(), r.detail());
  }

  /**
   * An article with the rows of its statistics.
   *
   * @param s the statistics, or null when the article is not analysed (no rows)
   */
  public static AnalyzedArticle analyzed(ArticleRow a, ArticleStatistics s) {
    AnalyzedArticle out = new AnalyzedArticle();
    out.setArticle(a);
    out.setTerms(rows(s, ArticleStatistics::terms, t -> term(a, t)));
    out.setEntities(rows(s, ArticleStatistics::entities, e -> entity(a, e)));
    out.setMentions(rows(s, ArticleStatistics::mentions, m -> mention(a, m)));
    out.setSentiment(rows(s, ArticleStatistics::tone, t -> tone(a, t)));
    out.setEntitySentiment(rows(s, ArticleStatistics::entityTone, t -> entityTone(a, t)));
    out.setCategories(rows(s, ArticleStatistics::categories, c -> category(a, c)));
    out.setHits(rows(s, ArticleStatistics::hits, h -> hit(a, h)));
    return out;
  }

  private static <V, R> List<R> rows(
      ArticleStatistics s, Function<ArticleStatistics, List<V>> values, Function<V, R> row) {
    if (s == null) {
      return List.of();
    }
    List<R> out = new ArrayList<>();
    for (V v : values.apply(s)) {
      out.add(row.apply(v));
    }
    return out;
  }

  private static ArticleTermRow term(ArticleRow a, TermCount t) {
    return new ArticleTermRow(
        a.getArticleId(),
        a.getPublishedDate(),
        t.term(),
        t.n(),
        t.surface(),
        t.count(),
        t.firstOffset(),
        a.getRunId());
  }

  private static ArticleEntityRow entity(ArticleRow a, ArticleEntity e) {
    ArticleEntityRow r = new ArticleEntityRow();
    r.setArticleId(a.getArticleId());
    r.setPublishedDate(a.getPublishedDate());
    r.setEntity(e.entity());
    r.setType(e.type().name());
    r.setMentions(e.mentions());
    r.setSurfaces(e.surfaces());
    r.setFirstOffset(e.firstOffset());
    r.setInTitle(e.inTitle());
    r.setRunId(a.getRunId());
    return r;
  }

  private static EntityMentionRow mention(ArticleRow a, ArticleStatistics.EntityMention m) {
    EntityMentionRow r = new EntityMentionRow();
    r.setArticleId(a.getArticleId());
    r.setPublishedDate(a.getPublishedDate());
    r.setEntity(m.entity().entity());
    r.setType(m.entity().type().name());
    r.setInTitle(m.inTitle());
    r.setStartOffset(m.mention().start());
    r.setEndOffset(m.mention().end());
    r.setSurface(m.mention().surface());
    if (m.sentence() != null) {
      r.setSentence(m.sentence().index());
      r.setSentenceStart(m.sentence().start());
      r.setSentenceEnd(m.sentence().end());
    }
    r.setRunId(a.getRunId());
    return r;
  }

  private static ArticleSentimentRow tone(ArticleRow a, ArticleStatistics.Tone t) {
    ArticleSentimentRow r = new ArticleSentimentRow();
    r.setArticleId(a.getArticleId());
    r.setPublishedDate(a.getPublishedDate());
    r.setLexicon(t.lexicon());
    r.setSums(t.sums());
    r.setRunId(a.getRunId());
    return r;
  }

  private static ArticleEntitySentimentRow entityTone(
      ArticleRow a, ArticleStatistics.EntityTone t) {
    ArticleEntitySentimentRow r = new ArticleEntitySentimentRow();
    r.setArticleId(a.getArticleId());
    r.setPublishedDate(a.getPublishedDate());
    r.setEntity(t.entity().entity());
    r.setType(t.entity().type().name());
    r.setLexicon(t.lexicon());
    r.setSentences(t.sentences());
    r.setSums(t.sums());
    r.setRunId(a.getRunId());
    return r;
  }

  private static LexiconCategoryRow category(ArticleRow a, ArticleStatistics.CategoryCount c) {
    LexiconCategoryRow r = new LexiconCategoryRow();
    r.setArticleId(a.getArticleId());
    r.setPublishedDate(a.getPublishedDate());
    r.setLexicon(c.lexicon());
    r.setCategory(c.category());
    r.setHits(c.count().hits());
    r.setNegatedHits(c.count().negatedHits());
    r.setWeightSum(c.count().weightSum());
    r.setRunId(a.getRunId());
    return r;
  }

  private static LexiconHitRow hit(ArticleRow a, ArticleStatistics.LexiconHit h) {
    LexiconHitRow r = new LexiconHitRow();
    r.setArticleId(a.getArticleId());
    r.setPublishedDate(a.getPublishedDate());
    r.setLexicon(h.lexicon());
    r.setKind(h.kind().name().toLowerCase(Locale.ROOT));
    r.setCategory(h.scored().hit().category());
    r.setSentence(h.sentence().index());
    r.setSentenceStart(h.sentence().start());
    r.setSentenceEnd(h.sentence().end());
    r.setStartOffset(h.start());
    r.setEndOffset(h.end());
    r.setWord(h.word());
    r.setWeight(h.scored().hit().weight());
    r.setNegated(h.scored().negated());
    r.setFactor(h.scored().factor());
    r.setScore(h.scored().score());
    r.setRunId(a.getRunId());
    return r;
  }
}
