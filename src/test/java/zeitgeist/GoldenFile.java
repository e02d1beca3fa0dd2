package zeitgeist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads a golden file of {@code input<TAB>expected} lines from the test classpath. Lines starting
 * with {@code #} and blank lines are notes. The input may use the escapes {@code \n}, {@code \t},
 * {@code \\} and {@code \}{@code uXXXX}; the expected value is taken literally. Shared by the
 * golden tests of every package.
 */
public final class GoldenFile {
  /** One case: where it stands, for the failure message, and what it says. */
  public record Case(String location, String input, String expected) {
    @Override
    public String toString() {
      return location;
    }
  }

  private GoldenFile() {}

  /** The cases of {@code resource}, one JUnit argument each, named by file and line number. */
  public static Stream<Arguments> cases(String resource) {
    return read(resource).stream().map(c -> Arguments.of(c.location(), c));
  }

  public static List<Case> read(String resource) {
    InputStream in = GoldenFile.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("golden file not on the classpath: " + resource));
    }
    List<Case> cases = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        String location = resource + ":" + number;
        if (tab < 0) {
          throw new IllegalArgumentException(location + ": no TAB between input and expected");
        }
        cases.add(new Case(location, unescape(line.substring(0, tab)), line.substring(tab + 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read golden file " + resource, e);
    }
    return cases;
  }

  static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char next = s.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case '\\' -> out.append('\\');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append('\\').append(next);
      }
    }
    return out.toString();
  }
}
