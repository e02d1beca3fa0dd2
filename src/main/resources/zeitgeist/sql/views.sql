-- zeitgeist's derived views: every ratio, idf and keyness is computed here, over the additive
-- counts in the tables, so a rerun never rewrites old rows to keep them right.
-- `zeitgeist sql` registers these after the tables, in this order. Statements end with ";" at
-- the end of a line.

-- Articles whose statistics count: German, analysed, not a duplicate of another article.
CREATE OR REPLACE TEMPORARY VIEW analysed_articles AS
SELECT * FROM articles
WHERE n_tokens IS NOT NULL AND duplicate_of IS NULL;

-- Corpus-wide frequency of each term: occurrences, document frequency (articles containing it),
-- the most common surface form, and idf = ln(analysed articles / articles containing the term).
CREATE OR REPLACE TEMPORARY VIEW term_frequency AS
WITH corpus AS (SELECT count(*) AS corpus_articles FROM analysed_articles)
SELECT t.term, t.n, mode(t.surface) AS surface, sum(t.count) AS count, count(*) AS articles,
       max(corpus.corpus_articles) AS corpus_articles,
       ln(max(corpus.corpus_articles) / count(*)) AS idf
FROM article_terms t CROSS JOIN corpus
GROUP BY t.term, t.n;

-- tf-idf of each term in each article: tf = count / word tokens of the article.
CREATE OR REPLACE TEMPORARY VIEW article_term_tfidf AS
SELECT t.article_id, t.published_date, t.term, t.n, t.surface, t.count, a.n_tokens AS tokens,
       t.count / a.n_tokens AS tf, f.idf, t.count / a.n_tokens * f.idf AS tfidf
FROM article_terms t
JOIN analysed_articles a ON a.article_id = t.article_id
JOIN term_frequency f ON f.term = t.term AND f.n = t.n;

-- Terms ranked by count within each period (grain day, month or year), with their share.
CREATE OR REPLACE TEMPORARY VIEW top_terms AS
SELECT t.grain, t.period, t.term, t.n, t.count, t.articles, c.articles AS period_articles,
       1000.0 * t.count / c.tokens AS per_1000_tokens,
       rank() OVER (PARTITION BY t.grain, t.period, t.n ORDER BY t.count DESC, t.term) AS rank
FROM terms_by_date t
JOIN corpus_by_date c ON c.grain = t.grain AND c.period = t.period;

-- Keyness: log-likelihood G2 (Dunning 1993; Rayson and Garside 2000) of a term in one period
-- against all other periods of the same grain. With a = count in the period, b = count in the
-- other periods, c and d their token totals: E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d),
-- G2 = 2(a ln(a/E1) + b ln(b/E2)), where 0 ln 0 = 0. Signed: positive when the term is relatively
-- more frequent in the period (a/c > b/d), negative when less. A row exists for each term present
-- in the period; with only one period in a grain, G2 is 0. Phrases (n = 2) use the same token
-- totals as words. Grains: those of the per-date tables (day, month, year), and calendar weeks
-- (Monday to Sunday; `period` is the Monday), which the per-date tables do not have: the week
-- counts are summed here from article_terms over the analysed articles dated to the day (a month-
-- or year-precise date has no week; undated articles have none either). A query that names its
-- grain reads only that grain's tables.
CREATE OR REPLACE TEMPORARY VIEW term_keyness AS
WITH grain_tokens AS (
  SELECT grain, sum(tokens) AS all_tokens FROM corpus_by_date GROUP BY grain
), term_totals AS (
  SELECT grain, term, n, sum(count) AS all_count FROM terms_by_date GROUP BY grain, term, n
), period_cells AS (
  SELECT t.grain, t.period, t.term, t.n, t.articles,
         CAST(t.count AS DOUBLE) AS a, CAST(tt.all_count - t.count AS DOUBLE) AS b,
         CAST(c.tokens AS DOUBLE) AS c, CAST(g.all_tokens - c.tokens AS DOUBLE) AS d
  FROM terms_by_date t
  JOIN corpus_by_date c ON c.grain = t.grain AND c.period = t.period
  JOIN term_totals tt ON tt.grain = t.grain AND tt.term = t.term AND tt.n = t.n
  JOIN grain_tokens g ON g.grain = t.grain
), days AS (
  SELECT article_id, n_tokens, CAST(date_trunc('week', published_date) AS DATE) AS period
  FROM analysed_articles WHERE date_precision = 'day'
), week_tokens AS (
  SELECT period, sum(n_tokens) AS tokens FROM days GROUP BY period
), all_week_tokens AS (
  SELECT sum(tokens) AS all_tokens FROM week_tokens
), week_terms AS (
  SELECT d.period, t.term, t.n, count(*) AS articles, sum(t.count) AS count
  FROM article_terms t JOIN days d ON d.article_id = t.article_id
  GROUP BY d.period, t.term, t.n
), week_cells AS (
  SELECT 'week' AS grain, w.period, w.term, w.n, w.articles,
         CAST(w.count AS DOUBLE) AS a,
         CAST(sum(w.count) OVER (PARTITION BY w.term, w.n) - w.count AS DOUBLE) AS b,
         CAST(k.tokens AS DOUBLE) AS c, CAST(g.all_tokens - k.tokens AS DOUBLE) AS d
  FROM week_terms w
  JOIN week_tokens k ON k.period = w.period
  CROSS JOIN all_week_tokens g
), expected AS (
  SELECT *, c * (a + b) / (c + d) AS e1, d * (a + b) / (c + d) AS e2
  FROM (SELECT * FROM period_cells UNION ALL SELECT * FROM week_cells)
)
SELECT grain, period, term, n, articles,
       CAST(a AS BIGINT) AS count, CAST(b AS BIGINT) AS count_rest,
       CAST(c AS BIGINT) AS tokens, CAST(d AS BIGINT) AS tokens_rest,
       CASE WHEN d = 0 THEN 0.0
            ELSE (CASE WHEN a / c >= b / d THEN 1 ELSE -1 END)
                 * 2 * (CASE WHEN a > 0 THEN a * ln(a / e1) ELSE 0 END
                        + CASE WHEN b > 0 THEN b * ln(b / e2) ELSE 0 END)
       END AS g2
