package zeitgeist.lexicon;

/**
 * One lexicon match in an analysed text: the word tokens {@code [firstToken, endToken)} of {@link
 * zeitgeist.text.AnalyzedText#tokens()} that matched one lexicon entry, the entry's category and
 * its weight as the lexicon gives it (before negation and intensifiers).
 *
 * @param category for polarity lexicons {@code positive} or {@code negative} (by the weight's sign,
 *     or the file the entry came from); for category lexicons (LIWC-style) the category name
 * @param weight polarity weight in [-1, 1] (negative for negative words); 1 for category entries
 *     without a weight
 */
public record Hit(int firstToken, int endToken, String category, double weight) {
  public Hit {
    if (firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException("bad hit span [" + firstToken + ", " + endToken + ")");
    }
  }
}
