package zeitgeist.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zeitgeist.GoldenFile;

/** The sentences of {@link GermanTextAnalyzer}, against {@code golden/text/sentences.tsv}. */
class SentencesGoldenTest {
  private static final GermanTextAnalyzer ANALYZER = new GermanTextAnalyzer();

  static Stream<Arguments> cases() {
    return GoldenFile.cases("golden/text/sentences.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void splitsSentences(String location, GoldenFile.Case c) {
    AnalyzedText t = ANALYZER.analyze(c.input());
    String actual =
        t.sentences().stream()
            .map(s -> s.text(t.text()).replace("\n", "\\n"))
            .collect(Collectors.joining(" || "));
    assertEquals(c.expected(), actual, location);
  }
}
