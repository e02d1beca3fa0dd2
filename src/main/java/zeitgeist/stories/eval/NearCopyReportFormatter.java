package zeitgeist.stories.eval;

import java.util.List;
import java.util.Locale;

/**
 * Prints a {@link NearCopyEvaluation.Report} as Markdown: a summary table (precision, recall of the
 * target and heavy classes, negative pairs matched, candidate pairs), a table per class with one
 * row per edit, and a table of candidate pairs for banding against OR-ing single min-hashes. Ratios
 * have three decimals; numbers use {@link Locale#ROOT}.
 */
public final class NearCopyReportFormatter {
  private NearCopyReportFormatter() {}

  /** The report as Markdown, lines ending in {@code \n}. */
  public static String format(NearCopyEvaluation.Report r, String negativesKind) {
    StringBuilder out = new StringBuilder();
    out.append("| ").append(r.name()).append(" | |\n|---|---:|\n");
    line(out, "originals", r.originals());
    line(
        out,
        "copies (target / heavy / light)",
        r.copies()
            + " ("
            + r.target().pairs()
            + " / "
            + r.heavy().pairs()
            + " / "
            + r.light()
            + ")");
    line(out, "candidate pairs verified", r.candidatePairs());
    line(out, "predicted pairs", r.predictedPairs());
    line(out, "precision", ratio(r.correctPairs(), r.predictedPairs()));
    line(out, "recall, target (shares >= 80 %)", ratio(r.target().found(), r.target().pairs()));
    line(out, "LSH recall, target", ratio(r.target().candidates(), r.target().pairs()));
    line(out, "rule recall without LSH, target", ratio(r.target().rule(), r.target().pairs()));
    line(out, "recall, heavy (shares 50-80 %)", ratio(r.heavy().found(), r.heavy().pairs()));
    NearCopyEvaluation.Row neg = r.negatives();
    line(
        out,
        negativesKind + " matched",
        neg.found()
            + " of "
            + neg.pairs()
            + " (candidates "
            + neg.candidates()
            + ", max Jaccard "
            + num(neg.maxJaccard())
            + ", max containment "
            + num(neg.maxContainment())
            + ")");
    out.append('\n');
    edits(out, "target", r.targetByEdit(), r.target());
    edits(out, "heavy", r.heavyByEdit(), r.heavy());
    out.append("| candidate pairs, of ")
        .append(r.allPairs())
        .append(" pairs | all | different originals |\n|---|---:|---:|\n");
    out.append("| bands, 24 x 4 (AND within a band, OR across) | ")
        .append(r.candidatePairs())
        .append(" | ")
        .append(r.bandFalseCandidates())
        .append(" |\n");
    out.append("| OR of 96 single min-hashes (MinHashLSH) | ")
        .append(r.orCandidates())
        .append(" | ")
        .append(r.orFalseCandidates())
        .append(" |\n");
    return out.toString();
  }

  private static void edits(
      StringBuilder out,
      String cls,
      List<NearCopyEvaluation.Row> rows,
      NearCopyEvaluation.Row all) {
    out.append("| ")
        .append(cls)
        .append(
            " edit | pairs | LSH candidates | rule | found | recall "
                + "| min Jaccard | median Jaccard |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (NearCopyEvaluation.Row row : rows) {
      editRow(out, row);
    }
    editRow(out, all);
    out.append('\n');
  }

  private static void editRow(StringBuilder out, NearCopyEvaluation.Row r) {
    out.append("| ")
        .append(r.label())
        .append(" | ")
        .append(r.pairs())
        .append(" | ")
        .append(r.candidates())
        .append(" | ")
        .append(r.rule())
        .append(" | ")
        .append(r.found())
        .append(" | ")
        .append(r.pairs() == 0 ? "-" : num(r.recall()))
        .append(" | ")
        .append(num(r.minJaccard()))
        .append(" | ")
        .append(num(r.medianJaccard()))
        .append(" |\n");
  }

  private static void line(StringBuilder out, String label, Object value) {
    out.append("| ").append(label).append(" | ").append(value).append(" |\n");
  }

  private static String ratio(long part, long whole) {
    return whole == 0
        ? "- (0 of 0)"
        : num((double) part / whole) + " (" + part + " of " + whole + ")";
  }

  static String num(double x) {
    return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.3f", x);
  }
}
