package zeitgeist.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@link GermanNameForms}: the word-form rules, one assertion per rule and limit. */
class GermanNameFormsTest {
  @Test
  void inflectionKeyStripsAdjectiveEndingsAndHeadEndings() {
    assertEquals("europäisch union", GermanNameForms.inflectionKey("Europäischen Union"));
    assertEquals("europäisch union", GermanNameForms.inflectionKey("Europäische Union"));
    assertEquals("weiß haus", GermanNameForms.inflectionKey("Weißen Hauses"));
    assertEquals("weiß haus", GermanNameForms.inflectionKey("Weißes  Haus"));
    assertEquals("islamisch staat", GermanNameForms.inflectionKey("Islamischer Staat"));
    assertEquals("bundestag", GermanNameForms.inflectionKey("Bundestages"));
    // a bare s and a final -er on the last word stay; short words stay whole
    assertEquals("kremls", GermanNameForms.inflectionKey("Kremls"));
    assertEquals("berliner", GermanNameForms.inflectionKey("Berliner"));
    assertEquals("usa", GermanNameForms.inflectionKey("USA"));
    assertEquals("ole", GermanNameForms.inflectionKey("Ole"));
  }

  @Test
  void adjectiveBaseForms() {
    assertEquals("russisch", GermanNameForms.adjectiveBase("russischen"));
    assertEquals("russisch", GermanNameForms.adjectiveBase("Russische"));
    assertEquals("US-amerikanisch", GermanNameForms.adjectiveBase("US-amerikanische"));
    assertEquals("russisch-amerikanisch", GermanNameForms.adjectiveBase("russisch-amerikanischen"));
    assertEquals("deutsch", GermanNameForms.adjectiveBase("deutschen"));
    assertEquals("westlich", GermanNameForms.adjectiveBase("westlichen"));
    assertEquals("russisch", GermanNameForms.adjectiveBase("russisch"));
    assertNull(GermanNameForms.adjectiveBase("Deutschen"));
    assertNull(GermanNameForms.adjectiveBase("Berliner"));
    assertNull(GermanNameForms.adjectiveBase("Russland"));
    assertNull(GermanNameForms.adjectiveBase("iPhone"));
    assertNull(GermanNameForms.adjectiveBase("russische Seite"));
    assertNull(GermanNameForms.adjectiveBase("2018"));
    assertNull(GermanNameForms.adjectiveBase(""));
  }

  @Test
  void genitiveStems() {
    assertEquals("Paris", GermanNameForms.apostropheStem("Paris'"));
    assertEquals("Maas", GermanNameForms.apostropheStem("Maas’"));
    assertEquals("Trump", GermanNameForms.apostropheStem("Trump's"));
    assertNull(GermanNameForms.apostropheStem("Putin'"));
    assertNull(GermanNameForms.apostropheStem("Trumps"));
    assertEquals("Trump", GermanNameForms.sGenitiveStem("Trumps"));
    assertEquals("Maa", GermanNameForms.sGenitiveStem("Maas"));
    assertNull(GermanNameForms.sGenitiveStem("Putin"));
    assertNull(GermanNameForms.sGenitiveStem("s"));
  }

  @Test
  void spaces() {
    assertEquals("Wladimir Putin", GermanNameForms.normalizeSpace(" Wladimir\n\u00A0Putin "));
  }
}
