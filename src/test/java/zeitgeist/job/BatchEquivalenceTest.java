package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static zeitgeist.job.RunFixtures.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import zeitgeist.TestSpark;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.Warehouse;

/**
 * The sample corpus processed in one run, or arriving in batches over several runs, in any order
 * and with corrections, gives the same rows in every table (run ids aside), to the last digit of
 * every sum. Exercises the per-date tables' maintenance by addition.
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

  /**
   * The sample's files in a random order, cut into three batches at random points, arrive over
   * three runs: the per-date sums merged run by run equal one run's to the last digit. Then a
   * {@code --rebuild}, which recomputes every per-date table from the per-article tables, changes
   * nothing. Two seeds; a failure names its seed, so it can be replayed.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20261205L, 7L})
  void randomBatchesInRandomOrderEqualOneRunAndARebuild(long seed) throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(SampleWarehouse.SAMPLE)) {
      files = new ArrayList<>(all.filter(Files::isRegularFile).sorted().toList());
    }
    Random random = new Random(seed);
    Collections.shuffle(files, random);
    int first = 1 + random.nextInt(files.size() - 2);
    int second = first + 1 + random.nextInt(files.size() - first - 1);
    Path in = tmp.resolve("in");
    String wh = null;
    for (List<Path> batch :
        List.of(
            files.subList(0, first),
            files.subList(first, second),
            files.subList(second, files.size()))) {
      for (Path f : batch) {
        Path target = in.resolve(SampleWarehouse.SAMPLE.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
      wh = run(in);
    }
    assertSameTables(SampleWarehouse.get().dir(), wh);
    RunFixtures.Result rebuild =
        cli("run", "--input", in.toString(), "--warehouse", wh, "--rebuild");
    assertEquals(0, rebuild.exitCode(), rebuild.err());
    assertSameTables(SampleWarehouse.get().dir(), wh);
  }

  /**
   * The hard orders: a later copy of a text arrives before its first copy (the stored copy must
   * lose its statistics), then two articles change and change back (one of them the first copy of a
   * duplicate pair, so its copy gains statistics and then loses them again).
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
      String[] cols =
          Arrays.stream(a.read(t).columns())
              .filter(c -> !List.of("run_id", "input_path").contains(c))
              .toArray(String[]::new);
      assertEquals(
          RunFixtures.rows(a.read(t).selectExpr(cols)),
          RunFixtures.rows(b.read(t).selectExpr(cols)),
          t.name());
    }
  }
}
