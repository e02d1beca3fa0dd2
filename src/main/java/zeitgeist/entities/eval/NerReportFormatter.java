package zeitgeist.entities.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import zeitgeist.entities.EntityType;

/**
 * Prints a {@link NerEvaluation.Report} as an aligned text table, one row per scored type and a
 * micro-averaged {@code all} row, then one line with the amount of text and the speed:
 *
 * <pre>
 * type  gold  predicted  tp  precision  recall     F1
 * PER      2          2   2      1.000   1.000  1.000
 * ...
 * all      6          8   4      0.500   0.667  0.571
 * fake: 4 sentences, 31 tokens, 0.002 s, 15500 tokens/s
 * </pre>
 *
 * <p>Ratios have three decimals; numbers use {@link Locale#ROOT} (a decimal point, no grouping).
 */
public final class NerReportFormatter {
  private static final String[] HEADER = {
    "type", "gold", "predicted", "tp", "precision", "recall", "F1"
  };

  private NerReportFormatter() {}

  /** The report as text, lines ending in {@code \n}. */
  public static String format(NerEvaluation.Report report) {
    return table(report.byType())
        + String.format(
            Locale.ROOT,
            "%s: %d sentences, %d tokens, %.3f s, %.0f tokens/s\n",
            report.recognizer(),
            report.sentences(),
            report.tokens(),
            report.elapsed().toNanos() / 1e9,
            report.tokensPerSecond());
  }

  /** The table alone: one row per type of {@code byType}, then the summed {@code all} row. */
  public static String table(Map<EntityType, NerCounts> byType) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (Map.Entry<EntityType, NerCounts> e : byType.entrySet()) {
      rows.add(row(e.getKey().name(), e.getValue()));
    }
    rows.add(row("all", byType.values().stream().reduce(NerCounts.ZERO, NerCounts::plus)));

    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      out.append(String.format("%-" + widths[0] + "s", row[0]));
      for (int i = 1; i < row.length; i++) {
        out.append(String.format("  %" + widths[i] + "s", row[i]));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String[] row(String name, NerCounts c) {
    return new String[] {
      name,
      Long.toString(c.gold()),
      Long.toString(c.predicted()),
      Long.toString(c.truePositives()),
      ratio(c.precision()),
      ratio(c.recall()),
      ratio(c.f1())
    };
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
