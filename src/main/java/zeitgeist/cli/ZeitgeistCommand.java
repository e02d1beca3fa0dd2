package zeitgeist.cli;

import java.io.PrintWriter;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import zeitgeist.config.ConfigException;
import zeitgeist.job.ProjectVersion;

/**
 * {@code zeitgeist}: the command-line entry point. Exit codes: 0 success, 1 the job failed, 2 a bad
 * argument (one error line on stderr, before Spark starts) or a bad query.
 */
@Command(
    name = "zeitgeist",
    mixinStandardHelpOptions = true,
    versionProvider = ZeitgeistCommand.Version.class,
    description = "Term, entity and sentiment-lexicon statistics over German news, on Spark.",
    subcommands = {RunCommand.class, SqlCommand.class, StatusCommand.class,
        CommandLine.HelpCommand.class})
public final class ZeitgeistCommand implements Runnable {
  public static final int EXIT_FAILURE = 1;
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a command is required: run, sql or status");
  }

  /** Parses and runs {@code args}; returns the exit code. Leaves any SparkSession running. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new ZeitgeistCommand());
    cli.setParameterExceptionHandler((ex, a) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println(ex.getCommandLine().getCommandName().equals("zeitgeist")
          ? "zeitgeist: error: " + ex.getMessage()
          : "zeitgeist " + ex.getCommandLine().getCommandName() + ": error: " + ex.getMessage()
              + " (see --help)");
      err.flush();
      return EXIT_USAGE;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (ex instanceof ConfigException) {
        err.println("zeitgeist " + commandLine.getCommandName() + ": error: " + ex.getMessage());
        err.flush();
        return EXIT_USAGE;
      }
      err.println("zeitgeist " + commandLine.getCommandName() + ": failed: " + ex);
      err.flush();
      if (Boolean.getBoolean("zeitgeist.verbose")) {
        ex.printStackTrace(err);
      }
      return EXIT_FAILURE;
    });
    return cli.execute(args);
  }

  public static void main(String[] args) {
    int code = execute(args);
    SparkSession.getActiveSession().foreach(s -> {
      s.stop();
      return null;
    });
    System.exit(code);
  }

  /** Prints the project version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"zeitgeist " + ProjectVersion.get()};
    }
  }
}
