package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static zeitgeist.job.RunFixtures.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.tables.CrashPoints;
import zeitgeist.tables.EntityMentionRow;
import zeitgeist.tables.LexiconHitRow;
import zeitgeist.tables.RunRow;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.Warehouse;
import zeitgeist.tables.WarehouseLock;

/**
 * {@code zeitgeist convert} on a warehouse the released version (plain Parquet folders) wrote from
 * the sample corpus with {@code --ner gazetteer}: {@code src/test/resources/released-warehouse/}
 * (its README says how it was made). The converted warehouse holds the rows of a warehouse this
 * version writes from the same sample with the same options, table for table, and later runs go on
 * from it as from that one.
 *
 * <p>The tests run in order: the later ones change the converted and the fresh warehouse.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConvertCommandTest {
  private static final Path RELEASED =
      TestSpark.projectDir().resolve("src/test/resources/released-warehouse/sample-gazetteer");

  /**
   * The input as the released run named it (it ran in the project folder): the display paths stored
   * in {@code articles} and {@code rejects} are then the same, so a rerun knows the rejects.
   * Relative to the working folder, which Maven sets to the project folder.
   */
  private static final String SAMPLE = "data/sample";

  /**
   * The shipped polarity lexicon as the released version had it (600 entries; the shipped one has
   * grown since): named like the shipped one, with its bytes, the runs here have the settings of
   * the released run, so the converted warehouse goes on incrementally and holds the rows a fresh
   * warehouse with that lexicon holds.
   */
  private static final String RELEASED_LEXICON =
      "zeitgeist-polarity-de=" + RELEASED.resolveSibling("zeitgeist-polarity-de.tsv");

  @TempDir static Path tmp;
  private static String converted;
  private static String fresh;
  private static RunFixtures.Result conversion;

  @BeforeAll
  static void convertTheReleasedWarehouseAndWriteAFreshOne() {
    assertTrue(Files.isDirectory(Path.of(SAMPLE)), "run from the project folder");
    converted = copyOfReleased("converted");
    conversion = cli("convert", "--warehouse", converted);
    fresh = tmp.resolve("fresh").toString();
    RunFixtures.Result r =
        cli(
            "run",
            "--input",
            SAMPLE,
            "--warehouse",
            fresh,
            "--ner",
            "gazetteer",
            "--lexicon",
            RELEASED_LEXICON);
    assertEquals(0, r.exitCode(), r.err());
  }

  @Test
  @Order(1)
  void theConvertedWarehouseHoldsTheRowsOfAFreshOne() throws IOException {
    assertEquals(0, conversion.exitCode(), conversion.err());
    assertTrue(conversion.out().startsWith("converted " + converted + " in "), conversion.out());
    assertTrue(conversion.out().contains(": 8 tables converted in place ("), conversion.out());
    assertTrue(
        conversion
            .out()
            .contains(
                "; created empty: entity_mentions, "
                    + "article_lexicon_categories, lexicon_hits, near_copies; the release that wrote the "
                    + "warehouse kept "
                    + "no entity mentions or lexicon hits: a run with --rebuild adds them for its articles; "
                    + "5 per-date tables recomputed; run "),
        conversion.out());
    assertSameTables(converted, fresh);
    Warehouse c = warehouse(converted);
    Warehouse f = warehouse(fresh);
    for (TableSpec<?> t : Warehouse.TABLES) {
      assertSameSchema(t, c.read(t), f.read(t));
    }
    assertEquals(
        4,
        c.read(zeitgeist.tables.ArticleRow.TABLE).filter("year IS NULL").count(),
        "undated articles, stored under year=__HIVE_DEFAULT_PARTITION__, read back as null");

    // the released run's row is kept, and says what a fresh run says
    String[] counts = {
      "status",
      "read",
      "new_articles",
      "unchanged",
      "rejected",
      "rejects_added",
      "written",
      "duplicates",
      "files_read",
      "files_skipped",
      "id_clashes",
      "redelivered",
      "dates_unreadable",
      "dates_implausible",
      "languages",
      "config"
    };
    assertEquals(
        RunFixtures.rows(f.read(RunRow.TABLE).selectExpr(counts)),
        RunFixtures.rows(c.read(RunRow.TABLE).filter("status <> 'converted'").selectExpr(counts)));
    List<Row> runs =
        c.read(RunRow.TABLE)
            .orderBy("run_id")
            .select("run_id", "status", "config", "arguments", "table_versions")
            .collectAsList();
    assertEquals(2, runs.size());
    Row released = runs.get(0);
    Row conversionRow = runs.get(1);
    assertEquals("converted", conversionRow.getString(1));
    assertEquals(released.getString(2), conversionRow.getString(2), "config carried over");
    assertEquals(released.getString(3), conversionRow.getString(3), "arguments carried over");
    assertEquals(null, released.get(4), "the released run recorded no versions");
    assertEquals(Warehouse.TABLES.size() - 1, conversionRow.getJavaMap(4).size());
    assertEquals(conversionRow.getString(0), c.snapshotRun().orElseThrow(), "read at it");

    try (Stream<Path> files = Files.walk(Path.of(converted))) {
      Set<String> leftovers =
          files
              .map(p -> p.getFileName().toString())
              .filter(
                  n ->
                      Set.of(
                              "schema-only.parquet",
                              "_staging",
                              "_journal",
                              "_trash",
                              "_converting",
                              "_lock")
                          .contains(n))
              .collect(Collectors.toSet());
      assertEquals(Set.of(), leftovers);
    }
  }

  @Test
  @Order(2)
  void convertingAgainSaysAlreadyConverted() {
    long runs = warehouse(converted).read(RunRow.TABLE).count();
    RunFixtures.Result r = cli("convert", "--warehouse", converted);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        "warehouse "
            + converted
            + " is already converted: its tables are Delta "
            + "tables; nothing to do",
        r.out().strip());
    assertEquals(runs, warehouse(converted).read(RunRow.TABLE).count());
  }

  @Test
  @Order(3)
  void anInterruptedConversionIsRefusedByRunAndFinishedByTheNextConvert() {
    String half = copyOfReleased("half");
    System.setProperty("zeitgeist.abandonAt", "mid-convert");
    try {
      assertThrows(CrashPoints.Abandoned.class, () -> cli("convert", "--warehouse", half));
    } finally {
      System.clearProperty("zeitgeist.abandonAt");
    }

    RunFixtures.Result run =
        cli(
            "run",
            "--input",
            SAMPLE,
            "--warehouse",
            half,
            "--ner",
            "gazetteer",
            "--lexicon",
            RELEASED_LEXICON);
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .contains(
                "is half converted to Delta tables: a zeitgeist convert did "
                    + "not finish; finish it with: zeitgeist convert --warehouse "
                    + half),
        run.err());
    RunFixtures.Result sql = cli("sql", "--warehouse", half, "SELECT count(*) FROM articles");
    assertTrue(sql.err().contains("zeitgeist convert --warehouse " + half), sql.err());

    RunFixtures.Result finished = cli("convert", "--warehouse", half);
    assertEquals(0, finished.exitCode(), finished.err());
    assertTrue(finished.out().contains(": 3 tables converted in place"), finished.out());
    assertTrue(
        finished
            .out()
            .contains(
                "; converted by an earlier, interrupted convert: "
                    + "articles, article_terms, article_entities, entity_mentions, article_sentiment, "
                    + "article_entity_sentiment, article_lexicon_categories, lexicon_hits; "),
        finished.out());
    assertSameTables(half, converted);
  }

  @Test
  @Order(4)
  void aRunWithNothingNewAddsNoRows() {
    Warehouse c = warehouse(converted);
    Map<String, Long> before = rowCounts(c);
    RunFixtures.Result r =
        cli(
            "run",
            "--input",
            SAMPLE,
            "--warehouse",
            converted,
            "--ner",
            "gazetteer",
            "--lexicon",
            RELEASED_LEXICON);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out()
            .contains(
                ": read 35, new 0, unchanged 30, rejected 5 (0 not seen before)," + " written 0 "),
        r.out());
    Map<String, Long> after = rowCounts(c);
    assertEquals(before.get("runs") + 1, after.get("runs"));
    assertEquals(
        "nothing_new",
        c.read(RunRow.TABLE)
            .orderBy(org.apache.spark.sql.functions.col("run_id").desc())
            .first()
            .getAs("status"));
    // input_files gains rows: the released run read the sample at another path (its URIs), so
    // this run reads the files again, and finds nothing new in them
    for (String t : List.of("runs", "input_files")) {
      before.remove(t);
      after.remove(t);
    }
    assertEquals(before, after);
  }

  @Test
  @Order(4)
  void kwicSaysWhichMentionsTheEarlierReleaseKeptNoPositionFor() {
    long counted =
        warehouse(converted)
            .read(zeitgeist.tables.ArticleEntityRow.TABLE)
            .filter("entity = 'Wladimir Putin'")
            .agg(org.apache.spark.sql.functions.sum("mentions"))
            .first()
            .getLong(0);
    RunFixtures.Result r = cli("kwic", "--warehouse", converted, "--entity", "putin");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.err().contains("'putin' is counted as the entity 'Wladimir Putin'"), r.err());
    assertTrue(
        r.err()
            .contains(counted + " of the " + counted + " mentions counted have no " + "position"),
        r.err());
  }

  @Test
  @Order(5)
  void aRunWithANewArticleGoesOnAsOnAFreshWarehouse() throws IOException {
    Path extra = tmp.resolve("extra");
    Files.createDirectories(extra);
    Files.writeString(
        extra.resolve("nato-gipfel.txt"),
        """
        NATO-Gipfel in Vilnius: Streit über die Ukraine

        Die Staats- und Regierungschefs der NATO haben in Vilnius über die Aufnahme der Ukraine
        beraten. Bundeskanzler Olaf Scholz warnte vor einem schnellen Beitritt, Polen und die
        baltischen Staaten forderten eine klare Zusage. Generalsekretär Jens Stoltenberg sprach
        von einer guten Nachricht für die Sicherheit Europas.

        Vilnius, 11. Juli 2023
        """);
    for (String wh : List.of(converted, fresh)) {
      RunFixtures.Result r =
          cli(
              "run",
              "--input",
              SAMPLE,
              "--input",
              extra.toString(),
              "--warehouse",
              wh,
              "--ner",
              "gazetteer",
              "--lexicon",
              RELEASED_LEXICON);
      assertEquals(0, r.exitCode(), r.err());
      assertTrue(r.out().contains(", new 1, unchanged 30,"), r.out());
    }
    assertSameTables(converted, fresh);
  }

  @Test
  void badArgumentsAreOneErrorLineBeforeSparkStarts() throws IOException {
    assertUsage(
        cli("convert"),
        "zeitgeist convert: error: Missing required option: " + "'--warehouse=DIR' (see --help)");
    String missing = tmp.resolve("missing").toString();
    assertUsage(
        cli("convert", "--warehouse", missing),
        "zeitgeist convert: error: no warehouse at " + missing);
    Path other = Files.createDirectories(tmp.resolve("other/photos"));
    assertUsage(
        cli("convert", "--warehouse", other.getParent().toString()),
        "zeitgeist convert: error: "
            + other.getParent()
            + " is not a zeitgeist warehouse: it "
            + "has no runs table ("
            + other.getParent()
            + "/runs)");
    assertFalse(Files.exists(other.getParent().resolve("_lock")));
  }

  @Test
  void aWarehouseInUseIsRefusedWithExit75() {
    String busy = copyOfReleased("busy");
    try (WarehouseLock lock = WarehouseLock.acquire(busy, new Configuration(), "other-run")) {
      RunFixtures.Result r = cli("convert", "--warehouse", busy);
      assertEquals(75, r.exitCode(), r.err());
      assertTrue(
          r.err()
              .startsWith("zeitgeist convert: warehouse " + busy + " is in use by run other-run"),
          r.err());
    }
    assertTrue(Files.exists(Path.of(busy, "runs")));
    assertFalse(Files.exists(Path.of(busy, "runs/_delta_log")), "nothing converted");
  }

  private static void assertUsage(RunFixtures.Result r, String line) {
    assertEquals(2, r.exitCode(), r.err());
    assertEquals(line, r.err().strip());
  }

  /**
   * Every table of the two warehouses holds the same rows, run ids aside; {@code runs} and {@code
   * input_files} are bookkeeping of the runs themselves (times, URIs), compared elsewhere.
   */
  /** Tables no converted release wrote: a conversion creates them empty. */
  private static final List<TableSpec<?>> NOT_IN_RELEASES =
      List.of(EntityMentionRow.TABLE, LexiconHitRow.TABLE);

  private static void assertSameTables(String whOne, String whTwo) {
    Warehouse a = warehouse(whOne);
    Warehouse b = warehouse(whTwo);
    for (TableSpec<?> t : Warehouse.TABLES) {
      if (t == RunRow.TABLE) continue;
      if (NOT_IN_RELEASES.contains(t)) {
        // converted from a release that wrote no such table: rows for articles analysed since
        String[] cols =
            Arrays.stream(b.read(t).columns())
                .filter(c -> !c.equals("run_id"))
                .toArray(String[]::new);
        var rowsA = RunFixtures.rows(a.read(t).selectExpr(cols));
        var rowsB = RunFixtures.rows(b.read(t).selectExpr(cols));
        assertTrue(rowsA.containsAll(rowsB) || rowsB.containsAll(rowsA), t.name());
        continue;
      }
      List<String> skip =
          t.name().equals("input_files")
              ? List.of("run_id", "uri", "modified_at")
              : List.of("run_id");
      String[] cols =
          Arrays.stream(b.read(t).columns()).filter(c -> !skip.contains(c)).toArray(String[]::new);
      assertEquals(
          RunFixtures.rows(b.read(t).selectExpr(cols)),
          RunFixtures.rows(a.read(t).selectExpr(cols)),
          t.name());
    }
  }

  /** Same column names in the same order, same types; converted columns may be nullable. */
  private static void assertSameSchema(TableSpec<?> t, Dataset<Row> converted, Dataset<Row> fresh) {
    StructField[] c = converted.schema().fields();
    StructField[] f = fresh.schema().fields();
    assertEquals(Arrays.toString(converted.columns()), Arrays.toString(fresh.columns()), t.name());
    for (int i = 0; i < c.length; i++) {
      assertTrue(
          DataType.equalsStructurally(c[i].dataType(), f[i].dataType(), true),
          t.name() + "." + c[i].name() + ": " + c[i].dataType() + " vs " + f[i].dataType());
    }
  }

  private static Map<String, Long> rowCounts(Warehouse w) {
    Map<String, Long> counts = new HashMap<>();
    for (TableSpec<?> t : Warehouse.TABLES) {
      counts.put(t.name(), w.read(t).count());
    }
    return counts;
  }

  private static Warehouse warehouse(String dir) {
    return new Warehouse(TestSpark.session(), dir);
  }

  /** A copy of the released warehouse to convert. */
  private static String copyOfReleased(String name) {
    Path to = tmp.resolve(name);
    try (Stream<Path> files = Files.walk(RELEASED)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(RELEASED.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to.toString();
  }
}
