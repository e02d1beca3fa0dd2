package zeitgeist.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The named-entity recogniser chosen with {@code --ner}. */
public enum NerEngine {
  /**
   * Stanford CoreNLP 4.5.10 with its German CRF model, completed by the gazetteer (the default).
   */
  CORENLP,
  /** CoreNLP's spans alone, without the gazetteer's completion (for comparison). */
  CORENLP_ONLY,
  /** Dictionary matching over the gazetteer (shipped plus {@code --gazetteer} files). */
  GAZETTEER,
  /** No recognition: the entity tables stay empty. */
  NONE;

  /** The engine named {@code s} (case ignored), or a {@link ConfigException} listing the names. */
  public static NerEngine parse(String s) {
    for (NerEngine e : values()) {
      if (e.label().equalsIgnoreCase(s == null ? "" : s.trim())) {
        return e;
      }
    }
    throw new ConfigException(
        "--ner must be one of "
            + Arrays.stream(values()).map(NerEngine::label).collect(Collectors.joining(", "))
            + ", got '"
            + s
            + "'");
  }

  /** The name as given on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
