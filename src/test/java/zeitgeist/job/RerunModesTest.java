package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zeitgeist.job.RunFixtures.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.config.JobConfig;
import zeitgeist.entities.Gazetteer;
import zeitgeist.tables.ArticleTermRow;
import zeitgeist.tables.CorpusByDateRow;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.Warehouse;

/**
 * A configuration change is refused unless --rebuild or --allow-mixed; --rebuild re-analyses the
 * stored articles; --full rewrites what it reads without changing any count.
 */
class RerunModesTest {
  @TempDir static Path tmp;
  static Path in;
  static String wh;

  @BeforeAll
  static void firstRun() throws Exception {
    in = Files.createDirectories(tmp.resolve("in"));
    String a =
        " date 2020-05-04 Der Stadtrat hat den Haushalt für "
            + "das kommende Jahr beschlossen. Die Opposition kritisierte die Pläne.";
    Files.writeString(in.resolve("a.txt"), a);
    Files.writeString(in.resolve("c.txt"), a); // a duplicate of a.txt, never analysed
    Files.writeString(
        in.resolve("b.txt"),
        " date 2020-05-06 Die Feuerwehr wurde am Abend zu "
            + "einem Brand in der Altstadt gerufen. Verletzt wurde niemand.");
    wh = tmp.resolve("wh").toString();
    assertEquals(0, cli("run", "--input", in.toString(), "--warehouse", wh).exitCode());
  }

  private static Warehouse warehouse() {
    return new Warehouse(TestSpark.session(), wh);
  }

  @Test
  void configurationChangeIsRefusedThenRebuiltThenMixed() {
    long tokens =
        warehouse().read(CorpusByDateRow.TABLE).filter("grain = 'year'").first().getAs("tokens");
    RunFixtures.Result refused =
        cli("run", "--input", in.toString(), "--warehouse", wh, "--keep-stopwords");
    assertEquals(2, refused.exitCode());
    assertTrue(
        refused.err().contains("differs from the one the tables were built with")
            && refused.err().contains("--rebuild"),
        refused.err());
    assertEquals(0, warehouse().read(ArticleTermRow.TABLE).filter("term = 'der'").count());

    RunFixtures.Result rebuilt =
        cli("run", "--input", in.toString(), "--warehouse", wh, "--keep-stopwords", "--rebuild");
    assertEquals(0, rebuilt.exitCode(), rebuilt.err());
    assertTrue(
        rebuilt.out().contains("new 0, unchanged 3")
            && rebuilt.out().contains("written 3 (1 duplicates"),
        rebuilt.out());
    assertEquals(2, warehouse().read(ArticleTermRow.TABLE).filter("term = 'der'").count());
    assertEquals(
        tokens,
        (long)
            warehouse()
                .read(CorpusByDateRow.TABLE)
                .filter("grain = 'year'")
                .first()
                .getAs("tokens"));
    String config =
        warehouse()
            .read(RunRow.TABLE)
            .orderBy(org.apache.spark.sql.functions.col("run_id").desc())
            .first()
            .getAs("config");
    assertTrue(
        config.startsWith(
            "{\"analysis_version\":"
                + JobConfig.ANALYSIS_VERSION
                + ",\"language\":\"auto\",\"keep_stopwords\":true,\"ner\":\"corenlp\",\"ner_model\":"
                + "\"stanford-corenlp-4.5.10 german.distsim\",\"gazetteer\":\""
                + Gazetteer.shipped().contentHash()
                + "\",\"lexicons\":[{\"name\":"
                + "\"zeitgeist-polarity-de\",\"format\":\"tsv\",\"hash\":\""),
        config);

    assertEquals(2, cli("run", "--input", in.toString(), "--warehouse", wh).exitCode());
    RunFixtures.Result mixed =
        cli("run", "--input", in.toString(), "--warehouse", wh, "--allow-mixed");
    assertEquals(0, mixed.exitCode(), mixed.err());
    assertEquals(
        2,
        warehouse().read(ArticleTermRow.TABLE).filter("term = 'der'").count(),
        "--allow-mixed leaves stored rows as they are");

    RunFixtures.Result full = cli("run", "--input", in.toString(), "--warehouse", wh, "--full");
    assertEquals(0, full.exitCode(), full.err());
    assertTrue(full.out().contains("written 3 (1 duplicates"), full.out());
    assertEquals(
        0,
        warehouse().read(ArticleTermRow.TABLE).filter("term = 'der'").count(),
        "--full re-analyses with the current configuration");
    assertEquals(3, warehouse().read(zeitgeist.tables.ArticleRow.TABLE).count());
    assertEquals(
        1,
        warehouse()
            .read(zeitgeist.tables.ArticleRow.TABLE)
            .filter("duplicate_of = 'a.txt'")
            .count());
  }
}
