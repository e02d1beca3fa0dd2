package zeitgeist.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Cuts what an engine put around a name: {@code der russische Präsident Wladimir Putin} becomes
 * {@code Wladimir Putin}, {@code „Putin“} becomes {@code Putin}. The result is a mention of a
 * sub-span of the original, so its surface is still the text exactly as written.
 *
 * <p>Rules, applied from the left until none applies:
 *
 * <ul>
 *   <li>punctuation and quotes at either end go, except a final period of an abbreviation ({@code
 *       e.V.}, {@code Co.}, {@code Jr.}), an initial ({@code Claudia B.}) or a regnal number
 *       ({@code Ludwig XIV.}) and a genitive apostrophe after {@code s/ß/x/z} ({@code Paris'})
 *       unless the mention opened with a single quote;
 *   <li>a first word that is an article or a contraction ({@code der}, {@code die}, {@code des},
 *       {@code dem}, {@code den}, {@code ein...}, {@code vom}, {@code zum}, {@code im}; any case);
 *   <li>a first word that is a role noun ({@link #isRoleWord}), unless the engine typed the mention
 *       an organisation ({@code General Motors}, {@code Lord Mayor's Office}): a title from a short
 *       list ({@code Herr}, {@code Papst}, {@code König}, {@code Dr.}) or a word ending in a role
 *       stem with an optional ending: {@code -chef}, {@code -präsident}, {@code -minister}, {@code
 *       -kanzler}, {@code -berater}, {@code -sprecher}, {@code -sekretär}, {@code -vorsitzende},
 *       {@code -führer}, {@code -botschafter}, {@code -abgeordnete}, {@code -trainer} and more,
 *       each with {@code -in/-innen/-en/-n/-s/-e/-es/-er/-r}; prefixes come for free ({@code
 *       US-Präsident}, {@code Ex-Kanzlerin}, {@code Vizeaußenminister}, {@code Kremlchef}); stems
 *       that are also surnames ({@code Meister}, {@code Richter}, {@code Haber}) count only inside
 *       a compound ({@code Bürgermeister}, {@code Verfassungsrichter});
 *   <li>a first word that starts with a lowercase letter and has no capital ({@code russische},
 *       {@code seinem}, {@code frühere}; not {@code 1.} of {@code 1. FC Köln}), unless it is a name
 *       particle ({@code von}, {@code van}, {@code de}, {@code al}, {@code zu}...: {@code von der
 *       Leyen} stays);
 *   <li>trimming stops as soon as what is left is a gazetteer alias ({@code Die Linke}, {@code
 *       Papst Franziskus} when listed).
 * </ul>
 *
 * A last word is never cut for being lowercase (a lone {@code russische} stays, for the demonym
 * rule), but a last word that is an article or a role noun leaves nothing: the mention is dropped
 * ({@code US-Präsident}, {@code der Kremlchef}).
 *
 * <p>Limits: only leading words are cut, so {@code Putin selbst} keeps {@code selbst}; a name that
 * starts with a role word is cut when the engine did not type it ORG and the gazetteer does not
 * list it ({@code Lady Gaga} → {@code Gaga}); a surname that is a role noun is dropped when it
 * stands alone ({@code Kanzler}).
 */
final class MentionTrimmer {
  private static final Set<String> ARTICLES =
      Set.of(
          "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem",
          "einen", "vom", "zum", "zur", "im", "am", "beim", "ins");
  private static final Set<String> PARTICLES =
      Set.of(
          "von", "van", "de", "da", "di", "del", "della", "du", "le", "la", "al", "el", "bin",
          "ibn", "zu", "ten", "ter", "dos");
  private static final Set<String> TITLES =
      Set.of(
          "herr",
          "herrn",
          "frau",
          "dr",
          "dr.",
          "prof",
          "prof.",
          "mr",
          "mr.",
          "mrs",
          "mrs.",
          "ms.",
          "sir",
          "lord",
          "lady",
          "papst",
          "kardinal",
          "bischof",
          "pfarrer",
          "imam",
          "scheich",
          "emir",
          "sultan",
          "könig",
          "königin",
          "prinz",
          "prinzessin",
          "kronprinz",
          "kronprinzessin",
          "zar",
          "oberst",
          "sohn",
          "tochter",
          "witwe");
  private static final List<String> ROLE_STEMS =
      List.of(
          "chef",
          "präsident",
          "minister",
          "kanzler",
          "premier",
          "berater",
          "sprecher",
          "sekretär",
          "vorsitzend",
          "führer",
          "botschafter",
          "abgeordnet",
          "trainer",
          "leiter",
          "direktor",
          "kommissar",
          "gouverneur",
          "senator",
          "kandidat",
          "kolleg",
          "politiker",
          "kritiker",
          "träger",
          "diplomat",
          "anwalt",
          "anwält",
          "gesandt",
          "beauftragt",
          "vertreter",
          "vorgänger",
          "nachfolger",
          "spieler",
          "sänger",
          "musiker",
          "moderator",
          "regisseur",
          "unternehmer",
          "milliardär",
          "manager",
          "investor",
          "gründer",
          "journalist",
          "korrespondent",
          "aktivist",
          "reporter",
          "expert",
          "analyst",
          "ökonom",
          "forscher",
          "wissenschaftler",
          "historiker",
          "kommandeur",
          "herrscher",
          "monarch",
          "diktator",
          "autokrat",
          "herausforderer",
          "kapitän",
          "mitglied",
          "general",
          "admiral",
          "chefredakteur",
          "staatsanwalt");
  private static final List<String> COMPOUND_ONLY_STEMS =
      List.of("meister", "richter", "haber", "sieger", "star", "frau", "könig", "prinz");
  private static final List<String> ENDINGS =
      List.of("", "in", "innen", "en", "n", "s", "e", "es", "er", "r");
  private static final Set<String> ABBREVIATIONS =
      Set.of("co.", "inc.", "corp.", "ltd.", "jr.", "sr.", "bros.");

  /** An initial ({@code B.} of {@code Claudia B.}) or a regnal number ({@code XIV.}). */
  private static final Pattern INITIAL_OR_ORDINAL = Pattern.compile("(\\p{Lu}|[IVX]+)\\.");

  private static final Set<String> ROLE_SUFFIXES = suffixes(ROLE_STEMS);
  private static final Set<String> COMPOUND_ONLY_SUFFIXES = suffixes(COMPOUND_ONLY_STEMS);

  private final Predicate<String> isAlias;

  /** A trimmer that leaves a span alone once it is an alias ({@code isAlias} of its text). */
  MentionTrimmer(Predicate<String> isAlias) {
    this.isAlias = isAlias;
  }

  /** The trimmed mention, or empty when nothing is left. */
  Optional<Mention> trim(Mention m) {
    String s = m.surface();
    boolean singleQuoted = "'‘‚’‹›".indexOf(s.charAt(0)) >= 0;
    int a = 0;
    int b = s.length();
    while (true) {
      while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
        a++;
      }
      b = trailingEnd(s, a, b, singleQuoted);
      if (a >= b) {
        return Optional.empty();
      }
      if (isAlias.test(GermanNameForms.normalizeSpace(s.substring(a, b)))) {
        break;
      }
      int wordEnd = a;
      while (wordEnd < b && !GermanNameForms.isSpace(s.charAt(wordEnd))) {
        wordEnd++;
      }
      String word = s.substring(a, wordEnd);
      String lower = word.toLowerCase(Locale.GERMAN);
      boolean article = ARTICLES.contains(lower);
      boolean role = isRoleWord(word);
      if (wordEnd == b) {
        if (article || role) {
          return Optional.empty();
        }
        break;
      }
      // an organisation's name may start with a title (General Motors, Lord Mayor's Office)
      boolean articleOrRole = article || (role && m.type() != EntityType.ORG);
      boolean lowercase =
          Character.isLowerCase(word.codePointAt(0))
              && GermanNameForms.isLowercaseWord(word)
              && !PARTICLES.contains(lower);
      if (!articleOrRole && !lowercase) {
        break;
      }
      a = wordEnd;
    }
    return Optional.of(new Mention(m.start() + a, m.start() + b, s.substring(a, b), m.type()));
  }

  /** True when {@code word} is a role noun or title; see the class rules. */
  static boolean isRoleWord(String word) {
    String lower = word.toLowerCase(Locale.GERMAN);
    if (TITLES.contains(lower)) {
      return true;
    }
    for (int i = 0; i < lower.length(); i++) {
      String tail = lower.substring(i);
      if (ROLE_SUFFIXES.contains(tail)) {
        return true;
      }
      if (i > 0
          && Character.isLetter(lower.charAt(i - 1))
          && COMPOUND_ONLY_SUFFIXES.contains(tail)) {
        return true;
      }
    }
    return false;
  }

  private static int trailingEnd(String s, int a, int b, boolean singleQuoted) {
    while (b > a) {
      char c = s.charAt(b - 1);
      if (Character.isLetterOrDigit(c)) {
        break;
      }
      if (GermanNameForms.isApostrophe(c)
          && !singleQuoted
          && b - 2 >= a
          && "sßxzSXZ".indexOf(s.charAt(b - 2)) >= 0) {
        break;
      }
      if (c == '.' && isAbbreviation(lastWord(s, a, b))) {
        break;
      }
      b--;
    }
    return b;
  }

  private static String lastWord(String s, int a, int b) {
    int i = b;
    while (i > a && !GermanNameForms.isSpace(s.charAt(i - 1))) {
      i--;
    }
    return s.substring(i, b);
  }

  private static boolean isAbbreviation(String word) {
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
        || word.substring(0, word.length() - 1).indexOf('.') >= 0
        || INITIAL_OR_ORDINAL.matcher(word).matches();
  }

  private static Set<String> suffixes(List<String> stems) {
    Set<String> out = new HashSet<>();
    for (String stem : stems) {
      for (String ending : ENDINGS) {
        out.add(stem + ending);
      }
    }
    return Set.copyOf(out);
  }
}
