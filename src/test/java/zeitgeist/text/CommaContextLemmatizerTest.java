package zeitgeist.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.lemmatizer.LemmatizerME;
import org.junit.jupiter.api.Test;

/**
 * The comma-context decoder against OpenNLP's own {@link LemmatizerME} (its beam search), on every
 * distinct (word, tag) of the sample corpus's files (every format, read as UTF-8) as the tagger
 * tags them.
 */
class CommaContextLemmatizerTest {
  @Test
  void givesOpenNlpsLemmaForEveryWordOfTheSample() throws IOException {
    Set<String> pairs = new LinkedHashSet<>();
    GermanTextAnalyzer analyzer = new GermanTextAnalyzer();
    try (Stream<Path> files = Files.walk(Path.of("data/sample"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        for (Token t : analyzer.analyze(text).tokens()) {
          pairs.add(t.pos() + '\t' + t.surface());
        }
      }
    }
    assertTrue(pairs.size() > 2000, "too few words to compare: " + pairs.size());
    LemmatizerME reference = new LemmatizerME(OpenNlpModels.lemmas());
    CommaContextLemmatizer fast = new CommaContextLemmatizer(OpenNlpModels.lemmas());
    List<String> differ = new ArrayList<>();
    for (String pair : pairs) {
      String tag = pair.substring(0, pair.indexOf('\t'));
      String form = pair.substring(pair.indexOf('\t') + 1);
      String expected =
          reference.lemmatize(new String[] {",", form}, new String[] {"PUNCT", tag})[1];
      String actual = fast.lemma(form, tag);
      if (!expected.equals(actual)) {
        differ.add(form + "/" + tag + ": " + expected + " vs " + actual);
      }
    }
    assertEquals(List.of(), differ, "of " + pairs.size() + " (word, tag) pairs");
  }

  @Test
  void lemmatisesLikeTheModelOnKnownForms() {
    CommaContextLemmatizer fast = new CommaContextLemmatizer(OpenNlpModels.lemmas());
    assertEquals("gespräch", fast.lemma("Gesprächen", "NOUN").toLowerCase(java.util.Locale.ROOT));
    assertEquals("sagen", fast.lemma("sagte", "VERB"));
  }
}
