package zeitgeist.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zeitgeist.GoldenFile;

/**
 * {@link GazetteerRecognizer} with the shipped gazetteer, against {@code
 * golden/entities/gazetteer-shipped.tsv}: guards the rules and the data together.
 */
class GazetteerShippedGoldenTest {
  private static final GazetteerRecognizer RECOGNIZER =
      new GazetteerRecognizer(Gazetteer.shipped());

  static Stream<Arguments> cases() {
    return GoldenFile.cases("golden/entities/gazetteer-shipped.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void recognisesShippedNames(String location, GoldenFile.Case c) {
    String actual =
        RECOGNIZER.recognize(c.input()).stream()
            .map(m -> m.surface() + "/" + m.type())
            .collect(Collectors.joining(" | "));
    assertEquals(c.expected(), actual.isEmpty() ? "-" : actual, location);
  }
}
