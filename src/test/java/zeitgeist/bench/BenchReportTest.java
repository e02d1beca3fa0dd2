package zeitgeist.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's arithmetic: per-stage rates, the baseline ratio and the peer ratio. */
class BenchReportTest {
  private static ProcessStats wall(String clock) {
    return ProcessStats.parse(
        List.of(
            "Elapsed (wall clock) time (h:mm:ss or m:ss): " + clock,
            "Maximum resident set size (kbytes): 2097152"),
        List.of());
  }

  @Test
  void ratesAndRatios() {
    RunLog log =
        RunLog.parse(
            List.of(
                "zeitgeist: ingest    2.00 s    6 Spark jobs",
                "zeitgeist: analysis    6.00 s    3 Spark jobs"),
            List.of(
                "run r: read 1010, new 1000,"
                    + " unchanged 0, rejected 10 (10 not seen before), written 1000 (5 duplicates) in 7.5 s,"
                    + " 133.3 articles/s"));
    BenchReport report = new BenchReport();
    String out =
        report.format(
            2,
            20_000_000,
            log,
            wall("0:10.00"),
            new WarehouseLayout(List.of(new WarehouseLayout.Table("articles", 3, 2, 2, 250))),
            new Figures()
                .put("articles", 1000)
                .put("seconds", 20)
                .put("load_seconds", 2.5)
                .put("articles_per_second", 50)
                .put("complete", true),
            wall("0:21.00"),
            new Figures().put("seconds", 4).put("files", 2).put("skipped_files", 0),
            wall("0:05.00"));
    assertTrue(out.contains("corpus: 1010 records, 1000 articles, 20.0 MB, 2 files"), out);
    assertTrue(out.matches("(?s).*\ningest +2\\.00 +500\\.0 +10\\.00 +6\n.*"), out);
    assertTrue(out.matches("(?s).*\nall stages +8\\.00 +125\\.0 +2\\.50 +9\n.*"), out);
    assertTrue(out.matches("(?s).*\nstart-up, checks, exit \\(wall - stages\\) +2\\.00\n.*"), out);
    assertTrue(out.matches("(?s).*\ntotal wall +10\\.00 +100\\.0 +2\\.00 +\n.*"), out);
    assertTrue(out.contains("run: peak RSS 2.00 GB"), out);
    assertTrue(out.matches("(?s).*\n  articles +3 +2 +2 +0\\.00\n.*"), out);
    assertTrue(
        out.contains("ratio Spark/baseline = 2.00 end to end (wall); 2.50 over the stages"), out);
    assertTrue(out.contains("peer (hand-written Spark SQL word count): 5.0 s wall"), out);
    assertTrue(out.contains("zeitgeist wall / peer wall = 2.00"), out);
  }

  @Test
  void aFailedRunIsSaidSo() {
    String out =
        new BenchReport()
            .format(
                1,
                100,
                RunLog.parse(List.of(), List.of()),
                wall("0:01.00"),
                new WarehouseLayout(List.of()),
                new Figures(),
                wall("0:01.00"),
                new Figures(),
                wall("0:01.00"));
    assertTrue(out.contains("the run printed no summary line"), out);
  }
}
