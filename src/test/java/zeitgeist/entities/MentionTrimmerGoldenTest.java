package zeitgeist.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zeitgeist.GoldenFile;

/** {@link MentionTrimmer} against {@code golden/entities/trimming.tsv}. */
class MentionTrimmerGoldenTest {
  private static final GazetteerIndex ALIASES =
      new GazetteerIndex(EntityCanonicalGoldenTest.testGazetteer());
  private static final MentionTrimmer TRIMMER = new MentionTrimmer(ALIASES::isAlias);

  static Stream<Arguments> cases() {
    return GoldenFile.cases("golden/entities/trimming.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void trims(String location, GoldenFile.Case c) {
    String left =
        TRIMMER
            .trim(new Mention(0, c.input().length(), c.input(), EntityType.PER))
            .map(Mention::surface)
            .orElse("(dropped)");
    assertEquals(c.expected(), left, location);
  }
}
