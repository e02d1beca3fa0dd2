package zeitgeist.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The lexicon file formats zeitgeist reads, and how a format is told from a path.
 *
 * <p>Detection ({@link #detect}), first rule that applies: a directory is {@link #SENTIWS}; a file
 * named {@code *_Positive.txt} or {@code *_Negative.txt} (case ignored) is {@link #SENTIWS}; a
 * {@code .dic} file is {@link #LIWC}; a {@code .tsv} file is {@link #TSV}; otherwise the first line
 * that is not blank and not a {@code #} comment decides: {@code %} is {@link #LIWC}, {@code
 * word|POS<TAB>number...} is {@link #SENTIWS}, anything else {@link #TSV}. An explicit format (the
 * user's option) skips detection.
 */
public enum LexiconFormat {
  /** SentiWS v2.0: {@code Wort|POS<TAB>weight<TAB>inflections}; see {@link SentiWsReader}. */
  SENTIWS,
  /** {@code term<TAB>category<TAB>weight}; see {@link TsvLexiconReader}. */
  TSV,
  /** A LIWC-style {@code .dic} file; see {@link LiwcDictionaryReader}. */
  LIWC;

  private static final Pattern SENTIWS_LINE =
      Pattern.compile("[^\\t|]+\\|[A-Za-z]+\\t[-+]?[0-9].*");
  private static final int SNIFF_BYTES = 64 * 1024;

  /** The name as given on the command line: {@code sentiws}, {@code tsv}, {@code liwc}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format named {@code s} (case and surrounding spaces ignored).
   *
   * @throws IllegalArgumentException listing the names when {@code s} is none of them
   */
  public static LexiconFormat parse(String s) {
    for (LexiconFormat f : values()) {
      if (f.label().equalsIgnoreCase(s == null ? "" : s.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "lexicon format must be one of "
            + Arrays.stream(values()).map(LexiconFormat::label).collect(Collectors.joining(", "))
            + ", got '"
            + s
            + "'");
  }

  /**
   * The format of {@code path} by the rules in the class comment.
   *
   * @throws UncheckedIOException naming the path when it does not exist or cannot be read
   */
  public static LexiconFormat detect(Path path) {
    if (Files.isDirectory(path)) {
      return SENTIWS;
    }
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (SentiWsReader.polarityOf(name) != null) {
      return SENTIWS;
    }
    if (lower.endsWith(".dic")) {
      return LIWC;
    }
    if (lower.endsWith(".tsv")) {
      return TSV;
    }
    return detectByContent(path);
  }

  private static LexiconFormat detectByContent(Path path) {
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(SNIFF_BYTES);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("lexicon file not found: " + path, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + path + ": " + e.getMessage(), e);
    }
    String text = new String(head, StandardCharsets.UTF_8);
    for (String line : text.split("\r?\n")) {
      String l = line.replace("\uFEFF", "").strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      if (l.equals("%")) {
        return LIWC;
      }
      return SENTIWS_LINE.matcher(line.replace("\uFEFF", "")).matches() ? SENTIWS : TSV;
    }
    return TSV;
  }
}
