package zeitgeist.text;

/**
 * A token found by {@link GermanTokenizer}, before tagging: its span and its kind.
 *
 * @param mayEndSentence for an abbreviation, whether its period may also end the sentence ({@code
 *     usw.}, {@code etc.}); false for every other kind
 */
record TokenSpan(int start, int end, Kind kind, boolean mayEndSentence) {

  enum Kind {
    /**
     * Letters, possibly with digits, hyphens and apostrophes: {@code US-Präsident}, {@code G20}.
     */
    WORD,
    /** Digits without letters: {@code 2017}, {@code 2,5}, {@code 1.000}, {@code 20:00}. */
    NUMBER,
    /** A word ending in its abbreviation period: {@code Dr.}, {@code z.B.}, {@code z. B.}. */
    ABBREVIATION,
    /** One punctuation mark or symbol; a run of periods is one mark ({@code ...}). */
    PUNCT
  }

  boolean isWord() {
    return kind != Kind.PUNCT;
  }

  String text(String s) {
    return s.substring(start, end);
  }
}
