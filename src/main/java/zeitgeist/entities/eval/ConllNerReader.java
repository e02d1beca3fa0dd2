package zeitgeist.entities.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads token-per-line NER files: GermEval 2014 ({@code index<TAB>token<TAB>outer<TAB>inner}) and
 * plain CoNLL ({@code token ... label}).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>UTF-8 (a leading byte-order mark is dropped; bytes that are not UTF-8 fail the read).
 *   <li>A line starting with {@code #} is a comment (GermEval puts {@code # source} before each
 *       sentence); a blank line ends a sentence; so does the end of the file. A line whose token is
 *       {@code -DOCSTART-} (CoNLL 2003) is skipped.
 *   <li>Columns are split on TAB when the line has one, else on runs of spaces (CoNLL 2003).
 *   <li>Layout: {@link #detectingLayout()} reads a file as GermEval (token in column 1, label in
 *       column 2) when every line of its first sentence has four columns and the first column
 *       counts 1, 2, 3, ...; otherwise the token is the first column and the label the last. {@link
 *       #withColumns} fixes the columns instead.
 *   <li>Labels are {@code O}, {@code B-X} or {@code I-X}. {@code B-X} starts a span; {@code I-X}
 *       continues the open span when it has the same {@code X}, else starts one (so IOB1 files and
 *       BIO files with a stray {@code I-} read the same way). Any other label fails the read with
 *       the file, line and label.
 * </ul>
 *
 * <p>Limits: only the outer label column is read (GermEval's inner, nested column is ignored); in a
 * plain CoNLL file a token {@code #} at the start of a line is taken for a comment; the whole file
 * is held in memory.
 */
public final class ConllNerReader {
  private static final int DETECT = Integer.MIN_VALUE;

  private final int tokenColumn;
  private final int labelColumn;

  private ConllNerReader(int tokenColumn, int labelColumn) {
    this.tokenColumn = tokenColumn;
    this.labelColumn = labelColumn;
  }

  /** A reader that tells GermEval from plain CoNLL by each file's first sentence. */
  public static ConllNerReader detectingLayout() {
    return new ConllNerReader(DETECT, DETECT);
  }

  /**
   * A reader taking tokens and outer labels from the given 0-based columns; a negative column
   * counts from the end ({@code -1} is the last column). GermEval is {@code withColumns(1, 2)}.
   */
  public static ConllNerReader withColumns(int tokenColumn, int labelColumn) {
    if (tokenColumn == DETECT || labelColumn == DETECT || tokenColumn == labelColumn) {
      throw new IllegalArgumentException(
          "bad columns: token " + tokenColumn + ", label " + labelColumn);
    }
    return new ConllNerReader(tokenColumn, labelColumn);
  }

  /**
   * The sentences of {@code file}.
   *
   * @throws UncheckedIOException naming the file when it cannot be read or is not UTF-8
   * @throws IllegalArgumentException naming file and line when a line breaks the format
   */
  public List<LabeledSentence> read(Path file) {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " as UTF-8", e);
    }
    return parse(content, file.toString());
  }

  /** The sentences in {@code content}; {@code source} names it in error messages. */
  public List<LabeledSentence> parse(String content, String source) {
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    List<List<Row>> raw = new ArrayList<>();
    List<Row> current = new ArrayList<>();
    int lineNo = 0;
    for (String line : content.split("\r?\n", -1)) {
      lineNo++;
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          raw.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      String[] columns = line.indexOf('\t') >= 0 ? line.split("\t", -1) : line.trim().split(" +");
      if (!columns[0].equals("-DOCSTART-")) {
        current.add(new Row(lineNo, columns));
      }
    }
    if (!current.isEmpty()) {
      raw.add(current);
    }

    int tokenCol = tokenColumn;
    int labelCol = labelColumn;
    if (tokenColumn == DETECT) {
      boolean germEval = !raw.isEmpty() && isGermEval(raw.get(0));
      tokenCol = germEval ? 1 : 0;
      labelCol = germEval ? 2 : -1;
    }
    List<LabeledSentence> sentences = new ArrayList<>(raw.size());
    for (List<Row> rows : raw) {
      sentences.add(sentence(rows, tokenCol, labelCol, source));
    }
    return sentences;
  }

  private record Row(int lineNo, String[] columns) {}

  private static boolean isGermEval(List<Row> firstSentence) {
    for (int i = 0; i < firstSentence.size(); i++) {
      String[] c = firstSentence.get(i).columns();
      if (c.length != 4 || !c[0].equals(Integer.toString(i + 1))) {
        return false;
      }
    }
    return true;
  }

  private static LabeledSentence sentence(
      List<Row> rows, int tokenColumn, int labelColumn, String source) {
    List<String> tokens = new ArrayList<>(rows.size());
    List<LabeledSentence.Span> spans = new ArrayList<>();
    String openType = null;
    int openStart = -1;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (index(row, tokenColumn, source) == index(row, labelColumn, source)) {
        throw bad(source, row, "one column holds both token and label");
      }
      String token = column(row, tokenColumn, source);
      String label = column(row, labelColumn, source);
      if (token.isEmpty()) {
        throw bad(source, row, "empty token");
      }
      tokens.add(token);
      boolean continues = false;
      String type = null;
      if (label.startsWith("B-") || label.startsWith("I-")) {
        type = label.substring(2);
        if (type.isEmpty()) {
          throw bad(source, row, "label '" + label + "' has no type");
        }
        continues = label.charAt(0) == 'I' && type.equals(openType);
      } else if (!label.equals("O")) {
        throw bad(source, row, "label '" + label + "' (expected O, B-X or I-X)");
      }
      if (!continues && openType != null) {
        spans.add(new LabeledSentence.Span(openStart, i, openType));
        openType = null;
      }
      if (type != null && !continues) {
        openType = type;
        openStart = i;
      }
    }
    if (openType != null) {
      spans.add(new LabeledSentence.Span(openStart, rows.size(), openType));
    }
    return new LabeledSentence(tokens, spans);
  }

  private static String column(Row row, int column, String source) {
    return row.columns()[index(row, column, source)];
  }

  private static int index(Row row, int column, String source) {
    int n = row.columns().length;
    int index = column < 0 ? n + column : column;
    if (index < 0 || index >= n) {
      throw bad(source, row, n + " columns, so no column " + column);
    }
    return index;
  }

  private static IllegalArgumentException bad(String source, Row row, String problem) {
    return new IllegalArgumentException(source + ":" + row.lineNo() + ": " + problem);
  }
}
