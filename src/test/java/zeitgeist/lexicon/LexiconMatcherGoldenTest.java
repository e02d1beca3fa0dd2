package zeitgeist.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zeitgeist.GoldenFile;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.GermanTextAnalyzer;

/**
 * {@link LexiconMatcher} on analysed German text, against {@code golden/lexicon/}: {@code
 * matcher.tsv} (a small polarity lexicon), {@code categories.tsv} (a LIWC-style dictionary) and
 * {@code shipped.tsv} (the shipped lexicon, guarding rules and data together).
 */
class LexiconMatcherGoldenTest {
  private static final GermanTextAnalyzer ANALYZER = new GermanTextAnalyzer();
  private static final LexiconMatcher POLARITY =
      new LexiconMatcher(Lexicons.load(null, resource("lexicons/test-polarity.tsv"), null));
  private static final LexiconMatcher CATEGORIES =
      new LexiconMatcher(Lexicons.load(null, resource("lexicons/test-categories.dic"), null));
  private static final LexiconMatcher SHIPPED = new LexiconMatcher(Lexicons.shipped());

  static Stream<Arguments> polarityCases() {
    return GoldenFile.cases("golden/lexicon/matcher.tsv");
  }

  static Stream<Arguments> categoryCases() {
    return GoldenFile.cases("golden/lexicon/categories.tsv");
  }

  static Stream<Arguments> shippedCases() {
    return GoldenFile.cases("golden/lexicon/shipped.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("polarityCases")
  void matchesPolarityLexicon(String location, GoldenFile.Case c) {
    assertEquals(c.expected(), describe(POLARITY, c.input()), location);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("categoryCases")
  void matchesCategoryLexicon(String location, GoldenFile.Case c) {
    assertEquals(c.expected(), describe(CATEGORIES, c.input()), location);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedCases")
  void matchesShippedLexicon(String location, GoldenFile.Case c) {
    assertEquals(c.expected(), describe(SHIPPED, c.input()), location);
  }

  /** The hits as {@code text/category/weight} joined by {@code " | "}; {@code -} if none. */
  static String describe(LexiconMatcher matcher, String text) {
    AnalyzedText t = ANALYZER.analyze(text);
    String hits = describe(t, matcher.match(t));
    return hits.isEmpty() ? "-" : hits;
  }

  /** The hits as {@code matched text/category/weight}, joined by {@code " | "}. */
  static String describe(AnalyzedText t, List<Hit> hits) {
    return hits.stream()
        .map(
            h ->
                t.text()
                        .substring(
                            t.tokens().get(h.firstToken()).start(),
                            t.tokens().get(h.endToken() - 1).end())
                    + "/"
                    + h.category()
                    + "/"
                    + h.weight())
        .collect(Collectors.joining(" | "));
  }

  static Path resource(String name) {
    try {
      return Path.of(LexiconMatcherGoldenTest.class.getClassLoader().getResource(name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
