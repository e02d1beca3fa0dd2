package zeitgeist.stories.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import zeitgeist.stories.NearCopyText;
import zeitgeist.stories.Resemblance;

/**
 * Scores near-copy detection on a {@link NearCopySet} the way the job detects near-copies: every
 * text's LSH bands ({@link NearCopyText#bands}), candidate pairs from texts sharing a (band, key),
 * each candidate verified on its shingles ({@link Resemblance#isNearCopy}).
 *
 * <p>Figures: precision over all predicted pairs of the pool (a pair is right when both texts are
 * or derive from the same original); recall over the pairs (original, copy) of the {@code target}
 * class, overall and per edit, and of the {@code heavy} class; the negative pairs (different
 * originals) that matched. For every labelled pair the shingles are also compared directly, so the
 * rule's own recall and the loss to LSH show apart. Finally the candidate pairs that OR-ing the
 * {@value NearCopyText#HASHES} single min-hashes (a pair is a candidate when any one agrees, as
 * Spark MLlib's {@code MinHashLSH} does) would give, against the bands', counted over all pairs.
 *
 * <p>Cost: the bands and shingles of every text, a hash map of (band, key), and a scan of all pairs
 * of sketches for the OR count (quadratic: about 5 s for 12,000 texts).
 */
public final class NearCopyEvaluation {
  /** Where timed results go, so the calls are not optimised away. */
  private static volatile Object sink;

  private NearCopyEvaluation() {}

  /**
   * Pairs of one kind.
   *
   * @param pairs labelled pairs
   * @param candidates of them, LSH candidates
   * @param rule of them, near-copies by the rule on their shingles (LSH aside)
   * @param found of them, predicted: candidate and near-copy
   * @param minJaccard lowest Jaccard similarity (NaN without pairs), likewise median and max
   */
  public record Row(
      String label,
      int pairs,
      int candidates,
      int rule,
      int found,
      double minJaccard,
      double medianJaccard,
      double maxJaccard,
      double maxContainment) {
    public double recall() {
      return (double) found / pairs;
    }
  }

  /**
   * The figures for one set.
   *
   * @param candidatePairs pairs sharing a band: each is verified on its shingles
   * @param targetByEdit target class, one row per edit; {@code heavyByEdit} likewise
   * @param light copies sharing less than half their text (not scored)
   * @param negatives pairs of different originals that must not match
   * @param allPairs pairs of texts with a sketch
   * @param orCandidates pairs any one of whose single min-hashes agree
   * @param orFalseCandidates of them, pairs of different originals; {@code bandFalseCandidates}
   *     likewise for band candidates
   */
  public record Report(
      String name,
      int originals,
      int copies,
      long candidatePairs,
      long predictedPairs,
      long correctPairs,
      Row target,
      List<Row> targetByEdit,
      Row heavy,
      List<Row> heavyByEdit,
      int light,
      Row negatives,
      long allPairs,
      long orCandidates,
      long orFalseCandidates,
      long bandFalseCandidates) {
    public double precision() {
      return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }
  }

