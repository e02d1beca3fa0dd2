package zeitgeist.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive {@code zeitgeist sql} in a terminal (JLine): line editing, a history kept across
 * sessions in {@code ~/.zeitgeist/sql_history} (1,000 statements; {@code
 * $ZEITGEIST_HOME/sql_history} when set), statements over several lines (a statement ends with
 * {@code ;} at the end of a line; Enter before that continues it), and Tab completion of table,
 * view, function and column names and SQL keywords.
 *
 * <p>Ctrl-C drops the statement being typed; Ctrl-D, {@code quit} or {@code exit} leaves. The exit
 * code is that of the first failing statement, or 0.
 */
final class SqlShell {
  static final String PROMPT = "zeitgeist> ";
  static final String CONTINUATION_PROMPT = "      ...> ";
  private static final List<String> KEYWORDS =
      List.of(
          "SELECT",
          "FROM",
          "WHERE",
          "GROUP BY",
          "ORDER BY",
          "HAVING",
          "LIMIT",
          "JOIN",
          "LEFT JOIN",
          "ON",
          "USING",
          "AS",
          "AND",
          "OR",
          "NOT",
          "IN",
          "LIKE",
          "BETWEEN",
          "IS NULL",
          "IS NOT NULL",
          "DISTINCT",
          "COUNT",
          "SUM",
          "AVG",
          "MIN",
          "MAX",
          "ROUND",
          "CASE",
          "WHEN",
          "THEN",
          "ELSE",
          "END",
          "WITH",
          "UNION ALL",
          "DESC",
          "ASC",
          "SHOW TABLES",
          "SHOW VIEWS",
          "DESCRIBE",
          "EXPLAIN",
          "CREATE OR REPLACE TEMPORARY VIEW");

  private final String warehouse;

  SqlShell(String warehouse) {
    this.warehouse = warehouse;
  }

  /** Whether {@code line} asks to leave ({@code quit} or {@code exit}, with or without ;). */
  static boolean isQuit(String line) {
    String s = line.strip();
    if (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
    return s.equalsIgnoreCase("quit") || s.equalsIgnoreCase("exit");
  }

  /**
   * Reads statements until Ctrl-D or quit, running each with {@code runner} (which prints its
   * result or error and returns the exit code it stands for); {@code words} gives the names to
   * complete, asked for at the first Tab.
   */
  int run(ToIntFunction<String> runner, Supplier<List<String>> words) {
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      LineReader reader =
          LineReaderBuilder.builder()
              .terminal(terminal)
              .appName("zeitgeist")
              .parser(new StatementParser())
              .completer(new NameCompleter(words))
              .variable(LineReader.HISTORY_FILE, historyFile())
              .variable(LineReader.HISTORY_SIZE, 1000)
              .variable(LineReader.HISTORY_FILE_SIZE, 1000)
              .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
              .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
              .option(LineReader.Option.CASE_INSENSITIVE, true)
              .build();
      terminal
          .writer()
          .println(
              "zeitgeist sql on "
                  + warehouse
                  + ": end a statement with ';', "
                  + "Tab completes names, leave with quit or Ctrl-D.");
      int code = 0;
      while (true) {
        String line;
        try {
          line = reader.readLine(PROMPT);
        } catch (UserInterruptException e) {
          continue; // Ctrl-C: the statement being typed is dropped
        } catch (EndOfFileException e) {
          break;
        }
        String sql = line.strip();
        if (sql.isEmpty()) continue;
        if (isQuit(sql)) break;
        if (sql.endsWith(";")) sql = sql.substring(0, sql.length() - 1).strip();
        if (sql.isEmpty()) continue;
        int c = runner.applyAsInt(sql);
        if (code == 0) code = c;
      }
      reader.getHistory().save();
      return code;
    } catch (IOException e) {
      throw new UncheckedIOException("the terminal failed: " + e.getMessage(), e);
    }
  }

  private static Path historyFile() {
    Path folder = SqlServerAddress.folder().getParent();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      // no history file then: JLine keeps the history in memory
    }
    return folder.resolve("sql_history");
  }

  /**
   * A statement goes on until a line ends with {@code ;} (outside comments); {@code quit} and
   * {@code exit} end at once. Completion works on words, as {@link DefaultParser} splits them.
   */
  static final class StatementParser extends DefaultParser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
      if (context == ParseContext.ACCEPT_LINE && continues(line)) {
        throw new EOFError(-1, cursor, "the statement goes on until ';'");
      }
      return super.parse(line, cursor, context);
    }

    /** Whether {@code text} is a statement not ended yet. */
    static boolean continues(String text) {
      String s = text.strip();
      if (s.isEmpty() || isQuit(s)) return false;
      String last = s.lines().reduce((a, b) -> b).orElse("").strip();
      return !last.endsWith(";") || last.startsWith("--");
    }
  }

  /** Completes the names {@code words} gives (asked for once) and SQL keywords. */
  private static final class NameCompleter implements Completer {
    private final Supplier<List<String>> words;
    private List<String> known;

    NameCompleter(Supplier<List<String>> words) {
      this.words = words;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
      if (known == null) {
        try {
          known = words.get();
        } catch (RuntimeException e) {
          known = List.of();
        }
      }
      boolean upper = !line.word().isEmpty() && Character.isUpperCase(line.word().charAt(0));
      for (String w : known) candidates.add(new Candidate(w));
      for (String k : KEYWORDS) {
        String shown = upper ? k : k.toLowerCase(Locale.ROOT);
        candidates.add(new Candidate(shown, shown, "keyword", null, null, null, !k.contains(" ")));
      }
    }
  }
}
