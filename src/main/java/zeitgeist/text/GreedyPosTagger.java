package zeitgeist.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's German part-of-speech model ({@link OpenNlpModels#POS}) decoded greedily, as {@link
 * POSTaggerME} does with a beam of 1 ({@link OpenNlpModels}), with the same tags at several times
 * the speed.
 *
 * <p>Why not POSTaggerME: for every token it builds some twenty feature strings (the token, its
 * prefixes and suffixes, its class, the two tokens either side, the previous tags), looks each up
 * in the model's hash map and sums the weights they carry: in a profile of the job's analysis,
 * nearly half of its time. All but the two tag features are functions of a single token (the token
 * itself, or a neighbour at a fixed offset), so here they are looked up once per distinct form and
 * kept in a bounded cache ({@link GenerationCache}); per token only the weights are added, in the
 * model's own feature order and from the same start value, so every sum is the same double as
 * OpenNLP's. The tag is the outcome with the highest sum; when the best two are closer than {@value
 * #NEAR} the probabilities are computed as OpenNLP computes them and the first outcome of the
 * highest wins, as in OpenNLP's beam search.
 *
 * <p>The feature layout is the one the model declares in its {@code generator.featuregen}: outcome
 * prior, suffixes and prefixes of up to 4 characters, the lower-cased tokens in a window of two
 * either side, sentence start in that window, token class, previous tag and previous two tags. The
 * constructor checks the layout against the model's own context generator on a probe sentence and
 * refuses a model that differs, or that has a tag dictionary (which this decoder does not apply).
 * {@code GreedyPosTaggerTest} compares features and tags with POSTaggerME on every sentence of the
 * sample corpus. Thread-safe: the model is immutable and the cache concurrent.
 */
final class GreedyPosTagger {
  /** Sums closer than this are compared as probabilities, exactly as OpenNLP compares them. */
  static final double NEAR = 1e-9;

  private static final String BEGIN = "S=begin";
  private static final String[] WINDOW = {"p1", "p2", "n1", "n2"};
  private static final String[] PROBE =
      ("Die Bundesregierung hat am 3. März 2020 in Berlin "
              + "„ 12,5 Mrd. € “ für die E-Mobilität beschlossen , sagte Olaf Scholz ( SPD ) .")
          .split(" ");

  private final Map<String, Context> weights;
  private final String[] outcomes;
  private final double logPrior;
  private final Context outcomePrior;
  private final Context[] sentenceStart = new Context[3];
  private final Context[] previousTag;
  private final Context[][] previousTwoTags;
  private final GenerationCache<Form> forms;

  /**
   * What one form contributes: as the token itself ({@code own}: suffixes, prefixes and the word;
   * {@code kind}: its class), and as a neighbour at offsets -1, -2, +1, +2 ({@code window}). Null
   * where the model has no weights for the feature.
   */
  private record Form(Context[] own, Context[] window, Context[] kind) {}

  @SuppressWarnings("unchecked")
  GreedyPosTagger(POSModel model, int cachedForms) {
    if (model.getFactory().getTagDictionary() != null) {
      throw new IllegalArgumentException("the POS model has a tag dictionary; not supported");
    }
    MaxentModel maxent = model.getArtifact("pos.model");
    if (!(maxent instanceof GISModel gis)) {
      throw new IllegalArgumentException("not a maximum-entropy (GIS) POS model: " + maxent);
    }
    Object[] data = gis.getDataStructures();
    this.weights = (Map<String, Context>) data[1];
    this.outcomes = ((String[]) data[2]).clone();
    this.logPrior = StrictMath.log(1.0 / outcomes.length);
    this.outcomePrior = weights.get("def");
    sentenceStart[0] = weights.get(BEGIN);
    sentenceStart[1] = weights.get("p1" + BEGIN);
    sentenceStart[2] = weights.get("p2" + BEGIN);
    int n = outcomes.length;
    previousTag = new Context[n];
    previousTwoTags = new Context[n][n];
    for (int a = 0; a < n; a++) {
      previousTag[a] = weights.get("t=" + outcomes[a]);
      for (int b = 0; b < n; b++) {
        previousTwoTags[a][b] = weights.get("t2=" + outcomes[a] + "," + outcomes[b]);
      }
    }
    this.forms = new GenerationCache<>(cachedForms);
    checkAgainst(model);
  }

  /** One tag per token of one sentence (punctuation included: it is context). */
  String[] tag(String[] tokens) {
    int len = tokens.length;
    Form[] f = new Form[len];
    for (int i = 0; i < len; i++) {
      f[i] = forms.get(tokens[i], this::form);
    }
    int[] tags = new int[len];
    double[] sums = new double[outcomes.length];
    String[] result = new String[len];
    for (int i = 0; i < len; i++) {
      Arrays.fill(sums, logPrior);
      add(sums, outcomePrior);
      addAll(sums, f[i].own);
      if (i >= 1) {
        add(sums, f[i - 1].window[0]);
      }
      if (i >= 2) {
        add(sums, f[i - 2].window[1]);
      }
      if (i + 1 < len) {
        add(sums, f[i + 1].window[2]);
      }
      if (i + 2 < len) {
        add(sums, f[i + 2].window[3]);
      }
      if (i <= 2) {
        add(sums, sentenceStart[i]);
      }
      addAll(sums, f[i].kind);
      if (i >= 1) {
        add(sums, previousTag[tags[i - 1]]);
      }
      if (i >= 2) {
        add(sums, previousTwoTags[tags[i - 2]][tags[i - 1]]);
      }
      tags[i] = best(sums);
      result[i] = outcomes[tags[i]];
    }
    return result;
  }

