package zeitgeist.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives each mention of an article the name it is grouped by. Rules ({@link EntityCanonicalizer},
 * step 2):
 *
 * <ul>
 *   <li>a MISC mention shaped like an adjective ({@link GermanNameForms#adjectiveBase}) is named by
 *       its base form and stays MISC: {@code russischen → russisch}; demonyms are not mapped to
 *       their country, which would inflate country counts;
 *   <li>any other mention is named by its surface with single spaces, without an apostrophe
 *       genitive ({@code Paris' → Paris}), and without a final {@code s} when the stem is attested
 *       ({@link #attested}) or a gazetteer alias, unless the name itself is an alias: {@code
 *       Lawrows → Lawrow} beside {@code Sergej Lawrow}, while {@code Heiko Maas} and a lone {@code
 *       Klaus} keep their {@code s}.
 * </ul>
 */
final class MentionNamer {
  private final GazetteerIndex gazetteer;

  MentionNamer(GazetteerIndex gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The names that attest a genitive stem: every mention's name before the s rule and every
   * trailing part of a person's full name ({@code Lawrow} of {@code Sergej Lawrow}, {@code der
   * Leyen} and {@code Leyen} of {@code von der Leyen}).
   */
  static Set<String> attested(List<Mention> inTitle, List<Mention> inBody) {
    Set<String> names = new HashSet<>();
    for (List<Mention> ms : List.of(inTitle, inBody)) {
      for (Mention m : ms) {
        String name = withoutApostrophe(GermanNameForms.normalizeSpace(m.surface()));
        names.add(name);
        List<String> words = GermanNameForms.words(name);
        if (m.type() == EntityType.PER) {
          for (int i = 1; i < words.size(); i++) {
            names.add(String.join(" ", words.subList(i, words.size())));
          }
        }
      }
    }
    return names;
  }

  /** The named mentions of the title, then of the body, numbered in that order. */
  List<NamedMention> name(List<Mention> inTitle, List<Mention> inBody, Set<String> attested) {
    List<NamedMention> out = new ArrayList<>();
    for (Mention m : inTitle) {
      out.add(name(out.size(), true, m, attested));
    }
    for (Mention m : inBody) {
      out.add(name(out.size(), false, m, attested));
    }
    return out;
  }

  private NamedMention name(int order, boolean inTitle, Mention m, Set<String> attested) {
    if (m.type() == EntityType.MISC) {
      String base = GermanNameForms.adjectiveBase(m.surface());
      if (base != null) {
        return new NamedMention(order, inTitle, m, base, EntityType.MISC, true);
      }
    }
    String name = GermanNameForms.normalizeSpace(m.surface());
    String apostrophe = GermanNameForms.apostropheStem(name);
    if (apostrophe != null) {
      name = apostrophe;
    } else if (!gazetteer.isAlias(name)) {
      String stem = GermanNameForms.sGenitiveStem(name);
      if (stem != null && (attested.contains(stem) || gazetteer.isAlias(stem))) {
        name = stem;
      }
    }
    return new NamedMention(order, inTitle, m, name, m.type(), false);
  }

  private static String withoutApostrophe(String name) {
    String stem = GermanNameForms.apostropheStem(name);
    return stem == null ? name : stem;
  }
}
