package zeitgeist.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes whole lines that are page furniture rather than article text.
 *
 * <p>Rules, each matched against the whole line, case-insensitively: lines made only of share and
 * embed widget labels, possibly run together ({@code Diesen Artikel teilenKommentare}, {@code Den
 * Link zum Einbetten des Videos kopierenCopy to clipboardCopied}, {@code Teilen}, {@code Twitter},
 * {@code E-Mail}, {@code Drucken}, {@code Zur Startseite}, ...); advertising and feedback labels
 * ({@code WERBUNG}, {@code Anzeige}, {@code Feedback}); copyright lines starting with {@code
 * Copyright} or {@code ©} (up to 160 characters) or {@code (c)} (up to 80, not ending like a
 * sentence); picture credits ({@code Foto: ...}, {@code Bild: ...}, up to 120 characters); lines
 * without any letter or digit. Lines over {@value #MAX_BOILERPLATE_CHARS} characters are never
 * boilerplate. A sentence that merely contains such a word ({@code Die Anzeige wurde erstattet.})
 * is kept. Limits: widget labels in other languages than German and English are not known; a credit
 * inside a caption line is not removed.
 */
final class BoilerplateFilter {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String WIDGET =
      "(?:diesen artikel teilen|artikel teilen|artikel drucken|artikel merken"
          + "|den link zum einbetten des videos kopieren|link kopieren|copy to clipboard|copied"
          + "|close button|schließen|teilen|twitter|facebook|whatsapp|messenger|telegram"
          + "|linkedin|xing|pinterest|reddit|flipboard|pocket|e-mail|email|mail|drucken|merken"
          + "|kommentare|kommentar|kommentieren|zur startseite|nach oben|bild vergrößern)";
  private static final Pattern WIDGET_LINE =
      Pattern.compile("(?:" + WIDGET + "(?:\\s*\\(\\d+\\))?[\\s|·•,/]*)+", FLAGS);
  private static final Pattern LABEL_LINE =
      Pattern.compile(
          "(?:werbung|anzeige|advertisement|sponsored|gesponsert|feedback"
              + "|weiter nach der anzeige|lesen sie nach der anzeige weiter"
              + "|alle rechte vorbehalten)\\.?",
          FLAGS);
  private static final Pattern COPYRIGHT_LINE =
      Pattern.compile("(?:copyright(?=\\s|\\d|©|$)|©).{0,150}", FLAGS);
  private static final Pattern SHORT_C_LINE = Pattern.compile("\\(c\\).{0,76}[^.!?:]", FLAGS);
  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "(?:fotos?|bild|bilder|bildquelle|bildrechte|grafik|titelbild)\\s*:\\s*\\S.{0,110}",
          FLAGS);
  private static final Pattern NO_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Longer lines are text; the cap also bounds the regex engine's recursion on repeated groups. */
  static final int MAX_BOILERPLATE_CHARS = 300;

  private BoilerplateFilter() {}

  /** Removes every boilerplate line from {@code lines}. */
  static void removeFrom(List<String> lines) {
    lines.removeIf(line -> !line.isEmpty() && isBoilerplate(line));
  }

  static boolean isBoilerplate(String line) {
    if (line.length() > MAX_BOILERPLATE_CHARS) {
      return false;
    }
    return WIDGET_LINE.matcher(line).matches()
        || LABEL_LINE.matcher(line).matches()
        || COPYRIGHT_LINE.matcher(line).matches()
        || SHORT_C_LINE.matcher(line).matches()
        || CREDIT_LINE.matcher(line).matches()
        || NO_WORD_CHARACTER.matcher(line).matches();
  }
}
