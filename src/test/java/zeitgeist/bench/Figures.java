package zeitgeist.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named figures one benchmark step hands to the report: a file of {@code key=value} lines, in the
 * order they were put (values are single lines). A step that did not run leaves no file, and its
 * figures read as empty.
 */
final class Figures {
  private final Map<String, String> values = new LinkedHashMap<>();

  Figures put(String key, Object value) {
    values.put(key, String.valueOf(value).replace('\n', ' '));
    return this;
  }

  String get(String key) {
    return values.get(key);
  }

  /** The value as a number, NaN when absent. */
  double number(String key) {
    String v = values.get(key);
    return v == null ? Double.NaN : Double.parseDouble(v);
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  void write(Path file) {
    List<String> lines = new ArrayList<>();
    values.forEach((k, v) -> lines.add(k + "=" + v));
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + file, e);
    }
  }

  /** The figures in {@code file}; none when it does not exist. */
  static Figures read(Path file) {
    Figures f = new Figures();
    if (!Files.exists(file)) return f;
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int eq = line.indexOf('=');
        if (eq > 0) f.put(line.substring(0, eq), line.substring(eq + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
    return f;
  }
}
