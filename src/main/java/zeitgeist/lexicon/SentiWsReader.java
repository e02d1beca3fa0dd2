package zeitgeist.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads SentiWS v2.0 (Remus, Quasthoff and Heyer, LREC 2010; Leipzig University, CC BY-NC-SA 3.0):
 * a positive and a negative file, one lemma a line.
 *
 * <pre>
 * Wort|POS &lt;TAB&gt; weight &lt;TAB&gt; inflection,inflection,...
 * gut|ADJX	0.5	gute,gutem,guten,besser,beste,...
 * Zuversicht|NN	0.02
 * </pre>
 *
 * <p>Rules: the user names the directory holding {@code *_Positive.txt} and {@code *_Negative.txt}
 * or one of the two files (the other is looked up beside it; a missing sibling is an error, so half
 * a lexicon is never read by accident); a file not named that way is read alone, the sign of each
 * weight giving its polarity. UTF-8 with or without byte-order mark, CRLF or LF, the inflection
 * column may be empty or missing. The lemma and each inflection become one entry with the lemma's
 * weight (forms repeated within a line are read once); the part of speech ({@code NN}, {@code
 * ADJX}, {@code VVINF}, {@code ADV}) is kept as {@code NOUN}, {@code ADJ}, {@code VERB}, {@code
 * ADV} to break ties. A weight must lie in [-1, 1], not be 0 and have its file's sign. Entries come
 * in file order, the positive file first.
 */
public final class SentiWsReader {
  private static final String POSITIVE_SUFFIX = "_positive.txt";
  private static final String NEGATIVE_SUFFIX = "_negative.txt";
  private static final String EXPECTED = "'word|POS<TAB>weight<TAB>inflection,inflection,...'";

  private SentiWsReader() {}

  /**
   * Reads the lexicon at {@code path} (a directory or one of its files).
   *
   * @throws UncheckedIOException naming a missing or unreadable file or sibling
   * @throws IllegalArgumentException naming the file and line of a malformed line
   */
  public static Lexicon read(String name, Path path) {
    List<Path> files = files(path);
    List<LexiconEntry> entries = new ArrayList<>();
    byte[][] bytes = new byte[files.size()][];
    for (int i = 0; i < files.size(); i++) {
      LexiconText text = LexiconText.read(files.get(i));
      bytes[i] = text.bytes();
      entries.addAll(parse(text, polarityOf(files.get(i).getFileName().toString())));
    }
    return new Lexicon(
        name,
        LexiconKind.POLARITY,
        LexiconFormat.SENTIWS,
        entries,
        LexiconText.hash(bytes),
        path.toString());
  }

