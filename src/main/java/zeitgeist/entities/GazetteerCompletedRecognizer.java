package zeitgeist.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A statistical recogniser whose output the gazetteer completes: names the gazetteer knows are
 * found even where the model misses them or cuts them short.
 *
 * <p>Rules: every mention of the primary engine is kept, except that a gazetteer match that
 * strictly contains one or more primary mentions replaces them ({@code Antony} → {@code Antony
 * Blinken}); a gazetteer match overlapping no primary mention is added; a gazetteer match that only
 * partly overlaps a primary mention is dropped (the model's span wins); a gazetteer match inside a
 * hyphenated compound ({@code EU-Staaten}) is not used, since the model does not tag compounds as
 * names either. The type of an added or replacing match is the gazetteer's.
 */
public final class GazetteerCompletedRecognizer implements EntityRecognizer {
  private final EntityRecognizer primary;
  private final EntityRecognizer gazetteer;

  public GazetteerCompletedRecognizer(EntityRecognizer primary, EntityRecognizer gazetteer) {
    this.primary = primary;
    this.gazetteer = gazetteer;
  }

  @Override
  public String name() {
    return primary.name();
  }

  @Override
  public List<Mention> recognize(String text) {
    List<Mention> out = new ArrayList<>(primary.recognize(text));
    for (Mention g : gazetteer.recognize(text)) {
      if (inCompound(text, g)) {
        continue;
      }
      List<Mention> overlapping = out.stream().filter(g::overlaps).toList();
      boolean contains =
          overlapping.stream()
              .allMatch(
                  m ->
                      g.start() <= m.start()
                          && m.end() <= g.end()
                          && m.end() - m.start() < g.end() - g.start());
      if (contains) {
        out.removeAll(overlapping);
        out.add(g);
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /** Part of a hyphenated compound ({@code EU-Staaten}, {@code Putin-Kritiker}). */
  private static boolean inCompound(String text, Mention m) {
    return (m.start() > 0 && text.charAt(m.start() - 1) == '-')
        || (m.end() < text.length() && text.charAt(m.end()) == '-');
  }
}
