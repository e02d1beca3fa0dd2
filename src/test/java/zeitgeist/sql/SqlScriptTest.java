package zeitgeist.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import zeitgeist.sql.SqlScript.Statement;

/** The one statement splitter (views.sql, {@code sql --file}, interactive input). No Spark. */
class SqlScriptTest {
  @Test
  void aStatementEndsWithASemicolonEndingALine() {
    assertEquals(
        List.of(
            new Statement(1, "SELECT 1"),
            new Statement(3, "SELECT *\nFROM t\n" + "WHERE a = 'x;y'")),
        SqlScript.split("SELECT 1;\n\nSELECT *\nFROM t\nWHERE a = 'x;y';  \n"));
  }

  @Test
  void commentLinesAreDroppedAndEndNothing() {
    assertEquals(
        List.of(new Statement(3, "SELECT a\nFROM t")),
        SqlScript.split("-- a comment;\n  -- another;\nSELECT a\n-- inside;\nFROM t;\n"));
  }

  @Test
  void theLastStatementMayOmitItsSemicolon() {
    assertEquals(
        List.of(new Statement(1, "SELECT 1"), new Statement(2, "SELECT 2")),
        SqlScript.split("SELECT 1;\r\nSELECT 2\r\n"));
  }

  @Test
  void emptyStatementsAndEmptyTextGiveNothing() {
    assertEquals(List.of(), SqlScript.split(""));
    assertEquals(List.of(), SqlScript.split(";\n  ;\n-- only a comment\n\n"));
  }

  @Test
  void knownLimitsOfNotParsingSql() {
    // Two statements on one line stay one (Spark rejects it); a trailing comment hides the ;.
    assertEquals(
        List.of(new Statement(1, "SELECT 1; SELECT 2")), SqlScript.split("SELECT 1; SELECT 2;\n"));
    assertEquals(
        List.of(new Statement(1, "SELECT 1; -- note\nSELECT 2")),
        SqlScript.split("SELECT 1; -- note\nSELECT 2;\n"));
  }

  @Test
  void lineByLineForTheInteractiveMode() {
    SqlScript script = new SqlScript();
    assertTrue(script.isEmpty());
    assertTrue(script.add("SELECT 1").isEmpty());
    assertFalse(script.isEmpty(), "waiting for the ;");
    assertEquals(new Statement(1, "SELECT 1\n  AS a"), script.add("  AS a;").orElseThrow());
    assertTrue(script.isEmpty());
    assertTrue(script.add("-- a comment").isEmpty());
    assertTrue(script.isEmpty(), "a comment starts no statement");
    assertTrue(script.add("SELECT 2").isEmpty());
    assertEquals(new Statement(4, "SELECT 2"), script.finish().orElseThrow());
    assertTrue(script.finish().isEmpty());
  }

  @Test
  void viewsSqlSplitsIntoOneTemporaryViewPerStatement() {
    List<String> views = SqlCatalog.viewStatements();
    assertTrue(views.size() >= 10, "views.sql has its views: " + views.size());
    for (String v : views) {
      assertTrue(v.startsWith("CREATE OR REPLACE TEMPORARY VIEW "), v);
      assertFalse(v.contains("\n--"), "comment lines dropped: " + v);
      assertFalse(v.endsWith(";"), v);
    }
  }
}
