package zeitgeist.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generated JSON Lines records as messy as the seeds: real paragraphs ({@link SeedText})
 * recombined, with dates in fields, headers, datelines, footers or nowhere, page furniture,
 * duplicates, Windows-1252 lines and broken lines. Record {@code i} depends only on {@code i}, the
 * seed, the date range and the seed text, never on how many records are generated or how they are
 * split into files.
 *
 * <p>Rates (of all records): 0.5% broken JSON (the line cut short: {@code malformed_json}); 0.3% no
 * text (empty, or only share buttons: {@code no_text}); 0.3% an id already used by an earlier
 * record ({@code duplicate_id}); 2% the body of one of the 500 records before it (an exact
 * duplicate once cleaned, with its own dates and furniture); 3% written in Windows-1252 (Latin-1
 * German); 2% in another language than German (when the seeds have such paragraphs). Dates: 40% an
 * ISO date field (half with a time and offset), 10% a date field in another format (German {@code
 * 14. März 2019}, {@code 14.03.2019}, {@code 2019-03-14 08:30:00}, epoch seconds), 5% a month field
 * ({@code 2019-03}), 10% a header ({@code date 2019-03-14 } or a month), 10% an SZ dateline line,
 * 10% a tagesschau footer or {@code Stand:} line, 10% none, 5% an unparseable date field (half of
 * them with a footer date to fall back to). Furniture: 20% Euronews-style (title repeated, {@code
 * Copyright}, byline, share and embed widgets, {@code WERBUNG}), 15% SZ-style ({@code Feedback},
 * {@code Anzeige}, runs of blank lines), 15% a trailing related-articles list, 5% a photo credit.
 * Ids: 92% {@code gen-N}, else none (the job derives one from the URL or the text); URL 50%, source
 * field 65%, title field 70% (without one, a record dated by a field sometimes opens with a title
 * line).
 */
