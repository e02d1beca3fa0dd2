package zeitgeist.lexicon.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Sentences with gold polarity labels, read from a TSV file with a header row: the input of {@code
 * zeitgeist sentiment-eval} and {@code zeitgeist tone-train}.
 *
 * <p>Rules: UTF-8, a byte-order mark is dropped; the header names the columns; fields are split at
 * tabs, with no quoting. Labels {@code +}, {@code pos}, {@code positive} are positive; {@code 0},
 * {@code neu}, {@code neutral} neutral; {@code -}, {@code neg}, {@code negative} negative (case and
 * surrounding blanks ignored). A row with another label, no label, or too few columns is skipped
 * and counted, never silently dropped: {@link #skipped()} says how many.
 *
 * @param sentences the usable rows in file order
 * @param skipped rows without a usable label
 */
public record LabelledSentences(List<Sentence> sentences, long skipped) {
  /** The classes, by index: 0 positive, 1 neutral, 2 negative. */
  public static final List<String> CLASSES = List.of("positive", "neutral", "negative");

  /** One sentence and its class index in {@link #CLASSES}. */
  public record Sentence(String text, int label) {}

  public LabelledSentences {
    sentences = List.copyOf(sentences);
  }

  /**
   * Reads {@code file}.
   *
   * @param textColumn the header name of the sentence column
   * @param labelColumn the header name of the gold label column
   * @throws IllegalArgumentException when the file is empty or its header lacks a column (naming
   *     the file and the columns it has)
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  public static LabelledSentences read(Path file, String textColumn, String labelColumn) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + " is empty");
    }
    List<String> header = Arrays.asList(lines.get(0).replace("\uFEFF", "").split("\t", -1));
    int text = column(header, textColumn, file);
    int label = column(header, labelColumn, file);
    List<Sentence> sentences = new ArrayList<>();
    long skipped = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t", -1);
      int gold = cols.length > Math.max(text, label) ? classOf(cols[label]) : -1;
      if (gold < 0) {
        skipped++;
      } else {
        sentences.add(new Sentence(cols[text], gold));
      }
    }
    return new LabelledSentences(sentences, skipped);
  }

  /** The class index of a gold label, or -1 when it is none of the accepted spellings. */
  public static int classOf(String label) {
    return switch (label.strip().toLowerCase(Locale.ROOT)) {
      case "+", "pos", "positive" -> 0;
      case "0", "neu", "neutral" -> 1;
      case "-", "neg", "negative" -> 2;
      default -> -1;
    };
  }

  /** How many sentences each class has, by class index. */
  public int[] classCounts() {
    int[] counts = new int[CLASSES.size()];
    for (Sentence s : sentences) {
      counts[s.label()]++;
    }
    return counts;
  }

  private static int column(List<String> header, String name, Path file) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(
          file + " has no column '" + name + "' (columns: " + String.join(", ", header) + ")");
    }
    return i;
  }
}
