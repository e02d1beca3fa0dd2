package zeitgeist.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing GNU time's -v report and the JVM's GC log. */
class ProcessStatsTest {
  private static final List<String> TIME =
      List.of(
          "\tCommand being timed: \"jobs/zeitgeist run --input x --warehouse y\"",
          "\tUser time (seconds): 120.50",
          "\tSystem time (seconds): 13.90",
          "\tPercent of CPU this job got: 85%",
          "\tElapsed (wall clock) time (h:mm:ss or m:ss): 2:37.06",
          "\tMaximum resident set size (kbytes): 1772132",
          "\tExit status: 0");

  private static final List<String> GC =
      List.of(
          "[0.004s][info][gc] Using G1",
          "[0.612s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 25M->18M(382M) 9.894ms",
          "[9.100s][info][gc] GC(7) Pause Young (Concurrent Start) (G1 Humongous Allocation)"
              + " 1249M->700M(1270M) 20.106ms",
          "[9.200s][info][gc] GC(8) Concurrent Mark Cycle 80.000ms",
          "[9.300s][info][gc] GC(8) Pause Remark 800M->790M(1270M) 5.000ms",
          "[12.0s][info][gc] GC(9) Pause Full (System.gc()) 2G->1G(2G) 500.000ms");

  @Test
  void readsTimeAndGcFigures() {
    ProcessStats p = ProcessStats.parse(TIME, GC);
    assertEquals(157.06, p.wallSeconds().getAsDouble(), 1e-9);
    assertEquals(134.4, p.cpuSeconds().getAsDouble(), 1e-9);
    assertEquals(1772132L * 1024, p.peakRssBytes().getAsLong());
    assertEquals(0, p.exitStatus().getAsInt());
    assertEquals(2L << 30, p.heapPeakBytes().getAsLong(), "the largest heap before a collection");
    assertEquals(2L << 30, p.heapSizeBytes().getAsLong());
    assertEquals(4, p.gcPauses(), "the concurrent cycle is not a pause");
    assertEquals(0.535, p.gcPauseSeconds(), 1e-9);
  }

  @Test
  void wallClockInHoursAndMissingFiles() {
    assertEquals(3723.5, ProcessStats.clock("1:02:03.5"), 1e-9);
    ProcessStats none = ProcessStats.parse(List.of(), List.of());
    assertTrue(
        none.wallSeconds().isEmpty()
            && none.peakRssBytes().isEmpty()
            && none.heapPeakBytes().isEmpty());
  }
}
