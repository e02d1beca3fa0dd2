package zeitgeist.contexts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link KwicLine#around} on hand-computed cases. */
class KwicLineTest {
  //                                    1111111111222222222233333333334444444444
  //                          01234567890123456789012345678901234567890123456789
  private static final String TEXT = "Nach langen Gesprächen\nmit Putin reiste er ab.";

  @Test
  void wholeTextWhenTheWidthCoversIt() {
    assertEquals(
        new KwicLine(12, 22, "Nach langen ", "Gesprächen", " mit Putin reiste er ab."),
        KwicLine.around(TEXT, 12, 22, 100));
  }

  @Test
  void cutSidesLoseTheBrokenWordAndShowTheCut() {
    // left: "ch langen " (10 chars) -> the broken "ch" goes; right: "\nmit Putin " -> " mit Putin"
    assertEquals(
        new KwicLine(12, 22, "…langen ", "Gesprächen", " mit Putin…"),
        KwicLine.around(TEXT, 12, 22, 10));
  }

  @Test
  void aSideWithoutASpaceIsKeptWhole() {
    assertEquals(
        new KwicLine(12, 22, "…en ", "Gesprächen", " mi…"), KwicLine.around(TEXT, 12, 22, 3));
    assertEquals(new KwicLine(0, 4, "", "Nach", ""), KwicLine.around("Nach", 0, 4, 0));
  }

  @Test
  void refusesASpanOutsideTheText() {
    assertThrows(IllegalArgumentException.class, () -> KwicLine.around(TEXT, 40, 60, 5));
    assertThrows(IllegalArgumentException.class, () -> KwicLine.around(TEXT, 5, 4, 5));
  }
}
