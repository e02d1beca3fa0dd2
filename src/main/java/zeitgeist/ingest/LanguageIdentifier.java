package zeitgeist.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Identifies an article's language from three kinds of evidence: OpenNLP's language model ({@code
 * langdetect-183.bin} from {@code opennlp-models-langdetect}, 103 languages, ranked guesses), the
 * text's function words ({@link FunctionWordVote}), and the corpus's dominant language when the
 * caller knows it.
 *
 * <p>Returns an ISO 639-1 code ({@code de}, {@code en}, {@code fr}) where one exists, else the ISO
 * 639-3 code. The rules, in order:
 *
 * <ol>
 *   <li>a text without a letter in its first 3,000 characters is {@code und} (undetermined);
 *   <li>German function words lead ({@link FunctionWordVote#winner()}: {@code der}, {@code und},
 *       {@code nicht}) in a text of at least {@value #BRIEF_LETTERS} letters: {@code de}, without
 *       asking the model. Asking it costs about nine times as much as counting the function words,
 *       and on 6,469 texts (10kGNAD's test split, the seeds, the sample, chunks of GermEval, MLSA
 *       and Europeana sentences, 5,000 generated bench articles) it was German, or German ranked
 *       among its five best guesses, for each of the 6,328 texts this rule decides, so the rule
 *       gave the same answer as the model-first rules it replaced;
 *   <li>the model's best guess is German: {@code de};
 *   <li>one language's function words lead and the text is brief (under {@value #BRIEF_LETTERS}
 *       letters, about a sentence: the model's guesses on a sentence are far less sure than its
 *       function words) or the model's best guess is a {@linkplain #LOW_TRUST low-trust label}:
 *       that language;
 *   <li>a short text (under {@value #SHORT_LETTERS} letters, a few words) without such evidence:
 *       the corpus language when known, else {@code und};
 *   <li>the best guess is a low-trust label: the corpus language when the model ranks it among its
 *       five best guesses;
 *   <li>else the model's best guess.
 * </ol>
 *
 * <p>Low-trust labels are languages the model over-predicts on short news text and that a news
 * corpus rarely holds: regional Germanic varieties (Frisian, Low German, Swiss German,
 * Luxembourgish, Limburgish, Afrikaans), constructed languages (Esperanto, Volapük), Latin,
 * regional Romance and Celtic languages (Asturian, Occitan, Breton), and languages whose training
 * text is largely machine-generated encyclopaedia stubs (Waray, Cebuano, Minangkabau, Malagasy). A
 * genuine Swiss German or Latin text keeps its label unless function words of a listed language
 * lead in it, or the corpus language ranks among the model's guesses.
 *
 * <p>Only the first 500 characters go to the model, unless its confidence in its best language is
 * below 0.5 there; then the first 3,000 do. The function words are counted in the first 3,000. The
 * model is loaded once per JVM; detectors are per thread, since OpenNLP's are not thread-safe.
 * Limits: a mixed-language text gets its majority language; very short texts in closely related
 * languages without distinctive function words ({@code Merkel in Paris}) need the corpus language,
 * or are {@code und}.
 */
public final class LanguageIdentifier {
  public static final String UNDETERMINED = "und";
  public static final String GERMAN = "de";
  private static final String MODEL = "/langdetect-183.bin";
  private static final int SAMPLE_CHARS = 500;
  private static final int MAX_CHARS = 3000;
  private static final double MIN_CONFIDENCE = 0.5;
  static final int SHORT_LETTERS = 20;
  static final int BRIEF_LETTERS = 300;
  private static final int RANKS = 5;

  /** ISO 639-3 labels of the model not trusted over other evidence (see the class comment). */
  static final Set<String> LOW_TRUST =
      Set.of(
          "fry", "nds", "gsw", "ltz", "lim", "afr", "epo", "vol", "lat", "war", "ceb", "min", "plt",
          "bre", "oci", "ast");

  private static final ThreadLocal<LanguageDetectorME> DETECTOR =
      ThreadLocal.withInitial(() -> new LanguageDetectorME(ModelHolder.MODEL_INSTANCE));

  private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

  static {
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        ISO3_TO_ISO1.put(new Locale(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException ignored) {
        // no three-letter code for this language
      }
    }
  }

  private static final class ModelHolder {
    static final LanguageDetectorModel MODEL_INSTANCE = load();

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new UncheckedIOException(
              new IOException(
                  "language model "
                      + MODEL
                      + " not on the classpath "
                      + "(artifact org.apache.opennlp:opennlp-models-langdetect)"));
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("loading language model " + MODEL, e);
      }
    }
  }

  private LanguageIdentifier() {}

  /** The language of {@code text} when nothing is known of its corpus. */
  public static String identify(String text) {
    return identify(text, null);
  }

  /**
   * The language of {@code text}.
   *
   * @param corpusLanguage the corpus's dominant language, or null when unknown; decides short texts
   *     without other evidence
   */
  public static String identify(String text, String corpusLanguage) {
    if (text == null) return UNDETERMINED;
    String sample = prefix(text, MAX_CHARS);
    long letters = sample.codePoints().filter(Character::isLetter).limit(BRIEF_LETTERS).count();
    if (letters == 0) return UNDETERMINED;

    String voted = FunctionWordVote.count(sample).winner();
    if (GERMAN.equals(voted) && letters >= BRIEF_LETTERS) return GERMAN;
    String[] ranked = rankedGuesses(sample);
    if (GERMAN.equals(ranked[0])) return GERMAN;
    boolean lowTrust = LOW_TRUST.contains(ranked[0]);
    if (voted != null && (letters < BRIEF_LETTERS || lowTrust)) return voted;
    if (letters < SHORT_LETTERS || lowTrust) {
      if (corpusLanguage != null && (letters < SHORT_LETTERS || ranks(ranked, corpusLanguage))) {
        return corpusLanguage;
      }
      if (letters < SHORT_LETTERS) return UNDETERMINED;
    }
    return iso1(ranked[0]);
  }

  /**
   * The languages whose texts the corpus language may decide: {@code und} and the {@linkplain
   * #LOW_TRUST low-trust labels} (as {@link #identify} returns them). A text identified as one of
   * these without the corpus language may come out otherwise with it.
   */
  public static Set<String> corpusDecided() {
    Set<String> out = new java.util.HashSet<>();
    out.add(UNDETERMINED);
    LOW_TRUST.forEach(l -> out.add(iso1(l)));
    return Set.copyOf(out);
  }

  /**
   * The corpus language: the language of at least half of the articles whose language is known
   * ({@code und} not counted); null when none is, or when no language is known.
   *
   * @param articlesPerLanguage article counts by language code
   */
  public static String dominant(Map<String, Long> articlesPerLanguage) {
    long known = 0;
    String best = null;
    long bestCount = 0;
    for (Map.Entry<String, Long> e : articlesPerLanguage.entrySet()) {
      if (e.getKey() == null || e.getKey().equals(UNDETERMINED)) continue;
      known += e.getValue();
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return known > 0 && 2 * bestCount >= known ? best : null;
  }

  /** The model's best guesses, best first: ISO 639-1 where one exists, low-trust labels as is. */
  private static String[] rankedGuesses(String sample) {
    LanguageDetectorME detector = DETECTOR.get();
    Language[] guesses = detector.predictLanguages(prefix(sample, SAMPLE_CHARS));
    if (guesses[0].getConfidence() < MIN_CONFIDENCE && sample.length() > SAMPLE_CHARS) {
      guesses = detector.predictLanguages(sample);
    }
    String[] out = new String[Math.min(RANKS, guesses.length)];
    for (int i = 0; i < out.length; i++) {
      String iso3 = guesses[i].getLang();
      out[i] = LOW_TRUST.contains(iso3) ? iso3 : iso1(iso3);
    }
    return out;
  }

  private static boolean ranks(String[] ranked, String language) {
    for (String r : ranked) {
      if (r.equals(language)) return true;
    }
    return false;
  }

  private static String iso1(String iso3) {
    return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
  }

  private static String prefix(String text, int chars) {
    return text.length() > chars ? text.substring(0, chars) : text;
  }
}