  /** Forms held in the cache now. */
  int cachedForms() {
    return forms.size();
  }

  private Form form(String token) {
    Context[] window = new Context[WINDOW.length];
    String word = wordFeature(token);
    for (int k = 0; k < WINDOW.length; k++) {
      window[k] = weights.get(WINDOW[k] + word);
    }
    return new Form(lookUp(ownFeatures(token)), window, lookUp(kindFeatures(token)));
  }

  private Context[] lookUp(List<String> names) {
    return names.stream().map(weights::get).filter(Objects::nonNull).toArray(Context[]::new);
  }

  /** Suffixes, prefixes (1 to 4 characters, as the model's generators make them), the word. */
  static List<String> ownFeatures(String token) {
    List<String> features = new ArrayList<>();
    int affixes = Math.min(4, token.length());
    for (int k = 0; k < affixes; k++) {
      features.add("suf=" + token.substring(Math.max(token.length() - k - 1, 0)));
    }
    for (int k = 0; k < affixes; k++) {
      features.add("pre=" + token.substring(0, Math.min(k + 1, token.length())));
    }
    features.add(wordFeature(token));
    return features;
  }

  static String wordFeature(String token) {
    return "w=" + StringUtil.toLowerCase(token);
  }

  static List<String> kindFeatures(String token) {
    String kind = FeatureGeneratorUtil.tokenFeature(token);
    return List.of("wc=" + kind, "w&c=" + StringUtil.toLowerCase(token) + "," + kind);
  }

  /** The model's feature names for token {@code i}, in its order: what the sums are made of. */
  static List<String> features(int i, String[] tokens, String[] tags) {
    List<String> features = new ArrayList<>();
    features.add("def");
    features.addAll(ownFeatures(tokens[i]));
    for (int k = 0; k < WINDOW.length; k++) {
      int j = i + (k < 2 ? -(k + 1) : k - 1);
      if (j >= 0 && j < tokens.length) {
        features.add(WINDOW[k] + wordFeature(tokens[j]));
      }
    }
    if (i <= 2) {
      features.add((i == 0 ? "" : "p" + i) + BEGIN);
    }
    features.addAll(kindFeatures(tokens[i]));
    if (i >= 1) {
      features.add("t=" + tags[i - 1]);
    }
    if (i >= 2) {
      features.add("t2=" + tags[i - 2] + "," + tags[i - 1]);
    }
    return features;
  }

  private static void addAll(double[] sums, Context[] contexts) {
    for (Context c : contexts) {
      add(sums, c);
    }
  }

  /** As OpenNLP's {@code ArrayMath.sumFeatures} for one feature of value 1. */
  private static void add(double[] sums, Context c) {
    if (c == null) {
      return;
    }
    int[] active = c.getOutcomes();
    double[] parameters = c.getParameters();
    for (int a = 0; a < active.length; a++) {
      sums[active[a]] += parameters[a];
    }
  }

  private static int best(double[] sums) {
    int top = 0;
    double second = Double.NEGATIVE_INFINITY;
    for (int o = 1; o < sums.length; o++) {
      if (sums[o] > sums[top]) {
        second = sums[top];
        top = o;
      } else if (sums[o] > second) {
        second = sums[o];
      }
    }
    return sums[top] - second > NEAR ? top : bestProbability(sums);
  }

  /** OpenNLP's {@code GISModel.eval} normalisation; the first outcome of the highest wins. */
  private static int bestProbability(double[] sums) {
    double[] p = new double[sums.length];
    double normal = 0.0;
    for (int o = 0; o < sums.length; o++) {
      p[o] = StrictMath.exp(sums[o]);
      normal += p[o];
    }
    int top = 0;
    for (int o = 0; o < p.length; o++) {
      p[o] /= normal;
      if (p[o] > p[top]) {
        top = o;
      }
    }
    return top;
  }

  /** Fails unless features and tags agree with the model's own tagger on {@link #PROBE}. */
  private void checkAgainst(POSModel model) {
    String[] expected = new POSTaggerME(model).tag(PROBE);
    POSContextGenerator contexts = model.getFactory().getPOSContextGenerator(0);
    for (int i = 0; i < PROBE.length; i++) {
      List<String> theirs =
          List.of(contexts.getContext(i, PROBE, Arrays.copyOf(expected, i), null));
      if (!theirs.equals(features(i, PROBE, expected))) {
        throw new IllegalArgumentException(
            "the POS model's features differ from the layout "
                + "this decoder knows, at '"
                + PROBE[i]
                + "': "
                + theirs);
      }
    }
    if (!Arrays.equals(expected, tag(PROBE))) {
      throw new IllegalStateException("greedy decoding differs from OpenNLP's on the probe");
    }
    forms.clear();
  }
}
