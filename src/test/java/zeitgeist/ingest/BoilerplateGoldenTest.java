package zeitgeist.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole-article cleaning against the pairs in {@code golden/boilerplate/}: {@code X.in.txt} is the
 * raw text, {@code X.expected.txt} starts with the lines {@code date: }, {@code title: } and {@code
 * source: } (as in the other golden files, {@code none} for null), then a line {@code ---}, then
 * the exact cleaned text.
 */
class BoilerplateGoldenTest {
  private static final String DIRECTORY = "golden/boilerplate";
  private static final String SEPARATOR = "---\n";
  private static final ArticleTextCleaner CLEANER = new ArticleTextCleaner();

  static Stream<String> cases() throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.list(directory())) {
      names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".in.txt"))
              .map(n -> n.substring(0, n.length() - ".in.txt".length()))
              .sorted()
              .toList();
    }
    assertFalse(names.isEmpty(), "no *.in.txt cases in " + DIRECTORY);
    return names.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void cleansAsExpected(String name) throws IOException {
    String raw = Files.readString(directory().resolve(name + ".in.txt"), StandardCharsets.UTF_8);
    String expected = read(name + ".expected.txt");
    int split = expected.indexOf(SEPARATOR);
    if (split < 0) {
      throw new IllegalArgumentException(name + ".expected.txt: no '---' line");
    }
    String header = expected.substring(0, split);
    String expectedText = expected.substring(split + SEPARATOR.length()).stripTrailing();

    CleanedText cleaned = CLEANER.clean(raw, null);
    String actualHeader =
        "date: "
            + GoldenValues.describeWithOrigin(cleaned.date())
            + "\n"
            + "title: "
            + GoldenValues.orNone(cleaned.title())
            + "\n"
            + "source: "
            + GoldenValues.orNone(cleaned.source())
            + "\n";
    assertAll(
        () -> assertEquals(header, actualHeader, name + ": date, title, source"),
        () -> assertEquals(expectedText, cleaned.text(), name + ": cleaned text"));
  }

  private static String read(String file) throws IOException {
    return Files.readString(directory().resolve(file), StandardCharsets.UTF_8);
  }

  private static Path directory() {
    URL url = BoilerplateGoldenTest.class.getClassLoader().getResource(DIRECTORY);
    if (url == null) {
      throw new UncheckedIOException(new IOException("not on the test classpath: " + DIRECTORY));
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad resource URL " + url, e);
    }
  }
}
