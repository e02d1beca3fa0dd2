package zeitgeist.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks names up in a {@link Gazetteer}: first as written, then, for places, organisations and
 * other names, by their inflection key ({@link GermanNameForms#inflectionKey}), so {@code Weiße
 * Haus} finds {@code Weißes Haus} though only {@code Weißen Haus} is listed.
 *
 * <p>Rules: a key that two entries share is ambiguous and finds nothing; persons are looked up as
 * written only (surnames such as {@code Schulz} and {@code Schulze} differ by an ending). Immutable
 * and thread-safe; building the key index costs one pass over the aliases.
 */
final class GazetteerIndex {
  private static final Gazetteer.Entry AMBIGUOUS =
      new Gazetteer.Entry("", EntityType.MISC, List.of());

  private final Gazetteer gazetteer;
  private final Map<String, Gazetteer.Entry> byKey = new HashMap<>();

  GazetteerIndex(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    for (Map.Entry<String, Gazetteer.Entry> a : gazetteer.aliases().entrySet()) {
      if (a.getValue().type() != EntityType.PER) {
        byKey.merge(
            GermanNameForms.inflectionKey(a.getKey()),
            a.getValue(),
            (old, neu) -> old.equals(neu) ? old : AMBIGUOUS);
      }
    }
  }

  /** True when {@code name} is an alias exactly as written. */
  boolean isAlias(String name) {
    return gazetteer.lookup(name).isPresent();
  }

  /** The entry {@code name} belongs to; {@code type} is the engine's (persons: as written only). */
  Optional<Gazetteer.Entry> find(String name, EntityType type) {
    Optional<Gazetteer.Entry> exact = gazetteer.lookup(name);
    if (exact.isPresent() || type == EntityType.PER) {
      return exact;
    }
    Gazetteer.Entry byInflection = byKey.get(GermanNameForms.inflectionKey(name));
    return byInflection == AMBIGUOUS ? Optional.empty() : Optional.ofNullable(byInflection);
  }
}
