package zeitgeist.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import zeitgeist.contexts.KwicLineFunction;
import zeitgeist.contexts.TermContextsFunction;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.Warehouse;

/**
 * A warehouse as Spark SQL sees it: every table as a temporary view under its own name, the derived
 * views of {@code zeitgeist/sql/views.sql} (the one place they are defined), and the SQL functions
 * that find contexts on read ({@code term_contexts}, {@code kwic_line}).
 *
 * <p>Registration is lazy: {@link #prepare} registers only what a statement names, with the tables
 * and views those views read, in dependency order. Resolving a Delta table reads its log (tens of
 * milliseconds each once warm, far more in a fresh JVM), so a one-row query over {@code articles}
 * in a fresh {@code zeitgeist sql} no longer pays for all 16 tables and 17 views. A statement that
 * lists the catalog (any {@code SHOW ...}) registers everything first.
 *
 * <p>Which names a statement uses is found by scanning its words for the (closed, known) table,
 * view and function names, not by parsing: a name that is only a column or a word in a string
 * ({@code articles} in {@code 'articles'}) registers a table that was not needed, which costs a
 * little time and changes no result. Parsing would have to follow Spark's and Delta's parsers
 * (CTEs, subqueries in expressions, identifiers in every command) for no gain in correctness.
 *
 * <p>The warehouse is read at one snapshot, the one it gives when the catalog is made ({@link
 * Warehouse#fixed}): every table of one catalog comes from the same finished run.
 */
public final class SqlCatalog {
  static final String VIEWS = "/zeitgeist/sql/views.sql";
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern VIEW_NAME =
      Pattern.compile("(?is)^\\s*CREATE\\s+OR\\s+REPLACE\\s+TEMPORARY\\s+VIEW\\s+(\\w+)");
  private static final Pattern LISTS_CATALOG = Pattern.compile("(?is)^\\s*SHOW\\b.*");
  private static final Set<String> FUNCTIONS =
      Set.of(TermContextsFunction.NAME, KwicLineFunction.NAME);

  private final Warehouse source;
  private final Warehouse warehouse;
  private final Map<String, TableSpec<?>> tables = new LinkedHashMap<>();

  /** View name -> its CREATE statement, in the file's order. */
  private final Map<String, String> views = new LinkedHashMap<>();

  /** Every table, view and function name -> the names its definition uses. */
  private final Map<String, Set<String>> uses = new LinkedHashMap<>();

  private final Set<String> registered = new HashSet<>();

  /** A lazy catalog over {@code warehouse} at the snapshot it gives now. */
  public SqlCatalog(Warehouse warehouse) {
    warehouse.checkReadable();
    this.source = warehouse;
    this.warehouse = warehouse.fixed();
    for (TableSpec<?> t : Warehouse.TABLES) {
      tables.put(t.name(), t);
      uses.put(t.name(), Set.of());
    }
    for (String f : FUNCTIONS) uses.put(f, Set.of());
    views.putAll(viewsByName());
    for (Map.Entry<String, String> v : views.entrySet()) {
      Set<String> names = namesIn(v.getValue());
      names.remove(v.getKey());
      uses.put(v.getKey(), names);
    }
  }

  /** Registers every table, view and function of {@code warehouse} (eagerly). */
  public static SqlCatalog register(Warehouse warehouse) {
    SqlCatalog catalog = new SqlCatalog(warehouse);
    catalog.registerAll();
    return catalog;
  }

  /**
   * The catalog at the warehouse's snapshot now: this one when no run finished since it was made
   * (or it reads a named run), else a new catalog at the last finished run that has registered
   * again what this one had (so a temporary view of the user's that reads a table sees the new run
   * too). Checking reads a few small log files and starts no Spark job.
   */
  public synchronized SqlCatalog current() {
    if (source == warehouse || source.snapshot().equals(warehouse.snapshot())) return this;
    SqlCatalog next = new SqlCatalog(source);
    for (String name : registered) next.ensure(name, new HashSet<>());
    return next;
  }

  /** The warehouse as this catalog reads it. */
  public Warehouse warehouse() {
    return warehouse;
  }

  /** Every table, view and function name, tables first, then views in definition order. */
  public List<String> names() {
    List<String> out = new ArrayList<>(tables.keySet());
    out.addAll(views.keySet());
    out.addAll(FUNCTIONS);
    return out;
  }

