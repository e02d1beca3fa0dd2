package zeitgeist.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

/** The shell's rule for where a statement ends, as JLine's line reader applies it. */
class SqlShellTest {
  @Test
  void aStatementGoesOnUntilALineEndsWithASemicolon() {
    assertTrue(SqlShell.StatementParser.continues("SELECT *"));
    assertTrue(SqlShell.StatementParser.continues("SELECT *\nFROM articles"));
    assertTrue(SqlShell.StatementParser.continues("SELECT 'a;' AS x"), "; inside, not at the end");
    assertTrue(SqlShell.StatementParser.continues("SELECT 1\n-- the end;"), "a comment line");
    assertFalse(SqlShell.StatementParser.continues("SELECT *\nFROM articles;"));
    assertFalse(SqlShell.StatementParser.continues("SELECT 1;  "));
    assertFalse(SqlShell.StatementParser.continues(""), "an empty line is no statement");
    assertFalse(SqlShell.StatementParser.continues("quit"));
    assertFalse(SqlShell.StatementParser.continues("exit;"));
  }

  @Test
  void theLineReaderIsAskedForMoreLinesUntilThen() {
    SqlShell.StatementParser p = new SqlShell.StatementParser();
    assertThrows(EOFError.class, () -> p.parse("SELECT *", 8, ParseContext.ACCEPT_LINE));
    p.parse("SELECT *\nFROM articles;", 23, ParseContext.ACCEPT_LINE);
    p.parse("SELECT * FR", 11, ParseContext.COMPLETE); // completion mid-statement
  }
}
