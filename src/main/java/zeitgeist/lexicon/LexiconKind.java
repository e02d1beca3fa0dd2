package zeitgeist.lexicon;

/** What the categories and weights of a {@link Lexicon} mean. */
public enum LexiconKind {
  /**
   * A sentiment lexicon: every entry is {@link #POSITIVE} or {@link #NEGATIVE}, its weight lies in
   * [-1, 1], is not 0 and its sign agrees with the category.
   */
  POLARITY,
  /**
   * A category lexicon in the manner of LIWC: any category names, several per word allowed; the
   * weight is 1 unless the file gives one.
   */
  CATEGORIES;

  /** The category of positive entries in a {@link #POLARITY} lexicon. */
  public static final String POSITIVE = "positive";

  /** The category of negative entries in a {@link #POLARITY} lexicon. */
  public static final String NEGATIVE = "negative";
}
