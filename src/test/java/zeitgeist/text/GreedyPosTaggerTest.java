package zeitgeist.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/**
 * The cached greedy decoder against OpenNLP's own {@link POSTaggerME} (beam 1) and its context
 * generator, on every sentence of the sample corpus's files (every format, read as UTF-8), split
 * and tokenised as the analyser does: the same feature names in the same order for every token, and
 * the same tags.
 */
class GreedyPosTaggerTest {
  @Test
  void tagsEverySentenceOfTheSampleAsOpenNlpDoes() throws IOException {
    List<String[]> sentences = sampleSentences();
    GreedyPosTagger fast = new GreedyPosTagger(OpenNlpModels.pos(), 1_000);
    POSTaggerME reference = new POSTaggerME(OpenNlpModels.pos());
    POSContextGenerator contexts = OpenNlpModels.pos().getFactory().getPOSContextGenerator(0);
    int tokens = 0;
    List<String> differ = new ArrayList<>();
    for (String[] sentence : sentences) {
      String[] expected = reference.tag(sentence);
      for (int i = 0; i < sentence.length; i++) {
        List<String> theirs =
            List.of(contexts.getContext(i, sentence, Arrays.copyOf(expected, i), null));
        assertEquals(theirs, GreedyPosTagger.features(i, sentence, expected), sentence[i]);
      }
      String[] actual = fast.tag(sentence);
      if (!Arrays.equals(expected, actual)) {
        differ.add(
            String.join(" ", sentence)
                + "\n  "
                + Arrays.toString(expected)
                + "\n  "
                + Arrays.toString(actual));
      }
      tokens += sentence.length;
    }
    assertTrue(tokens > 5_000, "too few tokens to compare: " + tokens);
    assertEquals(List.of(), differ, "of " + sentences.size() + " sentences");
    assertTrue(fast.cachedForms() <= 2 * 1_000, "the cache is bounded: " + fast.cachedForms());
  }

  @Test
  void tagsTheSameSentenceTheSameWayWithAColdOrAWarmCache() {
    GreedyPosTagger tagger = new GreedyPosTagger(OpenNlpModels.pos(), 10);
    String[] sentence = "Kanzler Olaf Scholz reiste am Montag nach Paris .".split(" ");
    String[] cold = tagger.tag(sentence);
    assertArrayEquals(cold, tagger.tag(sentence));
    assertEquals("PROPN", cold[2]);
    assertEquals("VERB", cold[3]);
    assertEquals("PUNCT", cold[8]);
  }

  private static List<String[]> sampleSentences() throws IOException {
    List<String[]> sentences = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("data/sample"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        List<TokenSpan> spans = GermanTokenizer.tokenize(text);
        for (int[] range : GermanSentenceSplitter.split(text, spans)) {
          String[] forms = new String[range[1] - range[0]];
          for (int k = range[0]; k < range[1]; k++) {
            forms[k - range[0]] = GermanTextAnalyzer.taggerForm(text, spans.get(k));
          }
          if (forms.length > 0) {
            sentences.add(forms);
          }
        }
      }
    }
    return sentences;
  }
}
