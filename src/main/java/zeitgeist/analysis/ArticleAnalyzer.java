package zeitgeist.analysis;

import java.util.ArrayList;
import java.util.List;
import zeitgeist.config.AnalysisOptions;
import zeitgeist.entities.ArticleEntity;
import zeitgeist.entities.Mention;
import zeitgeist.tables.ArticleEntityRow;
import zeitgeist.tables.ArticleEntitySentimentRow;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleSentimentRow;
import zeitgeist.tables.ArticleTermRow;
import zeitgeist.tables.EntityMentionRow;
import zeitgeist.tables.LexiconCategoryRow;
import zeitgeist.tables.LexiconHitRow;
import zeitgeist.terms.TermCount;
import zeitgeist.terms.TermCounter;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.GermanTextAnalyzer;
import zeitgeist.text.Sentence;

/**
 * One article in, all of its per-article statistics out. Pure Java; one instance per partition
 * (thread); the models behind it are loaded once per JVM ({@link SharedResources}).
 *
 * <p>Rules: only German articles ({@code language = de}) that are not duplicates are analysed;
 * others get no rows and a null token count. Terms are counted in the article's cleaned {@code
 * text}; entities are recognised in its {@code title} and {@code text} (removed boilerplate is
 * never seen); lexicons score its {@code text} ({@link ArticleSentiment}).
 */
public final class ArticleAnalyzer {
  private final GermanTextAnalyzer analyzer = new GermanTextAnalyzer();
  private final TermCounter counter;
  private final SharedResources shared;

  private ArticleAnalyzer(AnalysisOptions options) {
    this.counter = new TermCounter(options.keepStopwords());
    this.shared = SharedResources.of(options);
  }

  /** An analyser for one thread. */
  public static ArticleAnalyzer forOptions(AnalysisOptions options) {
    return new ArticleAnalyzer(options);
  }

  /** What the analysis of one article gives. */
  public record Analysis(
      int tokens,
      List<ArticleTermRow> terms,
      List<ArticleEntityRow> entities,
      List<EntityMentionRow> mentions,
      List<ArticleSentimentRow> sentiment,
      List<ArticleEntitySentimentRow> entitySentiment,
      List<LexiconCategoryRow> categories,
      List<LexiconHitRow> hits) {}

  /** True when the article is analysed: German and not a duplicate. */
  public static boolean isAnalysed(ArticleRow a) {
    return "de".equals(a.getLanguage()) && a.getDuplicateOf() == null;
  }

  /** The article's analysis, or null when it is not analysed. */
  public Analysis analyse(ArticleRow a) {
    if (!isAnalysed(a)) {
      return null;
    }
    AnalyzedText text = analyzer.analyze(a.getText());
    List<ArticleTermRow> terms = new ArrayList<>();
    for (TermCount t : counter.count(text)) {
      terms.add(
          new ArticleTermRow(
              a.getArticleId(),
              a.getPublishedDate(),
              t.term(),
              t.n(),
              t.surface(),
              t.count(),
              t.firstOffset(),
              a.getRunId()));
    }
    List<ArticleEntityRow> entities = new ArrayList<>();
    List<ArticleEntity> found = entities(a);
    for (ArticleEntity e : found) {
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
      entities.add(r);
    }
    ArticleSentiment.Rows tone = ArticleSentiment.of(a, text, found, shared.matchers());
    return new Analysis(
        TermCounter.wordTokens(text),
        terms,
        entities,
        mentions(a, text, found),
        tone.sentiment(),
        tone.entities(),
        tone.categories(),
        tone.hits());
  }

  /** One row per mention, title mentions first; body mentions with their sentence. */
  private static List<EntityMentionRow> mentions(
      ArticleRow a, AnalyzedText text, List<ArticleEntity> found) {
    List<EntityMentionRow> rows = new ArrayList<>();
    for (ArticleEntity e : found) {
      for (Mention m : e.titleMentions()) {
        rows.add(mention(a, e, m, true));
      }
      for (Mention m : e.textMentions()) {
        EntityMentionRow r = mention(a, e, m, false);
        int i = text.sentenceAt(m.start());
        if (i >= 0) {
          Sentence s = text.sentences().get(i);
          r.setSentence(i);
          r.setSentenceStart(s.start());
          r.setSentenceEnd(s.end());
        }
        rows.add(r);
      }
    }
    return rows;
  }

  private static EntityMentionRow mention(
      ArticleRow a, ArticleEntity e, Mention m, boolean inTitle) {
    EntityMentionRow r = new EntityMentionRow();
    r.setArticleId(a.getArticleId());
    r.setPublishedDate(a.getPublishedDate());
    r.setEntity(e.entity());
    r.setType(e.type().name());
    r.setInTitle(inTitle);
    r.setStartOffset(m.start());
    r.setEndOffset(m.end());
    r.setSurface(m.surface());
    r.setRunId(a.getRunId());
    return r;
  }

  private List<ArticleEntity> entities(ArticleRow a) {
    String title = a.getTitle() == null ? "" : a.getTitle();
    String body = a.getText() == null ? "" : a.getText();
    return shared
        .canonicalizer()
        .canonicalize(
            title, shared.recognizer().recognize(title), body, shared.recognizer().recognize(body));
  }
}
