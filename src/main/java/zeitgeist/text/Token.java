package zeitgeist.text;

import java.io.Serializable;

/**
 * One word token of an {@link AnalyzedText}: a word, an abbreviation or a number. Punctuation and
 * symbols are not tokens; what stands between two tokens can be read from the text with their
 * offsets.
 *
 * @param surface the token as written, {@code text.substring(start, end)}
 * @param start offset of the first char in the analysed text
 * @param end offset after the last char
 * @param sentence index of the sentence in {@link AnalyzedText#sentences()}
 * @param pos the Universal Dependencies part-of-speech tag given by the OpenNLP German tagger
 *     ({@code NOUN}, {@code PROPN}, {@code VERB}, {@code ADP+DET}, ...)
 * @param term the normalised term: a lower-case lemma ({@code Gesprächen → gespräch}); for a number
 *     its surface, unchanged
 * @param stopword whether the token is a German function word ({@link GermanStopwords})
 * @param number whether the token has no letter ({@code 2017}, {@code 2,5}, {@code 1.000}); a
 *     number is a token but never a term
 */
public record Token(
    String surface,
    int start,
    int end,
    int sentence,
    String pos,
    String term,
    boolean stopword,
    boolean number)
    implements Serializable {}
