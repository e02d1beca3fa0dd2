package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.tables.DeltaTable;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.config.BuildInfo;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.RejectRow;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.Warehouse;

/**
 * The release archives as a user gets them: {@code target/zeitgeist-VERSION-bin.tar.gz} is unpacked
 * into a temporary folder and its {@code bin/zeitgeist} runs the sample that ships in it, from that
 * folder, with a {@code PATH} on which there is no {@code mvn} (every other command of this
 * machine's {@code PATH}, linked into one folder), no {@code JAVA_HOME}, {@code SPARK_HOME} or
 * source checkout. The warehouse it writes must hold, table by table, the same rows as the same
 * command run in this JVM from the classes under test.
 *
 * <p>The archive without Spark ({@code -bin-without-spark.tar.gz}) must hold the same files minus
 * {@code lib/spark/}, and its launcher must say that it needs {@code spark-submit} when there is
 * none. With a Spark installation ({@code SPARK_HOME}: the other archive's Spark jars, and a {@code
 * bin/spark-submit} that runs Spark's {@code SparkSubmit} on them, for there is no Spark
 * distribution to download here), it must submit the sample through {@code spark-submit} with the
 * model jar, and write the same tables.
 *
 * <p>An integration test (failsafe, {@code mvn verify}): the archives are built in the package
 * phase before it.
 */
class ReleaseArchiveIT {
  private static final Path PROJECT = TestSpark.projectDir().toAbsolutePath().normalize();
  private static final BuildInfo BUILD = BuildInfo.get();
  private static final String BASE = "zeitgeist-" + BUILD.version();

  @TempDir static Path tmp;
  static Path home;
  static Path noMavenPath;
  static Path releaseWh;
  static Result releaseRun;

  record Result(int exitCode, String output) {}

  @BeforeAll
  static void unpackAndRunTheSample() throws Exception {
    home = unpack("bin", tmp.resolve("with-spark"));
    noMavenPath = pathWithoutMaven(tmp.resolve("path"));
    releaseWh = tmp.resolve("release-wh");
    releaseRun = launch(home, "run", "--input", "data/sample", "--warehouse", releaseWh.toString());
  }

  @Test
  void theSampleRunsWithoutMavenAndWritesEveryTable() {
    assertEquals(0, releaseRun.exitCode(), releaseRun.output());
    assertFalse(
        releaseRun.output().contains("building the project"),
        "the release launcher built something:\n" + releaseRun.output());
    // nothing in the folder it ran from: Spark's catalog folder goes to the temporary folder
    assertFalse(Files.exists(home.resolve("spark-warehouse")), "spark-warehouse/ in " + home);
    Warehouse wh = new Warehouse(TestSpark.session(), releaseWh.toString());
    assertEquals(30, wh.read(ArticleRow.TABLE).count(), "articles of the sample");
    assertEquals(5, wh.read(RejectRow.TABLE).count(), "rejects of the sample");
    for (TableSpec<?> t : Warehouse.TABLES) {
      String path = wh.tablePath(t).toString();
      assertTrue(DeltaTable.isDeltaTable(TestSpark.session(), path), path);
    }
  }

  @Test
  void everyTableEqualsTheSameRunFromTheClassesUnderTest() {
    // The same command from the project folder, where data/sample is the same sample: the input
    // paths in the tables are the same relative paths; input_files also has the absolute URI.
    String referenceWh = tmp.resolve("reference-wh").toString();
    RunFixtures.Result reference =
        RunFixtures.cli("run", "--input", "data/sample", "--warehouse", referenceWh);
    assertEquals(0, reference.exitCode(), reference.err());
    Map<String, String> sameSample =
        Map.of(
            PROJECT.resolve("data/sample").toString(), "SAMPLE",
            home.resolve("data/sample").toString(), "SAMPLE");
    assertEquals(
        List.of(), RunFixtures.tableDifferences(referenceWh, releaseWh.toString(), sameSample));
  }

  @Test
  void versionNamesTheBuildAndItsSpark() throws Exception {
    Result version = launch(home, "--version");
    assertEquals(0, version.exitCode(), version.output());
    String[] expected = BUILD.versionLines();
    assertTrue(
        version.output().startsWith(expected[0] + "\n" + expected[1] + "\n"),
        version.output() + "\nexpected to start with\n" + expected[0] + "\n" + expected[1]);
  }

