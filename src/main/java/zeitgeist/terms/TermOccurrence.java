package zeitgeist.terms;

import java.io.Serializable;

/**
 * One counted occurrence of a term or phrase in an analysed text.
 *
 * @param surface as written; a phrase's two words joined by one space
 * @param start char offset of its first char in the analysed text
 * @param end char offset after its last char (a phrase: after its second word)
 */
public record TermOccurrence(String surface, int start, int end) implements Serializable {}
