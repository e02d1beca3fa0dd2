package zeitgeist.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zeitgeist.GoldenFile;

/** The source {@link ArticleTextCleaner} recognises, against {@code golden/sources.tsv}. */
class SourcesGoldenTest {
  private static final ArticleTextCleaner CLEANER = new ArticleTextCleaner();

  static Stream<Arguments> cases() {
    return GoldenFile.cases("golden/sources.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void recognisesSource(String location, GoldenFile.Case c) {
    CleanedText cleaned = CLEANER.clean(c.input(), null);
    assertEquals(c.expected(), GoldenValues.orNone(cleaned.source()), location);
  }
}
