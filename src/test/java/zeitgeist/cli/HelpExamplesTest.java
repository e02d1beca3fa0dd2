package zeitgeist.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's {@code --help} teaches: it shows examples and the exit codes, and every example
 * parses as written (its command and options exist and their values convert).
 */
class HelpExamplesTest {
  private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");

  private static String help(String... args) {
    StringWriter out = new StringWriter();
    int code =
        ZeitgeistCommand.execute(
            new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), args);
    assertEquals(0, code, String.join(" ", args));
    return out.toString();
  }

  /** The example commands of a help text, continuation lines joined, comments and redirects cut. */
  static List<String> examples(String help) {
    List<String> out = new ArrayList<>();
    String section = help.substring(help.indexOf("\nExamples:\n") + "\nExamples:\n".length());
    StringBuilder current = null;
    for (String line : section.split("\n")) {
      String l = line.strip();
      if (current != null) {
        current.append(' ').append(l);
      } else if (l.startsWith("zeitgeist ")) {
        current = new StringBuilder(l);
      } else {
        continue;
      }
      if (current.toString().endsWith("\\")) {
        current.setLength(current.length() - 1);
        current = new StringBuilder(current.toString().strip());
      } else {
        out.add(current.toString().replaceAll("\\s+\\(.*\\)$", "").replaceAll(" > \\S+$", ""));
        current = null;
      }
    }
    return out;
  }

  @Test
  void everyCommandShowsExamplesThatParseAndItsExitCodes() {
    CommandLine root = new CommandLine(new ZeitgeistCommand());
    List<String> commands = new ArrayList<>(root.getSubcommands().keySet());
    commands.remove("help");
    assertEquals(11, commands.size(), commands.toString());
    for (String command : commands) {
      String text = help(command, "--help");
      assertTrue(text.contains("\nExit codes:\n  0 "), command + ":\n" + text);
      assertTrue(text.contains("\n  1 ") && text.contains("\n  2 "), command + ":\n" + text);
      List<String> examples = examples(text);
      assertTrue(examples.size() >= 2, command + ": " + examples);
      for (String example : examples) {
        List<String> args = new ArrayList<>();
        Matcher m = TOKEN.matcher(example.substring("zeitgeist ".length()));
        while (m.find()) {
          args.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        assertDoesNotThrow(
            () -> new CommandLine(new ZeitgeistCommand()).parseArgs(args.toArray(String[]::new)),
            command + " example: " + example);
      }
    }
  }

  @Test
  void theExamplesAreReadFromTheHelpText() {
    assertEquals(
        List.of(
            "zeitgeist run -i in -w wh --rebuild",
            "zeitgeist sql -w wh \"SELECT 1\"",
            "zeitgeist sql -w wh"),
        examples(
            "Usage: ...\n\nExamples:\n  zeitgeist run -i in -w wh \\\n      --rebuild\n"
                + "  zeitgeist sql -w wh \"SELECT 1\" > out.csv\n"
                + "  zeitgeist sql -w wh     (a shell)\n"));
  }

  @Test
  void theTopLevelHelpListsTheExitCodesOfEveryCommand() {
    String text = help("--help");
    for (String code : List.of("0", "1", "2", "3", "75")) {
      assertTrue(text.contains("\n  " + code + " "), code + ":\n" + text);
    }
  }
}
