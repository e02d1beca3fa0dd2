package zeitgeist.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits SQL text into statements, line by line. The one splitter for {@code views.sql}, {@code
 * zeitgeist sql --file} and the interactive {@code zeitgeist sql}.
 *
 * <p>Rules: a statement ends at a {@code ;} that ends a line (trailing spaces allowed); the {@code
 * ;} is dropped. Comment lines (first non-blank characters {@code --}) are dropped, so a {@code ;}
 * ending a comment line ends nothing. Blank lines before a statement are dropped; a statement with
 * nothing but blanks and comments is no statement. Text left at the end without a {@code ;} is a
 * last statement ({@link #finish}).
 *
 * <p>Limits: it does not parse SQL. A {@code ;} inside a string literal that happens to end a line
 * ends the statement; {@code SELECT 1; SELECT 2;} on one line is one statement (which Spark then
 * rejects); a comment after code on the same line ({@code SELECT 1; -- note}) stays in the
 * statement and keeps its {@code ;} from ending it.
 */
public final class SqlScript {
  /** A statement without its closing {@code ;}, and the 1-based line it starts on. */
  public record Statement(int line, String sql) {}

  private final StringBuilder pending = new StringBuilder();
  private int lineNumber;
  private int startLine;

  /** Adds the next line; returns the statement it completes, if any. */
  public Optional<Statement> add(String line) {
    lineNumber++;
    String stripped = line.strip();
    if (stripped.startsWith("--") || (stripped.isEmpty() && pending.isEmpty())) {
      return Optional.empty();
    }
    if (pending.isEmpty()) startLine = lineNumber;
    if (stripped.endsWith(";")) {
      pending.append(line.stripTrailing(), 0, line.stripTrailing().length() - 1);
      return take();
    }
    pending.append(line).append('\n');
    return Optional.empty();
  }

  /** The unfinished statement at the end of the text (no closing {@code ;}), if any. */
  public Optional<Statement> finish() {
    return take();
  }

  /** True when no statement text is waiting for its {@code ;}. */
  public boolean isEmpty() {
    return pending.toString().isBlank();
  }

  private Optional<Statement> take() {
    String sql = pending.toString().strip();
    pending.setLength(0);
    return sql.isEmpty() ? Optional.empty() : Optional.of(new Statement(startLine, sql));
  }

  /** Every statement of {@code text}, the last one with or without its closing {@code ;}. */
  public static List<Statement> split(String text) {
    SqlScript script = new SqlScript();
    List<Statement> out = new ArrayList<>();
    for (String line : text.split("\r?\n", -1)) {
      script.add(line).ifPresent(out::add);
    }
    script.finish().ifPresent(out::add);
    return out;
  }
}
