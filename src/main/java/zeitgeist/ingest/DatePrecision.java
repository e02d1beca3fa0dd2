package zeitgeist.ingest;

import java.util.Locale;

/** How precise a publication date is. A month-precise date is stored as the first of its month. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR;

  /** The lowercase name stored in tables: {@code day}, {@code month}, {@code year}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
