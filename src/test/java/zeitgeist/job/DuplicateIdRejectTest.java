package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zeitgeist.job.RunFixtures.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.tables.RejectRow;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.Warehouse;

/**
 * Regression: {@code duplicate_id} rejects held the run id in {@code detail} and the detail text in
 * {@code run_id}, because they were added to the other rejects by position while their columns were
 * in another order. Every reject of a run carries that run's id.
 */
class DuplicateIdRejectTest {
  @TempDir Path tmp;

  private static String line(String id, String text) {
    return "{\"id\":\"" + id + "\",\"date\":\"2021-03-04\",\"text\":\"" + text + "\"}\n";
  }

  private static final String COUNCIL =
      "Der Stadtrat hat den Haushalt beschlossen. Die " + "Opposition kritisierte die Pläne.";
  private static final String FIRE =
      "Die Feuerwehr wurde zu einem Brand in der Altstadt " + "gerufen. Verletzt wurde niemand.";

  @Test
  void duplicateIdRejectsCarryTheRunIdAndTheirDetail() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("a.jsonl"), line("x", COUNCIL) + line("y", FIRE) + "{\"id\":\"broken\n");
    Files.writeString(
        in.resolve("b.jsonl"),
        line("x", "Ein anderer Text über den Markt, der " + "am Samstag wieder öffnet."));
    String wh = tmp.resolve("wh").toString();
    RunFixtures.Result first =
        cli("run", "--ner", "none", "--input", in.toString(), "--warehouse", wh);
    assertEquals(0, first.exitCode(), first.err());
    // A later run: b.jsonl's twin c.jsonl repeats y, stored from a.jsonl, which is skipped.
    Files.writeString(
        in.resolve("c.jsonl"),
        line("y", "Im Zoo ist ein Elefant geboren " + "worden. Die Pfleger sind glücklich."));
    RunFixtures.Result second =
        cli("run", "--ner", "none", "--input", in.toString(), "--warehouse", wh);
    assertEquals(0, second.exitCode(), second.err());

    Warehouse w = new Warehouse(TestSpark.session(), wh);
    List<String> runIds =
        w.read(RunRow.TABLE)
            .orderBy("started_at")
            .select("run_id")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
    assertEquals(2, runIds.size(), runIds.toString());
    List<Row> rejects = w.read(RejectRow.TABLE).orderBy("input_path", "locator").collectAsList();
    assertEquals(3, rejects.size(), rejects.toString());

    Row malformed = rejects.get(0);
    assertEquals("malformed_json", malformed.getAs("reason"));
    assertEquals(runIds.get(0), malformed.getAs("run_id"));

    Row sameRun = rejects.get(1);
    assertTrue(((String) sameRun.getAs("input_path")).endsWith("b.jsonl"), sameRun.toString());
    assertEquals("duplicate_id", sameRun.getAs("reason"));
    assertEquals(runIds.get(0), sameRun.getAs("run_id"));
    String detail = sameRun.getAs("detail");
    assertTrue(
        detail.startsWith("article_id x already read from ")
            && detail.endsWith("a.jsonl (line 1) with a different text; this one is not stored"),
        detail);

    Row skippedFile = rejects.get(2);
    assertTrue(
        ((String) skippedFile.getAs("input_path")).endsWith("c.jsonl"), skippedFile.toString());
    assertEquals("duplicate_id", skippedFile.getAs("reason"));
    assertEquals(runIds.get(1), skippedFile.getAs("run_id"));
    detail = skippedFile.getAs("detail");
    assertTrue(
        detail.startsWith("article_id y already read from ")
            && detail.endsWith("a.jsonl (line 2) with a different text; this one is not stored"),
        detail);

    assertEquals(
        3,
        w.read(RejectRow.TABLE)
            .filter(org.apache.spark.sql.functions.col("run_id").isin(runIds.toArray()))
            .count(),
        "the rejects of a run are found by its run_id");
  }
}
