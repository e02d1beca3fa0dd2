package zeitgeist.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The inline markup of the entity golden files: {@code [PER Kremlchef Wladimir Putin] traf [LOC
 * Moskau]} is the text {@code Kremlchef Wladimir Putin traf Moskau} with two engine mentions; a
 * title goes before {@code " || "}. Results are written {@code entity/TYPE×mentions}, followed by
 * the surfaces that differ from the entity in braces, rows joined by {@code " | "}, or {@code
 * none}.
 */
final class EntityMarkup {
  /** A text and the mentions marked in it. */
  record Marked(String text, List<Mention> mentions) {}

  /** An article: title and body, each marked. */
  record Article(Marked title, Marked body) {}

  private EntityMarkup() {}

  static Article article(String markup) {
    int bar = markup.indexOf(" || ");
    return bar < 0
        ? new Article(parse(""), parse(markup))
        : new Article(parse(markup.substring(0, bar)), parse(markup.substring(bar + 4)));
  }

  static Marked parse(String markup) {
    StringBuilder text = new StringBuilder();
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < markup.length()) {
      char c = markup.charAt(i);
      int space = markup.indexOf(' ', i);
      int close = markup.indexOf(']', i);
      if (c == '[' && space > 0 && close > space && isType(markup.substring(i + 1, space))) {
        EntityType type = EntityType.parse(markup.substring(i + 1, space));
        int start = text.length();
        text.append(markup, space + 1, close);
        mentions.add(Mention.of(text.toString(), start, text.length(), type));
        i = close + 1;
      } else {
        text.append(c);
        i++;
      }
    }
    return new Marked(text.toString(), mentions);
  }

  private static boolean isType(String label) {
    return List.of("PER", "ORG", "LOC", "MISC").contains(label);
  }

  static List<ArticleEntity> canonicalize(EntityCanonicalizer c, String markup) {
    Article a = article(markup);
    return c.canonicalize(
        a.title().text(), a.title().mentions(), a.body().text(), a.body().mentions());
  }

  static String describe(List<ArticleEntity> rows) {
    if (rows.isEmpty()) {
      return "none";
    }
    return rows.stream().map(EntityMarkup::describe).collect(Collectors.joining(" | "));
  }

  static String describe(ArticleEntity e) {
    List<String> other = e.surfaces().stream().filter(s -> !s.equals(e.entity())).toList();
    return e.entity()
        + "/"
        + e.type()
        + "×"
        + e.mentions()
        + (other.isEmpty() ? "" : " {" + String.join(", ", other) + "}");
  }
}
