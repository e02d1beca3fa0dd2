package zeitgeist.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import zeitgeist.config.ConfigException;

/**
 * {@code run --config FILE}: the options of {@code run} from a file, so that a scheduler's command
 * line stays short. The file is a Java properties file ({@code key = value} or {@code key value}
 * lines, {@code #} comments, the format of Spark's {@code spark-defaults.conf}).
 *
 * <p>Rules: a key is the long name of a {@code run} option without its dashes ({@code input},
 * {@code warehouse}, {@code ner}, {@code lexicon}, ...). A list option ({@code input}, {@code
 * field}, {@code gazetteer}, {@code lexicon}) takes a comma-separated list; an on/off option
 * ({@code keep-stopwords}, {@code full}, ...) takes {@code true} or {@code false}. An option given
 * on the command line wins over the file's (a list too: the file's list is then not used). A key
 * starting with {@code spark.} is a Spark setting: it becomes a Java system property, which Spark
 * reads when it starts, unless one is set already ({@code --conf} given to the launcher wins);
 * settings that must be known before the JVM starts ({@code spark.driver.memory}) belong on the
 * launcher's command line. Any other key, or a bad value, is one error line naming the file and the
 * key, exit code 2, before Spark starts. The options read from the file are recorded in {@code
 * runs.arguments}, after those of the command line.
 */
final class RunConfigFile {
  static final String OPTION = "--config";

  private RunConfigFile() {}

  /**
   * The arguments of {@code run} with the file's options in place of {@code --config FILE}.
   *
   * @param args the command line after {@code run}
   * @throws ConfigException for an unreadable file, an unknown key or a bad value
   */
  static List<String> expand(CommandSpec run, List<String> args) {
    List<String> cli = new ArrayList<>();
    Path file = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals(OPTION)) {
        if (i + 1 >= args.size()) {
          throw new ConfigException(OPTION + " needs a FILE");
        }
        file = Path.of(args.get(++i));
      } else if (a.startsWith(OPTION + "=")) {
        file = Path.of(a.substring(OPTION.length() + 1));
      } else {
        cli.add(a);
      }
    }
    if (file == null) {
      return args;
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException(
          "cannot read the configuration file " + file + ": " + e.getMessage());
    }
    List<String> out = new ArrayList<>(cli);
    for (String key : new TreeSet<>(p.stringPropertyNames())) {
      String value = p.getProperty(key).strip();
      if (key.startsWith("spark.")) {
        if (System.getProperty(key) == null) {
          System.setProperty(key, value);
        }
        continue;
      }
      OptionSpec option = key.equals("config") ? null : run.findOption("--" + key);
      if (option == null || option.usageHelp() || option.versionHelp()) {
        throw new ConfigException(
            file
                + ": unknown key '"
                + key
                + "': keys are the options of run without their "
                + "dashes (input, warehouse, ner, lexicon, ...) or Spark settings (spark.*)");
      }
      if (given(cli, option)) {
        continue;
      }
      if (option.arity().max() == 0) {
        String v = value.toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
          throw new ConfigException(
              file + ": key '" + key + "' takes true or false, not '" + value + "'");
        }
        if (v.equals("true")) {
          out.add(option.longestName());
        }
      } else if (option.isMultiValue()) {
        for (String item : value.split(",")) {
          if (!item.isBlank()) {
            out.add(option.longestName() + "=" + item.strip());
          }
        }
      } else {
        out.add(option.longestName() + "=" + value);
      }
    }
    // each value as picocli reads it, so a bad one names the file and the key
    for (int i = cli.size(); i < out.size(); i++) {
      String arg = out.get(i);
      try {
        new CommandLine(newRunCommand()).parseArgs(withRequired(run, arg));
      } catch (CommandLine.ParameterException e) {
        String key = arg.replaceFirst("^--", "").replaceFirst("=.*$", "");
        throw new ConfigException(file + ": key '" + key + "': " + e.getMessage());
      }
    }
    return out;
  }

  private static boolean given(List<String> cli, OptionSpec option) {
    for (String a : cli) {
      for (String name : option.names()) {
        if (a.equals(name) || a.startsWith(name + "=")) {
          return true;
        }
      }
    }
    return false;
  }

  /** One argument, with placeholders for the required options, so that parsing checks it alone. */
  private static String[] withRequired(CommandSpec run, String arg) {
    List<String> args = new ArrayList<>();
    for (OptionSpec o :
        run.requiredArgs().stream()
            .filter(OptionSpec.class::isInstance)
            .map(OptionSpec.class::cast)
            .toList()) {
      if (!arg.startsWith(o.longestName())) {
        args.add(o.longestName() + "=x");
      }
    }
    args.add(arg);
    return args.toArray(String[]::new);
  }

  private static Object newRunCommand() {
    return new RunCommand();
  }
}
