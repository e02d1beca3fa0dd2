package zeitgeist.stories.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.StringHelper;
import zeitgeist.text.GermanStopwords;

/**
 * A near-copy evaluation set: original articles, the copies {@link NearCopyVariants} derives from
 * each, and pairs of different articles that must not match.
 *
 * <p>Rules: each original falls in the {@code dev} or the {@code test} half by a hash of its id
 * (MurmurHash3 of the UTF-8 bytes, even or odd), and everything derived from it is built within its
 * half: the donor of added paragraphs is another original of the half (chosen by the seed), the
 * negative pairs are pairs of originals of the half. With topics (10kGNAD labels) each original is
 * paired with the most similar other original of its topic, by cosine of the counts of its
 * lower-cased words that are not stopwords: the hardest same-topic non-copy. Without topics every
 * pair of originals is a negative pair. A copy's class is {@code target} when it shares at least
 * {@value #TARGET_SHARE} of its text with its original ({@link NearCopyVariants.Variant#shared}),
 * {@code heavy} from {@value #HEAVY_SHARE}, else {@code light}.
 *
 * @param texts originals first (in source order), then the copies
 * @param negatives pairs of indexes into {@code texts}, each a pair of different originals
 */
public record NearCopySet(String name, List<Text> texts, List<int[]> negatives, boolean topics) {
  public static final double TARGET_SHARE = 0.8;
  public static final double HEAVY_SHARE = 0.5;
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** The halves; {@code all} is both. */
  public enum Split {
    DEV,
    TEST,
    ALL;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One text of the set.
   *
   * @param root the id of the original it is or derives from
   * @param edit {@code original} or an {@link NearCopyVariants.Edit#label}
   * @param cls {@code original}, {@code target}, {@code heavy} or {@code light}
   */
  public record Text(
      String id,
      String root,
      String split,
      String edit,
      String cls,
      double kept,
      double shared,
      String text) {
    public boolean isOriginal() {
      return edit.equals("original");
    }
  }

  /** The half an original falls in. */
  public static Split half(String id) {
    byte[] b = id.getBytes(StandardCharsets.UTF_8);
    return (StringHelper.murmurhash3_x86_32(b, 0, b.length, 0) & 1) == 0 ? Split.DEV : Split.TEST;
  }

  /** Builds the set of {@code split} from {@code articles}. */
  public static NearCopySet build(
      String name, List<SourceArticles.Article> articles, long seed, Split split) {
    boolean topics = articles.stream().anyMatch(a -> a.topic() != null);
    List<Text> originals = new ArrayList<>();
    List<Text> copies = new ArrayList<>();
    List<int[]> negatives = new ArrayList<>();
    NearCopyVariants variants = new NearCopyVariants(seed);
    for (Split half : new Split[] {Split.DEV, Split.TEST}) {
      if (split != Split.ALL && split != half) continue;
      List<SourceArticles.Article> mine =
          articles.stream().filter(a -> half(a.id()) == half).toList();
      int offset = originals.size();
      for (int i = 0; i < mine.size(); i++) {
        SourceArticles.Article a = mine.get(i);
        originals.add(
            new Text(a.id(), a.id(), half.label(), "original", "original", 1, 1, a.text()));
        String donor = mine.size() < 2 ? "" : mine.get(donor(seed, a.id(), i, mine.size())).text();
        for (NearCopyVariants.Variant v : variants.derive(a.id(), a.text(), donor)) {
          copies.add(
              new Text(
                  a.id() + "~" + v.edit().label(),
                  a.id(),
                  half.label(),
                  v.edit().label(),
                  cls(v.shared()),
                  round(v.kept()),
                  round(v.shared()),
                  v.text()));
        }
      }
      for (int[] p : topics ? nearestOfTopic(mine) : allPairs(mine.size())) {
        negatives.add(new int[] {offset + p[0], offset + p[1]});
      }
    }
    List<Text> texts = new ArrayList<>(originals);
    texts.addAll(copies);
    return new NearCopySet(name, List.copyOf(texts), List.copyOf(negatives), topics);
  }

  /** The set as JSON Lines, one text a line, fields in a fixed order, ending in a newline. */
  public String toJsonLines() {
    ObjectMapper json = new ObjectMapper();
    StringBuilder out = new StringBuilder();
    for (Text t : texts) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", t.id());
      line.put("original_id", t.root());
      line.put("split", t.split());
      line.put("edit", t.edit());
      line.put("class", t.cls());
      line.put("kept", t.kept());
      line.put("shared", t.shared());
      line.put("text", t.text());
      try {
        out.append(json.writeValueAsString(line)).append('\n');
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e); // a map of strings and numbers always serialises
      }
    }
    return out.toString();
  }

  static String cls(double shared) {
    return shared >= TARGET_SHARE ? "target" : shared >= HEAVY_SHARE ? "heavy" : "light";
  }

  private static double round(double share) {
    return Math.round(share * 1000) / 1000.0;
  }

  private static int donor(long seed, String id, int self, int n) {
    int k = Math.floorMod(Objects.hash(seed, id), n - 1);
    return k >= self ? k + 1 : k;
  }

  private static List<int[]> allPairs(int n) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) out.add(new int[] {i, j});
    }
    return out;
  }

  /** Each article with its most similar other article of the same topic; each pair once. */
  private static List<int[]> nearestOfTopic(List<SourceArticles.Article> articles) {
    List<Map<String, Integer>> counts = articles.stream().map(a -> wordCounts(a.text())).toList();
    double[] norms = counts.stream().mapToDouble(NearCopySet::norm).toArray();
    List<int[]> out = new ArrayList<>();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int i = 0; i < articles.size(); i++) {
      int best = -1;
      double bestCosine = -1;
      for (int j = 0; j < articles.size(); j++) {
        if (j == i || !Objects.equals(articles.get(i).topic(), articles.get(j).topic())) continue;
        double c = dot(counts.get(i), counts.get(j)) / (norms[i] * norms[j]);
        if (c > bestCosine) {
          bestCosine = c;
          best = j;
        }
      }
      if (best >= 0 && seen.add((long) Math.min(i, best) << 32 | Math.max(i, best))) {
        out.add(new int[] {Math.min(i, best), Math.max(i, best)});
      }
    }
    return out;
  }

  private static Map<String, Integer> wordCounts(String text) {
    Map<String, Integer> out = new HashMap<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      if (!GermanStopwords.contains(m.group())) out.merge(m.group(), 1, Integer::sum);
    }
    return out;
  }

  private static double norm(Map<String, Integer> counts) {
    double s = 0;
    for (int c : counts.values()) s += (double) c * c;
    return Math.sqrt(Math.max(s, 1));
  }

  private static double dot(Map<String, Integer> a, Map<String, Integer> b) {
    if (a.size() > b.size()) return dot(b, a);
    double s = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      Integer o = b.get(e.getKey());
      if (o != null) s += (double) e.getValue() * o;
    }
    return s;
  }
}
