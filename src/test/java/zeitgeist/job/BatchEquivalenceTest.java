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

  private static void copy(Path from, Path to, String... prefixes) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String rel = from.relativize(f).toString();
        if (prefixes.length > 0 && Arrays.stream(prefixes).noneMatch(rel::startsWith)) {
          continue;
        }
        Path target = to.resolve(rel);
        Files.createDirectories(target.getParent());
        Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private String run(Path in) {
    String wh = tmp.resolve("wh").toString();
    RunFixtures.Result r = cli("run", "--input", in.toString(), "--warehouse", wh);
    assertEquals(0, r.exitCode(), r.err());
    return wh;
  }

  @Test
  void twoBatchesEqualOneRun() throws IOException {
    Path in = tmp.resolve("in");
    copy(SampleWarehouse.SAMPLE, in, "txt/", "exports");
    run(in);
    copy(SampleWarehouse.SAMPLE, in);
    assertSameTables(SampleWarehouse.get().dir(), run(in));
  }

  /**
   * The hard orders: a later copy of a text arrives before its first copy (the stored copy must
   * lose its statistics), then two articles change and change back (one of them the first copy of
   * a duplicate pair, so its copy gains statistics and then loses them again).
   */
  @Test
  void anyOrderOfArrivalAndCorrectionsEqualOneRun() throws IOException {
    Path in = tmp.resolve("in");
    copy(SampleWarehouse.SAMPLE, in, "feeds");
    run(in);
    copy(SampleWarehouse.SAMPLE, in);
    Path inf = in.resolve("txt/tagesschau/inf-vertrag.txt");
    Path gipfel = in.resolve("txt/tagesschau/helsinki-gipfel.txt");
    String infText = Files.readString(inf);
    String gipfelText = Files.readString(gipfel);
    Files.writeString(inf, infText.replace("Berlin", "Brüssel") + "\n\nEin neuer Absatz.\n");
    Files.writeString(gipfel, gipfelText + "\n\nKorrektur: Der Gipfel dauerte vier Stunden.\n");
    run(in);
    Files.writeString(inf, infText);
    Files.writeString(gipfel, gipfelText);
    assertSameTables(SampleWarehouse.get().dir(), run(in));
  }

  private static void assertSameTables(String whOne, String whTwo) {
    Warehouse a = new Warehouse(TestSpark.session(), whOne);
    Warehouse b = new Warehouse(TestSpark.session(), whTwo);
    for (TableSpec<?> t : Warehouse.TABLES) {
      if (t.name().equals("runs") || t.name().equals("input_files")) continue; // bookkeeping
      String[] cols = Arrays.stream(a.read(t).columns())
          .filter(c -> !List.of("run_id", "input_path").contains(c))
          .toArray(String[]::new);
      assertEquals(RunFixtures.rows(a.read(t).selectExpr(cols)),
          RunFixtures.rows(b.read(t).selectExpr(cols)), t.name());
    }
  }
}
