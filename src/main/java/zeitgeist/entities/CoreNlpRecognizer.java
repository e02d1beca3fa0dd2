package zeitgeist.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * German named-entity recognition with Stanford CoreNLP 4.5.10 and its German models ({@code
 * german.distsim.crf.ser.gz}, a CRF with distributional-similarity features trained on GermEval
 * 2014 and CoNLL-2003 German): annotators {@code tokenize, ssplit, mwt, ner} configured from the
 * models' own {@code StanfordCoreNLP-german.properties}; no POS tagging or parsing (they would
 * halve the speed and add nothing the NER model uses).
 *
 * <p>One pipeline per JVM ({@link #shared()}): loading takes 2-3 s and about 500 MB of heap, so it
 * must never happen per record. The pipeline is shared by all task threads: CoreNLP's annotators
 * keep no per-document state in the pipeline (its own {@code -threads} option runs one pipeline on
 * several threads the same way), and a test checks that concurrent calls give the same mentions as
 * sequential ones.
 *
 * <p>Labels map {@code PERSON/PER → PER}, {@code ORGANIZATION/ORG → ORG}, {@code LOCATION/LOC →
 * LOC}, {@code MISC → MISC}; anything else is dropped. Limits: the model tags the whole span it
 * sees, so role nouns ({@code Kremlchef Wladimir Putin}) and genitive {@code -s} are left to {@link
 * EntityCanonicalizer}; it misses some names it saw elsewhere in the same article, which the
 * canonicaliser's propagation step recovers.
 */
public final class CoreNlpRecognizer implements EntityRecognizer {
  private static final String PROPERTIES = "StanfordCoreNLP-german.properties";

  private static final class Holder {
    static final CoreNlpRecognizer INSTANCE = new CoreNlpRecognizer();
  }

  private final StanfordCoreNLP pipeline;

  private CoreNlpRecognizer() {
    Properties props = new Properties();
    try (InputStream in = StanfordCoreNLP.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException(
                PROPERTIES
                    + " is not on the classpath:"
                    + " the CoreNLP German models jar (stanford-corenlp-4.5.10-models-german.jar) is missing"));
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PROPERTIES, e);
    }
    props.setProperty("annotators", "tokenize,ssplit,mwt,ner");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    // CoreNLP's own log says which models it loads; only its errors matter to a run's output.
    RedwoodConfiguration.errorLevel().apply();
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** The JVM's one pipeline, loaded on first use. */
  public static CoreNlpRecognizer shared() {
    return Holder.INSTANCE;
  }

  @Override
  public String name() {
    return "corenlp";
  }

  @Override
  public List<Mention> recognize(String text) {
    List<Mention> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return out;
    }
    int lastEnd = 0;
    for (CoreMap m : mentions) {
      EntityType type = typeOf(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
      int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (type == null || start < lastEnd || end <= start || end > text.length()) {
        continue;
      }
      out.add(Mention.of(text, start, end, type));
      lastEnd = end;
    }
    return out;
  }

  /** The type of a CoreNLP label ({@code PERSON}, {@code LOCATION}, ...), or null for others. */
  private static EntityType typeOf(String label) {
    try {
      return label == null ? null : EntityType.parse(label);
    } catch (IllegalArgumentException other) {
      return null;
    }
  }
}
