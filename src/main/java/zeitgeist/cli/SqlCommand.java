package zeitgeist.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import zeitgeist.config.ConfigException;
import zeitgeist.spark.SparkSessions;
import zeitgeist.sql.SqlCatalog;
import zeitgeist.sql.SqlScript;
import zeitgeist.tables.Warehouse;

/**
 * {@code zeitgeist sql}: runs Spark SQL over the warehouse, every table and derived view under its
 * own name. Statements come from the command line (one), from {@code --file} (several, split by
 * {@link SqlScript}), or interactively: in a terminal a line editor with history and completion
 * ({@link SqlShell}), otherwise statements read from standard input.
 *
 * <p>Where statements run: when a {@code zeitgeist sql --listen} server is running for the same
 * warehouse ({@link SqlServerAddress}), it answers them, and a line on stderr says so; otherwise
 * (or with {@code --no-server} or {@code --as-of-run}) this command starts Spark itself. Both give
 * the same output and exit codes.
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
 * failing statement and names it; the interactive mode prints the error and goes on, and exits with
 * the code of its first failure.
 */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Run Spark SQL over the warehouse; every table and derived view is a view under its own "
          + "name.",
      "One QUERY from the command line, the statements of --file, or, with neither, an "
          + "interactive shell (each statement ends with ';' at the end of a line; quit, exit or "
          + "Ctrl-D leaves). A running 'zeitgeist sql --listen' server for the same warehouse "
          + "answers when there is one."
    },
    footerHeading = ExitCodes.EXAMPLES,
    footer = {
      "  zeitgeist sql --warehouse warehouse \"SELECT * FROM top_terms LIMIT 20\"",
      "  zeitgeist sql --warehouse warehouse --format csv \\",
      "      \"SELECT * FROM terms_by_date\" > terms.csv",
      "  zeitgeist sql --warehouse warehouse            (an interactive shell)"
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK, ExitCodes.FAILED, ExitCodes.QUERY})
final class SqlCommand implements Callable<Integer> {
  /**
   * Spark's loggers that print a failing task's stack trace (twice) before the query's exception
   * reaches the command, which reports it in one line. Silenced unless {@code --verbose}.
   */
  private static final List<String> TASK_FAILURE_LOGGERS =
      List.of("org.apache.spark.executor.Executor", "org.apache.spark.scheduler.TaskSetManager");

