package zeitgeist.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zeitgeist.GoldenFile;

/** The word tokens of {@link GermanTextAnalyzer}, against {@code golden/text/tokens.tsv}. */
class TokensGoldenTest {
  private static final GermanTextAnalyzer ANALYZER = new GermanTextAnalyzer();

  static Stream<Arguments> cases() {
    return GoldenFile.cases("golden/text/tokens.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void tokenizes(String location, GoldenFile.Case c) {
    String actual =
        ANALYZER.analyze(c.input()).tokens().stream()
            .map(Token::surface)
            .collect(Collectors.joining(" | "));
    assertEquals(c.expected(), actual, location);
  }
}
