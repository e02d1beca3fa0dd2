package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static zeitgeist.job.RunFixtures.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.InputFileRow;
import zeitgeist.tables.RejectRow;
import zeitgeist.tables.Warehouse;

/**
 * Entries of an input folder that cannot be read (a dangling symbolic link, a file or folder the
 * process may not read) become one {@code unreadable_file} reject each; the run goes on, and the
 * next run tries them again without recording the reject twice.
 */
class UnreadableInputTest {
  private static final String TEXT =
      "Der Stadtrat hat am Abend einen neuen Haushalt beschlossen. "
          + "Die Opposition kritisierte die hohen Ausgaben für den Straßenbau.";

  @TempDir Path tmp;

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static TreeSet<String> rejects(Warehouse w, Path in) {
    return RunFixtures.rows(
        w.read(RejectRow.TABLE)
            .selectExpr(
                "substr(input_path, " + (in.toString().length() + 2) + ")", "locator", "reason"));
  }

  @Test
  void danglingSymbolicLinkIsRejectedOnceAndTriedAgainByTheNextRun() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("good.txt"), TEXT);
    Files.createDirectories(in.resolve("sub"));
    Path target = tmp.resolve("elsewhere/gone.txt");
    Files.createSymbolicLink(in.resolve("sub/link.txt"), target);
    String wh = tmp.resolve("wh").toString();
    Warehouse w = new Warehouse(TestSpark.session(), wh);

    RunFixtures.Result first = cli("run", "--input", in.toString(), "--warehouse", wh);
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(
        first.out().contains("read 2, new 1, unchanged 0, rejected 1 (1 not seen before)"),
        first.out());
    assertEquals(new TreeSet<>(List.of("sub/link.txt\tfile\tunreadable_file")), rejects(w, in));
    String detail = w.read(RejectRow.TABLE).first().getAs("detail");
    assertTrue(detail.contains("symbolic link") && detail.contains(target.toString()), detail);
    assertEquals(
        0,
        w.read(InputFileRow.TABLE).filter("input_path like '%link.txt'").count(),
        "an unreadable entry is not marked as read: the next run tries it again");

    RunFixtures.Result second = cli("run", "--input", in.toString(), "--warehouse", wh);
    assertTrue(second.out().contains("rejected 1 (0 not seen before)"), second.out());
    assertEquals(1, w.read(RejectRow.TABLE).count(), "recorded once");

    Files.createDirectories(target.getParent());
    Files.writeString(target, TEXT.replace("Stadtrat", "Gemeinderat"));
    RunFixtures.Result third = cli("run", "--input", in.toString(), "--warehouse", wh);
    assertTrue(third.out().contains("new 1, unchanged 1, rejected 0"), third.out());
    assertEquals(1, w.read(ArticleRow.TABLE).filter("article_id = 'sub/link.txt'").count());
  }

  @Test
  void fileThatMayNotBeReadIsRejected() throws Exception {
    assumeFalse(root(), "root reads a file whatever its mode");
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("good.txt"), TEXT);
    Path locked = in.resolve("locked.jsonl");
    Files.writeString(locked, "{\"id\":\"x\",\"text\":\"" + TEXT + "\"}\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    String wh = tmp.resolve("wh").toString();
    try {
      RunFixtures.Result run = cli("run", "--input", in.toString(), "--warehouse", wh);
      assertEquals(0, run.exitCode(), run.err());
      Warehouse w = new Warehouse(TestSpark.session(), wh);
      assertEquals(new TreeSet<>(List.of("locked.jsonl\tfile\tunreadable_file")), rejects(w, in));
      Row r = w.read(RejectRow.TABLE).first();
      assertTrue(((String) r.getAs("detail")).contains("ermission denied"), r.toString());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void folderThatMayNotBeListedIsRejected() throws Exception {
    assumeFalse(root(), "root lists a folder whatever its mode");
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("good.txt"), TEXT);
    Path locked = Files.createDirectories(in.resolve("locked"));
    Files.writeString(locked.resolve("inside.txt"), TEXT);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    String wh = tmp.resolve("wh").toString();
    try {
      RunFixtures.Result run = cli("run", "--input", in.toString(), "--warehouse", wh);
      assertEquals(0, run.exitCode(), run.err());
      Warehouse w = new Warehouse(TestSpark.session(), wh);
      assertEquals(new TreeSet<>(List.of("locked\tfolder\tunreadable_file")), rejects(w, in));
      assertEquals(1, w.read(ArticleRow.TABLE).count());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
