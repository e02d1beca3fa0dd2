package zeitgeist.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import zeitgeist.GoldenFile;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.GermanTextAnalyzer;
import zeitgeist.text.Token;

/**
 * {@link SentimentScorer#scorePolarity} on analysed sentences, against {@code
 * golden/sentiment/*.tsv}: the net score of the sentence, then each scored hit as {@code
 * surface:score}, {@code !} after a negated one. The test lexicon ({@link #LEXICON}) gives every
 * word the weight 1 or -1, so a score shows the factor of the rules.
 */
class SentimentGoldenTest {
  private static final GermanTextAnalyzer ANALYZER = new GermanTextAnalyzer();
  private static final SentimentScorer SCORER = new SentimentScorer();

  static final WordListMatcher LEXICON =
      WordListMatcher.polarity(
          "gut=1",
          "schön=1",
          "schnell=1",
          "erfolg=1",
          "gefallen=1",
          "glücklich=1",
          "freude=1",
          "loben=1",
          "erfreulich=1",
          "hoffnung=1",
          "richtig=1",
          "wunder=1",
          "schlecht=-1",
          "problem=-1",
          "zweifel=-1",
          "traurig=-1",
          "krise=-1",
          "falsch=-1",
          "unglücklich=-1",
          "teuer=-1",
          "angst=-1",
          "extrem=-1");

  static Stream<Arguments> cases() {
    return Stream.of("negation", "scope", "degree")
        .flatMap(f -> GoldenFile.cases("golden/sentiment/" + f + ".tsv"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void scoresSentence(String location, GoldenFile.Case c) {
    assertEquals(c.expected(), describe(ANALYZER.analyze(c.input())), location);
  }

  static String describe(AnalyzedText text) {
    List<ScoredHit> scored = SCORER.scorePolarity(text, LEXICON.hits(text));
    double net = scored.stream().mapToDouble(ScoredHit::score).sum();
    String hits = scored.stream().map(h -> describe(text, h)).collect(Collectors.joining(" "));
    return number(net) + " | " + (hits.isEmpty() ? "-" : hits);
  }

  private static String describe(AnalyzedText text, ScoredHit h) {
    String surface =
        text.tokens().subList(h.hit().firstToken(), h.hit().endToken()).stream()
            .map(Token::surface)
            .collect(Collectors.joining("_"));
    return surface + (h.negated() ? "!" : "") + ":" + number(h.score());
  }

  /** {@code d} without a trailing {@code .0}, rounded to 3 decimals. */
  static String number(double d) {
    if (d == Math.rint(d)) {
      return Long.toString((long) d);
    }
    return BigDecimal.valueOf(d)
        .setScale(3, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
