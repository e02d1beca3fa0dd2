package zeitgeist.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zeitgeist.GoldenFile;

/** {@link MetadataDateParser} against {@code golden/metadata-dates.tsv}. */
class MetadataDatesGoldenTest {
  static Stream<Arguments> cases() {
    return GoldenFile.cases("golden/metadata-dates.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parsesAsExpected(String location, GoldenFile.Case c) {
    Optional<PublicationDate> parsed = MetadataDateParser.parse(c.input());
    assertEquals(
        c.expected(), GoldenValues.describe(parsed.orElse(null)), location + ": " + c.input());
    parsed.ifPresent(d -> assertEquals(DateOrigin.FIELD, d.origin(), location));
  }
}