FROM expected;

-- Keyness per calendar week: the week rows of term_keyness.
CREATE OR REPLACE TEMPORARY VIEW term_keyness_by_week AS
SELECT * FROM term_keyness WHERE grain = 'week';

-- Collocations: each two-word phrase per grain and period, and over the whole corpus (grain
-- 'corpus', period NULL), with the counts of its two words in the same span and the span's word
-- tokens N. The 2x2 table: o11 = the phrase, o12 = the first word without the second after it,
-- o21 = the second without the first before it, o22 = every other token. pmi = log2(o11 * N /
-- (first_count * second_count)); g2 = Dunning's log-likelihood 2 * sum(o * ln(o / e)) with e from
-- the margins, negative when the phrase occurs less often than its words' counts predict. Filter
-- on `count` for a minimum count (PMI favours rare pairs).
CREATE OR REPLACE TEMPORARY VIEW collocations AS
WITH spans AS (
  SELECT grain, period, term, n, count FROM terms_by_date
  UNION ALL
  SELECT 'corpus', CAST(NULL AS DATE), term, n, count FROM term_frequency
), span_tokens AS (
  SELECT grain, period, tokens FROM corpus_by_date
  UNION ALL
  SELECT 'corpus', CAST(NULL AS DATE), sum(n_tokens) FROM analysed_articles
), cells AS (
  SELECT p.grain, p.period, p.term AS phrase, w1.term AS first, w2.term AS second, p.count,
         w1.count AS first_count, w2.count AS second_count, t.tokens,
         CAST(p.count AS DOUBLE) AS o11, CAST(w1.count - p.count AS DOUBLE) AS o12,
         CAST(w2.count - p.count AS DOUBLE) AS o21,
         CAST(t.tokens - w1.count - w2.count + p.count AS DOUBLE) AS o22
  FROM spans p
  JOIN spans w1 ON w1.n = 1 AND w1.grain = p.grain AND w1.period <=> p.period
                   AND w1.term = split(p.term, ' ')[0]
  JOIN spans w2 ON w2.n = 1 AND w2.grain = p.grain AND w2.period <=> p.period
                   AND w2.term = split(p.term, ' ')[1]
  JOIN span_tokens t ON t.grain = p.grain AND t.period <=> p.period
  WHERE p.n = 2
), expected AS (
  SELECT *, o11 + o12 + o21 + o22 AS total,
         (o11 + o12) * (o11 + o21) / (o11 + o12 + o21 + o22) AS e11,
         (o11 + o12) * (o12 + o22) / (o11 + o12 + o21 + o22) AS e12,
         (o21 + o22) * (o11 + o21) / (o11 + o12 + o21 + o22) AS e21,
         (o21 + o22) * (o12 + o22) / (o11 + o12 + o21 + o22) AS e22
  FROM cells
)
SELECT grain, period, phrase, first, second, count, first_count, second_count, tokens,
       log2(o11 / e11) AS pmi,
       (CASE WHEN o11 >= e11 THEN 1 ELSE -1 END)
         * 2 * (o11 * ln(o11 / e11)
                + CASE WHEN o12 > 0 THEN o12 * ln(o12 / e12) ELSE 0 END
                + CASE WHEN o21 > 0 THEN o21 * ln(o21 / e21) ELSE 0 END
                + CASE WHEN o22 > 0 THEN o22 * ln(o22 / e22) ELSE 0 END) AS g2
