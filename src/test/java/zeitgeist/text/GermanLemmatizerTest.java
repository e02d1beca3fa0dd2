package zeitgeist.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

/** The repairs applied to the OpenNLP lemmatizer's output, and model loading. */
class GermanLemmatizerTest {

  @Test
  void contractionsKeepTheirForm() {
    assertEquals("im", GermanLemmatizer.repair("im", "ADP+DET", "in+der"));
    assertEquals("zum", GermanLemmatizer.repair("Zum", "ADP+DET", "zu+der"));
  }

  @Test
  void oldSpellingBecomesNewButLongVowelsKeepEszett() {
    assertEquals("russland", GermanLemmatizer.repair("Russland", "PROPN", "rußland"));
    assertEquals("fluss", GermanLemmatizer.repair("Flüsse", "NOUN", "fluß"));
    assertEquals("dass", GermanLemmatizer.repair("dass", "SCONJ", "daß"));
    assertEquals("beschließen", GermanLemmatizer.repair("beschlossen", "VERB", "beschließen"));
    assertEquals("reißen", GermanLemmatizer.repair("gerissen", "VERB", "reißen"));
    assertEquals("straße", GermanLemmatizer.repair("Straßen", "NOUN", "straße"));
  }

  @Test
  void properNounsKeepTheFinalS() {
    assertEquals("euronews", GermanLemmatizer.repair("Euronews", "PROPN", "euronew"));
    assertEquals("weiß", GermanLemmatizer.repair("Weißen", "PROPN", "weiß"));
    assertEquals("gespräch", GermanLemmatizer.repair("Gesprächs", "NOUN", "gespräch"));
  }

  @Test
  void verbLemmasAreInfinitives() {
    assertEquals("sagen", GermanLemmatizer.repair("sagten", "VERB", "sagter"));
    assertEquals("melden", GermanLemmatizer.repair("meldete", "VERB", "meldet"));
    assertEquals("erörtern", GermanLemmatizer.repair("erörtern", "VERB", "erört"));
    assertEquals("sagen", GermanLemmatizer.repair("sagt", "VERB", "sagen"));
  }

  @Test
  void lemmaWithoutLetterFallsBackToTheForm() {
    assertEquals("g20", GermanLemmatizer.repair("G20", "PROPN", "_"));
    assertEquals("g20", GermanLemmatizer.repair("G20", "PROPN", null));
  }

  @Test
  void theModelLemmatisesTheIssueCases() {
    assertEquals("gespräch", GermanLemmatizer.lemmatize("Gesprächen", "NOUN"));
    assertEquals("treffen", GermanLemmatizer.lemmatize("Treffens", "NOUN"));
    assertEquals("ärger", GermanLemmatizer.lemmatize("Ärger", "NOUN"));
    assertEquals("trumps", GermanLemmatizer.lemmatize("Trumps", "PROPN"), "the article decides");
  }

  @Test
  void missingModelIsAnErrorNamingTheResource() {
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () -> OpenNlpModels.load("/no-such-model-de.bin", POSModel::new));
    assertTrue(e.getMessage().contains("/no-such-model-de.bin"), e.getMessage());
  }
}
