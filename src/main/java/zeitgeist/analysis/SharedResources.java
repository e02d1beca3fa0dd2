package zeitgeist.analysis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import zeitgeist.config.AnalysisOptions;
import zeitgeist.entities.CoreNlpRecognizer;
import zeitgeist.entities.EntityCanonicalizer;
import zeitgeist.entities.EntityRecognizer;
import zeitgeist.entities.Gazetteer;
import zeitgeist.entities.GazetteerCompletedRecognizer;
import zeitgeist.entities.GazetteerRecognizer;
import zeitgeist.entities.InstitutionNameRecognizer;
import zeitgeist.entities.NoEntityRecognizer;
import zeitgeist.lexicon.LexiconMatcher;

/**
 * The heavy, thread-safe parts of the analysis, built once per JVM and per configuration and shared
 * by every task thread: the gazetteer, the entity recogniser (CoreNLP loads ~500 MB), the
 * canonicaliser and one matcher per lexicon. Per-thread parts (the text analyser) stay in {@link
 * ArticleAnalyzer}.
 */
public record SharedResources(
    EntityRecognizer recognizer, EntityCanonicalizer canonicalizer, List<LexiconMatcher> matchers) {
  private static final Map<AnalysisOptions, SharedResources> BY_OPTIONS = new ConcurrentHashMap<>();

  /** The resources for {@code options}, built on first use in this JVM. */
  public static SharedResources of(AnalysisOptions options) {
    return BY_OPTIONS.computeIfAbsent(options, SharedResources::build);
  }

  private static SharedResources build(AnalysisOptions options) {
    Gazetteer gazetteer = options.gazetteer();
    EntityRecognizer recognizer =
        switch (options.ner()) {
          case CORENLP ->
              new InstitutionNameRecognizer(
                  new GazetteerCompletedRecognizer(
                      CoreNlpRecognizer.shared(), new GazetteerRecognizer(gazetteer)));
          case CORENLP_ONLY -> CoreNlpRecognizer.shared();
          case GAZETTEER -> new GazetteerRecognizer(gazetteer);
          case NONE -> new NoEntityRecognizer();
        };
    return new SharedResources(
        recognizer,
        new EntityCanonicalizer(gazetteer),
        options.lexicons().stream().map(LexiconMatcher::new).toList());
  }
}
