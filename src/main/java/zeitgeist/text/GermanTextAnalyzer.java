package zeitgeist.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import zeitgeist.text.TokenSpan.Kind;

/**
 * German sentences, tokens, part-of-speech tags, terms and stopword flags for one text: {@code text
 * -> tokens (GermanTokenizer) -> sentences (GermanSentenceSplitter) -> tags (GermanTagger, per
 * sentence) -> terms (TermNormalizer, GermanLemmatizer) -> genitive rule per text -> stopwords
 * (GermanStopwords)}. The rules and limits of each step are documented on its class. One repair of
 * the tagger is made here ({@link #repairTag}): a capitalised word inside a sentence tagged {@code
 * VERB} or {@code AUX} becomes {@code NOUN}.
 *
 * <p>Thread-safe and stateless: one instance may be shared by all threads of a JVM, or built per
 * partition at no cost; it is serializable and holds nothing. The OpenNLP models load once per JVM
 * on the first call (about 1 s); the tagger and lemmatizer over them are shared; lemmas are cached
 * per JVM ({@link #lemmaCacheHits()}, {@link #lemmaCacheMisses()}).
 *
 * <p>Never throws on a string: {@code null} and empty text give an empty result. Offsets are {@code
 * char} offsets into the given text, which should be NFC-normalised (as {@code zeitgeist.ingest}
 * leaves it).
 */
public final class GermanTextAnalyzer implements Serializable {
  private static final long serialVersionUID = 1L;

  public GermanTextAnalyzer() {}

  /**
   * The sentences and word tokens of {@code text}.
   *
   * @throws java.io.UncheckedIOException naming the resource when an OpenNLP model or the stopword
   *     list is missing from the classpath (on the first call in a JVM)
   */
  public AnalyzedText analyze(String text) {
    if (text == null || text.isEmpty()) {
      return AnalyzedText.empty();
    }
    List<TokenSpan> spans = GermanTokenizer.tokenize(text);
    List<int[]> ranges = GermanSentenceSplitter.split(text, spans);

    List<TokenSpan> words = new ArrayList<>(spans.size());
    List<String> surfaces = new ArrayList<>(spans.size());
    List<String> tags = new ArrayList<>(spans.size());
    List<Integer> sentenceOf = new ArrayList<>(spans.size());
    for (int s = 0; s < ranges.size(); s++) {
      int[] range = ranges.get(s);
      String[] forms = new String[range[1] - range[0]];
      for (int k = range[0]; k < range[1]; k++) {
        forms[k - range[0]] = taggerForm(text, spans.get(k));
      }
      String[] sentenceTags = GermanTagger.tag(forms);
      for (int k = range[0]; k < range[1]; k++) {
        TokenSpan span = spans.get(k);
        if (span.isWord()) {
          String surface = span.text(text);
          String tag = sentenceTags[k - range[0]];
          boolean midSentence =
              k > range[0] && (spans.get(k - 1).isWord() || ",".equals(forms[k - 1 - range[0]]));
          words.add(span);
          surfaces.add(surface);
          tags.add(repairTag(surface, tag, midSentence));
          sentenceOf.add(s);
        }
      }
    }

    int n = words.size();
    String[] terms = new String[n];
    boolean[] number = new boolean[n];
    for (int i = 0; i < n; i++) {
      Kind kind = words.get(i).kind();
      number[i] = kind == Kind.NUMBER;
      terms[i] = TermNormalizer.term(surfaces.get(i), kind, tags.get(i));
    }
    TermNormalizer.stripGenitives(surfaces, terms, number);

    List<Token> tokens = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      TokenSpan span = words.get(i);
      String surface = surfaces.get(i);
      boolean stopword =
          span.kind() == Kind.ABBREVIATION
              ? GermanStopwords.contains(terms[i])
              : !number[i] && GermanStopwords.contains(surface.toLowerCase(Locale.ROOT));
      tokens.add(
          new Token(
              surface,
              span.start(),
              span.end(),
              sentenceOf.get(i),
              tags.get(i),
              terms[i],
              stopword,
              number[i]));
    }

    List<Sentence> sentences = new ArrayList<>(ranges.size());
    int next = 0;
    for (int s = 0; s < ranges.size(); s++) {
      int[] range = ranges.get(s);
      int first = next;
      while (next < n && sentenceOf.get(next) == s) {
        next++;
      }
      sentences.add(
          new Sentence(spans.get(range[0]).start(), spans.get(range[1] - 1).end(), first, next));
    }
    return new AnalyzedText(text, sentences, tokens);
  }

  /**
   * A capitalised word in the middle of a sentence is a noun or a name, not a verb: the tagger
   * reads {@code zu Gesprächen} as an infinitive now and then.
   */
  static String repairTag(String surface, String tag, boolean midSentence) {
    if (midSentence
        && ("VERB".equals(tag) || "AUX".equals(tag))
        && Character.isUpperCase(surface.codePointAt(0))) {
      return "NOUN";
    }
    return tag;
  }

  /** The form given to the tagger: abbreviations without inner spaces ({@code z. B. → z.B.}). */
  static String taggerForm(String text, TokenSpan span) {
    String s = span.text(text);
    return span.kind() == Kind.ABBREVIATION ? s.replace(" ", "") : s;
  }

  /** Lemma cache hits in this JVM since start (or the last {@link #clearLemmaCache()}). */
  public static long lemmaCacheHits() {
    return GermanLemmatizer.CACHE.hits();
  }

  /** Lemma cache misses, each one a call of the OpenNLP lemmatizer. */
  public static long lemmaCacheMisses() {
    return GermanLemmatizer.CACHE.misses();
  }

  /** Empties this JVM's lemma cache and resets its counters; for measurements and tests. */
  public static void clearLemmaCache() {
    GermanLemmatizer.CACHE.clear();
  }
}
