package zeitgeist.entities;

import java.util.Locale;

/**
 * The entity types zeitgeist counts: persons, organisations, places and everything else with a name
 * (events, products, nationalities). Engines map their own labels onto these four.
 */
public enum EntityType {
  PER,
  ORG,
  LOC,
  MISC;

  /**
   * The type for an engine or file label: {@code PER}/{@code PERSON}, {@code ORG}/{@code
   * ORGANIZATION}, {@code LOC}/{@code LOCATION}/{@code GPE}, {@code MISC}/{@code OTH}; case is
   * ignored.
   *
   * @throws IllegalArgumentException naming the label when it is none of these
   */
  public static EntityType parse(String label) {
    return switch (label.trim().toUpperCase(Locale.ROOT)) {
      case "PER", "PERSON", "I-PER", "B-PER" -> PER;
      case "ORG", "ORGANIZATION", "ORGANISATION", "I-ORG", "B-ORG" -> ORG;
      case "LOC", "LOCATION", "GPE", "I-LOC", "B-LOC" -> LOC;
      case "MISC", "OTH", "OTHER", "I-MISC", "B-MISC" -> MISC;
      default ->
          throw new IllegalArgumentException(
              "unknown entity type '" + label + "' (expected PER, ORG, LOC or MISC)");
    };
  }
}
