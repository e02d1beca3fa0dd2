package zeitgeist.stories.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Near-copies derived from one article, as outlets and aggregators make them: each copy is the
 * original with one or more edits, labelled with its {@link Edit} and with how much of the
 * original's text it keeps.
 *
 * <p>Rules: the original is cut into paragraphs (at blank lines; at line ends when it has none),
 * each paragraph into sentences (after two lower-case letters and {@code . ! ?}, optionally a
 * closing quote or bracket, before a capital or an opening quote: not after {@code 119.} or {@code
 * Dr.}), each sentence into words (at whitespace). A single-paragraph text (10kGNAD) is edited
 * sentence by sentence. Edits:
 *
 * <ul>
 *   <li>{@code headline}: a new headline line prepended, built from capitalised words of the text.
 *   <li>{@code drop}: 8-15 % of the words dropped: a whole paragraph of half to 1.5 times that size
 *       when the text has at least four paragraphs and one fits, else consecutive sentences; never
 *       the first paragraph or sentence.
 *   <li>{@code add}: a paragraph of 10-15 % of the original's length taken from another article
 *       (the donor), inserted between paragraphs or at the end.
 *   <li>{@code boilerplate}: an agency dateline before the first word and two outlet lines at the
 *       end ("Mehr zum Thema: ...", a copyright, share buttons, an editor's note).
 *   <li>{@code reword}: about 3 % of the words (at least one, at most one a sentence) replaced by a
 *       synonym or a contraction spelt out ({@code zum} to {@code zu dem}).
 *   <li>{@code swap}: two adjacent sentences of one paragraph swapped.
 *   <li>{@code numbers}: numbers re-formatted in one outlet's style (thousands dots added or
 *       removed, small numbers as words or digits, {@code Prozent} as {@code %}, {@code Millionen}
 *       as {@code Mio.}).
 *   <li>{@code combined}: headline, boilerplate, 5 % dropped, 2 % reworded and a swap.
 *   <li>{@code trimmed}: only the first 55-70 % of the words kept (a wire story cut to length).
 *   <li>{@code heavy}: headline, 20 % dropped, 15-25 % added from the donor, 3 % reworded.
 * </ul>
 *
 * <p>A word is kept when it is the original's word, unchanged (a moved sentence keeps its words).
 * {@link Variant#kept} is the share of the original's words kept; {@link Variant#shared} is kept
 * words over the longer of the two texts, so a copy with a long added paragraph shares less than it
 * keeps. An edit that finds nothing to change (no number, no synonym, one sentence) gives no copy.
 *
 * <p>Deterministic: the copies depend only on the seed, the original's id and text and the donor's
 * text. Limits: the sentence split is naive (an abbreviation before a capital splits); synonyms are
 * not checked against their context, so a replacement can be ungrammatical, as a careless edit is.
 */
public final class NearCopyVariants {
  /** The kinds of edit, in the order copies are made. */
  public enum Edit {
    HEADLINE,
    DROP,
    ADD,
    BOILERPLATE,
    REWORD,
    SWAP,
    NUMBERS,
    COMBINED,
    TRIMMED,
    HEAVY;

    /** The edit's name in reports and files. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One derived copy.
   *
   * @param originalWords words of the original
   * @param keptWords words of the original the copy keeps unchanged
   * @param copyWords words of the copy
   */
  public record Variant(Edit edit, String text, int originalWords, int keptWords, int copyWords) {
    /** Share of the original's words the copy keeps. */
    public double kept() {
      return (double) keptWords / originalWords;
    }

    /** Kept words over the words of the longer text: the share of text the two have in common. */
    public double shared() {
      return (double) keptWords / Math.max(originalWords, copyWords);
    }
  }

  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=\\p{Ll}{2}[.!?][\"“”«»)]?)\\s+(?=[\\p{Lu}„\"«»])");
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}{4,}");
  private static final Set<String> NOT_HEADLINE_WORDS =
      Set.of(
          "Dabei",
          "Damit",
          "Diese",
          "Dieser",
          "Dieses",
          "Deshalb",
          "Einen",
          "Seine",
          "Ihren",
          "Allerdings",
          "Außerdem",
          "Zudem",
          "Nach",
          "Bereits",
          "Unter",
          "Nicht",
          "Schon",
          "Sondern",
          "Diesen",
          "Wenn",
          "Während");
  private static final List<String> HEADLINES =
      List.of(
          "%s und %s: Was jetzt auf dem Spiel steht",
          "Streit um %s – %s reagiert",
          "%s: Neue Entwicklungen bei %s",
          "Nach %s: %s unter Druck",
          "Was hinter %s und %s steckt");
  private static final List<String> DATELINES =
      List.of(
          "(dpa)",
          "Berlin (dpa) -",
          "(AFP) -",
          "Frankfurt/Main (Reuters) -",
          "Wien (APA) -",
          "Hamburg (dpa/lno) -");
  private static final List<String> TRAILERS =
      List.of(
          "Mehr zum Thema: %s",
          "© AFP 2024 Alle Rechte vorbehalten",
          "© dpa-infocom, dpa:240115-99-612345/3",
          "Artikel teilen: Facebook Twitter WhatsApp E-Mail Link kopieren",
          "Anmerkung der Redaktion: Dieser Artikel wurde nach Erscheinen aktualisiert und um eine"
              + " Stellungnahme ergänzt.",
          "Lesen Sie auch: %s");
  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("sagte", "erklärte"),
          Map.entry("erklärte", "sagte"),
          Map.entry("sagt", "meint"),
          Map.entry("bereits", "schon"),
          Map.entry("schon", "bereits"),
          Map.entry("jedoch", "allerdings"),
          Map.entry("allerdings", "jedoch"),
          Map.entry("aber", "doch"),
          Map.entry("etwa", "rund"),
          Map.entry("rund", "etwa"),
          Map.entry("nun", "jetzt"),
          Map.entry("jetzt", "nun"),
          Map.entry("zudem", "außerdem"),
          Map.entry("außerdem", "zudem"),
          Map.entry("wegen", "aufgrund"),
          Map.entry("Menschen", "Personen"),
          Map.entry("erneut", "wieder"),
          Map.entry("wieder", "erneut"),
          Map.entry("bisher", "bislang"),
          Map.entry("bislang", "bisher"),
          Map.entry("derzeit", "momentan"),
          Map.entry("zunächst", "vorerst"),
          Map.entry("laut", "nach Angaben von"),
          Map.entry("sowie", "und"),
          Map.entry("zum", "zu dem"),
          Map.entry("zur", "zu der"),
          Map.entry("beim", "bei dem"),
          Map.entry("vom", "von dem"),
          Map.entry("ins", "in das"),
          Map.entry("Jahres", "Jahrs"),
          Map.entry("Landes", "Lands"));
  private static final List<String> NUMBER_WORDS =
      List.of(
          "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
          "zwölf");
  private static final Pattern DOTTED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
  private static final Pattern PLAIN = Pattern.compile("\\d{4,}");
  private static final Pattern NUMBER_AND_PUNCTUATION =
      Pattern.compile("([^\\p{L}\\p{N}]*)([\\p{L}\\p{N}.]*?)([^\\p{L}\\p{N}]*)");
  private static final Pattern WORD_AND_TAIL = Pattern.compile("(\\p{L}+)(\\P{L}*)");

  private final long seed;

  public NearCopyVariants(long seed) {
    this.seed = seed;
  }

  /** The copies of {@code original}; {@code donor} is another article's text for added text. */
  public List<Variant> derive(String id, String original, String donor) {
    Doc source = Doc.parse(original);
    Doc donorDoc = Doc.parse(donor);
    List<Variant> out = new ArrayList<>();
    for (Edit edit : Edit.values()) {
      SplittableRandom rnd =
          new SplittableRandom(seed * 1_000_003L + id.hashCode() * 31L + edit.ordinal());
      Doc copy = source.copy();
      if (apply(edit, copy, donorDoc, rnd)) {
        out.add(new Variant(edit, copy.render(), source.words(), copy.keptWords(), copy.words()));
      }
    }
    return out;
  }

  private static boolean apply(Edit edit, Doc d, Doc donor, SplittableRandom rnd) {
    return switch (edit) {
      case HEADLINE -> headline(d, rnd);
      case DROP -> drop(d, 0.08 + 0.07 * rnd.nextDouble(), rnd);
      case ADD -> add(d, donor, 0.10 + 0.05 * rnd.nextDouble(), rnd);
      case BOILERPLATE -> boilerplate(d, rnd);
      case REWORD -> reword(d, 0.03, rnd);
      case SWAP -> swap(d, rnd);
      case NUMBERS -> numbers(d);
      case COMBINED -> combined(d, rnd);
      case TRIMMED -> trim(d, 0.55 + 0.15 * rnd.nextDouble());
      case HEAVY -> heavy(d, donor, rnd);
    };
  }

  /** Each step may find nothing to do; the headline always changes the text. */
  private static boolean combined(Doc d, SplittableRandom rnd) {
    boilerplate(d, rnd);
    drop(d, 0.05, rnd);
    reword(d, 0.02, rnd);
    swap(d, rnd);
    return headline(d, rnd);
  }

  private static boolean heavy(Doc d, Doc donor, SplittableRandom rnd) {
    drop(d, 0.20, rnd);
    add(d, donor, 0.15 + 0.10 * rnd.nextDouble(), rnd);
    reword(d, 0.03, rnd);
    return headline(d, rnd);
  }

  private static boolean headline(Doc d, SplittableRandom rnd) {
    d.paragraphs.add(0, Doc.paragraph(headlineText(d, rnd)));
    return true;
  }

  private static String headlineText(Doc d, SplittableRandom rnd) {
    Set<String> names = new LinkedHashSet<>();
    for (List<List<Word>> p : d.paragraphs) {
      for (List<Word> s : p) {
        for (int i = 1; i < s.size(); i++) {
          Matcher m = CAPITALISED.matcher(s.get(i).text());
          if (m.matches() && !NOT_HEADLINE_WORDS.contains(m.group())) names.add(m.group());
        }
      }
    }
    List<String> pool = new ArrayList<>(names);
    if (pool.size() < 2) pool = List.of("Politik", "Gesellschaft");
    String a = pool.get(rnd.nextInt(pool.size()));
    String b = pool.get(rnd.nextInt(pool.size()));
    if (a.equals(b)) b = pool.get((pool.indexOf(a) + 1) % pool.size());
    return String.format(HEADLINES.get(rnd.nextInt(HEADLINES.size())), a, b);
  }

  /** Drops about {@code share} of the words: one paragraph, or a run of sentences. */
  private static boolean drop(Doc d, double share, SplittableRandom rnd) {
    int target = (int) Math.ceil(share * d.words());
    if (d.paragraphs.size() >= 4) {
      List<Integer> fit = new ArrayList<>();
      for (int p = 1; p < d.paragraphs.size(); p++) {
        int words = Doc.words(d.paragraphs.get(p));
        if (2 * words >= target && 2 * words <= 3 * target) fit.add(p);
      }
      if (!fit.isEmpty()) {
        d.paragraphs.remove((int) fit.get(rnd.nextInt(fit.size())));
        return true;
      }
    }
    List<int[]> at = d.sentencePositions();
    if (at.size() < 3) return false;
    int start = 1 + rnd.nextInt(at.size() - 1);
    int dropped = 0;
    List<int[]> gone = new ArrayList<>();
    for (int i = start; i < at.size() && dropped < target && gone.size() < at.size() - 2; i++) {
      int size = d.sentence(at.get(i)).size();
      if (dropped > 0 && 2 * (dropped + size) > 3 * target) break;
      gone.add(at.get(i));
      dropped += size;
    }
    gone.sort(Comparator.comparingInt((int[] p) -> p[0]).thenComparingInt(p -> p[1]).reversed());
    for (int[] p : gone) {
      d.paragraphs.get(p[0]).remove(p[1]);
    }
    d.paragraphs.removeIf(List::isEmpty);
    return !gone.isEmpty();
  }

  /** Keeps the first sentences up to {@code share} of the words. */
  private static boolean trim(Doc d, double share) {
    int keep = (int) Math.floor(share * d.words());
    List<int[]> at = d.sentencePositions();
    int words = 0;
    int i = 0;
    while (i < at.size() && words + d.sentence(at.get(i)).size() <= keep) {
      words += d.sentence(at.get(i)).size();
      i++;
    }
    if (i == 0 || i == at.size()) return false;
    for (int k = at.size() - 1; k >= i; k--) {
      d.paragraphs.get(at.get(k)[0]).remove(at.get(k)[1]);
    }
    d.paragraphs.removeIf(List::isEmpty);
    return true;
  }

  /** Inserts consecutive donor sentences of at least {@code share} of the words as a paragraph. */
  private static boolean add(Doc d, Doc donor, double share, SplittableRandom rnd) {
    List<int[]> at = donor.sentencePositions();
    if (at.isEmpty()) return false;
    int target = (int) Math.ceil(share * d.words());
    List<List<Word>> added = new ArrayList<>();
    int words = 0;
    for (int i = rnd.nextInt(at.size()); words < target; i = (i + 1) % at.size()) {
      List<Word> s = donor.sentence(at.get(i));
      List<Word> copied = new ArrayList<>();
      for (Word w : s) copied.add(new Word(w.text(), false));
      added.add(copied);
      words += s.size();
      if (added.size() == at.size()) break;
    }
    d.paragraphs.add(1 + rnd.nextInt(d.paragraphs.size()), added);
    return true;
  }

  private static boolean boilerplate(Doc d, SplittableRandom rnd) {
    List<Word> first = d.paragraphs.get(0).get(0);
    List<Word> dateline = Doc.fresh(DATELINES.get(rnd.nextInt(DATELINES.size())));
    first.addAll(0, dateline);
    int a = rnd.nextInt(TRAILERS.size());
    int b = (a + 1 + rnd.nextInt(TRAILERS.size() - 1)) % TRAILERS.size();
    for (int t : new int[] {a, b}) {
      String line =
          TRAILERS.get(t).contains("%s")
              ? String.format(TRAILERS.get(t), headlineText(d, rnd))
              : TRAILERS.get(t);
      d.paragraphs.add(Doc.paragraph(line));
    }
    return true;
  }

  /** Replaces about {@code share} of the words (at least one, one a sentence) by synonyms. */
  private static boolean reword(Doc d, double share, SplittableRandom rnd) {
    List<int[]> candidates = new ArrayList<>(); // paragraph, sentence, word
    for (int[] p : d.sentencePositions()) {
      List<Word> s = d.sentence(p);
      List<Integer> here = new ArrayList<>();
      for (int w = 0; w < s.size(); w++) {
        if (s.get(w).original() && synonym(s.get(w).text()) != null) here.add(w);
      }
      if (!here.isEmpty())
        candidates.add(new int[] {p[0], p[1], here.get(rnd.nextInt(here.size()))});
    }
    if (candidates.isEmpty()) return false;
    int n = Math.max(1, (int) Math.round(share * d.words()));
    for (int k = 0; k < n && !candidates.isEmpty(); k++) {
      int[] c = candidates.remove(rnd.nextInt(candidates.size()));
      List<Word> s = d.paragraphs.get(c[0]).get(c[1]);
      String replacement = synonym(s.get(c[2]).text());
      s.remove(c[2]);
      s.addAll(c[2], Doc.fresh(replacement));
    }
    return true;
  }

  /** The word's synonym with the word's punctuation and initial capital, or null. */
  private static String synonym(String word) {
    Matcher m = WORD_AND_TAIL.matcher(word);
    if (!m.matches()) return null;
    String core = m.group(1);
    String lower = core.substring(0, 1).toLowerCase(Locale.ROOT) + core.substring(1);
    String s = SYNONYMS.get(core);
    if (s == null && !lower.equals(core)) {
      s = SYNONYMS.get(lower);
      if (s != null) s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
    return s == null ? null : s + m.group(2);
  }

  private static boolean swap(Doc d, SplittableRandom rnd) {
    List<int[]> pairs = new ArrayList<>();
    for (int[] p : d.sentencePositions()) {
      if (p[1] + 1 < d.paragraphs.get(p[0]).size()) pairs.add(p);
    }
    if (pairs.isEmpty()) return false;
    int[] p = pairs.get(rnd.nextInt(pairs.size()));
    List<List<Word>> par = d.paragraphs.get(p[0]);
    par.add(p[1], par.remove(p[1] + 1));
    return true;
  }

  /** Re-formats every number in one house style; false when the text has none. */
  private static boolean numbers(Doc d) {
    boolean changed = false;
    for (List<List<Word>> p : d.paragraphs) {
      for (List<Word> s : p) {
        for (int i = 0; i < s.size(); i++) {
          String formatted = number(s.get(i).text());
          if (formatted != null) {
            s.set(i, new Word(formatted, false));
            changed = true;
          }
        }
      }
    }
    return changed;
  }

  private static String number(String word) {
    Matcher m = NUMBER_AND_PUNCTUATION.matcher(word);
    if (!m.matches()) return null;
    String core = m.group(2);
    String out;
    if (DOTTED.matcher(core).matches()) {
      out = core.replace(".", "");
    } else if (PLAIN.matcher(core).matches() && !isYear(core) && core.charAt(0) != '0') {
      out = String.format(Locale.GERMANY, "%,d", Long.parseLong(core));
    } else if (NUMBER_WORDS.contains(core)) {
      out = Integer.toString(NUMBER_WORDS.indexOf(core) + 2);
    } else if (core.equals("Prozent")) {
      out = "%";
    } else if (core.equals("Millionen")) {
      out = "Mio.";
    } else if (core.equals("Milliarden")) {
      out = "Mrd.";
    } else {
      return null;
    }
    String tail =
        out.endsWith(".") && m.group(3).startsWith(".") ? m.group(3).substring(1) : m.group(3);
    return m.group(1) + out + tail;
  }

  private static boolean isYear(String digits) {
    return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
  }

  /** A word of a copy; {@code original} when it is the original's word, unchanged. */
  record Word(String text, boolean original) {}

  /** Paragraphs of sentences of words, mutable. */
  private static final class Doc {
    final List<List<List<Word>>> paragraphs;

    Doc(List<List<List<Word>>> paragraphs) {
      this.paragraphs = paragraphs;
    }

    static Doc parse(String text) {
      String[] parts = text.strip().split("\\n\\s*\\n");
      if (parts.length == 1) parts = text.strip().split("\\s*\\n\\s*");
      List<List<List<Word>>> paragraphs = new ArrayList<>();
      for (String part : parts) {
        List<List<Word>> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(part.strip())) {
          List<Word> words = new ArrayList<>();
          for (String w : s.strip().split("\\s+")) {
            if (!w.isEmpty()) words.add(new Word(w, true));
          }
          if (!words.isEmpty()) sentences.add(words);
        }
        if (!sentences.isEmpty()) paragraphs.add(sentences);
      }
      return new Doc(paragraphs);
    }

    static List<Word> fresh(String text) {
      List<Word> out = new ArrayList<>();
      for (String w : text.split("\\s+")) out.add(new Word(w, false));
      return out;
    }

    static List<List<Word>> paragraph(String line) {
      List<List<Word>> out = new ArrayList<>();
      out.add(fresh(line));
      return out;
    }

    static int words(List<List<Word>> paragraph) {
      return paragraph.stream().mapToInt(List::size).sum();
    }

    Doc copy() {
      List<List<List<Word>>> p = new ArrayList<>();
      for (List<List<Word>> par : paragraphs) {
        List<List<Word>> s = new ArrayList<>();
        for (List<Word> sentence : par) s.add(new ArrayList<>(sentence));
        p.add(s);
      }
      return new Doc(p);
    }

    int words() {
      return paragraphs.stream().mapToInt(Doc::words).sum();
    }

    int keptWords() {
      int n = 0;
      for (List<List<Word>> p : paragraphs) {
        for (List<Word> s : p) {
          for (Word w : s) if (w.original()) n++;
        }
      }
      return n;
    }

    /** (paragraph, sentence) of every sentence, in text order. */
    List<int[]> sentencePositions() {
      List<int[]> out = new ArrayList<>();
      for (int p = 0; p < paragraphs.size(); p++) {
        for (int s = 0; s < paragraphs.get(p).size(); s++) out.add(new int[] {p, s});
      }
      return out;
    }

    List<Word> sentence(int[] at) {
      return paragraphs.get(at[0]).get(at[1]);
    }

    String render() {
      StringBuilder out = new StringBuilder();
      for (List<List<Word>> p : paragraphs) {
        if (out.length() > 0) out.append("\n\n");
        for (int s = 0; s < p.size(); s++) {
          if (s > 0) out.append(' ');
          for (int w = 0; w < p.get(s).size(); w++) {
            if (w > 0) out.append(' ');
            out.append(p.get(s).get(w).text());
          }
        }
      }
      return out.toString();
    }
  }
}
