package zeitgeist.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import zeitgeist.TestSpark;
import zeitgeist.tables.Warehouse;

/**
 * The sample corpus run twice through the CLI into one warehouse, once per test JVM, shared by the
 * tests that check its tables. Deleted when the JVM exits.
 */
public final class SampleWarehouse {
  public static final Path SAMPLE = TestSpark.projectDir().resolve("data/sample").toAbsolutePath();

  /** The two runs' CLI outcomes and the warehouse folder. */
  public record Runs(String dir, RunFixtures.Result first, RunFixtures.Result second) {
    public Warehouse warehouse() {
      return new Warehouse(TestSpark.session(), dir);
    }

    /** The articles whose statistics count: German and not duplicates. */
    public java.util.List<zeitgeist.tables.ArticleRow> analysedArticles() {
      return warehouse()
          .readTyped(zeitgeist.tables.ArticleRow.TABLE)
          .filter("language = 'de' AND duplicate_of IS NULL")
          .collectAsList();
    }
  }

  private static Runs runs;

  private SampleWarehouse() {}

  public static synchronized Runs get() {
    if (runs == null) {
      try {
        Path dir = Files.createTempDirectory("zeitgeist-sample-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        String wh = dir.resolve("wh").toString();
        RunFixtures.Result first =
            RunFixtures.cli("run", "--input", SAMPLE.toString(), "--warehouse", wh);
        RunFixtures.Result second =
            RunFixtures.cli("run", "--input", SAMPLE.toString(), "--warehouse", wh);
        runs = new Runs(wh, first, second);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return runs;
  }

  /** A copy of the sample warehouse in {@code to}, to change without touching the shared one. */
  public static Path copyTo(Path to) {
    Path from = Path.of(get().dir());
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort at exit
    }
  }
}
