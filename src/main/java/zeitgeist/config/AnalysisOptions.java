package zeitgeist.config;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import zeitgeist.entities.Gazetteer;

/**
 * What shapes the statistics of one article: everything executors need to analyse it, and what
 * {@code runs.config} records. Files the user names are read once on the driver and travel as
 * text, so executors on a cluster never need the user's local paths.
 *
 * @param keepStopwords count German stopwords as terms too (they always count as tokens)
 * @param ner the entity recogniser
 * @param gazetteers the user's gazetteer files ({@code --gazetteer}), after the shipped one
 */
public record AnalysisOptions(boolean keepStopwords, NerEngine ner, List<UserFile> gazetteers)
    implements Serializable {

  /** A file the user named, read on the driver. */
  public record UserFile(String path, String text) implements Serializable {}

  public AnalysisOptions {
    gazetteers = List.copyOf(gazetteers);
  }

  /** The defaults: stopwords dropped, CoreNLP, the shipped gazetteer only. */
  public static final AnalysisOptions DEFAULT =
      new AnalysisOptions(false, NerEngine.CORENLP, List.of());

  /**
   * Options from command-line values; reads and checks every gazetteer file now.
   *
   * @throws ConfigException naming a file that cannot be read or breaks the format
   */
  public static AnalysisOptions of(boolean keepStopwords, String ner, List<String> gazetteerPaths) {
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
    return new AnalysisOptions(keepStopwords, engine, files);
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
    return "{\"analysis_version\":" + analysisVersion + ",\"keep_stopwords\":" + keepStopwords
        + ",\"ner\":\"" + ner.label() + "\",\"ner_model\":\"" + nerModel()
        + "\",\"gazetteer\":\"" + gazetteer().contentHash() + "\"}";
  }

  private String nerModel() {
    return switch (ner) {
      case CORENLP -> "stanford-corenlp-4.5.10 german.distsim";
      case GAZETTEER -> "aho-corasick";
      case NONE -> "none";
    };
  }
}
