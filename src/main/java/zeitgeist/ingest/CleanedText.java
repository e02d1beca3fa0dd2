package zeitgeist.ingest;

/**
 * What {@link ArticleTextCleaner} makes of one article's raw text.
 *
 * @param text the text later stages analyse: boilerplate, header, dateline, footer, byline and
 *     repeated title lines removed; paragraphs separated by one blank line; never null
 * @param title a title found in the text (a short first line, or the rest of a dateline line), or
 *     null
 * @param source the publisher recognised from boilerplate (e.g. {@code Euronews} from "Von Euronews
 *     mit dpa, Reuters", {@code tagesschau} from its broadcast footer), or null
 * @param date the publication date found in the text (header, dateline or footer), or null
 */
public record CleanedText(String text, String title, String source, PublicationDate date) {}
