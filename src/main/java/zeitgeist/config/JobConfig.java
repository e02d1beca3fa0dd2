package zeitgeist.config;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The one validated, immutable configuration of {@code zeitgeist run}, built once at the entry
 * point. {@link #validate} checks everything that can be checked before Spark starts and throws a
 * {@link ConfigException} naming the bad value.
 *
 * @param inputs input paths (files or directories; local, {@code hdfs://}, ...), at least one
 * @param warehouse the warehouse directory; created if missing, must be writable
 * @param ingest what executors need to read inputs
 * @param analysis what shapes each article's statistics (stopwords, entity engine, gazetteers)
 * @param rerun what a rerun does with what is stored
 * @param verbose Spark's INFO log instead of warnings only
 * @param arguments the command line as given, recorded in {@code runs}
 * @param report progress lines and the summary's form ({@link ReportOptions})
 */
public record JobConfig(
    List<String> inputs,
    String warehouse,
    IngestOptions ingest,
    AnalysisOptions analysis,
    Rerun rerun,
    boolean verbose,
    String arguments,
    ReportOptions report) {

  /** Version of the analysis rules; raise it when a change alters the statistics. */
  public static final int ANALYSIS_VERSION = 3;

  /**
   * Rerun modes. {@code full}: every article read is re-ingested and re-analysed, even when stored
   * unchanged. {@code rebuild}: every stored article is re-analysed from its stored text (after a
   * configuration change). {@code allowMixed}: accept a configuration change without rebuilding;
   * stored rows keep the old configuration.
   */
  public record Rerun(boolean full, boolean rebuild, boolean allowMixed) {
    public static final Rerun INCREMENTAL = new Rerun(false, false, false);
  }

  public boolean full() {
    return rerun.full();
  }

  public boolean rebuild() {
    return rerun.rebuild();
  }

  /**
   * The settings that shape the statistics, as stored in {@code runs.config}: a change between runs
   * would mix rows made two ways.
   */
  public String fingerprint() {
    String analysed = analysis.fingerprint(ANALYSIS_VERSION);
    return analysed.substring(0, analysed.length() - 1)
        + ",\"id_scope\":\""
        + ingest.idScope().label()
        + "\"}";
  }

  /** Default for {@code --max-article-bytes}: 5 MiB, far above any news article. */
  public static final long DEFAULT_MAX_ARTICLE_BYTES = 5L << 20;

  public JobConfig {
    inputs = List.copyOf(inputs);
  }

  /** The same configuration reporting as {@code options} say. */
  public JobConfig withReport(ReportOptions options) {
    return new JobConfig(inputs, warehouse, ingest, analysis, rerun, verbose, arguments, options);
  }

  /**
   * Builds a configuration from command-line values.
   *
   * @param fields {@code KEY=COLUMN} strings from {@code --field}
   */
  public static JobConfig of(
      List<String> inputs,
      String warehouse,
      String format,
      List<String> fields,
      long maxArticleBytes,
      AnalysisOptions analysis,
      Rerun rerun,
      boolean verbose,
      String arguments) {
    return of(
        inputs,
        warehouse,
        format,
        fields,
        maxArticleBytes,
        IdScope.GLOBAL.label(),
        analysis,
        rerun,
        verbose,
        arguments);
  }

  /**
   * Builds a configuration from command-line values.
   *
   * @param fields {@code KEY=COLUMN} strings from {@code --field}
   * @param idScope an {@code --id-scope} value
   */
  public static JobConfig of(
      List<String> inputs,
      String warehouse,
      String format,
      List<String> fields,
      long maxArticleBytes,
      String idScope,
      AnalysisOptions analysis,
      Rerun rerun,
      boolean verbose,
      String arguments) {
    if (inputs == null || inputs.isEmpty()) {
      throw new ConfigException("no input given (--input PATH, repeatable)");
    }
    if (warehouse == null || warehouse.isBlank()) {
      throw new ConfigException("no warehouse given (--warehouse DIR)");
    }
    if (maxArticleBytes < 1 || maxArticleBytes > (1L << 30)) {
      throw new ConfigException(
          "--max-article-bytes must be between 1 and 1073741824, got " + maxArticleBytes);
    }
    Map<Field, String> map = new EnumMap<>(Field.class);
    for (String f : fields == null ? List.<String>of() : fields) {
      int eq = f.indexOf('=');
      if (eq <= 0 || eq == f.length() - 1) {
        throw new ConfigException("--field expects KEY=COLUMN (e.g. text=body), got '" + f + "'");
      }
      map.put(Field.parseKey(f.substring(0, eq)), f.substring(eq + 1).trim());
    }
    InputFormat fmt = InputFormat.parse(format == null ? "auto" : format);
    if (rerun.rebuild() && rerun.allowMixed()) {
      throw new ConfigException("--rebuild and --allow-mixed exclude each other");
    }
    IdScope scope = IdScope.parse(idScope == null ? "global" : idScope);
    return new JobConfig(
        inputs,
        warehouse,
        new IngestOptions(fmt, map, maxArticleBytes, scope),
        analysis,
        rerun,
        verbose,
        arguments,
        ReportOptions.DEFAULT);
  }

  /**
   * Checks that every input exists, the warehouse can be written and the summary file's folder
   * exists, without Spark.
   */
  public JobConfig validate(Configuration hadoop) {
    for (String input : inputs) {
      try {
        Path p = new Path(input);
        if (!p.getFileSystem(hadoop).exists(p)) {
          throw new ConfigException("input path does not exist: " + input);
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigException("cannot read input path " + input + ": " + e.getMessage());
      }
    }
    checkWritable(warehouse, hadoop);
    report.checkSummaryFile();
    return this;
  }

  /** Creates {@code dir} if needed and proves it writable with a probe file. */
  public static void checkWritable(String dir, Configuration hadoop) {
    try {
      Path p = new Path(dir);
      FileSystem fs = p.getFileSystem(hadoop);
      if (fs.exists(p) && !fs.getFileStatus(p).isDirectory()) {
        throw new ConfigException("warehouse is not a directory: " + dir);
      }
      fs.mkdirs(p);
      Path probe = new Path(p, ".write-probe-" + ProcessHandle.current().pid());
      fs.create(probe, true).close();
      fs.delete(probe, false);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("warehouse is not writable: " + dir + " (" + e.getMessage() + ")");
    }
  }
}
