package zeitgeist.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zeitgeist.GoldenFile;

/**
 * {@link EntityCanonicalizer} against {@code golden/entities/canonical.tsv}, with the small
 * gazetteer {@code golden/entities/gazetteer.tsv}; the markup is {@link EntityMarkup}'s.
 */
class EntityCanonicalGoldenTest {
  static final String GAZETTEER = "golden/entities/gazetteer.tsv";
  private static final EntityCanonicalizer CANONICALIZER = new EntityCanonicalizer(testGazetteer());

  static Gazetteer testGazetteer() {
    try (InputStream in =
        EntityCanonicalGoldenTest.class.getClassLoader().getResourceAsStream(GAZETTEER)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(GAZETTEER + " is not on the classpath"));
      }
      return Gazetteer.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), GAZETTEER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> cases() {
    return GoldenFile.cases("golden/entities/canonical.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void canonicalises(String location, GoldenFile.Case c) {
    assertEquals(
        c.expected(),
        EntityMarkup.describe(EntityMarkup.canonicalize(CANONICALIZER, c.input())),
        location);
  }
}