  /**
   * The words a shell completes: every table, view and function name, the tables' columns, and the
   * columns of the views registered so far (a view's columns are known once it is resolved).
   */
  public synchronized List<String> completionWords() {
    Set<String> out = new TreeSet<>(names());
    SparkSession spark = warehouse.spark();
    for (TableSpec<?> t : tables.values()) out.addAll(List.of(t.schema(spark).fieldNames()));
    for (String v : views.keySet()) {
      if (registered.contains(v)) out.addAll(List.of(spark.table(v).columns()));
    }
    return new ArrayList<>(out);
  }

  /** The table and view names. */
  List<String> relationNames() {
    List<String> out = new ArrayList<>(tables.keySet());
    out.addAll(views.keySet());
    return out;
  }

  /** The names of the views of {@code views.sql}, in order. */
  static List<String> viewNames() {
    return new ArrayList<>(viewsByName().keySet());
  }

  private static Map<String, String> viewsByName() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String statement : viewStatements()) {
      Matcher m = VIEW_NAME.matcher(statement);
      if (!m.find()) throw new IllegalStateException("not a view in " + VIEWS + ": " + statement);
      out.put(m.group(1).toLowerCase(Locale.ROOT), statement);
    }
    return out;
  }

  /**
   * Registers what {@code sql} uses and is not registered yet (see the class comment); a statement
   * that lists the catalog ({@code SHOW TABLES}, {@code SHOW VIEWS}) gets everything.
   */
  public synchronized void prepare(String sql) {
    if (LISTS_CATALOG.matcher(sql).matches()) {
      registerAll();
      return;
    }
    for (String name : namesIn(sql)) ensure(name, new HashSet<>());
  }

  /**
   * Registers everything and counts each table's rows once, for a long-lived server: the first
   * query of a table in a JVM builds Delta's snapshot of it and compiles Spark's code for the scan
   * (seconds on a fresh JVM), the later ones reuse both. Counting a Delta table reads its log and
   * the files' statistics, not its rows.
   */
  public synchronized void warmUp() {
    registerAll();
    for (String t : tables.keySet()) warehouse.spark().sql("SELECT count(*) FROM " + t).collect();
  }

  /** Registers every table, view and function not registered yet. */
  public synchronized void registerAll() {
    for (String name : uses.keySet()) ensure(name, new HashSet<>());
  }

  private void ensure(String name, Set<String> visiting) {
    if (registered.contains(name)) return;
    if (!visiting.add(name)) throw new IllegalStateException("views refer to each other: " + name);
    for (String used : uses.get(name)) ensure(used, visiting);
    SparkSession spark = warehouse.spark();
    if (tables.containsKey(name)) {
      warehouse.read(tables.get(name)).createOrReplaceTempView(name);
    } else if (views.containsKey(name)) {
      spark.sql(views.get(name));
    } else { // a function: both are registered together
      registerFunctions(
          spark, warehouse.lastConfig().map(Warehouse.RunConfig::keepsStopwords).orElse(false));
      registered.addAll(FUNCTIONS);
    }
    registered.add(name);
  }

  /** The table, view and function names that occur as words in {@code sql}, ignoring case. */
  private Set<String> namesIn(String sql) {
    Set<String> out = new TreeSet<>();
    Matcher m = WORD.matcher(sql);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (tables.containsKey(w) || views.containsKey(w) || FUNCTIONS.contains(w)) out.add(w);
    }
    return out;
  }

  /**
   * Registers the functions that find contexts on read ({@link TermContextsFunction}, {@link
   * KwicLineFunction}), counting terms as a warehouse built with or without {@code
   * --keep-stopwords} counted them.
   */
  public static void registerFunctions(SparkSession spark, boolean keepStopwords) {
    spark
        .udf()
        .register(
            TermContextsFunction.NAME,
            new TermContextsFunction(keepStopwords),
            DataTypes.createArrayType(TermContextsFunction.LINE, false));
    spark.udf().register(KwicLineFunction.NAME, new KwicLineFunction(), KwicLineFunction.LINE);
  }

  /**
   * The statements of {@code views.sql}, in order, each a {@code CREATE OR REPLACE TEMPORARY VIEW
   * name AS ...} without its closing {@code ;} or its comment lines (split by {@link SqlScript}).
   */
  public static List<String> viewStatements() {
    String sql;
    try (InputStream in = SqlCatalog.class.getResourceAsStream(VIEWS)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("resource " + VIEWS + " is missing"));
      }
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + VIEWS, e);
    }
    return SqlScript.split(sql).stream().map(SqlScript.Statement::sql).toList();
  }
}
