package zeitgeist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and the documentation under {@code docs/} link only to files that exist and to
 * headings those files have (anchors made as GitHub makes them), so every section the README points
 * to can be reached; and the README stays a front door.
 */
class DocumentationLinksTest {
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("#{1,6} (.+)");

  private static List<Path> documents() throws IOException {
    Path root = TestSpark.projectDir();
    List<Path> docs = new ArrayList<>();
    docs.add(root.resolve("README.md"));
    try (Stream<Path> s = Files.list(root.resolve("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    return docs;
  }

  /**
   * GitHub's anchor of a heading: lower case, only letters, digits, '_', '-' and spaces, spaces to
   * '-'.
   */
  static String anchor(String heading) {
    String t = heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\- ]", "");
    return t.replace(' ', '-');
  }

  /** The anchors of {@code file}'s headings outside code blocks, numbered as GitHub does. */
  static Set<String> anchors(Path file) throws IOException {
    Set<String> out = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean code = false;
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("```")) {
        code = !code;
      }
      Matcher h = HEADING.matcher(line);
      if (!code && h.matches()) {
        String a = anchor(h.group(1));
        int n = seen.merge(a, 1, Integer::sum) - 1;
        out.add(n == 0 ? a : a + "-" + n);
      }
    }
    return out;
  }

  @Test
  void anchorsAreMadeAsGitHubMakesThem() {
    assertEquals(
        "zeitgeist-sql---warehouse-dir---format-tablecsvjson",
        anchor("`zeitgeist sql --warehouse DIR [--format table|csv|json]`"));
    assertEquals("notebooks-protocol", anchor("Notebooks' protocol"));
    assertEquals(
        "entities-recognition-and-canonical-names",
        anchor("Entities: recognition and canonical names"));
  }

  @Test
  void everyRelativeLinkReachesAFileAndHeading() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path doc : documents()) {
      boolean code = false;
      for (String line : Files.readAllLines(doc)) {
        if (line.startsWith("```")) {
          code = !code;
        }
        if (code) {
          continue;
        }
        Matcher m = LINK.matcher(line);
        while (m.find()) {
          String target = m.group(1);
          if (target.matches("[a-z]+:.*")) {
            continue;
          }
          int hash = target.indexOf('#');
          String file = hash < 0 ? target : target.substring(0, hash);
          Path p = file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
          if (!Files.exists(p)) {
            broken.add(doc.getFileName() + ": no file " + target);
          } else if (hash >= 0 && !anchors(p).contains(target.substring(hash + 1))) {
            broken.add(doc.getFileName() + ": no heading " + target);
          }
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void theReadmeIsAFrontDoorThatLinksEveryDocument() throws IOException {
    Path readme = TestSpark.projectDir().resolve("README.md");
    String text = Files.readString(readme);
    long lines = text.lines().count();
    assertTrue(lines <= 250, "README.md has " + lines + " lines");
    for (Path doc : documents()) {
      if (!doc.equals(readme)) {
        assertTrue(
            text.contains("](docs/" + doc.getFileName() + ")"),
            "README.md does not link " + doc.getFileName());
      }
    }
  }
}
