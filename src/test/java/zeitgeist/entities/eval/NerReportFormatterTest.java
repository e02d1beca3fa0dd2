package zeitgeist.entities.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import zeitgeist.entities.EntityType;

/** {@link NerReportFormatter} on a report with fixed counts and time. */
class NerReportFormatterTest {
  @Test
  void alignedTableAndThroughputLine() {
    NerEvaluation.Report report =
        new NerEvaluation.Report(
            "fixed",
            Map.of(
                EntityType.PER, new NerCounts(2, 2, 2),
                EntityType.ORG, new NerCounts(3, 3, 1),
                EntityType.LOC, new NerCounts(1, 3, 1)),
            4,
            31,
            Duration.ofMillis(2));
    assertEquals(
        """
        type  gold  predicted  tp  precision  recall     F1
        PER      2          2   2      1.000   1.000  1.000
        ORG      3          3   1      0.333   0.333  0.333
        LOC      1          3   1      0.333   1.000  0.500
        all      6          8   4      0.500   0.667  0.571
        fixed: 4 sentences, 31 tokens, 0.002 s, 15500 tokens/s
        """,
        NerReportFormatter.format(report));
  }

  @Test
  void missingTypesAndZeroTimePrintAsZero() {
    NerEvaluation.Report report = new NerEvaluation.Report("none", Map.of(), 0, 0, Duration.ZERO);
    assertEquals(
        """
        type  gold  predicted  tp  precision  recall     F1
        PER      0          0   0      0.000   0.000  0.000
        ORG      0          0   0      0.000   0.000  0.000
        LOC      0          0   0      0.000   0.000  0.000
        all      0          0   0      0.000   0.000  0.000
        none: 0 sentences, 0 tokens, 0.000 s, 0 tokens/s
        """,
        NerReportFormatter.format(report));
  }
}
