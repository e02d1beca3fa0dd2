package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import zeitgeist.analysis.ArticleStatistics;
import zeitgeist.entities.ArticleEntity;
import zeitgeist.entities.EntityType;
import zeitgeist.entities.Mention;
import zeitgeist.ingest.ArticleBuilder;
import zeitgeist.ingest.RawRecord;
import zeitgeist.ingest.Reject;
import zeitgeist.lexicon.CategorySums;
import zeitgeist.lexicon.Hit;
import zeitgeist.lexicon.LexiconKind;
import zeitgeist.lexicon.ScoredHit;
import zeitgeist.lexicon.SentimentSums;
import zeitgeist.tables.ArticleEntitySentimentRow;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.ArticleSentimentRow;
import zeitgeist.tables.EntityMentionRow;
import zeitgeist.tables.LexiconHitRow;
import zeitgeist.tables.RejectRow;
import zeitgeist.terms.TermCount;

/** Each core value lands in the columns its table documents, with the run and the article. */
class TableRowsTest {
  private static final String TEXT = "Merkel lobt Paris. Der Plan sei gut.";

  @Test
  void anArticleAndARejectBecomeTheirRows() {
    RawRecord r = RawRecord.at("in/a.jsonl", "a.jsonl", "line 3");
    r.setId("a1");
    r.setTitle("Lob");
    r.setSource("Bote");
    r.setUrl("https://bote.example/a1");
    r.setDate("2024-05-02");
    r.setEncoding("UTF-8");
    r.setText(TEXT);
    ArticleRow a =
        TableRows.article(
            new ArticleBuilder(1000, LocalDate.of(2024, 6, 1)).build(r).article(), "run-7");
    assertEquals("a1", a.getArticleId());
    assertEquals("Lob", a.getTitle());
    assertEquals("Bote", a.getSource());
    assertEquals("https://bote.example/a1", a.getUrl());
    assertEquals(LocalDate.of(2024, 5, 2), a.getPublishedDate());
    assertEquals("day", a.getDatePrecision());
    assertEquals("field", a.getDateOrigin());
    assertEquals("2024-05-02", a.getDateRaw());
    assertEquals(TEXT, a.getText());
    assertEquals(TEXT, a.getRawText());
    assertEquals(TEXT.length(), a.getNChars());
    assertEquals(64, a.getContentHash().length());
    assertEquals("UTF-8", a.getEncoding());
    assertEquals("in/a.jsonl", a.getInputPath());
    assertEquals("line 3", a.getLocator());
    assertEquals("run-7", a.getRunId());
    assertNull(a.getLanguage(), "identified later, for the articles a run keeps");
    assertNull(a.getNTokens());
    assertNull(a.getDuplicateOf());

    RejectRow j = TableRows.reject(new Reject("in/b.csv", "record 9", "no_text", "empty"), "run-7");
    assertEquals(
        List.of("run-7", "in/b.csv", "record 9", "no_text", "empty"),
        List.of(j.getRunId(), j.getInputPath(), j.getLocator(), j.getReason(), j.getDetail()));
  }

