package zeitgeist.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zeitgeist.config.ConfigException;
import zeitgeist.job.SparkSessions;
import zeitgeist.tables.SqlCatalog;
import zeitgeist.tables.SqlScript;
import zeitgeist.tables.Warehouse;

/**
 * {@code zeitgeist sql}: runs Spark SQL over the warehouse, every table and derived view under its
 * own name. Statements come from the command line (one), from {@code --file} (several, split by
 * {@link SqlScript}), or interactively from standard input.
 *
 * <p>Rows: CSV and JSON print every row of a result unless {@code --limit} is given; the table
 * format stops at 1000 rows unless {@code --limit} says otherwise. Whenever a result has more rows
 * than were printed, one line on stderr says so (the exit code stays 0). {@code --serve} returns
 * every row and takes no limit.
 *
 * <p>Errors are one line on stderr ({@code --verbose} adds the stack trace). A statement Spark
 * cannot parse or analyse exits with 2 ({@link ZeitgeistCommand#EXIT_USAGE}), as a bad argument;
 * one that fails while running (a cast error under ANSI mode, an unreadable file) exits with 1
 * ({@link ZeitgeistCommand#EXIT_FAILURE}), as a failed job. {@code --file} stops at the first
 * failing statement and names it; the interactive mode prints the error and goes on, and exits
 * with the code of its first failure.
 */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Run Spark SQL over the warehouse; every table and derived view is a view under its own "
          + "name.",
      "One QUERY from the command line, the statements of --file, or, with neither, statements "
          + "read from standard input (each ends with ';' at the end of a line; quit, exit or "
          + "end of input stops)."
    })
final class SqlCommand implements Callable<Integer> {
  private static final String PROMPT = "zeitgeist> ";
  private static final String CONTINUATION_PROMPT = "...> ";
  /**
   * Spark's loggers that print a failing task's stack trace (twice) before the query's exception
   * reaches the command, which reports it in one line. Silenced unless {@code --verbose}.
   */
  private static final List<String> TASK_FAILURE_LOGGERS =
      List.of("org.apache.spark.executor.Executor", "org.apache.spark.scheduler.TaskSetManager");

  @Option(names = {"-w", "--warehouse"}, paramLabel = "DIR", required = true,
      description = "Warehouse directory.")
  String warehouse;

