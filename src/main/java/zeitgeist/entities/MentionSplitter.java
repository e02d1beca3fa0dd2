package zeitgeist.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a mention that an engine ran across two names. Statistical taggers join adjacent names in
 * German verb-second clauses ({@code hatte Biden Putin angeboten} → one PER {@code Biden Putin})
 * and in headline runs ({@code USA und Russland Kreml: ...} → LOC {@code Russland Kreml}).
 *
 * <p>Rules: a mention is cut at every paragraph break (an empty line) it spans; a single line break
 * may sit inside a name of hard-wrapped text and is kept. A mention of two or more words separated
 * by single spaces is cut into its words when the whole is not a gazetteer alias and every word,
 * with a genitive {@code s} or apostrophe removed, is a gazetteer alias ({@code Biden} and {@code
 * Putin} each are; {@code Wladimir Putin} is kept whole because it is itself an alias, {@code
 * Antony Blinken} because {@code Antony} is not). Limit: names missing from the gazetteer are never
 * split ({@code Scholz Macron}, unknown to it, stays one mention).
 */
final class MentionSplitter {
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R[ \\t]*\\R\\s*");
  private static final Pattern WORD = Pattern.compile("\\S+");

  private final Predicate<String> isAlias;

  MentionSplitter(Predicate<String> isAlias) {
    this.isAlias = isAlias;
  }

  /** The mention's parts: itself, or the pieces the rules cut it into. */
  List<Mention> split(Mention m) {
    List<Mention> out = new ArrayList<>();
    Matcher br = PARAGRAPH_BREAK.matcher(m.surface());
    int from = 0;
    while (true) {
      boolean found = br.find();
      int to = found ? br.start() : m.surface().length();
      String piece = m.surface().substring(from, to);
      String part = piece.strip();
      if (!part.isEmpty()) {
        int start = m.start() + from + piece.indexOf(part);
        out.addAll(splitWords(new Mention(start, start + part.length(), part, m.type())));
      }
      if (!found) {
        return out;
      }
      from = br.end();
    }
  }

  private List<Mention> splitWords(Mention m) {
    if (!m.surface().contains(" ") || m.surface().contains("\n") || isAlias.test(m.surface())) {
      return List.of(m);
    }
    List<Mention> words = new ArrayList<>();
    Matcher w = WORD.matcher(m.surface());
    while (w.find()) {
      if (!isName(w.group())) {
        return List.of(m);
      }
      int start = m.start() + w.start();
      words.add(new Mention(start, start + w.group().length(), w.group(), m.type()));
    }
    return words;
  }

  private boolean isName(String word) {
    if (isAlias.test(word)) {
      return true;
    }
    String stem = GermanNameForms.apostropheStem(word);
    if (stem == null) {
      stem = GermanNameForms.sGenitiveStem(word);
    }
    return stem != null && isAlias.test(stem);
  }
}