  @Test
  void statisticsBecomeRowsCarryingTheArticlesIdDateAndRun() {
    ArticleRow a = new ArticleRow();
    a.setArticleId("a1");
    a.setPublishedDate(LocalDate.of(2024, 5, 2));
    a.setRunId("run-7");
    Mention inTitle = new Mention(0, 6, "Merkel", EntityType.PER);
    Mention inBody = new Mention(0, 6, "Merkel", EntityType.PER);
    ArticleEntity merkel =
        new ArticleEntity(
            "Angela Merkel",
            EntityType.PER,
            2,
            List.of("Merkel"),
            0,
            true,
            List.of(inBody),
            List.of(inTitle));
    ArticleStatistics.SentenceAt first = new ArticleStatistics.SentenceAt(0, 0, 18);
    SentimentSums sums = new SentimentSums(8, 2, 2, 0, 1, 0.75, 0);
    ScoredHit lobt = new ScoredHit(new Hit(1, 2, null, 0.5), 0, false, 1.0, 0.5);
    ArticleStatistics s =
        new ArticleStatistics(
            8,
            List.of(new TermCount("loben", 1, "lobt", 1, 7)),
            List.of(merkel),
            List.of(
                new ArticleStatistics.EntityMention(merkel, inTitle, true, null),
                new ArticleStatistics.EntityMention(merkel, inBody, false, first)),
            List.of(new ArticleStatistics.Tone("sample", sums)),
            List.of(new ArticleStatistics.EntityTone(merkel, "sample", 1, sums)),
            List.of(
                new ArticleStatistics.CategoryCount(
                    "liwc", "posemo", new CategorySums.Count(3, 1, 2.5))),
            List.of(
                new ArticleStatistics.LexiconHit(
                    "sample", LexiconKind.POLARITY, lobt, first, 7, 11, "lobt")));

    AnalyzedArticle out = TableRows.analyzed(a, s);
    assertEquals(1, out.getTerms().size());
    assertEquals("loben lobt 1 7", term(out));
    assertEquals(1, out.getEntities().size());
    assertEquals("Angela Merkel", out.getEntities().get(0).getEntity());
    assertEquals(2, out.getEntities().get(0).getMentions());

    EntityMentionRow title = out.getMentions().get(0);
    EntityMentionRow body = out.getMentions().get(1);
    assertTrue(title.getInTitle());
    assertNull(title.getSentence());
    assertEquals(
        List.of(0, 0, 18),
        List.of(body.getSentence(), body.getSentenceStart(), body.getSentenceEnd()));

    ArticleSentimentRow tone = out.getSentiment().get(0);
    assertEquals(
        List.of(8L, 2L, 2L, 0L, 1L),
        List.of(
            tone.getTokens(),
            tone.getHits(),
            tone.getPositiveHits(),
            tone.getNegativeHits(),
            tone.getNegatedHits()));
    assertEquals(0.75, tone.getPositive());
    ArticleEntitySentimentRow around = out.getEntitySentiment().get(0);
    assertEquals("PER", around.getType());
    assertEquals(1, around.getSentences());
    assertEquals(2, around.getHits());
    assertEquals(2.5, out.getCategories().get(0).getWeightSum());
    assertEquals(1, out.getCategories().get(0).getNegatedHits());

    LexiconHitRow hit = out.getHits().get(0);
    assertEquals("polarity", hit.getKind());
    assertEquals("lobt", hit.getWord());
    assertEquals(
        List.of(7, 11, 0, 18),
        List.of(
            hit.getStartOffset(),
            hit.getEndOffset(),
            hit.getSentenceStart(),
            hit.getSentenceEnd()));
    assertEquals(0.5, hit.getScore());

    for (Object row : List.of(out.getTerms().get(0), title, tone, around, hit)) {
      assertEquals("run-7", runOf(row), row.getClass().getSimpleName());
    }
    assertEquals(LocalDate.of(2024, 5, 2), hit.getPublishedDate());
    assertEquals("a1", around.getArticleId());
  }

  @Test
  void anArticleNotAnalysedHasNoRows() {
    AnalyzedArticle out = TableRows.analyzed(new ArticleRow(), null);
    assertTrue(
        out.getTerms().isEmpty()
            && out.getEntities().isEmpty()
            && out.getMentions().isEmpty()
            && out.getSentiment().isEmpty()
            && out.getEntitySentiment().isEmpty()
            && out.getCategories().isEmpty()
            && out.getHits().isEmpty());
  }

  private static String term(AnalyzedArticle out) {
    var t = out.getTerms().get(0);
    return t.getTerm() + " " + t.getSurface() + " " + t.getCount() + " " + t.getFirstOffset();
  }

  private static String runOf(Object row) {
    try {
      return (String) row.getClass().getMethod("getRunId").invoke(row);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