  @Option(
      names = {"-w", "--warehouse"},
      paramLabel = "DIR",
      required = true,
      description = "Warehouse directory.")
  String warehouse;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description =
          "Run the statements of this file in turn, printing each result; a statement "
              + "ends with ';' at the end of a line, lines starting with -- are comments. Stops at "
              + "the first failing statement.")
  java.nio.file.Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "Output: table (aligned), csv or json (JSON Lines). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description =
          "At most this many rows are printed per result; a line on stderr says when a "
              + "result had more. Default: 1000 for table; csv and json print every row.")
  Integer limit;

  @Option(
      names = "--max-width",
      paramLabel = "N",
      defaultValue = "60",
      description = "Cut table cells at this many characters. Default: ${DEFAULT-VALUE}.")
  int maxWidth;

  @Option(
      names = {"-v", "--verbose"},
      description = "Spark's INFO log and stack traces.")
  boolean verbose;

  @Option(
      names = "--as-of-run",
      paramLabel = "RUN_ID",
      description =
          "Read every table as run RUN_ID left it (a finished run whose files are "
              + "retained). Default: the last finished run.")
  String asOfRun;

  @Option(
      names = "--serve",
      description =
          "Answer queries from stdin, one JSON request a line "
              + "({\"sql\": \"...\"}), with one JSON line each on stdout; no row limit. For notebooks.")
  boolean serve;

  @Option(
      names = "--listen",
      description =
          "Start a server for this warehouse and keep it "
              + "running (stop it with Ctrl-C or kill): every later 'zeitgeist sql' on the warehouse is "
              + "answered by it, in well under a second. Listens on the loopback address only, unless "
              + "--bind says otherwise; clients must present its secret.")
  boolean listen;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "0",
      description = "With --listen: the port (default: any free port; clients find it).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description =
          "With --listen: the address to listen on (default: loopback only). Another "
              + "address needs --secret-file, so remote clients can present the secret.")
  String bind;

  @Option(
      names = "--secret-file",
      paramLabel = "FILE",
      description =
          "With --listen: the secret clients must present (the file's first line; "
              + "default: a new random one, written to the server's file under ~/.zeitgeist). "
              + "With --server: the secret to present.")
  java.nio.file.Path secretFile;

  @Option(
      names = "--allow-writes",
      description =
          "With --listen or --serve: also run "
              + "statements that write (INSERT, CREATE TABLE, DELETE, ...). Default: read-only.")
  boolean allowWrites;

  @Option(
      names = "--server",
      paramLabel = "HOST:PORT",
      description =
          "Send the statements to the server at HOST:PORT (with --secret-file) instead "
              + "of the one announced for the warehouse on this machine.")
  String server;

  @Option(
      names = "--no-server",
      description =
          "Run the statements here, even when a server " + "for the warehouse is running.")
  boolean noServer;

  @Parameters(
      paramLabel = "QUERY",
      arity = "0..1",
      description =
          "The SQL query (not with --file; with neither, statements are read from "
              + "standard input).")
  String query;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Runs one statement and prints its result; the failure, or null when it succeeded. */
  interface StatementRunner {
    SqlFailure run(String sql, String where);
  }

  @Override
  public Integer call() {
    checkOptions();
    ResultPrinter.Format fmt = ResultPrinter.Format.named(format);
    List<SqlScript.Statement> statements = file == null ? null : readStatements(file);
    if (!serve && !listen && asOfRun == null && !noServer) {
      Optional<SqlServerAddress> address =
          server != null
              ? Optional.of(explicitServer())
              : SqlServerAddress.lookup(SqlServerAddress.warehouseKey(warehouse));
      if (address.isPresent()) {
        Integer code = runRemotely(address.get(), fmt, statements);
        if (code != null) return code;
      }
    }
    requireWarehouse(warehouse);
    if (verbose) System.setProperty("zeitgeist.verbose", "true");

    SparkSession spark =
        SparkSessions.getOrCreate(
            listen || serve ? "zeitgeist sql server" : "zeitgeist sql", verbose);
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

  private void checkOptions() {
    if ((serve || listen) && (query != null || file != null)) {
      throw new ConfigException(
          serve
              ? "--serve reads its queries from stdin; give no QUERY or --file"
              : "--listen answers queries sent to it; give no QUERY or --file");
    }
    if (serve && listen) throw new ConfigException("give --serve or --listen, not both");
    if (!listen && (bind != null || port != 0)) {
      throw new ConfigException("--bind and --port go with --listen");
    }
    if (allowWrites && !listen && !serve) {
      throw new ConfigException("--allow-writes goes with --listen or --serve");
    }
    if (port < 0 || port > 65535) throw new ConfigException("--port must be 0 to 65535");
    if (server != null && (listen || serve || noServer)) {
      throw new ConfigException(
          "--server sends statements to a server; not with --listen, " + "--serve or --no-server");
    }
    if (server != null && secretFile == null) {
      throw new ConfigException("--server needs --secret-file with the server's secret");
    }
    if (server != null && asOfRun != null) {
      throw new ConfigException(
          "--as-of-run reads an earlier run here; a server answers at its "
              + "own snapshot: not with --server");
    }
    if (secretFile != null && !listen && server == null) {
      throw new ConfigException("--secret-file goes with --listen or --server");
    }
    if (listen && bind != null && !isLoopback(bind) && secretFile == null) {
      throw new ConfigException(
          "--bind "
              + bind
              + " listens beyond this machine: give "
              + "--secret-file with the secret remote clients will present");
    }
    if ((limit != null && limit < 1) || maxWidth < 4) {
      throw new ConfigException("--limit must be ≥ 1 and --max-width ≥ 4");
    }
    if (query != null && file != null) {
      throw new ConfigException("give a QUERY or --file, not both");
    }
    if (query != null && query.isBlank()) {
      throw new ConfigException("the QUERY is empty");
    }
  }

  private static boolean isLoopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new ConfigException("--bind " + address + ": unknown address");
    }
  }

  private SqlServerAddress explicitServer() {
    int colon = server.lastIndexOf(':');
    if (colon <= 0 || !server.substring(colon + 1).matches("\\d{1,5}")) {
      throw new ConfigException("--server must be HOST:PORT, not '" + server + "'");
    }
    return new SqlServerAddress(
        SqlServerAddress.warehouseKey(warehouse),
        server.substring(0, colon),
        Integer.parseInt(server.substring(colon + 1)),
        readSecret(),
        -1);
  }

  private String readSecret() {
    try {
      String s = Files.readAllLines(secretFile).stream().findFirst().orElse("").strip();
      if (s.isEmpty()) throw new ConfigException("--secret-file " + secretFile + " is empty");
      return s;
    } catch (IOException e) {
      throw new ConfigException("cannot read --secret-file " + secretFile + ": " + e.getMessage());
    }
  }

  /**
   * Runs the statements on a server; null when the announced server is gone (its file is removed
   * and the statements run here), an exit code otherwise.
   */
  private Integer runRemotely(
      SqlServerAddress address, ResultPrinter.Format fmt, List<SqlScript.Statement> statements) {
    PrintWriter err = spec.commandLine().getErr();
    String where = address.host() + ":" + address.port();
    SqlClient client;
    try {
      client = new SqlClient(address.host(), address.port(), address.secret());
    } catch (SqlClient.RefusedException e) {
      err.println("zeitgeist sql: error: the server on " + where + " refused: " + e.getMessage());
      err.flush();
      return ZeitgeistCommand.EXIT_USAGE;
    } catch (IOException e) {
      if (server != null) {
        err.println("zeitgeist sql: error: no server answers on " + where + ": " + e.getMessage());
        err.flush();
        return ZeitgeistCommand.EXIT_FAILURE;
      }
      address.removeStale();
      err.println(
          "zeitgeist sql: the server announced for this warehouse ("
              + where
              + ", pid "
              + address.pid()
              + ") does not answer"
              + (address.processGone() ? " (it is gone)" : "")
              + "; running the statements here");
      err.flush();
      return null;
    }
    try (client) {
      err.println(
          "zeitgeist sql: answered by the server on "
              + where
              + (address.pid() > 0 ? " (pid " + address.pid() + ")" : ""));
      err.flush();
      OptionalInt shown =
          fmt == ResultPrinter.Format.TABLE && limit == null
              ? OptionalInt.of(ResultPrinter.TABLE_LIMIT)
              : limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
      SqlClient.Printer printer = client.printer(fmt, shown, maxWidth, spec.commandLine().getOut());
      StatementRunner remote =
          (sql, at) -> {
            try {
              SqlClient.Answer a = printer.print(sql);
              if (a.failed()) return new SqlFailure(a.code(), a.error(), null);
              if (a.cut()) reportCut(at, shown.getAsInt());
              return null;
            } catch (IOException e) {
              return new SqlFailure(
                  ZeitgeistCommand.EXIT_FAILURE,
                  "the server on " + where + " went away: " + e.getMessage(),
                  e);
            }
          };
      return runStatements(
          remote,
          statements,
          () -> {
            try {
              return client.words();
            } catch (IOException e) {
              return List.of();
            }
          });
    } catch (IOException e) {
      return 0; // closing the connection failed after every statement was answered
    }
  }

  private int run(
      SparkSession spark, ResultPrinter.Format fmt, List<SqlScript.Statement> statements) {
    SqlCatalog catalog;
    try {
      Warehouse wh = new Warehouse(spark, warehouse);
      catalog = new SqlCatalog(asOfRun == null ? wh : wh.atRun(asOfRun));
    } catch (IllegalArgumentException e) {
      report(new SqlFailure(ZeitgeistCommand.EXIT_USAGE, e.getMessage(), e), "");
      return ZeitgeistCommand.EXIT_USAGE;
    } catch (Exception e) {
      SqlFailure f = SqlFailure.of(e);
      report(
          new SqlFailure(
              ZeitgeistCommand.EXIT_FAILURE,
              "cannot register the tables of " + warehouse + ": " + f.message(),
              e),
          "");
      return ZeitgeistCommand.EXIT_FAILURE;
    }
    if (serve) {
      return new SqlServer(catalog, allowWrites).serveStandardStreams();
    }
    if (listen) {
      return listen(catalog);
    }
    ResultPrinter printer =
        new ResultPrinter(
            fmt,
            limit == null ? OptionalInt.empty() : OptionalInt.of(limit),
            maxWidth,
            spec.commandLine().getOut());
    StatementRunner local =
        (sql, where) -> {
          try {
            catalog.prepare(sql);
            if (printer.print(spark.sql(sql))) reportCut(where, printer.limit().getAsInt());
            return null;
          } catch (Exception e) {
            return SqlFailure.of(e);
          }
        };
    return runStatements(local, statements, catalog::completionWords);
  }

  /** Serves the warehouse over TCP until the process is stopped. */
  private int listen(SqlCatalog catalog) {
    String secret = secretFile != null ? readSecret() : SqlServerAddress.newSecret();
    InetAddress address;
    try {
      address = bind == null ? InetAddress.getLoopbackAddress() : InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new ConfigException("--bind " + bind + ": unknown address");
    }
    catalog.warmUp();
    try {
      SqlSocketServer.announceAndServe(
          new SqlServer(catalog, allowWrites),
          warehouse,
          secret,
          address,
          port,
          spec.commandLine().getErr());
      return 0;
    } catch (IOException e) {
      throw new ConfigException(
          "cannot listen on " + address.getHostAddress() + ":" + port + ": " + e.getMessage());
    }
  }

  /** Runs the QUERY, the statements of --file, or the interactive mode. */
  private int runStatements(
      StatementRunner runner,
      List<SqlScript.Statement> statements,
      java.util.function.Supplier<List<String>> names) {
    if (query != null) {
      SqlFailure f = runner.run(query, "");
      if (f == null) return 0;
      report(f, "");
      return f.code();
    }
    if (statements != null) {
      for (int i = 0; i < statements.size(); i++) {
        SqlScript.Statement s = statements.get(i);
        String where = "statement " + (i + 1) + " (line " + s.line() + ") of " + file + ": ";
        SqlFailure f = runner.run(s.sql(), where);
        if (f != null) {
          report(f, where);
          return f.code();
        }
      }
      return 0;
    }
    if (System.console() != null) {
      return new SqlShell(warehouse)
          .run(
              sql -> {
                SqlFailure f = runner.run(sql, "");
                if (f != null) report(f, "");
                return f == null ? 0 : f.code();
              },
              names);
    }
    return piped(runner);
  }

  /**
   * Reads statements from a standard input that is not a terminal, until {@code quit}, {@code exit}
   * or its end, without prompts. A failing statement is reported and the next one read. Returns 0,
   * or the exit code of the first failure.
   */
  private int piped(StatementRunner runner) {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
    SqlScript script = new SqlScript();
    int code = 0;
    try {
      while (true) {
        String line = in.readLine();
        Optional<SqlScript.Statement> statement;
        if (line == null) {
          statement = script.finish();
        } else if (script.isEmpty() && SqlShell.isQuit(line)) {
          break;
        } else {
          statement = script.add(line);
        }
        if (statement.isPresent()) {
          SqlFailure f = runner.run(statement.get().sql(), "");
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

  private void reportCut(String where, int n) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "zeitgeist sql: "
            + where
            + "printed the first "
            + n
            + " rows only (--limit "
            + n
            + "); the result has more");
    err.flush();
  }

  private void report(SqlFailure f, String where) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("zeitgeist sql: error: " + where + f.message());
    if (verbose && f.cause() != null) f.cause().printStackTrace(err);
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

  /**
   * Fails with one line when {@code dir} is not an existing directory. A local folder is checked
   * with {@code java.nio} (Hadoop's configuration and file system cost a few hundred milliseconds
   * to set up, before Spark sets up its own); a URI with a scheme through Hadoop.
   */
  static void requireWarehouse(String dir) {
    boolean local = !dir.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    if (local) {
      if (!java.nio.file.Files.isDirectory(java.nio.file.Path.of(dir))) {
        throw new ConfigException("no warehouse at " + dir + " (run 'zeitgeist run' first)");
      }
      return;
    }
    try {
      Path p = new Path(dir);
      var fs = p.getFileSystem(zeitgeist.spark.SparkSessions.hadoopConfiguration());
      if (!fs.exists(p) || !fs.getFileStatus(p).isDirectory()) {
        throw new ConfigException("no warehouse at " + dir + " (run 'zeitgeist run' first)");
      }
    } catch (java.io.IOException e) {
      throw new ConfigException("cannot open warehouse " + dir + ": " + e.getMessage());
    }
  }
}
