package zeitgeist.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.StringHelper;

/**
 * What near-copy detection sees of an article's cleaned text: its word shingles, and a MinHash
 * sketch of them cut into LSH bands. Both come from one Lucene analysis chain: {@code
 * StandardTokenizer} (words and numbers, no punctuation), lower-cased, then {@code ShingleFilter}
 * with {@value #SHINGLE_WORDS} words per shingle; the sketch adds Lucene's {@code MinHashFilter}
 * ({@value #HASHES} buckets of one-permutation hashing, empty buckets filled by rotation, as
 * Elasticsearch's {@code min_hash} filter does).
 *
 * <p>Rules: a text of fewer than {@value #SHINGLE_WORDS} words has no shingles and no sketch (it is
 * a story of its own). The sketch is cut into {@value #BANDS} bands of {@value #ROWS} hashes; two
 * texts are LSH candidates when any band is equal, which happens with probability {@code 1 - (1 -
 * J^4)^24} for Jaccard similarity {@code J} of their shingles: 0.79 at 0.5, 0.96 at 0.6, 0.9987 at
 * 0.7, 0.037 at 0.2. Each band is kept as a 32-bit key (the band's index and hashes, hashed): a
 * false equal key between two articles has probability about {@code 24 / 2^32}, and a candidate is
 * always verified on the shingles themselves ({@link Resemblance}).
 *
 * <p>Shingles are kept as 32-bit MurmurHash3 values of their UTF-8 bytes, sorted and distinct: two
 * different shingles of a pair of articles share a value with probability about {@code n^2 / 2^32}
 * (n shingles), far below the similarity's resolution.
 *
 * <p>Thread-safe: Lucene's analyzers keep one chain per thread.
 */
public final class NearCopyText {
  /** Words per shingle. */
  public static final int SHINGLE_WORDS = 5;

  /** LSH bands. */
  public static final int BANDS = 24;

  /** Hashes per band. */
  public static final int ROWS = 4;

  /** MinHash buckets: {@code BANDS * ROWS}. */
  public static final int HASHES = BANDS * ROWS;

  private static final Analyzer SHINGLES = new ShingleAnalyzer(false);
  private static final Analyzer SKETCH = new ShingleAnalyzer(true);

  private NearCopyText() {}

  /** The text's shingles as sorted, distinct hashes; empty when it has fewer than 5 words. */
  public static int[] shingles(String text) {
    if (text == null) {
      return new int[0];
    }
    int[] out = new int[64];
    int n = 0;
    try (TokenStream ts = SHINGLES.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        byte[] utf8 = term.toString().getBytes(StandardCharsets.UTF_8);
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = StringHelper.murmurhash3_x86_32(utf8, 0, utf8.length, 0);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String reader does not fail
    }
    return Arrays.stream(out, 0, n).sorted().distinct().toArray();
  }

  /**
   * The text's {@value #BANDS} LSH band keys (index {@code i} is band {@code i}), or null when it
   * has fewer than {@value #SHINGLE_WORDS} words.
   */
  public static int[] bands(String text) {
    long[] hashes = sketch(text);
    if (hashes == null) {
      return null;
    }
    int[] keys = new int[BANDS];
    byte[] band = new byte[4 + 8 * ROWS];
    for (int b = 0; b < BANDS; b++) {
      putInt(band, 0, b);
      for (int r = 0; r < ROWS; r++) {
        putLong(band, 4 + 8 * r, hashes[b * ROWS + r]);
      }
      keys[b] = StringHelper.murmurhash3_x86_32(band, 0, band.length, 0x5EED);
    }
    return keys;
  }

  /**
   * The text's {@value #HASHES} MinHash values (the high 64 bits of each bucket's minimum; hash
   * {@code b * ROWS + r} is row {@code r} of band {@code b}), or null when it has fewer than
   * {@value #SHINGLE_WORDS} words. The bands are made of these; they are exposed for the
   * evaluation, which compares banding with other ways of using the same hashes.
   */
  public static long[] sketch(String text) {
    if (text == null) {
      return null;
    }
    long[] hashes = new long[HASHES];
    int n = 0;
    try (TokenStream ts = SKETCH.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        // MinHashFilter writes a bucket's 128-bit minimum as 8 chars; the first 4 are its high
        // 64 bits
        char[] c = term.buffer();
        hashes[n++] = ((long) c[0] << 48) | ((long) c[1] << 32) | ((long) c[2] << 16) | c[3];
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (n == 0) {
      return null;
    }
    if (n != HASHES) {
      throw new IllegalStateException("MinHashFilter gave " + n + " hashes, not " + HASHES);
    }
    return hashes;
  }

  private static void putInt(byte[] b, int at, int v) {
    for (int i = 0; i < 4; i++) {
      b[at + i] = (byte) (v >>> (24 - 8 * i));
    }
  }

  private static void putLong(byte[] b, int at, long v) {
    for (int i = 0; i < 8; i++) {
      b[at + i] = (byte) (v >>> (56 - 8 * i));
    }
  }

  /** Words, lower-cased, as shingles of 5; with the MinHash filter on top for the sketch. */
  private static final class ShingleAnalyzer extends Analyzer {
    private final boolean sketch;

    ShingleAnalyzer(boolean sketch) {
      this.sketch = sketch;
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer words = new StandardTokenizer();
      ShingleFilter shingles =
          new ShingleFilter(new LowerCaseFilter(words), SHINGLE_WORDS, SHINGLE_WORDS);
      shingles.setOutputUnigrams(false);
      shingles.setOutputUnigramsIfNoShingles(false);
      TokenStream out = sketch ? new MinHashFilter(shingles, 1, HASHES, 1, true) : shingles;
      return new TokenStreamComponents(words, out);
    }
  }
}
