package zeitgeist.tables;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The periods per-date tables are rolled up by, and how they are partitioned.
 *
 * <p>Rules: an article dated to the day counts in its {@code day}, {@code month} and {@code year}
 * rows; one dated to the month counts in its {@code month} and {@code year} rows, never in a day
 * row; one dated to the year counts only in its {@code year} row. {@code period} is the day, or
 * the first day of the month or year. Undated articles are left out of per-date tables (they are
 * in every corpus-wide view).
 *
 * <p>Partitioning: one column {@code bucket}, the grain and a date joined by {@code _}: the first
 * day of the period's month for day rows, the period itself for month and year rows. A new
 * article dated 2018-07-16 therefore touches exactly three partitions: {@code day_2018-07-01},
 * {@code month_2018-07-01} and {@code year_2018-01-01}.
 */
public final class DatePeriods {
  public static final String DAY = "day";
  public static final String MONTH = "month";
  public static final String YEAR = "year";

  private DatePeriods() {}

  static <T> TableSpec<T> partitioned(TableSpec<T> spec) {
    return spec.partitionedBy("bucket", DatePeriods::bucket);
  }

  /** The {@code bucket} partition value of a row with {@code grain} and {@code period}. */
  public static Column bucket(Dataset<Row> df) {
    Column start = when(col("grain").equalTo(lit(DAY)), trunc(col("period"), "MM"))
        .otherwise(col("period"));
    return concat(col("grain"), lit("_"), date_format(start, "yyyy-MM-dd"));
  }

  /**
   * One row per (row, grain) for the rows' dates: the input's columns plus {@code grain} and
   * {@code period}. Expects columns {@code published_date} and {@code date_precision}; rows without
   * a date give none. One pass over the input (a generator), so an input that is itself computed
   * (an aggregate) is computed once.
   */
  public static Dataset<Row> explode(Dataset<Row> rows) {
    Column date = col("published_date");
    Column precision = col("date_precision");
    Column periods = array(
        when(precision.equalTo(DAY), period(DAY, date)),
        when(precision.isin(DAY, MONTH), period(MONTH, trunc(date, "MM"))),
        when(precision.isin(DAY, MONTH, YEAR), period(YEAR, trunc(date, "YYYY"))));
    return rows.filter(date.isNotNull())
        .withColumn("grain_period", functions.explode(periods))
        .filter(col("grain_period").isNotNull())
        .withColumn("grain", col("grain_period.grain"))
        .withColumn("period", col("grain_period.period"))
        .drop("grain_period");
  }

  private static Column period(String grain, Column period) {
    return struct(lit(grain).as("grain"), period.as("period"));
  }
}
