package zeitgeist.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import zeitgeist.cli.ZeitgeistCommand;

/** The build's versions are the pom's, and {@code --version} prints them with the commit. */
class BuildInfoTest {
  private static String pom(String regex) throws Exception {
    Matcher m = Pattern.compile(regex).matcher(Files.readString(Path.of("pom.xml")));
    assertTrue(m.find(), regex);
    return m.group(1);
  }

  @Test
  void versionsAreThePomsAndTheCommitIsGits() throws Exception {
    BuildInfo b = BuildInfo.get();
    assertEquals(
        pom("<artifactId>zeitgeist</artifactId>\\s*<version>([^<]+)</version>"), b.version());
    assertEquals(pom("<spark.version>([^<]+)<"), b.spark());
    assertEquals(pom("<delta.version>([^<]+)<"), b.delta());
    assertEquals(pom("<corenlp.version>([^<]+)<"), b.corenlp());
    boolean checkout = Files.isDirectory(Path.of(".git"));
    assertTrue(
        checkout ? b.commit().matches("[0-9a-f]{10}(-modified)?") : b.commit().equals("unknown"),
        b.commit());
    assertEquals(
        b.version()
            + " (commit "
            + b.commit()
            + "; Spark 9.9.9, Delta Lake "
            + b.delta()
            + ", CoreNLP "
            + b.corenlp()
            + ")",
        b.describe("9.9.9"));
  }

  @Test
  void versionOptionPrintsTheBuild() {
    StringWriter out = new StringWriter();
    int code =
        ZeitgeistCommand.execute(
            new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--version");
    assertEquals(0, code);
    BuildInfo b = BuildInfo.get();
    String[] lines = out.toString().split("\n");
    assertEquals("zeitgeist " + b.version() + " (commit " + b.commit() + ")", lines[0]);
    assertEquals(
        "built with Spark " + b.spark() + ", Delta Lake " + b.delta() + ", CoreNLP " + b.corenlp(),
        lines[1]);
  }
}