  /**
   * The entries of one file.
   *
   * @param polarity {@code positive} or {@code negative} for a file of that polarity, {@code null}
   *     when the sign of each weight decides
   */
  static List<LexiconEntry> parse(LexiconText text, String polarity) {
    List<LexiconEntry> entries = new ArrayList<>();
    List<String> lines = text.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      int bar = cols[0].lastIndexOf('|');
      if (cols.length < 2 || cols.length > 3 || bar <= 0 || bar == cols[0].length() - 1) {
        throw text.malformed(i, EXPECTED);
      }
      String lemma = cols[0].substring(0, bar).strip();
      String pos = universalPos(cols[0].substring(bar + 1).strip());
      double weight = weight(text, i, cols[1].strip(), polarity);
      String category = weight > 0 ? LexiconKind.POSITIVE : LexiconKind.NEGATIVE;
      Set<String> seen = new HashSet<>();
      List<String> forms = new ArrayList<>();
      forms.add(lemma);
      if (cols.length == 3) {
        forms.addAll(List.of(cols[2].split(",")));
      }
      for (String form : forms) {
        if (!form.isBlank() && seen.add(LexiconEntry.normalise(form))) {
          try {
            entries.add(new LexiconEntry(LexiconEntry.split(form), category, weight, lemma, pos));
          } catch (IllegalArgumentException e) {
            throw text.error(i, e.getMessage());
          }
        }
      }
    }
    return entries;
  }

  private static double weight(LexiconText text, int i, String s, String polarity) {
    double w;
    try {
      w = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw text.error(i, "expected a weight in [-1, 1], got '" + s + "'");
    }
    if (!(w >= -1 && w <= 1) || w == 0) {
      throw text.error(i, "expected a weight in [-1, 1] other than 0, got '" + s + "'");
    }
    if (LexiconKind.POSITIVE.equals(polarity) && w < 0) {
      throw text.error(i, "weight " + s + " is negative in a file of positive words");
    }
    if (LexiconKind.NEGATIVE.equals(polarity) && w > 0) {
      throw text.error(i, "weight " + s + " is positive in a file of negative words");
    }
    return w;
  }

  /** SentiWS's tags as Universal Dependencies tags, the tagger's tag set; others as given. */
  static String universalPos(String tag) {
    return switch (tag) {
      case "NN" -> "NOUN";
      case "ADJX" -> "ADJ";
      case "VVINF" -> "VERB";
      default -> tag;
    };
  }

  /** {@code positive} or {@code negative} for a SentiWS file name, else {@code null}. */
  static String polarityOf(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(POSITIVE_SUFFIX) && lower.length() > POSITIVE_SUFFIX.length()) {
      return LexiconKind.POSITIVE;
    }
    if (lower.endsWith(NEGATIVE_SUFFIX) && lower.length() > NEGATIVE_SUFFIX.length()) {
      return LexiconKind.NEGATIVE;
    }
    return null;
  }

  /**
   * The files to read for {@code path}, positive first: the pair in a directory, a named file and
   * its sibling, or a file not named {@code *_Positive.txt}/{@code *_Negative.txt} alone.
   *
   * @throws UncheckedIOException naming what is missing
   * @throws IllegalArgumentException when a directory holds more than one pair
   */
  static List<Path> files(Path path) {
    if (Files.isDirectory(path)) {
      List<Path> positives = list(path, POSITIVE_SUFFIX);
      if (positives.size() > 1) {
        throw new IllegalArgumentException(
            "SentiWS directory "
                + path
                + " holds several files *"
                + "_Positive.txt: "
                + positives
                + "; name one of them");
      }
      if (positives.isEmpty()) {
        throw LexiconText.missing("no SentiWS file *_Positive.txt in directory " + path);
      }
      return List.of(positives.get(0), sibling(positives.get(0)));
    }
    if (!Files.isRegularFile(path)) {
      throw LexiconText.missing("lexicon file not found: " + path);
    }
    String polarity = polarityOf(path.getFileName().toString());
    if (polarity == null) {
      return List.of(path);
    }
    Path other = sibling(path);
    return LexiconKind.POSITIVE.equals(polarity) ? List.of(path, other) : List.of(other, path);
  }

  /** The name both files share: {@code SentiWS_v2.0} for {@code SentiWS_v2.0_Positive.txt}. */
  static String baseName(Path path) {
    String file = files(path).get(0).getFileName().toString();
    return polarityOf(file) == null
        ? file.replaceFirst("\\.[^.]*$", "")
        : file.substring(0, file.length() - POSITIVE_SUFFIX.length());
  }

  private static Path sibling(Path file) {
    String name = file.getFileName().toString();
    boolean positive = LexiconKind.POSITIVE.equals(polarityOf(name));
    int cut = name.length() - (positive ? POSITIVE_SUFFIX : NEGATIVE_SUFFIX).length();
    String wanted =
        (name.substring(0, cut) + (positive ? NEGATIVE_SUFFIX : POSITIVE_SUFFIX))
            .toLowerCase(Locale.ROOT);
    Path dir = file.toAbsolutePath().getParent();
    for (Path p : list(dir, positive ? NEGATIVE_SUFFIX : POSITIVE_SUFFIX)) {
      if (p.getFileName().toString().toLowerCase(Locale.ROOT).equals(wanted)) {
        return p;
      }
    }
    throw LexiconText.missing(
        "SentiWS file "
            + file
            + " has no sibling "
            + name.substring(0, cut)
            + (positive ? "_Negative.txt" : "_Positive.txt")
            + " beside it");
  }

  private static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(
              p ->
                  Files.isRegularFile(p)
                      && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix)
                      && p.getFileName().toString().length() > suffix.length())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list lexicon directory " + dir, e);
    }
  }
}