  @Test
  void theArchiveWithoutSparkHoldsTheSameFilesButSpark() throws Exception {
    Path withoutSpark = unpack("bin-without-spark", tmp.resolve("without-spark"));
    // lib/cds/: the class-sharing archive the launcher records on the first run
    List<String> expected =
        files(home).stream()
            .filter(f -> !f.startsWith("lib/spark/") && !f.startsWith("lib/cds/"))
            .toList();
    assertEquals(expected, files(withoutSpark));
    assertTrue(files(home).stream().anyMatch(f -> f.startsWith("lib/spark/spark-core_")));
    assertTrue(expected.contains("lib/" + BASE + ".jar"), expected.toString());
    assertTrue(expected.contains("bin/zeitgeist"), expected.toString());
    assertTrue(Files.isExecutable(withoutSpark.resolve("bin/zeitgeist")));
    String notices = Files.readString(withoutSpark.resolve("THIRD-PARTY.txt"));
    assertTrue(notices.contains("edu.stanford.nlp:stanford-corenlp"), notices);
    assertFalse(notices.contains("org.apache.spark:spark-core"), notices);
    assertTrue(
        Files.readString(home.resolve("THIRD-PARTY.txt")).contains("org.apache.spark:spark-core"));

    Result noSpark = launch(withoutSpark, Map.of(), "--version");
    assertEquals(1, noSpark.exitCode(), noSpark.output());
    assertTrue(noSpark.output().contains("no spark-submit found"), noSpark.output());

    // With a Spark installation, it submits through its spark-submit. The stand-in installation:
    // the Spark jars of the other archive as SPARK_HOME/jars, and a bin/spark-submit that runs
    // Spark's own SparkSubmit class on them, as Spark's script does (it adds the module flags).
    Path sparkHome = Files.createDirectories(tmp.resolve("spark-home/bin"));
    Files.createSymbolicLink(sparkHome.resolveSibling("jars"), home.resolve("lib/spark"));
    Path submit = sparkHome.resolve("spark-submit");
    Files.writeString(
        submit,
        "#!/usr/bin/env bash\n"
            + "echo \"spark-submit $*\" >&2\n"
            + "exec java -Xmx3g $(cat \""
            + home.resolve("lib/jvm-flags")
            + "\") -cp \"$SPARK_HOME/jars/*\" org.apache.spark.deploy.SparkSubmit \"$@\"\n");
    Files.setPosixFilePermissions(submit, PosixFilePermissions.fromString("rwxr-xr-x"));
    String submittedWh = tmp.resolve("submitted-wh").toString();
    Result submitted =
        launch(
            withoutSpark,
            Map.of("SPARK_HOME", sparkHome.getParent().toString()),
            "run",
            "--input",
            "data/sample",
            "--warehouse",
            submittedWh);
    assertEquals(0, submitted.exitCode(), submitted.output());
    assertTrue(
        submitted
            .output()
            .contains(
                "spark-submit --class zeitgeist.cli.ZeitgeistCommand --jars "
                    + withoutSpark.resolve("lib/models/stanford-corenlp-")),
        submitted.output());
    assertEquals(
        List.of(),
        RunFixtures.tableDifferences(
            releaseWh.toString(),
            submittedWh,
            Map.of(
                home.resolve("data/sample").toString(), "SAMPLE",
                withoutSpark.resolve("data/sample").toString(), "SAMPLE")));
  }

  /** Unpacks the archive with this id with tar, as a user would; returns its top folder. */
  private static Path unpack(String id, Path into) throws Exception {
    Path archive = PROJECT.resolve("target/" + BASE + "-" + id + ".tar.gz");
    assertTrue(Files.isRegularFile(archive), archive + " was not built (mvn package builds it)");
    Files.createDirectories(into);
    Process tar =
        new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", into.toString())
            .inheritIO()
            .start();
    assertEquals(0, tar.waitFor(), "tar -xzf " + archive);
    Path top = into.resolve(BASE);
    assertTrue(Files.isDirectory(top), "no " + BASE + "/ in " + archive);
    assertFalse(Files.exists(top.resolve("pom.xml")));
    return top;
  }

  /**
   * A folder linking every command on this JVM's {@code PATH} except Maven's, first one of a name
   * wins as on the {@code PATH} itself.
   */
  private static Path pathWithoutMaven(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String entry : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      Path folder = Path.of(entry.isEmpty() ? "." : entry);
      if (!Files.isDirectory(folder)) continue;
      try (Stream<Path> commands = Files.list(folder)) {
        for (Path c : (Iterable<Path>) commands::iterator) {
          String name = c.getFileName().toString();
          if (name.startsWith("mvn") || Files.exists(dir.resolve(name))) continue;
          if (Files.isExecutable(c) && !Files.isDirectory(c)) {
            Files.createSymbolicLink(dir.resolve(name), c.toAbsolutePath());
          }
        }
      }
    }
    assertFalse(Files.exists(dir.resolve("mvn")));
    return dir;
  }

  /** Runs {@code bin/zeitgeist} in the unpacked folder, in an environment without Maven. */
  private static Result launch(Path top, String... args) throws Exception {
    return launch(top, Map.of(), args);
  }

  /** As {@link #launch(Path, String...)}, with these variables added to the environment. */
  private static Result launch(Path top, Map<String, String> more, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(top.resolve("bin/zeitgeist").toString()));
    command.addAll(List.of(args));
    Path log = Files.createTempFile(tmp, "launch", ".log");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(top.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.clear();
    env.put("PATH", noMavenPath.toString());
    env.put("HOME", tmp.toString());
    env.put("LC_ALL", "C.UTF-8");
    env.putAll(more);
    Process p = pb.start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("bin/zeitgeist did not end in 10 minutes: " + Files.readString(log));
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Every regular file under a folder, as sorted relative paths with "/". */
  private static List<String> files(Path top) throws IOException {
    try (Stream<Path> all = Files.walk(top)) {
      return all.filter(Files::isRegularFile)
          .map(f -> top.relativize(f).toString().replace(File.separatorChar, '/'))
          .sorted()
          .toList();
    }
  }
}
