package zeitgeist.config;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import zeitgeist.entities.Gazetteer;
import zeitgeist.lexicon.Lexicon;
import zeitgeist.lexicon.LexiconFormat;
import zeitgeist.lexicon.Lexicons;

/**
 * What shapes the statistics of one article: everything executors need to analyse it, and what
 * {@code runs.config} records. Files the user names are read once on the driver and travel as text,
 * so executors on a cluster never need the user's local paths.
 *
 * @param keepStopwords count German stopwords as terms too (they always count as tokens)
 * @param ner the entity recogniser
 * @param gazetteers the user's gazetteer files ({@code --gazetteer}), after the shipped one
 * @param lexicons the lexicons to score with ({@code --lexicon}), loaded on the driver; the shipped
 *     polarity lexicon when none is given
 * @param language {@value #AUTO_LANGUAGE}: identify each article's language; or the ISO 639-1 code
 *     every article is marked with, without identification ({@code --language})
 */
public record AnalysisOptions(
    boolean keepStopwords,
    NerEngine ner,
    List<UserFile> gazetteers,
    List<Lexicon> lexicons,
    String language)
    implements Serializable {

  /** {@code --language auto}: identify each article's language. */
  public static final String AUTO_LANGUAGE = "auto";

  /** The languages the analysis supports, besides {@value #AUTO_LANGUAGE}. */
  public static final List<String> ANALYSED_LANGUAGES = List.of("de");

  /** A file the user named, read on the driver. */
  public record UserFile(String path, String text) implements Serializable {}

  public AnalysisOptions {
    language = parseLanguage(language);
    gazetteers = List.copyOf(gazetteers);
    lexicons = List.copyOf(lexicons);
    Set<String> names = new HashSet<>();
    for (Lexicon l : lexicons) {
      if (!names.add(l.name())) {
        throw new ConfigException(
            "two lexicons are named '" + l.name() + "': name them with --lexicon NAME=PATH");
      }
    }
  }

  /** The defaults: stopwords dropped, CoreNLP, the shipped gazetteer and lexicon only. */
  public static final AnalysisOptions DEFAULT =
      new AnalysisOptions(
          false, NerEngine.CORENLP, List.of(), List.of(Lexicons.shipped()), AUTO_LANGUAGE);

  /** The same options with {@code --language} set to {@code code}. */
  public AnalysisOptions withLanguage(String code) {
    return new AnalysisOptions(keepStopwords, ner, gazetteers, lexicons, code);
  }

  /** Whether each article's language is identified ({@code --language auto}). */
  public boolean identifiesLanguage() {
    return AUTO_LANGUAGE.equals(language);
  }

  /**
   * Checks a {@code --language} value: {@code auto}, or an ISO 639-1 code the analysis supports.
   *
   * @throws ConfigException naming the value and what is accepted
   */
  static String parseLanguage(String value) {
    String v = value == null ? AUTO_LANGUAGE : value.strip().toLowerCase(java.util.Locale.ROOT);
    if (v.equals(AUTO_LANGUAGE) || ANALYSED_LANGUAGES.contains(v)) {
      return v;
    }
    boolean iso = java.util.Arrays.asList(java.util.Locale.getISOLanguages()).contains(v);
    throw new ConfigException(
        "--language expects auto or one of "
            + ANALYSED_LANGUAGES
            + ", got '"
            + value
            + "'"
            + (iso ? " (the analysis supports German only)" : ""));
  }

  /**
   * Options from command-line values; reads and checks every gazetteer file now.
   *
   * @throws ConfigException naming a file that cannot be read or breaks the format
   */
  public static AnalysisOptions of(
      boolean keepStopwords, String ner, List<String> gazetteerPaths, List<String> lexiconSpecs) {
    NerEngine engine = NerEngine.parse(ner == null ? "corenlp" : ner);
    List<UserFile> files = new ArrayList<>();
    for (String p : gazetteerPaths == null ? List.<String>of() : gazetteerPaths) {
      String text;
      try {
        text = Files.readString(Path.of(p), StandardCharsets.UTF_8);
      } catch (IOException | UncheckedIOException e) {
        throw new ConfigException("cannot read gazetteer " + p + ": " + e.getMessage());
      }
      try {
        Gazetteer.parse(text, p);
      } catch (IllegalArgumentException e) {
        throw new ConfigException("bad gazetteer " + e.getMessage());
      }
      files.add(new UserFile(p, text));
    }
    List<Lexicon> lexicons = new ArrayList<>();
    for (String spec : lexiconSpecs == null ? List.<String>of() : lexiconSpecs) {
      lexicons.add(lexicon(spec));
    }
    if (lexicons.isEmpty()) {
      lexicons.add(Lexicons.shipped());
    }
    return new AnalysisOptions(keepStopwords, engine, files, lexicons, AUTO_LANGUAGE);
  }

  /**
   * Loads a lexicon from {@code [NAME=][FORMAT:]PATH}: the name defaults to the file name, the
   * format ({@code sentiws}, {@code tsv}, {@code liwc}) is detected when not stated.
   */
  static Lexicon lexicon(String spec) {
    String name = null;
    String rest = spec;
    int eq = spec.indexOf('=');
    if (eq > 0) {
      name = spec.substring(0, eq).trim();
      rest = spec.substring(eq + 1);
    }
    LexiconFormat format = null;
    int colon = rest.indexOf(':');
    if (colon > 0) {
      try {
        format = LexiconFormat.parse(rest.substring(0, colon));
        rest = rest.substring(colon + 1);
      } catch (IllegalArgumentException notAFormat) {
        // a path with a colon
      }
    }
    if (rest.isBlank()) {
      throw new ConfigException("--lexicon expects [NAME=][FORMAT:]PATH, got '" + spec + "'");
    }
    try {
      return Lexicons.load(name, Path.of(rest), format);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new ConfigException("bad lexicon " + rest + ": " + e.getMessage());
    }
  }

  /** The shipped gazetteer followed by the user's files. */
  public Gazetteer gazetteer() {
    Gazetteer g = Gazetteer.shipped();
    for (UserFile f : gazetteers) {
      g = g.plus(Gazetteer.parse(f.text(), f.path()));
    }
    return g;
  }

  /** The settings as JSON for {@code runs.config}; files are named by their content hash. */
  public String fingerprint(int analysisVersion) {
    return "{\"analysis_version\":"
        + analysisVersion
        + ",\"language\":\""
        + language
        + "\",\"keep_stopwords\":"
        + keepStopwords
        + ",\"ner\":\""
        + ner.label()
        + "\",\"ner_model\":\""
        + nerModel()
        + "\",\"gazetteer\":\""
        + gazetteer().contentHash()
        + "\",\"lexicons\":["
        + lexicons.stream()
            .map(
                l ->
                    "{\"name\":\""
                        + l.name()
                        + "\",\"format\":\""
                        + l.format().label()
                        + "\",\"hash\":\""
                        + l.contentHash()
                        + "\"}")
            .collect(Collectors.joining(","))
        + "]}";
  }

  private String nerModel() {
    return switch (ner) {
      case CORENLP, CORENLP_ONLY -> "stanford-corenlp-4.5.10 german.distsim";
      case GAZETTEER -> "aho-corasick";
      case NONE -> "none";
    };
  }
}
