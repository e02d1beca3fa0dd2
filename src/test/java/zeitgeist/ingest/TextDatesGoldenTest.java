package zeitgeist.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zeitgeist.GoldenFile;

/** The date {@link ArticleTextCleaner} finds in a text, against {@code golden/text-dates.tsv}. */
class TextDatesGoldenTest {
  private static final ArticleTextCleaner CLEANER = new ArticleTextCleaner();

  static Stream<Arguments> cases() {
    return GoldenFile.cases("golden/text-dates.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsDate(String location, GoldenFile.Case c) {
    CleanedText cleaned = CLEANER.clean(c.input(), null);
    assertEquals(c.expected(), GoldenValues.describeWithOrigin(cleaned.date()), location);
  }
}