FROM expected;

-- Corpus-wide frequency of each canonical entity: mentions, document frequency (analysed articles
-- mentioning it), its share of analysed articles, and the article counts in title position.
CREATE OR REPLACE TEMPORARY VIEW entity_frequency AS
WITH corpus AS (SELECT count(*) AS corpus_articles FROM analysed_articles)
SELECT e.entity, e.type, sum(e.mentions) AS mentions, count(*) AS articles,
       sum(CASE WHEN e.in_title THEN 1 ELSE 0 END) AS title_articles,
       max(corpus.corpus_articles) AS corpus_articles,
       count(*) / max(corpus.corpus_articles) AS article_share
FROM article_entities e CROSS JOIN corpus
GROUP BY e.entity, e.type;

-- Co-occurrence partners of each entity per period: entity_pairs_by_date seen from both sides,
-- so "partners of X" is one filter on entity. articles = articles of the period mentioning both,
-- entity_articles = the period's articles mentioning the entity; share = articles /
-- entity_articles; rank = the partner's rank for the entity and period (1 = most shared).
CREATE OR REPLACE TEMPORARY VIEW entity_partners AS
WITH both_sides AS (
  SELECT grain, period, entity_a AS entity, type_a AS type, entity_b AS partner,
         type_b AS partner_type, articles FROM entity_pairs_by_date
  UNION ALL
  SELECT grain, period, entity_b, type_b, entity_a, type_a, articles FROM entity_pairs_by_date
)
SELECT p.grain, p.period, p.entity, p.type, p.partner, p.partner_type, p.articles,
       d.articles AS entity_articles, p.articles / d.articles AS share,
       rank() OVER (PARTITION BY p.grain, p.period, p.entity, p.type
                    ORDER BY p.articles DESC, p.partner) AS rank
FROM both_sides p
JOIN entities_by_date d
  ON d.grain = p.grain AND d.period = p.period AND d.entity = p.entity AND d.type = p.type;

-- Tone of each article per polarity lexicon, from the additive sums of article_sentiment:
-- tone = (positive - negative) / tokens * 100 (net lexicon weight per 100 words);
-- coverage = hits / tokens (the share of words the lexicon knows);
-- balance = (positive - negative) / (positive + negative), bounded in [-1, 1], null without hits
-- (the share of evaluative weight that is positive, rescaled; independent of article length).
CREATE OR REPLACE TEMPORARY VIEW article_tone AS
SELECT s.article_id, s.published_date, s.lexicon, s.tokens, s.hits, s.positive_hits,
       s.negative_hits, s.negated_hits, s.positive, s.negative,
       CASE WHEN s.tokens > 0 THEN (s.positive - s.negative) / s.tokens * 100 END AS tone,
       CASE WHEN s.tokens > 0 THEN s.hits / s.tokens END AS coverage,
       CASE WHEN s.positive + s.negative > 0
            THEN (s.positive - s.negative) / (s.positive + s.negative) END AS balance
FROM article_sentiment s;

