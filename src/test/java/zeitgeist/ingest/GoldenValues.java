package zeitgeist.ingest;

/** How the golden files write dates, titles and sources. */
final class GoldenValues {
  private GoldenValues() {}

  /** {@code 2018-10-23 day}, {@code 2018-07 month}, {@code 2018 year}, or {@code none}. */
  static String describe(PublicationDate d) {
    if (d == null) {
      return "none";
    }
    String date =
        switch (d.precision()) {
          case DAY -> d.date().toString();
          case MONTH -> d.date().toString().substring(0, 7);
          case YEAR -> d.date().toString().substring(0, 4);
        };
    return date + " " + d.precision().code();
  }

  /** Like {@link #describe} with the origin appended: {@code 2018-10-23 day footer}. */
  static String describeWithOrigin(PublicationDate d) {
    return d == null ? "none" : describe(d) + " " + d.origin().code();
  }

  static String orNone(String s) {
    return s == null ? "none" : s;
  }
}
