package zeitgeist.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a place to the institution word right before it, as statistical models tag them apart:
 * {@code Landgericht Augsburg}, {@code Staatsanwaltschaft Hamburg}, {@code Universität Tübingen},
 * {@code Stadtwerke München} are organisations, not a word and a place.
 *
 * <p>Rules: a LOC mention of the wrapped recogniser becomes an ORG mention that starts at the word
 * before it when that word (1) is separated from it by one space, (2) starts with a capital,
 * follows no hyphen, and (3) is an institution word: one of {@link #HEADS} or a compound ending in
 * one of {@link #HEAD_ENDINGS} ({@code Oberlandesgericht}, {@code Finanzamt}, {@code
 * Kreispolizeibehörde}). Other mentions pass unchanged. The lists name German public bodies,
 * courts, police, universities, hospitals, utilities, savings banks, chambers, churches, stages and
 * councils, written from general knowledge; they leave out places that are buildings or venues
 * ({@code Flughafen}, {@code Bahnhof}, {@code Stadion}), which stay places.
 *
 * <p>Limits: only the one word before the place counts ({@code Freiwillige Feuerwehr Wettringen}
 * gives {@code Feuerwehr Wettringen}; {@code Universität zu Köln} is not joined); a place the model
 * missed or typed ORG is left as it is.
 *
 * <p>Hand-written: no library offers German institution patterns, and the rule is a dozen lines.
 */
public final class InstitutionNameRecognizer implements EntityRecognizer {
  /** Institution words that stand alone. */
  static final Set<String> HEADS =
      Set.of(
          "Polizei",
          "Universität",
          "Hochschule",
          "Klinikum",
          "Stadtwerke",
          "Stadtverwaltung",
          "Kreisverwaltung",
          "Bezirksregierung",
          "Landesregierung",
          "Sparkasse",
          "Volksbank",
          "Raiffeisenbank",
          "Bistum",
          "Erzbistum",
          "Landeskirche",
          "Feuerwehr",
          "Staatsoper",
          "Staatstheater",
          "Schauspiel",
          "Theater",
          "Oper",
          "Philharmonie",
          "Landtag",
          "Kreistag",
          "Stadtrat",
          "Gemeinderat",
          "Magistrat",
          "Senat",
          "Landesbetrieb",
          "Verkehrsverbund",
          "Verkehrsbetriebe",
          "Messe",
          "Bundeswehr",
          "Zoll",
          "Jobcenter",
          "Arbeitsagentur",
          "Handelskammer",
          "Handwerkskammer",
          "Landesbank");

  /** Endings of compound institution words ({@code Landgericht}, {@code Finanzamt}). */
  static final List<String> HEAD_ENDINGS =
      List.of(
          "gericht",
          "amt",
          "anwaltschaft",
          "polizei",
          "präsidium",
          "direktion",
          "behörde",
          "universität",
          "hochschule",
          "klinikum",
          "stadtwerke",
          "sparkasse",
          "kammer",
          "betriebe",
          "verwaltung",
          "ministerium");

  private static final Pattern WORD_BEFORE =
      Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{Lu}[\\p{L}]+)[ \\u00A0]$");
  private static final int LOOK_BACK = 60;

  private final EntityRecognizer inner;

  public InstitutionNameRecognizer(EntityRecognizer inner) {
    this.inner = inner;
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public List<Mention> recognize(String text) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : inner.recognize(text)) {
      out.add(m.type() == EntityType.LOC ? joined(text, m) : m);
    }
    return out;
  }

  /** {@code m} joined to the institution word before it, or {@code m} itself. */
  static Mention joined(String text, Mention m) {
    int from = Math.max(0, m.start() - LOOK_BACK);
    Matcher w = WORD_BEFORE.matcher(text.substring(from, m.start()));
    if (!w.find() || !isInstitution(w.group(1))) {
      return m;
    }
    int start = from + w.start(1);
    return new Mention(start, m.end(), text.substring(start, m.end()), EntityType.ORG);
  }

  static boolean isInstitution(String word) {
    if (HEADS.contains(word)) {
      return true;
    }
    String lower = word.toLowerCase(Locale.GERMAN);
    return HEAD_ENDINGS.stream().anyMatch(e -> lower.endsWith(e) && lower.length() > e.length());
  }
}
