package zeitgeist.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zeitgeist.config.Field;
import zeitgeist.config.InputFormat;
import zeitgeist.ingest.InputFile;
import zeitgeist.ingest.LocalInputs;

/**
 * The peer zeitgeist is compared with: the word count a Spark user writes by hand over the same
 * JSON Lines corpus, with Spark's default settings (the master {@code local[*]} unless {@code
 * spark.master} is set; only the log is quietened).
 *
 * <pre>
 * read JSON (schema inferred) -> lower(text) -> split on non-letters -> explode
 *   -> group by article, day, word: count                -> Parquet article_words
 *   -> from that table, group by day, word: articles, count -> Parquet words_by_day
 * </pre>
 *
 * The article is the record's {@code id} field, else a hash of its text; the day is the first ten
 * characters of its date field cast to a date (null when that fails: no cleaning, no dates in the
 * text). Fields are found by the names zeitgeist knows ({@link Field}). Limits: JSON Lines files
 * only (others under an input directory are skipped and counted); a Windows-1252 line decodes with
 * replacement characters and a broken line is Spark's corrupt record with null fields.
 */
@Command(
    name = "WordCountPeer",
    mixinStandardHelpOptions = true,
    description = "A hand-written Spark word count over JSON Lines, for comparison.")
public final class WordCountPeer implements Callable<Integer> {
  @Option(
      names = {"-i", "--input"},
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description = "JSON Lines file or directory (local), repeatable.")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "Where the two Parquet tables go (replaced).")
  Path output;

  @Option(
      names = "--figures",
      paramLabel = "FILE",
      description = "Also write the figures as key=value lines to FILE (for jobs/bench).")
  Path figuresFile;

  public static void main(String[] args) {
    System.exit(new CommandLine(new WordCountPeer()).execute(args));
  }

  @Override
  public Integer call() {
    List<String> files = new ArrayList<>();
    int skipped = 0;
    for (Path input : inputs) {
      for (InputFile f : LocalInputs.list(input)) {
        if (InputFormat.JSONL.name().equals(f.getFormat())) {
          files.add(f.getUri());
        } else {
          skipped++;
        }
      }
    }
    if (files.isEmpty()) {
      System.err.println("WordCountPeer: no JSON Lines file under " + inputs);
      return 2;
    }
    long t0 = System.nanoTime();
    Configurator.setRootLevel(Level.WARN);
    SparkConf conf =
        new SparkConf()
            .setIfMissing("spark.master", "local[*]")
            .setIfMissing("spark.app.name", "word count peer")
            .setIfMissing("spark.ui.showConsoleProgress", "false");
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    long t1 = System.nanoTime();

    Dataset<Row> input = spark.read().json(files.toArray(String[]::new));
    List<String> columns = Arrays.asList(input.columns());
    Column text =
        column(columns, Field.TEXT)
            .orElseThrow(() -> new IllegalArgumentException("no text field in " + columns));
    Column id = column(columns, Field.ID).orElse(xxhash64(text).cast("string"));
    Column day =
        column(columns, Field.DATE)
            .map(d -> d.cast("string").substr(1, 10).try_cast("date"))
            .orElse(lit(null).cast("date"));

    Dataset<Row> words =
        input
            .where(text.isNotNull())
            .select(
                id.as("article_id"),
                day.as("day"),
                explode(split(lower(text), "[^\\p{L}]+")).as("word"))
            .where(col("word").notEqual(""));
    String perArticle = output.resolve("article_words").toString();
    words
        .groupBy("article_id", "day", "word")
        .agg(count(lit(1)).as("count"))
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(perArticle);
    spark
        .read()
        .parquet(perArticle)
        .where(col("day").isNotNull())
        .groupBy("day", "word")
        .agg(count(lit(1)).as("articles"), sum("count").as("count"))
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(output.resolve("words_by_day").toString());
    long t2 = System.nanoTime();
    spark.stop();

    double seconds = (t2 - t1) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "word count peer: %d JSON Lines files in %.1f s after %.1f s " + "of Spark start-up%s%n",
        files.size(),
        seconds,
        (t1 - t0) / 1e9,
        skipped == 0 ? "" : "; " + skipped + " other files skipped");
    if (figuresFile != null) {
      new Figures()
          .put("startup_seconds", SingleThreadBaseline.fmt((t1 - t0) / 1e9))
          .put("seconds", SingleThreadBaseline.fmt(seconds))
          .put("files", files.size())
          .put("skipped_files", skipped)
          .write(figuresFile);
    }
    return 0;
  }

  /** The first input column named like {@code field}, case-insensitively. */
  private static Optional<Column> column(List<String> columns, Field field) {
    for (String alias : field.aliases()) {
      for (String c : columns) {
        if (c.equalsIgnoreCase(alias)) return Optional.of(col("`" + c + "`"));
      }
    }
    return Optional.empty();
  }
}
