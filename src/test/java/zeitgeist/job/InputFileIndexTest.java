package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zeitgeist.job.RunFixtures.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.RejectRow;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.Warehouse;

/**
 * Unchanged input files are not read again; a file changed in place is; an id stored from a skipped
 * file still makes a later record with that id a {@code duplicate_id} reject, as in one run over
 * all files.
 */
class InputFileIndexTest {
  @TempDir Path tmp;

  private static String line(String id, String text) {
    return "{\"id\":\""
        + id
        + "\",\"date\":\"2021-03-0"
        + (id.length() % 9 + 1)
        + "\",\"text\":\""
        + text
        + "\"}\n";
  }

  @Test
  void unchangedFilesAreSkippedAndChangedOnesRead() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path a = in.resolve("a.jsonl");
    Files.writeString(
        a,
        line(
                "x",
                "Der Stadtrat hat den Haushalt beschlossen. Die Opposition "
                    + "kritisierte die Pläne.")
            + line(
                "y",
                "Die Feuerwehr wurde zu einem Brand in der "
                    + "Altstadt gerufen. Verletzt wurde niemand."));
    String wh = tmp.resolve("wh").toString();
    assertEquals(0, cli("run", "--input", in.toString(), "--warehouse", wh).exitCode());

    RunFixtures.Result second = cli("run", "--input", in.toString(), "--warehouse", wh);
    assertTrue(
        second.out().contains("read 2, new 0, unchanged 2, rejected 0")
            && second.out().contains("1 of 1 input files unchanged"),
        second.out());

    Files.writeString(
        in.resolve("b.jsonl"),
        line("y", "Ein ganz anderer Text über den " + "Wochenmarkt, der am Samstag wieder öffnet.")
            + line("z", "Im Zoo ist ein Elefant " + "geboren worden. Die Pfleger sind glücklich."));
    RunFixtures.Result third = cli("run", "--input", in.toString(), "--warehouse", wh);
    assertEquals(0, third.exitCode(), third.err());
    assertTrue(
        third.out().contains("new 1, unchanged 2, rejected 1 (1 not seen before; 1 id clash)"),
        third.out());
    Warehouse w = new Warehouse(TestSpark.session(), wh);
    Row reject = w.read(RejectRow.TABLE).first();
    assertEquals("duplicate_id", reject.getAs("reason"));
    assertTrue(((String) reject.getAs("input_path")).endsWith("b.jsonl"));
    assertTrue(
        ((String) w.read(ArticleRow.TABLE).filter("article_id = 'y'").first().getAs("text"))
            .contains("Feuerwehr"),
        "the first record of y stays");

    Files.writeString(
        a,
        line("x", "Der Stadtrat hat den Haushalt nach langer Debatte " + "beschlossen.")
            + line(
                "y",
                "Die Feuerwehr wurde zu einem Brand in der Altstadt "
                    + "gerufen. Verletzt wurde niemand."));
    Files.setLastModifiedTime(a, FileTime.from(Instant.now().plusSeconds(5)));
    RunFixtures.Result fourth = cli("run", "--input", in.toString(), "--warehouse", wh);
    assertTrue(
        fourth.out().contains("changed 1") && fourth.out().contains("1 of 2 input files"),
        fourth.out());
    assertTrue(
        ((String) w.read(ArticleRow.TABLE).filter("article_id = 'x'").first().getAs("text"))
            .contains("langer Debatte"));

    RunFixtures.Result full = cli("run", "--input", in.toString(), "--warehouse", wh, "--full");
    assertTrue(!full.out().contains("input files unchanged"), full.out());
    Row last =
        w.read(RunRow.TABLE).orderBy(org.apache.spark.sql.functions.col("run_id").desc()).first();
    assertEquals(2L, (long) last.getAs("files_read"));
    assertEquals(0L, (long) last.getAs("files_skipped"));
  }
}
