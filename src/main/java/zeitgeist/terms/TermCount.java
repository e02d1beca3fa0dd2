package zeitgeist.terms;

import java.io.Serializable;

/**
 * How often one term occurs in one article: a row of the per-article term table.
 *
 * @param term the normalised term; for {@code n = 2} the two word terms joined by one space ({@code
 *     weiß haus})
 * @param n 1 for a word, 2 for a two-word phrase
 * @param surface the most frequent way the term is written in the article, the first of those when
 *     several are as frequent ({@code Weißen Haus})
 * @param count occurrences in the article, at least 1
 * @param firstOffset char offset of the first occurrence in the analysed text
 */
public record TermCount(String term, int n, String surface, int count, int firstOffset)
    implements Serializable {}
