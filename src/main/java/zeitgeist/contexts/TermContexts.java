package zeitgeist.contexts;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import zeitgeist.terms.TermCount;
import zeitgeist.terms.TermCounter;
import zeitgeist.terms.TermOccurrence;
import zeitgeist.text.AnalyzedText;
import zeitgeist.text.GermanTextAnalyzer;

/**
 * The contexts of a term or phrase in one article's text, found on read: the text is analysed again
 * with the tokenizer, tagger and lemmatizer the run used, and every occurrence the run counted
 * ({@link TermCounter#occurrences}) becomes a {@link KwicLine}. So the contexts of a term in an
 * article are as many as its {@code count} in {@code article_terms}, provided the warehouse was
 * built with the same analysis configuration ({@code --keep-stopwords}) and the same release of the
 * models. Pure, thread-safe and serializable (a Spark function may hold it); the models load once
 * per JVM on first use.
 */
public final class TermContexts implements Serializable {
  private static final long serialVersionUID = 1L;
  private final GermanTextAnalyzer analyzer = new GermanTextAnalyzer();
  private final TermCounter counter;

  /** Contexts as counted with or without stopwords ({@code --keep-stopwords}). */
  public TermContexts(boolean keepStopwords) {
    this.counter = new TermCounter(keepStopwords);
  }

  /** A context and the index of the sentence its match starts in (the lexicon statistics'). */
  public record Located(KwicLine line, int sentence) implements Serializable {}

  /**
   * The contexts of {@code term} ({@code n = 1}) or phrase ({@code n = 2}) in text order, each with
   * its sentence.
   */
  public List<Located> located(String text, String term, int n, int width) {
    if (text == null || term == null) {
      return List.of();
    }
    AnalyzedText analysed = analyzer.analyze(text);
    List<TermOccurrence> found = counter.occurrences(analysed, term, n);
    return found.stream()
        .map(
            o ->
                new Located(
                    KwicLine.around(text, o.start(), o.end(), width),
                    analysed.sentenceAt(o.start())))
        .toList();
  }

  /**
   * The term that {@code words} make as a text of their own, when they make exactly one of {@code
   * n} words: {@code Gesprächen → gespräch}, {@code Weißen Haus → weiß haus}. A word alone may be
   * tagged, and so lemmatised, otherwise than in a sentence; callers try the words as written
   * first.
   */
  public Optional<String> termOf(String words, int n) {
    List<TermCount> rows =
        counter.count(analyzer.analyze(words)).stream().filter(r -> r.n() == n).toList();
    return rows.size() == 1 ? Optional.of(rows.get(0).term()) : Optional.empty();
  }
}
