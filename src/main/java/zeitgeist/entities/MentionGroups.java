package zeitgeist.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups the named mentions of one article into entities: equal names, inflection variants, short
 * forms of persons, then gazetteer aliases. The rules and limits are listed on {@link
 * EntityCanonicalizer}, steps 4 to 7; this class carries them out.
 */
final class MentionGroups {
  private MentionGroups() {}

  /** One entity of the article: its own mentions and the short forms attached to it. */
  static final class Group {
    private final List<NamedMention> own = new ArrayList<>();
    private final List<NamedMention> attached = new ArrayList<>();
    private EntityType type;
    private Gazetteer.Entry entry;

    /** All mentions, own and attached, in order of appearance. */
    List<NamedMention> all() {
      List<NamedMention> all = new ArrayList<>(own);
      all.addAll(attached);
      all.sort(Comparator.comparingInt(NamedMention::order));
      return all;
    }

    EntityType type() {
      return entry == null ? type : entry.type();
    }

    String entity() {
      return entry == null ? ownNamesByFrequency().get(0) : entry.canonical();
    }

    private int first() {
      return all().get(0).order();
    }

    /** The distinct own names, most frequent first (ties: the earliest). */
    private List<String> ownNamesByFrequency() {
      Map<String, Integer> counts = new LinkedHashMap<>();
      own.stream()
          .sorted(Comparator.comparingInt(NamedMention::order))
          .forEach(n -> counts.merge(n.name(), 1, Integer::sum));
      List<String> names = new ArrayList<>(counts.keySet());
      names.sort(Comparator.comparingInt(n -> -counts.get(n)));
      return names;
    }

    private String name() {
      return own.get(0).name();
    }
  }

  /**
   * The entities of {@code named} (in order of appearance), ordered by first appearance; {@code
   * acronyms} maps an acronym the article defines to the organisation's surface.
   */
  static List<Group> group(
      List<NamedMention> named, Map<String, String> acronyms, GazetteerIndex gazetteer) {
    List<Group> groups = byEqualName(named);
    groups = byInflection(groups);
    groups = byLegalForm(groups);
    groups = attachAcronyms(groups, acronyms);
    groups = attachShortForms(groups);
    groups = byGazetteer(groups, gazetteer);
    groups.sort(Comparator.comparingInt(Group::first));
    return groups;
  }

