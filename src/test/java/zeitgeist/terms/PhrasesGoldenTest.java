package zeitgeist.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zeitgeist.GoldenFile;
import zeitgeist.text.GermanTextAnalyzer;

/**
 * The two-word phrases {@link TermCounter} finds in analysed text, against {@code
 * golden/terms/phrases.tsv}: {@code term (surface) count} per phrase, in output order.
 */
class PhrasesGoldenTest {
  private static final GermanTextAnalyzer ANALYZER = new GermanTextAnalyzer();
  private static final TermCounter COUNTER = new TermCounter();

  static Stream<Arguments> cases() {
    return GoldenFile.cases("golden/terms/phrases.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsPhrases(String location, GoldenFile.Case c) {
    String actual =
        COUNTER.count(ANALYZER.analyze(c.input())).stream()
            .filter(r -> r.n() == 2)
            .map(r -> r.term() + " (" + r.surface() + ") " + r.count())
            .collect(Collectors.joining(" | "));
    assertEquals(c.expected(), actual.isEmpty() ? "none" : actual, location);
  }
}
