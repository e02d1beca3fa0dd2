package zeitgeist.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zeitgeist.GoldenFile;

/**
 * The terms of {@link GermanTextAnalyzer}, against {@code golden/text/terms.tsv}: {@code
 * surface/term} per token, {@code *} after a stopword, {@code #} after a number.
 */
class TermsGoldenTest {
  private static final GermanTextAnalyzer ANALYZER = new GermanTextAnalyzer();

  static Stream<Arguments> cases() {
    return GoldenFile.cases("golden/text/terms.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void normalisesTerms(String location, GoldenFile.Case c) {
    assertEquals(c.expected(), describe(ANALYZER.analyze(c.input())), location);
  }

  static String describe(AnalyzedText t) {
    return t.tokens().stream()
        .map(
            k -> k.surface() + "/" + k.term() + (k.stopword() ? "*" : "") + (k.number() ? "#" : ""))
        .collect(Collectors.joining(" "));
  }
}