  @Option(names = {"-f", "--file"}, paramLabel = "FILE",
      description = "Run the statements of this file in turn, printing each result; a statement "
          + "ends with ';' at the end of a line, lines starting with -- are comments. Stops at "
          + "the first failing statement.")
  java.nio.file.Path file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "Output: table (aligned), csv or json (JSON Lines). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--limit", paramLabel = "N",
      description = "At most this many rows are printed per result; a line on stderr says when a "
          + "result had more. Default: 1000 for table; csv and json print every row.")
  Integer limit;

  @Option(names = "--max-width", paramLabel = "N", defaultValue = "60",
      description = "Cut table cells at this many characters. Default: ${DEFAULT-VALUE}.")
  int maxWidth;

  @Option(names = {"-v", "--verbose"}, description = "Spark's INFO log and stack traces.")
  boolean verbose;

  @Option(names = "--as-of-run", paramLabel = "RUN_ID",
      description = "Read every table as run RUN_ID left it (a finished run whose files are "
          + "retained). Default: the last finished run.")
  String asOfRun;

  @Option(names = "--serve", description = "Answer queries from stdin, one JSON request a line "
      + "({\"sql\": \"...\"}), with one JSON line each on stdout; no row limit. For notebooks.")
  boolean serve;

  @Parameters(paramLabel = "QUERY", arity = "0..1",
      description = "The SQL query (not with --file; with neither, statements are read from "
          + "standard input).")
  String query;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** A statement that failed: the exit code it stands for and its one-line message. */
  private record Failure(int code, String message, Exception cause) {}

  @Override
  public Integer call() {
    if (serve && (query != null || file != null)) {
      throw new ConfigException("--serve reads its queries from stdin; give no QUERY or --file");
    }
    ResultPrinter.Format fmt = ResultPrinter.Format.named(format);
    if ((limit != null && limit < 1) || maxWidth < 4) {
      throw new ConfigException("--limit must be ≥ 1 and --max-width ≥ 4");
    }
    if (query != null && file != null) {
      throw new ConfigException("give a QUERY or --file, not both");
    }
    if (query != null && query.isBlank()) {
      throw new ConfigException("the QUERY is empty");
    }
    List<SqlScript.Statement> statements = file == null ? null : readStatements(file);
    requireWarehouse(warehouse);
    if (verbose) System.setProperty("zeitgeist.verbose", "true");

    SparkSession spark = SparkSessions.getOrCreate("zeitgeist sql", verbose);
    Map<String, Level> levels = new HashMap<>();
    if (!verbose) {
      for (String logger : TASK_FAILURE_LOGGERS) {
        levels.put(logger, LogManager.getLogger(logger).getLevel());
        Configurator.setLevel(logger, Level.OFF);
      }
    }
    try {
      return run(spark, fmt, statements);
    } finally {
      levels.forEach(Configurator::setLevel);
    }
  }

  private int run(SparkSession spark, ResultPrinter.Format fmt,
      List<SqlScript.Statement> statements) {
    try {
      Warehouse wh = new Warehouse(spark, warehouse);
      SqlCatalog.register(asOfRun == null ? wh : wh.atRun(asOfRun));
    } catch (IllegalArgumentException e) {
      report(new Failure(ZeitgeistCommand.EXIT_USAGE, e.getMessage(), e), "");
      return ZeitgeistCommand.EXIT_USAGE;
    } catch (Exception e) {
      Failure f = failure(e);
      report(new Failure(ZeitgeistCommand.EXIT_FAILURE,
          "cannot register the tables of " + warehouse + ": " + f.message(), e), "");
      return ZeitgeistCommand.EXIT_FAILURE;
    }
    if (serve) {
      return new SqlServer(spark).serveStandardStreams();
    }
    ResultPrinter printer = new ResultPrinter(fmt,
        limit == null ? OptionalInt.empty() : OptionalInt.of(limit), maxWidth,
        spec.commandLine().getOut());
    if (query != null) {
      Failure f = execute(spark, printer, query, "");
      if (f == null) return 0;
      report(f, "");
      return f.code();
    }
    if (statements != null) {
      for (int i = 0; i < statements.size(); i++) {
        SqlScript.Statement s = statements.get(i);
        String where = "statement " + (i + 1) + " (line " + s.line() + ") of " + file + ": ";
        Failure f = execute(spark, printer, s.sql(), where);
        if (f != null) {
          report(f, where);
          return f.code();
        }
      }
      return 0;
    }
    return interactive(spark, printer);
  }

  /**
   * Reads statements from standard input until {@code quit}, {@code exit} or its end. Prompts
   * only when a terminal is attached. A failing statement is reported and the next one read.
   * Returns 0, or the exit code of the first failure.
   */
  private int interactive(SparkSession spark, ResultPrinter printer) {
    boolean terminal = System.console() != null;
    PrintWriter out = spec.commandLine().getOut();
    if (terminal) {
      out.println("zeitgeist sql on " + warehouse + ": end a statement with ';', leave with "
          + "quit or Ctrl-D.");
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
    SqlScript script = new SqlScript();
    int code = 0;
    try {
      while (true) {
        if (terminal) {
          out.print(script.isEmpty() ? PROMPT : CONTINUATION_PROMPT);
          out.flush();
        }
        String line = in.readLine();
        Optional<SqlScript.Statement> statement;
        if (line == null) {
          if (terminal) out.println();
          statement = script.finish();
        } else if (script.isEmpty() && isQuit(line)) {
          break;
        } else {
          statement = script.add(line);
        }
        if (statement.isPresent()) {
          Failure f = execute(spark, printer, statement.get().sql(), "");
          if (f != null) {
            report(f, "");
            if (code == 0) code = f.code();
          }
        }
        if (line == null) break;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading standard input", e);
    }
    return code;
  }

  private static boolean isQuit(String line) {
    String s = line.strip();
    if (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
    return s.equalsIgnoreCase("quit") || s.equalsIgnoreCase("exit");
  }

  /**
   * Runs one statement and prints its result, with a line on stderr when the result was cut at
   * the limit ({@code where} names the statement); the failure, or null when it succeeded.
   */
  private Failure execute(SparkSession spark, ResultPrinter printer, String sql, String where) {
    try {
      if (printer.print(spark.sql(sql))) {
        int n = printer.limit().getAsInt();
        PrintWriter err = spec.commandLine().getErr();
        err.println("zeitgeist sql: " + where + "printed the first " + n + " rows only (--limit "
            + n + "); the result has more");
        err.flush();
      }
      return null;
    } catch (Exception e) {
      return failure(e);
    }
  }

  /**
   * Classifies an exception from Spark: a statement it cannot parse or analyse is a bad argument
   * (exit 2); anything raised while running is a failure (exit 1). The line shown is the innermost
   * Spark error with an error condition (the "Job aborted due to stage failure" wrapper says
   * nothing about the cause), followed by the innermost cause below it, if any ("is not a Parquet
   * file"); without a Spark error, the innermost exception with a message.
   */
  private static Failure failure(Exception e) {
    if (e instanceof AnalysisException) {
      return new Failure(ZeitgeistCommand.EXIT_USAGE, firstLine(e), e);
    }
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) chain.add(t);
    int spark = -1;
    for (int i = 0; i < chain.size(); i++) {
      if (chain.get(i) instanceof SparkThrowable st && st.getCondition() != null) spark = i;
    }
    Throwable root = null;
    for (int i = chain.size() - 1; i > Math.max(spark, 0) && root == null; i--) {
      String m = chain.get(i).getMessage();
      if (m != null && !m.isBlank()) root = chain.get(i);
    }
    String line;
    if (spark >= 0) {
      line = firstLine(chain.get(spark)) + (root == null ? "" : " (" + describe(root) + ")");
    } else {
      line = root == null ? firstLine(e) : describe(root);
    }
    return new Failure(ZeitgeistCommand.EXIT_FAILURE, line, e);
  }

  private static String describe(Throwable t) {
    return t.getClass().getSimpleName() + ": " + firstLine(t);
  }

  private static String firstLine(Throwable t) {
    String m = t.getMessage();
    if (m == null) return t.toString();
    return m.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
        .orElse(t.toString());
  }

  private void report(Failure f, String where) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("zeitgeist sql: error: " + where + f.message());
    if (verbose) f.cause().printStackTrace(err);
    err.flush();
  }

  /** The statements of {@code file}; fails with one line when it cannot be read or is empty. */
  private static List<SqlScript.Statement> readStatements(java.nio.file.Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException("cannot read --file " + file + ": no such file");
    } catch (IOException e) {
      throw new ConfigException("cannot read --file " + file + ": " + e.getMessage());
    }
    List<SqlScript.Statement> statements = SqlScript.split(text);
    if (statements.isEmpty()) {
      throw new ConfigException("no statement in --file " + file);
    }
    return statements;
  }

  /** Fails with one line when {@code dir} is not an existing directory. */
  static void requireWarehouse(String dir) {
    try {
      Path p = new Path(dir);
      var fs = p.getFileSystem(zeitgeist.job.SparkSessions.hadoopConfiguration());
      if (!fs.exists(p) || !fs.getFileStatus(p).isDirectory()) {
        throw new ConfigException("no warehouse at " + dir + " (run 'zeitgeist run' first)");
      }
    } catch (java.io.IOException e) {
      throw new ConfigException("cannot open warehouse " + dir + ": " + e.getMessage());
    }
  }
}
