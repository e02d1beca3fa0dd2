package zeitgeist.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zeitgeist.GoldenFile;

/** {@link LanguageIdentifier} against {@code golden/languages.tsv}. */
class LanguagesGoldenTest {
  private static final Pattern WITH_CORPUS = Pattern.compile("(\\S+) \\(corpus (\\S+)\\)");

  static Stream<Arguments> cases() {
    return GoldenFile.cases("golden/languages.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void identifiesLanguage(String location, GoldenFile.Case c) {
    Matcher m = WITH_CORPUS.matcher(c.expected());
    String expected = m.matches() ? m.group(1) : c.expected();
    String corpus = m.matches() ? m.group(2) : null;
    assertEquals(
        expected, LanguageIdentifier.identify(c.input(), corpus), location + ": " + c.input());
  }
}
