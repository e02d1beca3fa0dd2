package zeitgeist.entities;

import java.util.List;

/**
 * One canonical entity of one article, as {@link EntityCanonicalizer} makes it.
 *
 * @param entity the canonical name: the gazetteer's when it knows the entity, else the group's most
 *     frequent name ({@code Wladimir Putin}, {@code russisch})
 * @param type the gazetteer's type when it knows the entity, else the most frequent engine type
 * @param mentions how often the article names it, title and body together
 * @param surfaces the distinct trimmed surfaces exactly as written, in order of first appearance,
 *     the title's first ({@code Wladimir Putin}, {@code Putins}, {@code Putin})
 * @param firstOffset the character offset in the body of the first body mention; null when the
 *     entity is named in the title only
 * @param inTitle whether the title names it
 * @param textMentions its body mentions by offset (trimmed spans, typed {@code type}), for
 *     per-sentence statistics
 * @param titleMentions its title mentions by offset into the title, typed {@code type}; {@code
 *     textMentions.size() + titleMentions.size() == mentions}
 */
public record ArticleEntity(
    String entity,
    EntityType type,
    int mentions,
    List<String> surfaces,
    Integer firstOffset,
    boolean inTitle,
    List<Mention> textMentions,
    List<Mention> titleMentions) {
  public ArticleEntity {
    surfaces = List.copyOf(surfaces);
    textMentions = List.copyOf(textMentions);
    titleMentions = List.copyOf(titleMentions);
  }
}
