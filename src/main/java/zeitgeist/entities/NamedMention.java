package zeitgeist.entities;

/**
 * One usable mention of an article with the name it is grouped by ({@link MentionNamer}).
 *
 * @param order its place in the article: title mentions first, each text's by offset
 * @param inTitle whether it is in the title (else in the body)
 * @param mention the trimmed mention, its surface as written
 * @param name the name it is grouped by ({@code Putin} for {@code Putins})
 * @param type the engine's type, MISC for an adjective
 * @param adjective whether the name is an adjective's base form ({@code russisch})
 */
record NamedMention(
    int order, boolean inTitle, Mention mention, String name, EntityType type, boolean adjective) {}
