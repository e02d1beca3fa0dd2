package zeitgeist.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the mentions an engine found in one article's title and body into one row per canonical
 * entity ({@link ArticleEntity}). Pure, immutable and thread-safe; build one per JVM (it indexes
 * the gazetteer).
 *
 * <p>Steps and rules, in order:
 *
 * <ol>
 *   <li>usable mentions: a mention whose span does not hold its surface in the given string is
 *       dropped; each is cut where an engine ran two names together ({@link MentionSplitter}: at
 *       paragraph breaks, and {@code Biden Putin} when each word is a gazetteer alias) and trimmed
 *       ({@link MentionTrimmer}: role nouns, articles, leading lowercase words, punctuation;
 *       dropped when nothing is left); of overlapping mentions the longest is kept (ties: the
 *       earlier);
 *   <li>names ({@link MentionNamer}): adjectives tagged MISC get their base form and stay MISC
 *       ({@code russischen → russisch}), not the country; an apostrophe genitive always goes
 *       ({@code Paris'}), a genitive {@code s} only when its stem is attested in the article or the
 *       gazetteer ({@code Lawrows → Lawrow}, but {@code Heiko Maas}, {@code Klaus} stay);
 *   <li>repeats: every name (for persons also the last word of a full name) is looked for in title
 *       and body where no mention covers it ({@link MentionPropagator}, one sense per discourse);
 *   <li>grouping within the article: equal names form one group, whatever the engine's types (the
 *       group's type is the most frequent, ties: the earliest); places, organisations and other
 *       names of one type whose {@link GermanNameForms#inflectionKey inflection keys} are equal
 *       join ({@code Europäischen Union}, {@code Europäische Union}); an organisation named with
 *       its legal form joins one named without it, which gives the entity its name ({@code Siemens
 *       AG → Siemens}, {@code Deutsche Bahn AG → Deutschen Bahn}; {@code AG}, {@code SE}, {@code
 *       GmbH}, {@code KG}, {@code e.V.}, {@code Inc.}, {@code Ltd.} and the like, with {@code &
 *       Co.});
 *   <li>defined acronyms: an organisation followed by an acronym in parentheses ({@code Europäische
 *       Zentralbank (EZB)}) takes the acronym's mentions anywhere in the article, as short forms of
 *       it (the entity keeps the long name unless the gazetteer knows it);
 *   <li>short forms: a person's name that equals the last word or words of exactly one longer
 *       person's name of the article joins it ({@code Putin → Wladimir Putin}, {@code von der Leyen
 *       → Ursula von der Leyen}); longer short forms are resolved first, so {@code Wladimirowitsch
 *       Putin} does not make {@code Putin} ambiguous; with two candidates ({@code Donald Trump},
 *       {@code Ivanka Trump}) it stays apart and only the gazetteer may place it; first names
 *       ({@code Angela}) are not attached;
 *   <li>gazetteer: each group's own names (not the short forms attached to it), most frequent
 *       first, are looked up ({@link GazetteerIndex}); the first hit gives the canonical name and
 *       the type (the gazetteer's type wins: engines confuse LOC and ORG for countries), and groups
 *       that reach the same canonical name merge ({@code Vereinigte Staaten}, {@code USA}); the
 *       article goes first, so with {@code Jeb Bush} in it {@code Bush} is Jeb, whatever the
 *       gazetteer says about {@code Bush};
 *   <li>rows: without a gazetteer hit the entity is the group's most frequent own name (ties: the
 *       earliest); mentions are counted in title and body; rows are ordered by first appearance,
 *       title first.
 * </ol>
 *
 * <p>Limits: a genitive whose stem appears nowhere stays ({@code Ukraine-Konflikts}); first-name
 * references and family-name-first orders ({@code Kim} for {@code Kim Jong Un}) are not attached;
 * organisations are attached to abbreviations only through the gazetteer or where the article
 * defines them in parentheses, and never to sub-spans ({@code Union}); pronouns and descriptions
 * ({@code der Kremlchef}) are not resolved.
 */
public final class EntityCanonicalizer {
  /** {@code " (IAEA)"}: two to ten capitals or digits, the first a capital, in parentheses. */
  private static final Pattern ACRONYM =
      Pattern.compile("[ \\u00a0]?\\((\\p{Lu}[\\p{Lu}\\d]{1,9})\\)");

  private static final Comparator<Mention> LONGEST_FIRST =
      Comparator.comparingInt((Mention m) -> m.start() - m.end()).thenComparingInt(Mention::start);

  private final GazetteerIndex gazetteer;
  private final MentionTrimmer trimmer;
  private final MentionNamer namer;
  private final MentionSplitter splitter;

  /** A canonicaliser mapping variants through {@code aliases} (an empty gazetteer for none). */
  public EntityCanonicalizer(Gazetteer aliases) {
    Objects.requireNonNull(aliases, "aliases: pass an empty gazetteer for none");
    this.gazetteer = new GazetteerIndex(aliases);
    this.trimmer = new MentionTrimmer(gazetteer::isAlias);
    this.namer = new MentionNamer(gazetteer);
    this.splitter = new MentionSplitter(gazetteer::isAlias);
  }

  /**
   * The canonical entities of one article, ordered by first appearance. Null strings and lists
   * count as empty; mentions need not be sorted.
   */
  public List<ArticleEntity> canonicalize(
      String title, List<Mention> titleMentions, String text, List<Mention> textMentions) {
    String t = title == null ? "" : title;
    String b = text == null ? "" : text;
    List<Mention> inTitle = usable(t, titleMentions);
    List<Mention> inBody = usable(b, textMentions);
    Set<String> attested = MentionNamer.attested(inTitle, inBody);
    Map<String, EntityType> repeats =
        MentionPropagator.namesToRepeat(namer.name(inTitle, inBody, attested));
    inTitle = withRepeats(t, inTitle, repeats);
    inBody = withRepeats(b, inBody, repeats);
    return rows(
        MentionGroups.group(
            namer.name(inTitle, inBody, attested),
            definedAcronyms(t, inTitle, b, inBody),
            gazetteer));
  }

  /**
   * Acronyms the article defines for an organisation: an ORG mention directly followed by an
   * all-capital word in parentheses ({@code Internationale Atomenergiebehörde (IAEA)}, {@code
   * Europäische Zentralbank (EZB)}); acronym → the mention's surface. Persons and places are left
   * out: {@code Olaf Scholz (SPD)} names a party, {@code Berlin (dpa)} an agency.
   */
  static Map<String, String> definedAcronyms(
      String title, List<Mention> inTitle, String text, List<Mention> inBody) {
    Map<String, String> out = new HashMap<>();
    for (boolean body : new boolean[] {false, true}) {
      String s = body ? text : title;
      for (Mention m : body ? inBody : inTitle) {
        if (m.type() != EntityType.ORG) {
          continue;
        }
        Matcher a = ACRONYM.matcher(s).region(m.end(), s.length());
        if (a.lookingAt() && !a.group(1).equals(m.surface())) {
          out.putIfAbsent(a.group(1), m.surface());
        }
      }
    }
    return out;
  }

  private List<Mention> usable(String text, List<Mention> mentions) {
    if (mentions == null) {
      return List.of();
    }
    List<Mention> fitting = new ArrayList<>();
    for (Mention m : mentions) {
      if (m != null && m.end() <= text.length() && text.startsWith(m.surface(), m.start())) {
        fitting.add(m);
      }
    }
    return nameSpans(fitting);
  }

  /**
   * The name spans zeitgeist counts for an engine's mentions, before grouping: each mention split
   * where the engine ran names together and trimmed (step 1 above), overlaps resolved, sorted by
   * start. {@code zeitgeist ner-eval} scores these spans.
   */
  public List<Mention> nameSpans(List<Mention> mentions) {
    List<Mention> trimmed = new ArrayList<>();
    for (Mention m : mentions) {
      for (Mention part : splitter.split(m)) {
        trimmer.trim(part).ifPresent(trimmed::add);
      }
    }
    trimmed.sort(LONGEST_FIRST);
    List<Mention> kept = new ArrayList<>();
    for (Mention m : trimmed) {
      if (kept.stream().noneMatch(m::overlaps)) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Mention::start));
    return kept;
  }

  private static List<Mention> withRepeats(
      String text, List<Mention> found, Map<String, EntityType> names) {
    List<Mention> all = new ArrayList<>(found);
    all.addAll(MentionPropagator.propagate(text, found, names));
    all.sort(Comparator.comparingInt(Mention::start));
    return all;
  }

  private static List<ArticleEntity> rows(List<MentionGroups.Group> groups) {
    List<ArticleEntity> rows = new ArrayList<>();
    for (MentionGroups.Group g : groups) {
      Set<String> surfaces = new LinkedHashSet<>();
      List<Mention> body = new ArrayList<>();
      List<Mention> title = new ArrayList<>();
      for (NamedMention n : g.all()) {
        surfaces.add(n.mention().surface());
        Mention m = n.mention();
        (n.inTitle() ? title : body).add(new Mention(m.start(), m.end(), m.surface(), g.type()));
      }
      Integer first = body.isEmpty() ? null : body.get(0).start();
      rows.add(
          new ArticleEntity(
              g.entity(),
              g.type(),
              g.all().size(),
              List.copyOf(surfaces),
              first,
              !title.isEmpty(),
              body,
              title));
    }
    return rows;
  }
}
