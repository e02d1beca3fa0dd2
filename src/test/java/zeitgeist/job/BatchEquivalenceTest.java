package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static zeitgeist.job.RunFixtures.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.Warehouse;

/**
 * The sample corpus processed in one run, or arriving in two batches over two runs, gives the same
 * rows in every table (run ids aside). Exercises the partition replacement of per-date tables.
 */
class BatchEquivalenceTest {
  @TempDir Path tmp;

  private static void copy(Path from, Path to, boolean all) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String rel = from.relativize(f).toString();
        // The first batch: the txt tree and the CSV/TSV exports. It holds the smaller id of the
        // cross-format duplicate pair; the other order (the copy arriving first) needs the stored
        // copy's rows rewritten, which incremental reruns will do.
        if (!all && !(rel.startsWith("txt/") || rel.startsWith("exports"))) {
          continue;
        }
        Path target = to.resolve(rel);
        Files.createDirectories(target.getParent());
        Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  @Test
  void twoBatchesEqualOneRun() throws IOException {
    Path one = SampleWarehouse.SAMPLE;
    String whOne = SampleWarehouse.get().dir();

    Path in = tmp.resolve("in");
    String whTwo = tmp.resolve("wh").toString();
    copy(one, in, false);
    assertEquals(0, cli("run", "--input", in.toString(), "--warehouse", whTwo).exitCode());
    copy(one, in, true);
    assertEquals(0, cli("run", "--input", in.toString(), "--warehouse", whTwo).exitCode());

    Warehouse a = new Warehouse(TestSpark.session(), whOne);
    Warehouse b = new Warehouse(TestSpark.session(), whTwo);
    for (TableSpec<?> t : Warehouse.TABLES) {
      if (t.name().equals("runs")) continue;
      String[] cols = Arrays.stream(a.read(t).columns())
          .filter(c -> !List.of("run_id", "input_path").contains(c)).toArray(String[]::new);
      assertEquals(RunFixtures.rows(a.read(t).selectExpr(cols)),
          RunFixtures.rows(b.read(t).selectExpr(cols)), t.name());
    }
  }
}
