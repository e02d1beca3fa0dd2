package zeitgeist.entities.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zeitgeist.entities.EntityType;

/**
 * Document-level scoring of the entities found in one article against its gold entities: did the
 * article's entity list name who and what the article is about, whatever the offsets.
 *
 * <p>Rules: a found entity matches a gold entity of the same type when its canonical name or one of
 * its surfaces equals the gold name or one of the gold forms (exactly, case included), so a
 * canonical name the gazetteer gives ({@code Vereinigte Staaten} for {@code USA}) and the form in
 * the text both count. Matching is one to one, found entities in their order taking the first gold
 * entity they match. Found {@code MISC} entities are not scored. An unmatched found entity is a
 * false positive of its type, an unmatched gold entity a false negative of its type; a found entity
 * of the wrong type is both. Counts add up over documents (micro-averaging).
 *
 * <p>Limits: two found entities for one gold entity (a name the pipeline failed to group) give one
 * true and one false positive; a found entity matching two gold entities takes the first.
 */
public final class DocumentEntityScore {
  /** One entity as the pipeline found it: canonical name, type and surfaces as written. */
  public record Found(String entity, EntityType type, List<String> surfaces) {}

  /** The outcome for one document: counts per scored type, and what did not match. */
  public record Outcome(
      Map<EntityType, NerCounts> byType,
      List<Found> falsePositives,
      List<GoldDocument.GoldEntity> falseNegatives) {}

  private DocumentEntityScore() {}

  /** Scores {@code found} against {@code gold} (see the class rules). */
  public static Outcome score(List<Found> found, List<GoldDocument.GoldEntity> gold) {
    Map<EntityType, long[]> counts = new EnumMap<>(EntityType.class); // gold, predicted, tp
    for (EntityType t : NerEvaluation.SCORED_TYPES) {
      counts.put(t, new long[3]);
    }
    List<GoldDocument.GoldEntity> open = new ArrayList<>(gold);
    gold.forEach(g -> counts.get(g.type())[0]++);
    List<Found> falsePositives = new ArrayList<>();
    for (Found f : found) {
      if (!NerEvaluation.SCORED_TYPES.contains(f.type())) {
        continue;
      }
      counts.get(f.type())[1]++;
      Set<String> names = new HashSet<>(f.surfaces());
      names.add(f.entity());
      GoldDocument.GoldEntity hit = null;
      for (GoldDocument.GoldEntity g : open) {
        if (g.type() == f.type()
            && (names.contains(g.name()) || g.forms().stream().anyMatch(names::contains))) {
          hit = g;
          break;
        }
      }
      if (hit == null) {
        falsePositives.add(f);
      } else {
        open.remove(hit);
        counts.get(f.type())[2]++;
      }
    }
    Map<EntityType, NerCounts> byType = new EnumMap<>(EntityType.class);
    counts.forEach((t, c) -> byType.put(t, new NerCounts(c[0], c[1], c[2])));
    return new Outcome(byType, falsePositives, open);
  }
}