public final class MessyArticles {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] SOURCES = {
    "Hanse-Kurier",
    "Spree-Echo",
    "Alpenpost",
    "Rheinischer Bote",
    "Donau-Zeitung",
    "Nordsee-Anzeiger"
  };
  private static final String[] MONTHS = {
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember"
  };
  private static final String[] RELATED = {
    "Zum selben Thema", "Mehr zum Thema", "Lesen Sie auch", "Das könnte Sie auch interessieren"
  };
  private static final int DUPLICATE_WINDOW = 500;

  /** One line of a JSON Lines file, and whether it is written in Windows-1252. */
  public record Line(String text, boolean latin1) {}

  private final SeedText seeds;
  private final long seed;
  private final LocalDate first;
  private final int days;

  /**
   * @param first the earliest date; dates are spread evenly over {@code days} days from it
   */
  public MessyArticles(SeedText seeds, long seed, LocalDate first, int days) {
    this.seeds = seeds;
    this.seed = seed;
    this.first = first;
    this.days = days;
  }

  /** Record {@code i}. */
  public Line line(int i) {
    Random r = random(i, 1);
    int roll = r.nextInt(1000);
    boolean latin1 = r.nextInt(1000) < 30;
    Map<String, Object> a = new LinkedHashMap<>();
    if (r.nextInt(100) < 92) {
      a.put("id", roll < 13 && roll >= 10 && i > 0 ? "gen-" + r.nextInt(i) : "gen-" + i);
    }
    LocalDate date = first.plusDays(r.nextInt(days));
    String source = SOURCES[r.nextInt(SOURCES.length)];
    String title = headline(r, 90);
    boolean titleField = r.nextInt(100) < 70;
    if (titleField) a.put("title", title);
    if (r.nextInt(100) < 65) a.put("source", source);
    if (r.nextBoolean()) {
      a.put(
          "url",
          "https://www."
              + source.toLowerCase(Locale.ROOT).replace(' ', '-')
              + ".example/"
              + date.getYear()
              + "/gen-"
              + i
              + ".html");
    }

    List<String> lines = new ArrayList<>();
    List<String> tail = new ArrayList<>();
    String header = "";
    int dating = r.nextInt(100);
    String time = String.format(Locale.ROOT, "%02d:%02d", 6 + r.nextInt(16), r.nextInt(60));
    if (dating < 40) {
      a.put(
          "published",
          r.nextBoolean()
              ? date.toString()
              : date + "T" + time + ":00+0" + (1 + r.nextInt(2)) + ":00");
    } else if (dating < 50) {
      a.put(
          "published",
          switch (r.nextInt(4)) {
            case 0 -> german(date);
            case 1 ->
                String.format(
                    Locale.ROOT,
                    "%02d.%02d.%d",
                    date.getDayOfMonth(),
                    date.getMonthValue(),
                    date.getYear());
            case 2 -> date + " " + time + ":00";
            default -> date.atTime(12, 0).toEpochSecond(ZoneOffset.UTC);
          });
    } else if (dating < 55) {
      a.put("published", date.toString().substring(0, 7));
    } else if (dating < 65) {
      header = " date " + (r.nextInt(10) < 3 ? date.toString().substring(0, 7) : date) + " ";
    } else if (dating < 75) {
      lines.add(german(date) + ", " + time + " Uhr " + (titleField ? headline(r, 90) : title));
    } else if (dating < 85) {
      tail.add(
          r.nextBoolean()
              ? "Über dieses Thema berichtete die tagesschau am "
                  + german(date)
                  + " um "
                  + time
                  + " Uhr."
              : String.format(
                  Locale.ROOT,
                  "Stand: %02d.%02d.%d %s Uhr",
                  date.getDayOfMonth(),
                  date.getMonthValue(),
                  date.getYear(),
                  time));
    } else if (dating >= 95) {
      a.put("published", r.nextBoolean() ? "gestern" : "n/a");
      if (r.nextBoolean()) {
        tail.add("Über dieses Thema berichtete Das Erste am " + german(date) + ".");
      }
    }
    if (!titleField && dating < 55 && r.nextInt(100) < 30) lines.add(title);

    boolean euronews = r.nextInt(100) < 20;
    boolean sz = !euronews && r.nextInt(100) < 19;
    if (euronews) {
      lines.add(title);
      lines.add("Copyright ");
      lines.add("Von Euronews mit dpa, Reuters");
      lines.add("Diesen Artikel teilenKommentare");
      lines.add("Den Link zum Einbetten des Videos kopierenCopy to clipboardCopied");
    }
    if (r.nextInt(100) < 5) lines.add("Foto: dpa/" + SOURCES[r.nextInt(SOURCES.length)]);
    List<String> body = body(i);
    for (int p = 0; p < body.size(); p++) {
      if (p == 1 && euronews) lines.add("WERBUNG");
      if (p == 1 && sz) lines.add("\n\n\n\nFeedback\n\nAnzeige");
      if (p == 3 && sz) lines.add("Anzeige");
      lines.add(body.get(p));
    }
    if (euronews) lines.add("Diesen Artikel teilenKommentare");
    if (tail.isEmpty() && r.nextInt(100) < 15) {
      lines.add(RELATED[r.nextInt(RELATED.length)]);
      for (int k = 2 + r.nextInt(3); k > 0; k--) lines.add(headline(r, 80));
    }
    lines.addAll(tail);

    String text = header + String.join("\n\n", lines);
    if (roll >= 5 && roll < 8) {
      text = roll == 5 ? "" : "Diesen Artikel teilenKommentare\n\nWERBUNG";
    }
    a.put("text", text);
    String json;
    try {
      json = JSON.writeValueAsString(a);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    if (roll < 5) json = json.substring(0, 10 + r.nextInt(json.length() - 12));
    return new Line(json, latin1);
  }

  /** The body paragraphs of record {@code i}: its own, or those of the record it duplicates. */
  List<String> body(int i) {
    Random d = random(i, 2);
    if (i > 0 && d.nextInt(100) < 2) {
      return body(i - 1 - d.nextInt(Math.min(i, DUPLICATE_WINDOW)));
    }
    Random r = random(i, 3);
    List<List<String>> pool =
        !seeds.other().isEmpty() && r.nextInt(100) < 2 ? seeds.other() : seeds.german();
    List<String> paragraphs = new ArrayList<>();
    for (int n = 3 + r.nextInt(6); n > 0; n--) {
      List<String> p = pool.get(r.nextInt(pool.size()));
      int len = Math.min(p.size(), 1 + r.nextInt(4));
      int from = r.nextInt(p.size() - len + 1);
      paragraphs.add(String.join(" ", p.subList(from, from + len)));
    }
    return paragraphs;
  }

  /** A headline-like line: the start of a sentence, cut at a word, without a final period. */
  private String headline(Random r, int max) {
    List<String> p = seeds.german().get(r.nextInt(seeds.german().size()));
    String s = p.get(r.nextInt(p.size()));
    if (s.length() > max) {
      int cut = s.lastIndexOf(' ', max);
      s = s.substring(0, cut > 20 ? cut : max);
    }
    return s.replaceAll("[\\s.:;,!?]+$", "");
  }

  private static String german(LocalDate d) {
    return d.getDayOfMonth() + ". " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
  }

  /** A random stream of its own per record and purpose, so purposes do not shift each other. */
  private Random random(int i, int purpose) {
    long z = seed * 0x9E3779B97F4A7C15L + i * 31L + purpose;
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL; // MurmurHash3's finaliser: neighbouring records
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L; // get unrelated streams
    return new Random(z ^ (z >>> 33));
  }
}