-- Mean tone per period and lexicon: article-weighted (the mean of the articles' tones) and
-- token-weighted (all the period's words pooled), with the counts behind them.
CREATE OR REPLACE TEMPORARY VIEW tone_by_date AS
SELECT grain, period, lexicon, articles, tokens, hits, negated_hits,
       CAST(tone_sum AS DOUBLE) / articles AS mean_tone,
       CASE WHEN tokens > 0 THEN CAST(positive - negative AS DOUBLE) / tokens * 100 END
         AS pooled_tone,
       CASE WHEN tokens > 0 THEN hits / tokens END AS coverage
FROM sentiment_by_date;

-- Tone of the sentences mentioning each entity, per article and lexicon (the same formulas as
-- article_tone over those sentences only), with the article's date precision so it can be
-- rolled up by day, month or year.
CREATE OR REPLACE TEMPORARY VIEW entity_tone AS
SELECT s.article_id, s.published_date, a.date_precision, s.entity, s.type, s.lexicon,
       s.sentences, s.tokens, s.hits, s.negated_hits, s.positive, s.negative,
       CASE WHEN s.tokens > 0 THEN (s.positive - s.negative) / s.tokens * 100 END AS tone
FROM article_entity_sentiment s
JOIN articles a ON a.article_id = s.article_id;

-- The periods each analysed article counts in, by the per-date tables' rules: an article dated to
-- the day counts in its day, month and year; one dated to the month in its month and year; one
-- dated to the year in its year; undated articles in none. period = the day, or the first day of
-- the month or year.
CREATE OR REPLACE TEMPORARY VIEW article_periods AS
SELECT article_id, gp.grain AS grain, gp.period AS period
FROM (
  SELECT article_id, explode(array(
           CASE WHEN date_precision = 'day'
                THEN named_struct('grain', 'day', 'period', published_date) END,
           CASE WHEN date_precision IN ('day', 'month')
                THEN named_struct('grain', 'month', 'period', trunc(published_date, 'MM')) END,
           CASE WHEN date_precision IN ('day', 'month', 'year')
                THEN named_struct('grain', 'year', 'period', trunc(published_date, 'YYYY')) END))
           AS gp
  FROM analysed_articles
  WHERE published_date IS NOT NULL
)
WHERE gp IS NOT NULL;

-- Every entity mention with the sentence it stands in (the title, for a title mention).
CREATE OR REPLACE TEMPORARY VIEW entity_sentences AS
SELECT m.article_id, m.published_date, a.date_precision, a.source, m.entity, m.type, m.in_title,
       m.sentence, m.start_offset, m.end_offset, m.surface,
       CASE WHEN m.in_title THEN a.title
            ELSE substring(a.text, m.sentence_start + 1, m.sentence_end - m.sentence_start)
       END AS sentence_text
FROM entity_mentions m
JOIN articles a ON a.article_id = m.article_id;

-- Every lexicon hit with its sentence: the words behind article_sentiment, article_tone and
-- article_lexicon_categories. intensified = an intensifier or diminisher changed the weight
-- (|factor| other than 1); score = weight * factor, negation's sign flip included.
CREATE OR REPLACE TEMPORARY VIEW tone_hits AS
SELECT h.article_id, h.published_date, a.date_precision, a.source, h.lexicon, h.kind,
       h.category, h.sentence, h.start_offset, h.end_offset, h.word, h.weight, h.negated,
       abs(h.factor) <> 1 AS intensified, h.factor, h.score,
       substring(a.text, h.sentence_start + 1, h.sentence_end - h.sentence_start) AS sentence_text
FROM lexicon_hits h
JOIN analysed_articles a ON a.article_id = h.article_id;

-- The hits behind each row of tone_by_date: tone_hits of polarity lexicons once per grain and
-- period their article counts in. Per grain, period and lexicon: count(*) = hits, sum(score) =
-- positive - negative of sentiment_by_date.
CREATE OR REPLACE TEMPORARY VIEW tone_hits_by_date AS
SELECT p.grain, p.period, h.*
FROM tone_hits h
JOIN article_periods p ON p.article_id = h.article_id
WHERE h.kind = 'polarity';

-- The hits behind each row of entity_tone: the polarity hits in the body sentences that mention
-- the entity (each sentence once, however often it names the entity). Per article, entity and
-- lexicon: count(*) = hits, sum(score) = positive - negative of entity_tone.
CREATE OR REPLACE TEMPORARY VIEW entity_tone_hits AS
SELECT s.entity, s.type, h.*
FROM (SELECT DISTINCT article_id, entity, type, sentence
      FROM entity_mentions WHERE NOT in_title AND sentence IS NOT NULL) s
JOIN tone_hits h ON h.article_id = s.article_id AND h.sentence = s.sentence
WHERE h.kind = 'polarity';

-- Near-copy stories: one row per story (articles.story_id), described by its head (the
-- best-dated copy: title, source, date). publications = every article of the story, exact
-- duplicates included; near_copies = those that are near-copies of the head, exact_copies =
-- exact duplicates (of the head or of a near-copy); outlets = distinct sources among them;
-- min_similarity = the lowest Jaccard similarity of a member's text to the head's.
CREATE OR REPLACE TEMPORARY VIEW stories AS
SELECT h.article_id AS story_id, h.title, h.source, h.published_date, h.date_precision,
       h.language, m.publications, m.near_copies, m.exact_copies, m.outlets, m.sources,
       m.last_published_date, m.min_similarity
FROM articles h
JOIN (SELECT story_id, count(*) AS publications,
             count_if(article_id <> story_id AND duplicate_of IS NULL) AS near_copies,
             count_if(duplicate_of IS NOT NULL) AS exact_copies,
             count(DISTINCT source) AS outlets, array_sort(collect_set(source)) AS sources,
             max(published_date) AS last_published_date,
             min(story_similarity) AS min_similarity
      FROM articles
      WHERE story_id IS NOT NULL
      GROUP BY story_id) m
  ON m.story_id = h.article_id;

-- The periods a story counts in: its head's (article_periods of the head; a story whose head is
-- undated or not analysed counts in none).
CREATE OR REPLACE TEMPORARY VIEW story_periods AS
SELECT a.story_id, p.grain, p.period
FROM article_periods p
JOIN articles a ON a.article_id = p.article_id AND a.story_id = a.article_id;

-- Each canonical entity once per story: publications = the story's analysed articles mentioning
-- it, outlets = their distinct sources, mentions = their mentions.
CREATE OR REPLACE TEMPORARY VIEW story_entities AS
SELECT a.story_id, e.entity, e.type, count(*) AS publications,
       count(DISTINCT a.source) AS outlets, sum(e.mentions) AS mentions
FROM article_entities e
JOIN articles a ON a.article_id = e.article_id
GROUP BY a.story_id, e.entity, e.type;

-- entities_by_date counted once per story, in the period of the story's head: stories = stories
-- with a publication mentioning the entity; publications and mentions summed over them.
CREATE OR REPLACE TEMPORARY VIEW entity_stories_by_date AS
SELECT p.grain, p.period, e.entity, e.type, count(*) AS stories,
       sum(e.publications) AS publications, sum(e.mentions) AS mentions
FROM story_entities e
JOIN story_periods p ON p.story_id = e.story_id
GROUP BY p.grain, p.period, e.entity, e.type;

-- terms_by_date counted once per story, in the period of the story's head: stories = stories
-- with a publication using the term; publications = those publications; count = occurrences
-- in them.
CREATE OR REPLACE TEMPORARY VIEW story_terms_by_date AS
SELECT p.grain, p.period, s.term, s.n, count(*) AS stories,
       sum(s.publications) AS publications, sum(s.count) AS count
FROM (SELECT a.story_id, t.term, t.n, count(*) AS publications, sum(t.count) AS count
      FROM article_terms t
      JOIN articles a ON a.article_id = t.article_id
      GROUP BY a.story_id, t.term, t.n) s
JOIN story_periods p ON p.story_id = s.story_id
GROUP BY p.grain, p.period, s.term, s.n;

-- Tone once per story and polarity lexicon: the mean of its analysed publications' tones
-- (article_tone).
CREATE OR REPLACE TEMPORARY VIEW story_tone AS
SELECT a.story_id, t.lexicon, count(*) AS publications, avg(t.tone) AS mean_tone
FROM article_tone t
JOIN articles a ON a.article_id = t.article_id
GROUP BY a.story_id, t.lexicon;

-- tone_by_date counted once per story, in the period of the story's head: mean_tone = the mean
-- of the stories' tones (each story weighs the same, however many outlets ran it).
CREATE OR REPLACE TEMPORARY VIEW story_tone_by_date AS
SELECT p.grain, p.period, t.lexicon, count(*) AS stories, sum(t.publications) AS publications,
       avg(t.mean_tone) AS mean_tone
FROM story_tone t
JOIN story_periods p ON p.story_id = t.story_id
GROUP BY p.grain, p.period, t.lexicon;
