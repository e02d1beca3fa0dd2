package zeitgeist.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The CoreNLP engine: German names found, offsets right, one pipeline safe across threads. */
class CoreNlpRecognizerTest {
  private static final String TEXT =
      "Putin traf sich in Moskau mit Trumps Sicherheitsberater "
          + "John Bolton. Der russische Außenminister Sergej Lawrow und US-Außenminister Mike Pompeo "
          + "sprachen in Helsinki.\n\nNeuer Absatz: Angela Merkel reiste nach Paris.";

  @Test
  void findsGermanNamesWithExactOffsets() {
    List<Mention> ms = CoreNlpRecognizer.shared().recognize(TEXT);
    for (Mention m : ms) {
      assertEquals(TEXT.substring(m.start(), m.end()), m.surface());
    }
    List<String> found = ms.stream().map(m -> m.surface() + "/" + m.type()).toList();
    for (String expected :
        List.of(
            "Moskau/LOC",
            "John Bolton/PER",
            "Sergej Lawrow/PER",
            "Mike Pompeo/PER",
            "Helsinki/LOC",
            "Angela Merkel/PER",
            "Paris/LOC")) {
      assertTrue(found.contains(expected), expected + " in " + found);
    }
    assertTrue(ms.stream().noneMatch(m -> m.surface().contains("\n")), found.toString());
  }

  @Test
  void emptyTextHasNoMentions() {
    assertEquals(List.of(), CoreNlpRecognizer.shared().recognize(""));
    assertEquals(List.of(), CoreNlpRecognizer.shared().recognize("  \n "));
  }

  @Test
  void concurrentCallsGiveTheSequentialResult() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      texts.add(TEXT.substring(0, 40 + 9 * i));
    }
    List<List<Mention>> sequential = new ArrayList<>();
    for (String t : texts) {
      sequential.add(CoreNlpRecognizer.shared().recognize(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<List<Mention>>> futures = new ArrayList<>();
        for (String t : texts) {
          futures.add(pool.submit(() -> CoreNlpRecognizer.shared().recognize(t)));
        }
        for (int i = 0; i < texts.size(); i++) {
          assertEquals(sequential.get(i), futures.get(i).get(), texts.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
