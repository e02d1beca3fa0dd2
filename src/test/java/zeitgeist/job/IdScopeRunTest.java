package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zeitgeist.job.RunFixtures.cli;
import static zeitgeist.job.RunFixtures.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.RejectRow;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.Warehouse;

/**
 * Two outlets' CSV files that both number their records 1, 2, 3, and one record delivered twice:
 * with the default scope the clashes are rejected loudly and the redelivery quietly; with {@code
 * --id-scope file} every record is kept under its own id; a warehouse keeps its scope.
 */
class IdScopeRunTest {
  @TempDir static Path tmp;
  static Path in;

  private static String csv(String outlet) {
    StringBuilder sb = new StringBuilder("id,text,date\n");
    for (int i = 1; i <= 3; i++) {
      sb.append(i)
          .append(",\"Die Zeitung ")
          .append(outlet)
          .append(" berichtet in ihrem Artikel ")
          .append(i)
          .append(" über den Stadtrat und seinen neuen Haushalt.\",2020-01-0")
          .append(i)
          .append('\n');
    }
    return sb.toString();
  }

  @BeforeAll
  static void inputs() throws Exception {
    in = tmp.resolve("in");
    Files.createDirectories(in.resolve("outlet-a"));
    Files.createDirectories(in.resolve("outlet-b"));
    Files.writeString(in.resolve("outlet-a/feed.csv"), csv("A"));
    Files.writeString(in.resolve("outlet-b/feed.csv"), csv("B"));
    // outlet A's record 1 once more, same text: a redelivery; its path sorts first
    Files.writeString(
        in.resolve("outlet-a/again.csv"),
        csv("A").lines().limit(2).reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n");
  }

  private static Set<String> ids(Warehouse w) {
    Set<String> out = new TreeSet<>();
    for (Row r : w.read(ArticleRow.TABLE).select("article_id").collectAsList()) {
      out.add(r.getString(0));
    }
    return out;
  }

  @Test
  void globalIdsClashLoudlyAndRedeliveriesAreRecognised() {
    String wh = tmp.resolve("wh-global").toString();
    RunFixtures.Result r = cli("run", "--input", in.toString(), "--warehouse", wh, "--ner", "none");
    assertEquals(0, r.exitCode(), r.err());
    Warehouse w = new Warehouse(TestSpark.session(), wh);
    assertEquals(Set.of("1", "2", "3"), ids(w));
    String runId = w.read(RunRow.TABLE).select("run_id").first().getString(0);
    TreeSet<String> rejects =
        rows(w.read(RejectRow.TABLE).select("run_id", "input_path", "locator", "reason"));
    TreeSet<String> expected = new TreeSet<>();
    String b = in.resolve("outlet-b/feed.csv").toString();
    for (int i = 1; i <= 3; i++) {
      expected.add(runId + "\t" + b + "\trecord " + i + "\tduplicate_id");
    }
    expected.add(runId + "\t" + in.resolve("outlet-a/feed.csv") + "\trecord 1\tredelivered");
    assertEquals(expected, rejects);
    List<Row> details =
        w.read(RejectRow.TABLE).filter("reason = 'redelivered'").select("detail").collectAsList();
    assertEquals(
        "article_id 1 already read from "
            + in.resolve("outlet-a/again.csv")
            + " (record 1) with the same text",
        details.get(0).getString(0));

    assertTrue(
        r.out().contains("rejected 4 (4 not seen before; 3 id clashes, 1 redelivered)"), r.out());
    assertTrue(
        r.err()
            .contains(
                "zeitgeist: warning: 3 records not stored: their article_id was "
                    + "read before with a different text"),
        r.err());
    assertTrue(r.err().contains("--id-scope file"), r.err());
    Row run = w.read(RunRow.TABLE).select("id_clashes", "redelivered").first();
    assertEquals(3L, run.getLong(0));
    assertEquals(1L, run.getLong(1));
  }

  @Test
  void fileScopeKeepsEveryRecordAndTheWarehouseKeepsItsScope() {
    String wh = tmp.resolve("wh-file").toString();
    RunFixtures.Result r =
        cli(
            "run",
            "--input",
            in.toString(),
            "--warehouse",
            wh,
            "--ner",
            "none",
            "--id-scope",
            "file");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().isBlank() || !r.err().contains("warning"), r.err());
    Warehouse w = new Warehouse(TestSpark.session(), wh);
    assertEquals(
        Set.of(
            "outlet-a/again.csv#1",
            "outlet-a/feed.csv#1",
            "outlet-a/feed.csv#2",
            "outlet-a/feed.csv#3",
            "outlet-b/feed.csv#1",
            "outlet-b/feed.csv#2",
            "outlet-b/feed.csv#3"),
        ids(w));
    assertEquals(0, w.read(RejectRow.TABLE).count());
    assertEquals(
        Set.of("outlet-a/feed.csv#1\toutlet-a/again.csv#1"),
        rows(
            w.read(ArticleRow.TABLE)
                .filter("duplicate_of IS NOT NULL")
                .select("article_id", "duplicate_of")),
        "the redelivered text is an exact duplicate");

    RunFixtures.Result again =
        cli("run", "--input", in.toString(), "--warehouse", wh, "--ner", "none");
    assertEquals(2, again.exitCode(), again.out());
    assertTrue(
        again.err().contains("the warehouse's article ids were made with --id-scope file"),
        again.err());
    assertEquals(7, w.read(ArticleRow.TABLE).count(), "nothing was written");
  }
}
