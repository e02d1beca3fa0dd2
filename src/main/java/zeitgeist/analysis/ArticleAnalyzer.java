package zeitgeist.analysis;

import java.util.ArrayList;
import java.util.List;
import zeitgeist.config.AnalysisOptions;
import zeitgeist.entities.ArticleEntity;
import zeitgeist.entities.Mention;
import zeitgeist.terms.TermCounter;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.GermanTextAnalyzer;

/**
 * One article in, all of its per-article statistics out ({@link ArticleStatistics}). Pure Java; one
 * instance per partition (thread); the models behind it are loaded once per JVM ({@link
 * SharedResources}).
 *
 * <p>Rules: only German articles that are not duplicates are analysed ({@link #isAnalysed}); the
 * others get no statistics and a null token count. Terms are counted in the article's cleaned body
 * text; entities are recognised in its title and body (removed boilerplate is never seen); lexicons
 * score its body ({@link ArticleSentiment}).
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

  /**
   * True when an article is analysed: its language is German ({@code de}) and it duplicates no
   * other article.
   */
  public static boolean isAnalysed(String language, boolean duplicate) {
    return "de".equals(language) && !duplicate;
  }

  /**
   * The statistics of one article.
   *
   * @param title the title, or null
   * @param text the cleaned body text, or null
   */
  public ArticleStatistics analyse(String title, String text) {
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    AnalyzedText body = analyzer.analyze(text);
    List<ArticleEntity> entities =
        shared
            .canonicalizer()
            .canonicalize(
                title,
                shared.recognizer().recognize(title),
                text,
                shared.recognizer().recognize(text));
    ArticleSentiment tone = ArticleSentiment.of(body, entities, shared.matchers());
    return new ArticleStatistics(
        TermCounter.wordTokens(body),
        counter.count(body),
        entities,
        mentions(body, entities),
        tone.tone(),
        tone.entityTone(),
        tone.categories(),
        tone.hits());
  }

  /** Every mention, title mentions first; body mentions with their sentence. */
  private static List<ArticleStatistics.EntityMention> mentions(
      AnalyzedText text, List<ArticleEntity> found) {
    List<ArticleStatistics.EntityMention> out = new ArrayList<>();
    for (ArticleEntity e : found) {
      for (Mention m : e.titleMentions()) {
        out.add(new ArticleStatistics.EntityMention(e, m, true, null));
      }
      for (Mention m : e.textMentions()) {
        out.add(new ArticleStatistics.EntityMention(e, m, false, sentenceAt(text, m.start())));
      }
    }
    return out;
  }

  /** The sentence holding a character offset, or null when none does. */
  private static ArticleStatistics.SentenceAt sentenceAt(AnalyzedText text, int offset) {
    int i = text.sentenceAt(offset);
    return i < 0 ? null : ArticleStatistics.SentenceAt.of(text, i);
  }
}