  /** The most frequent of {@code types} (ties: the earliest). */
  static EntityType mostFrequent(List<EntityType> types) {
    Map<EntityType, Integer> counts = new LinkedHashMap<>();
    types.forEach(t -> counts.merge(t, 1, Integer::sum));
    EntityType best = null;
    for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static List<Group> byEqualName(List<NamedMention> named) {
    Map<String, Group> byName = new LinkedHashMap<>();
    for (NamedMention n : named) {
      byName.computeIfAbsent(n.name(), k -> new Group()).own.add(n);
    }
    for (Group g : byName.values()) {
      g.type = mostFrequent(g.own.stream().map(NamedMention::type).toList());
    }
    return new ArrayList<>(byName.values());
  }

  private static List<Group> byInflection(List<Group> groups) {
    Map<String, Group> byKey = new HashMap<>();
    List<Group> out = new ArrayList<>();
    for (Group g : groups) {
      if (g.type == EntityType.PER) {
        out.add(g);
        continue;
      }
      Group first = byKey.putIfAbsent(g.type + " " + GermanNameForms.inflectionKey(g.name()), g);
      if (first == null) {
        out.add(g);
      } else {
        first.own.addAll(g.own);
      }
    }
    return out;
  }

  /** Words that end a company or association name as its legal form, and what joins them. */
  private static final Set<String> LEGAL_FORM_WORDS =
      Set.of(
          "AG", "SE", "GmbH", "gGmbH", "mbH", "KG", "KGaA", "OHG", "eG", "e.V.", "e.", "V.", "UG",
          "Inc.", "Inc", "Ltd.", "Ltd", "plc", "PLC", "S.A.", "N.V.", "Corp.", "LLC", "S.p.A.",
          "SpA", "&", "Co.", "Co");

  /**
   * An organisation's name without its legal form ({@code Siemens AG → Siemens}, {@code Müller GmbH
   * & Co. KG → Müller}), or null when it ends in none or is nothing else.
   */
  static String withoutLegalForm(String name) {
    List<String> w = new ArrayList<>(GermanNameForms.words(name));
    int n = w.size();
    while (!w.isEmpty() && LEGAL_FORM_WORDS.contains(w.get(w.size() - 1))) {
      w.remove(w.size() - 1);
    }
    return w.isEmpty() || w.size() == n ? null : String.join(" ", w);
  }

  /**
   * An organisation named with its legal form joins one named without it, with equal inflection
   * keys ({@code Deutsche Bahn AG}, {@code Deutschen Bahn}), as a long form: the entity keeps the
   * name without the legal form, the usual one, unless the gazetteer knows it.
   */
  private static List<Group> byLegalForm(List<Group> groups) {
    List<Group> out = new ArrayList<>(groups);
    for (Group g : groups) {
      String base = g.type == EntityType.ORG ? withoutLegalForm(g.name()) : null;
      if (base == null) {
        continue;
      }
      String key = GermanNameForms.inflectionKey(base);
      for (Group h : out) {
        if (h != g
            && h.type == EntityType.ORG
            && GermanNameForms.inflectionKey(h.name()).equals(key)) {
          h.attached.addAll(g.own);
          h.attached.addAll(g.attached);
          out.remove(g);
          break;
        }
      }
    }
    return out;
  }

  /** A group named by a defined acronym joins the organisation's group, as a short form. */
  private static List<Group> attachAcronyms(List<Group> groups, Map<String, String> acronyms) {
    if (acronyms.isEmpty()) {
      return groups;
    }
    List<Group> out = new ArrayList<>(groups);
    for (Group g : groups) {
      String longName = acronyms.get(g.name());
      if (longName == null || g.own.size() != g.all().size()) {
        continue;
      }
      Group target = null;
      for (Group h : out) {
        if (h != g
            && h.type == EntityType.ORG
            && h.own.stream().anyMatch(n -> n.mention().surface().equals(longName))) {
          target = h;
          break;
        }
      }
      if (target != null) {
        target.attached.addAll(g.own);
        out.remove(g);
      }
    }
    return out;
  }

  private static List<Group> attachShortForms(List<Group> groups) {
    List<Group> persons =
        new ArrayList<>(groups.stream().filter(g -> g.type == EntityType.PER).toList());
    persons.sort(Comparator.comparingInt((Group g) -> -words(g).size()));
    List<Group> attached = new ArrayList<>();
    for (Group g : persons) {
      List<String> w = words(g);
      List<Group> candidates =
          persons.stream()
              .filter(
                  h ->
                      h != g
                          && !attached.contains(h)
                          && words(h).size() > w.size()
                          && words(h)
                              .subList(words(h).size() - w.size(), words(h).size())
                              .equals(w))
              .toList();
      if (candidates.size() == 1) {
        candidates.get(0).attached.addAll(g.own);
        candidates.get(0).attached.addAll(g.attached);
        attached.add(g);
      }
    }
    List<Group> out = new ArrayList<>(groups);
    out.removeAll(attached);
    return out;
  }

  private static List<String> words(Group g) {
    return GermanNameForms.words(g.name());
  }

  private static List<Group> byGazetteer(List<Group> groups, GazetteerIndex gazetteer) {
    Map<String, Group> byCanonical = new HashMap<>();
    List<Group> out = new ArrayList<>();
    for (Group g : groups) {
      g.entry = lookup(g, gazetteer).orElse(null);
      Group first = g.entry == null ? null : byCanonical.putIfAbsent(g.entry.canonical(), g);
      if (first == null) {
        out.add(g);
      } else {
        first.own.addAll(g.own);
        first.attached.addAll(g.attached);
      }
    }
    return out;
  }

  private static Optional<Gazetteer.Entry> lookup(Group g, GazetteerIndex gazetteer) {
    for (String name : g.ownNamesByFrequency()) {
      Optional<Gazetteer.Entry> e = gazetteer.find(name, g.type);
      if (e.isPresent()) {
        return e;
      }
    }
    return Optional.empty();
  }
}
