package zeitgeist.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zeitgeist.GoldenFile;

/** The title {@link ArticleTextCleaner} finds in a text, against {@code golden/titles.tsv}. */
class TitlesGoldenTest {
  private static final ArticleTextCleaner CLEANER = new ArticleTextCleaner();

  static Stream<Arguments> cases() {
    return GoldenFile.cases("golden/titles.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsTitle(String location, GoldenFile.Case c) {
    CleanedText cleaned = CLEANER.clean(c.input(), null);
    assertEquals(c.expected(), GoldenValues.orNone(cleaned.title()), location);
    if (cleaned.title() != null) {
      String title = cleaned.title().toLowerCase(Locale.ROOT);
      for (String line : cleaned.text().split("\n")) {
        assertFalse(
            line.toLowerCase(Locale.ROOT).equals(title),
            location + ": a line repeating the title is left in the text");
      }
    }
  }
}
