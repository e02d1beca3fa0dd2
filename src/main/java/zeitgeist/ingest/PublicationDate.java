package zeitgeist.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A publication date with its precision and origin. {@code date} is normalised: the first of the
 * month for {@link DatePrecision#MONTH}, 1 January for {@link DatePrecision#YEAR}.
 */
public record PublicationDate(LocalDate date, DatePrecision precision, DateOrigin origin) {
  public PublicationDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(origin, "origin");
    date =
        switch (precision) {
          case DAY -> date;
          case MONTH -> date.withDayOfMonth(1);
          case YEAR -> date.withDayOfYear(1);
        };
  }

  public static PublicationDate day(LocalDate date, DateOrigin origin) {
    return new PublicationDate(date, DatePrecision.DAY, origin);
  }

  public static PublicationDate month(int year, int month, DateOrigin origin) {
    return new PublicationDate(LocalDate.of(year, month, 1), DatePrecision.MONTH, origin);
  }
}