  /** Scores {@code set}. */
  public static Report evaluate(NearCopySet set) {
    List<NearCopySet.Text> texts = set.texts();
    int n = texts.size();
    int[][] shingles = new int[n][];
    int[][] bands = new int[n][];
    for (int i = 0; i < n; i++) {
      shingles[i] = NearCopyText.shingles(texts.get(i).text());
      bands[i] = NearCopyText.bands(texts.get(i).text());
    }
    Set<Long> candidates = candidates(bands);
    long predicted = 0;
    long correct = 0;
    long bandFalse = 0;
    for (long pair : candidates) {
      int i = (int) (pair >>> 32);
      int j = (int) pair;
      boolean same = texts.get(i).root().equals(texts.get(j).root());
      if (!same) bandFalse++;
      if (Resemblance.of(shingles[i], shingles[j]).isNearCopy()) {
        predicted++;
        if (same) correct++;
      }
    }

    Map<String, Integer> originalAt = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (texts.get(i).isOriginal()) originalAt.put(texts.get(i).id(), i);
    }
    Map<String, List<int[]>> target = byEdit();
    Map<String, List<int[]>> heavy = byEdit();
    int light = 0;
    int copies = 0;
    for (int i = 0; i < n; i++) {
      NearCopySet.Text t = texts.get(i);
      if (t.isOriginal()) continue;
      copies++;
      int[] pair = {originalAt.get(t.root()), i};
      switch (t.cls()) {
        case "target" -> target.computeIfAbsent(t.edit(), k -> new ArrayList<>()).add(pair);
        case "heavy" -> heavy.computeIfAbsent(t.edit(), k -> new ArrayList<>()).add(pair);
        default -> light++;
      }
    }
    List<Row> targetByEdit = rows(target, shingles, candidates);
    List<Row> heavyByEdit = rows(heavy, shingles, candidates);
    List<int[]> targetPairs = target.values().stream().flatMap(List::stream).toList();
    List<int[]> heavyPairs = heavy.values().stream().flatMap(List::stream).toList();
    long[][] sketches = new long[n][];
    for (int i = 0; i < n; i++) sketches[i] = NearCopyText.sketch(texts.get(i).text());
    long allPairs = 0;
    long or = 0;
    long orFalse = 0;
    for (int i = 0; i < n; i++) {
      if (sketches[i] == null) continue;
      for (int j = i + 1; j < n; j++) {
        if (sketches[j] == null) continue;
        allPairs++;
        if (anyEqual(sketches[i], sketches[j])) {
          or++;
          if (!texts.get(i).root().equals(texts.get(j).root())) orFalse++;
        }
      }
    }
    int originals = n - copies;
    return new Report(
        set.name(),
        originals,
        copies,
        candidates.size(),
        predicted,
        correct,
        row("all", targetPairs, shingles, candidates),
        targetByEdit,
        row("all", heavyPairs, shingles, candidates),
        heavyByEdit,
        light,
        row("negative", set.negatives(), shingles, candidates),
        allPairs,
        or,
        orFalse,
        bandFalse);
  }

  /**
   * Microseconds per text that {@code signature} takes, warm, on this thread: passes over the texts
   * until at least 5,000 calls warm it up, then the mean of as many timed passes.
   */
  public static double microsPerText(List<String> texts, Function<String, ?> signature) {
    if (texts.isEmpty()) return Double.NaN;
    int passes = Math.max(3, (5000 + texts.size() - 1) / texts.size());
    for (int pass = 0; pass < passes; pass++) {
      for (String t : texts) sink = signature.apply(t);
    }
    long start = System.nanoTime();
    for (int pass = 0; pass < passes; pass++) {
      for (String t : texts) sink = signature.apply(t);
    }
    return (System.nanoTime() - start) / 1000.0 / ((double) passes * texts.size());
  }

  /** Pairs {@code i < j} (as {@code i << 32 | j}) sharing a (band, key). */
  static Set<Long> candidates(int[][] bands) {
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < bands.length; i++) {
      if (bands[i] == null) continue;
      for (int b = 0; b < bands[i].length; b++) {
        long key = (long) b << 32 | (bands[i][b] & 0xffffffffL);
        buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
      }
    }
    Set<Long> out = new HashSet<>();
    for (List<Integer> bucket : buckets.values()) {
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          out.add((long) bucket.get(x) << 32 | bucket.get(y));
        }
      }
    }
    return out;
  }

  /** Pairs by edit label, the edits in {@link NearCopyVariants.Edit} order, others after. */
  private static Map<String, List<int[]>> byEdit() {
    Map<String, List<int[]>> out = new LinkedHashMap<>();
    for (NearCopyVariants.Edit e : NearCopyVariants.Edit.values()) {
      out.put(e.label(), new ArrayList<>());
    }
    return out;
  }

  private static List<Row> rows(
      Map<String, List<int[]>> byEdit, int[][] shingles, Set<Long> candidates) {
    List<Row> out = new ArrayList<>();
    byEdit.forEach(
        (edit, pairs) -> {
          if (!pairs.isEmpty()) out.add(row(edit, pairs, shingles, candidates));
        });
    return out;
  }

  private static Row row(String label, List<int[]> pairs, int[][] shingles, Set<Long> candidates) {
    int cand = 0;
    int rule = 0;
    int found = 0;
    double[] jaccard = new double[pairs.size()];
    double maxContainment = Double.NaN;
    for (int k = 0; k < pairs.size(); k++) {
      int i = Math.min(pairs.get(k)[0], pairs.get(k)[1]);
      int j = Math.max(pairs.get(k)[0], pairs.get(k)[1]);
      Resemblance r = Resemblance.of(shingles[i], shingles[j]);
      boolean isCandidate = candidates.contains((long) i << 32 | j);
      if (isCandidate) cand++;
      if (r.isNearCopy()) rule++;
      if (isCandidate && r.isNearCopy()) found++;
      jaccard[k] = r.jaccard();
      maxContainment = k == 0 ? r.containment() : Math.max(maxContainment, r.containment());
    }
    Arrays.sort(jaccard);
    boolean none = jaccard.length == 0;
    return new Row(
        label,
        pairs.size(),
        cand,
        rule,
        found,
        none ? Double.NaN : jaccard[0],
        none ? Double.NaN : jaccard[jaccard.length / 2],
        none ? Double.NaN : jaccard[jaccard.length - 1],
        maxContainment);
  }

  private static boolean anyEqual(long[] a, long[] b) {
    for (int k = 0; k < a.length; k++) {
      if (a[k] == b[k]) return true;
    }
    return false;
  }
}
