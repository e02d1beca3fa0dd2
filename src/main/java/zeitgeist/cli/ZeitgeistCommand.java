package zeitgeist.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import zeitgeist.config.BuildInfo;
import zeitgeist.config.ConfigException;
import zeitgeist.tables.WarehouseLock;

/**
 * {@code zeitgeist}: the command-line entry point. Exit codes: 0 success, 1 the job failed, 2 a bad
 * argument (one error line on stderr, before Spark starts) or a query Spark cannot parse or
 * analyse, 3 {@code status} found that the warehouse needs attention, 75 another run (or {@code
 * maintain}) holds the warehouse.
 */
@Command(
    name = "zeitgeist",
    mixinStandardHelpOptions = true,
    versionProvider = ZeitgeistCommand.Version.class,
    description = "Term, entity and sentiment-lexicon statistics over German news, on Spark.",
    footerHeading = ExitCodes.EXAMPLES,
    footer = {
      "  zeitgeist run --input data/sample --warehouse warehouse",
      "  zeitgeist sql --warehouse warehouse \"SELECT * FROM top_terms LIMIT 20\"",
      "  zeitgeist help run"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      ExitCodes.OK,
      ExitCodes.FAILED,
      ExitCodes.QUERY,
      ExitCodes.STATUS_NEEDS_ATTENTION,
      ExitCodes.BUSY
    },
    subcommands = {
      RunCommand.class,
      SqlCommand.class,
      KwicCommand.class,
      DdlCommand.class,
      StatusCommand.class,
      MaintainCommand.class,
      ConvertCommand.class,
      NerEvalCommand.class,
      SentimentEvalCommand.class,
      ToneTrainCommand.class,
      NearCopyEvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ZeitgeistCommand implements Runnable {
  public static final int EXIT_FAILURE = 1;
  public static final int EXIT_USAGE = 2;

  /** {@code zeitgeist status}: a consistency check failed; the warehouse needs attention. */
  public static final int EXIT_NEEDS_ATTENTION = 3;

  /** Another run holds the warehouse (EX_TEMPFAIL): try again later. */
  public static final int EXIT_BUSY = 75;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "a command is required: run, sql, kwic, ddl, status, maintain, convert, ner-eval, "
            + "sentiment-eval, tone-train or near-copy-eval");
  }

  /** Parses and runs {@code args}; returns the exit code. Leaves any SparkSession running. */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** As {@link #execute(String...)}, printing to {@code out} and {@code err}. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli =
        args.length > 0 && args[0].equals("sql")
            ? sqlOnly()
            : new CommandLine(new ZeitgeistCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          PrintWriter w = ex.getCommandLine().getErr();
          String name = ex.getCommandLine().getCommandName();
          String message =
              unknownOption(ex.getCommandLine(), a)
                  .map(o -> "Unknown option: '" + o + "'")
                  .orElse(ex.getMessage());
          w.println(
              name.equals("zeitgeist")
                  ? "zeitgeist: error: " + message
                  : "zeitgeist " + name + ": error: " + message + " (see --help)");
          w.flush();
          return EXIT_USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter w = commandLine.getErr();
          if (ex instanceof WarehouseLock.BusyException) {
            w.println("zeitgeist " + commandLine.getCommandName() + ": " + ex.getMessage());
            w.flush();
            return EXIT_BUSY;
          }
          if (ex instanceof ConfigException) {
            w.println("zeitgeist " + commandLine.getCommandName() + ": error: " + ex.getMessage());
            w.flush();
            return EXIT_USAGE;
          }
          w.println("zeitgeist " + commandLine.getCommandName() + ": failed: " + ex);
          w.flush();
          if (Boolean.getBoolean("zeitgeist.verbose")) {
            ex.printStackTrace(w);
          }
          return EXIT_FAILURE;
        });
    if (args.length > 0 && args[0].equals("run")) {
      try {
        List<String> rest =
            RunConfigFile.expand(
                cli.getSubcommands().get("run").getCommandSpec(),
                List.of(args).subList(1, args.length));
        args = Stream.concat(Stream.of("run"), rest.stream()).toArray(String[]::new);
      } catch (ConfigException e) {
        err.println("zeitgeist run: error: " + e.getMessage());
        err.flush();
        return EXIT_USAGE;
      }
    }
    return cli.execute(args);
  }

  /**
   * {@code zeitgeist} with its {@code sql} command alone: the same parsing, help and messages for
   * {@code zeitgeist sql ...}, without building the other commands' options (picocli reads every
   * command's annotations when it builds the tree: about 0.1 s, a fifth of a query answered by a
   * running server).
   */
  private static CommandLine sqlOnly() {
    CommandLine root = new CommandLine(CommandLine.Model.CommandSpec.create().name("zeitgeist"));
    root.addSubcommand("sql", new SqlCommand());
    return root;
  }

  /**
   * The first argument that looks like an option the command does not have. Picocli reports missing
   * required options first, which hides a misspelt one ({@code --inptu}).
   */
  private static java.util.Optional<String> unknownOption(CommandLine cmd, String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-") || arg.equals("-") || arg.equals("--")) continue;
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (name.matches("-\\d.*")) continue;
      if (cmd.getCommandSpec().findOption(name) == null) return java.util.Optional.of(name);
    }
    return java.util.Optional.empty();
  }

  public static void main(String[] args) {
    int code = execute(args);
    SparkSession.getActiveSession()
        .foreach(
            s -> {
              s.stop();
              return null;
            });
    System.exit(code);
  }

  /** Prints the project version, its commit, and the versions it was built with. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return BuildInfo.get().versionLines();
    }
  }
}
