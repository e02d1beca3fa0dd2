package zeitgeist.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zeitgeist.ingest.InputFile;
import zeitgeist.ingest.LocalInputs;

/**
 * The report of {@code jobs/bench}: reads what the benchmark's steps left in its work directory and
 * prints one readable page. Per step {@code S} ({@code run}, {@code baseline}, {@code peer}):
 * {@code S.out} and {@code S.err} (its output), {@code S.time} (GNU time's {@code -v} report),
 * {@code S.gc} (the JVM's GC log), {@code S.figures} (figures the step wrote itself); plus the
 * run's {@code warehouse/} and {@code load.txt} (a copy of {@code /proc/loadavg} as the run
 * started). A step without files is left out of the report.
 *
 * <p>Figures: articles = records read minus rejects (the run's own count); MB = bytes of the input
 * files as stored. A stage's articles/s and MB/s are the whole corpus over that stage's seconds.
 */
@Command(
    name = "BenchReport",
    mixinStandardHelpOptions = true,
    description = "Print the benchmark report from a jobs/bench work directory.")
public final class BenchReport implements Callable<Integer> {
  @Option(names = "--workdir", required = true, paramLabel = "DIR")
  Path workdir;

  @Option(
      names = "--input",
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description = "The corpus the run read (its size is measured here).")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--corpus-note",
      defaultValue = "",
      paramLabel = "TEXT",
      description = "Where the corpus came from.")
  String corpusNote = "";

  @Option(
      names = "--settings",
      defaultValue = "",
      paramLabel = "TEXT",
      description = "The run's options, shown in the heading.")
  String settings = "";

  /** The 1-minute load average as the run started, or empty. */
  String loadAverage = "";

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchReport()).execute(args));
  }

  @Override
  public Integer call() {
    long bytes = 0;
    int files = 0;
    for (Path input : inputs) {
      for (InputFile f : LocalInputs.list(input)) {
        files++;
        bytes += f.getLength();
      }
    }
    RunLog log = RunLog.parse(lines("run.err"), lines("run.out"));
    List<String> load = lines("load.txt");
    loadAverage = load.isEmpty() ? "" : load.get(0).split(" ")[0];
    System.out.print(
        format(
            files,
            bytes,
            log,
            stats("run"),
            WarehouseLayout.of(workdir.resolve("warehouse")),
            Figures.read(workdir.resolve("baseline.figures")),
            stats("baseline"),
            Figures.read(workdir.resolve("peer.figures")),
            stats("peer")));
    return log.summary().isPresent() ? 0 : 1;
  }

  String format(
      int files,
      long bytes,
      RunLog log,
      ProcessStats run,
      WarehouseLayout warehouse,
      Figures baseline,
      ProcessStats baselineStats,
      Figures peer,
      ProcessStats peerStats) {
    StringBuilder out = new StringBuilder();
    double mb = bytes / 1e6;
    out.append(
        String.format(
            Locale.ROOT,
            "zeitgeist benchmark%s, %s; %d cores%s%n",
            settings.isBlank() ? "" : " (" + settings + ")",
            java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
            Runtime.getRuntime().availableProcessors(),
            loadAverage.isEmpty()
                ? ""
                : ", load average " + loadAverage + " when the run started"));
    out.append(
        String.format(
            Locale.ROOT,
            mb < 1 ? "corpus: %s, %.3f MB, %d file%s%s%n" : "corpus: %s, %.1f MB, %d file%s%s%n",
            log.summary()
                .map(s -> s.read() + " records, " + s.articles() + " articles")
                .orElse("?"),
            mb,
            files,
            files == 1 ? "" : "s",
            corpusNote.isBlank() ? "" : " (" + corpusNote + ")"));
    if (log.summary().isEmpty()) {
      out.append("the run printed no summary line: it failed; see run.err\n");
      return out.toString();
    }
    RunLog.Summary s = log.summary().get();
    long articles = s.articles();
    out.append(
        String.format(
            Locale.ROOT,
            "run: read %d, rejected %d, written %d (%d duplicates);"
                + " its summary line says %.1f s in run%n%n",
            s.read(),
            s.rejected(),
            s.written(),
            s.duplicates(),
            s.seconds()));
    int width =
        Math.max(38, log.stages().stream().mapToInt(st -> st.name().length()).max().orElse(0));
    String head = "%-" + width + "s %8s %11s %8s %5s%n";
    out.append(String.format(Locale.ROOT, head, "stage", "s", "articles/s", "MB/s", "jobs"));
    for (RunLog.Stage st : log.stages()) {
      out.append(row(width, st.name(), st.seconds(), articles, mb, st.jobs()));
    }
    if (log.stages().isEmpty()) {
      out.append("(no stage lines: was --conf spark.zeitgeist.stages=true given?)\n");
    } else {
      out.append(row(width, "all stages", log.stageSeconds(), articles, mb, log.jobs()));
    }
    OptionalDouble wall = run.wallSeconds();
    if (wall.isPresent()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-" + width + "s %8.2f%n",
              "start-up, checks, exit (wall - stages)",
              wall.getAsDouble() - log.stageSeconds()));
      out.append(row(width, "total wall", wall.getAsDouble(), articles, mb, -1));
    }
    out.append('\n').append(memory("run", run)).append('\n');
    out.append(files(warehouse));

    if (!baseline.isEmpty()) {
      double aps = baseline.number("articles_per_second");
      out.append(
          String.format(
              Locale.ROOT,
              "%nsingle-thread baseline (no Spark): %.0f articles"
                  + " in %.1f s after %.1f s of model loading = %.1f articles/s%s%n",
              baseline.number("articles"),
              baseline.number("seconds"),
              baseline.number("load_seconds"),
              aps,
              "true".equals(baseline.get("complete")) ? "" : " (first articles only)"));
      out.append("  ").append(memory("baseline", baselineStats)).append('\n');
      if (wall.isPresent()) {
        out.append(
            String.format(
                Locale.ROOT,
                "  ratio Spark/baseline = %.2f end to end (wall);" + " %.2f over the stages%n",
                articles / wall.getAsDouble() / aps,
                articles / log.stageSeconds() / aps));
      }
    }
    if (!peer.isEmpty()) {
      OptionalDouble peerWall = peerStats.wallSeconds();
      out.append(
          String.format(
              Locale.ROOT,
              "%npeer (hand-written Spark SQL word count): %s wall,"
                  + " %.1f s after Spark start-up, %d file%s read%s%n",
              peerWall.isPresent()
                  ? String.format(Locale.ROOT, "%.1f s", peerWall.getAsDouble())
                  : "?",
              peer.number("seconds"),
              (long) peer.number("files"),
              peer.number("files") == 1 ? "" : "s",
              "0".equals(peer.get("skipped_files"))
                  ? ""
                  : ", " + peer.get("skipped_files") + " non-JSONL files skipped"));
      out.append("  ").append(memory("peer", peerStats)).append('\n');
      if (wall.isPresent() && peerWall.isPresent()) {
        out.append(
            String.format(
                Locale.ROOT,
                "  zeitgeist wall / peer wall = %.2f%n",
                wall.getAsDouble() / peerWall.getAsDouble()));
      }
    }
    return out.toString();
  }

  private static String row(
      int width, String name, double seconds, long articles, double mb, int jobs) {
    double t = Math.max(seconds, 0.001);
    return String.format(
        Locale.ROOT,
        "%-" + width + "s %8.2f %11.1f %8.2f %5s%n",
        name,
        seconds,
        articles / t,
        mb / t,
        jobs < 0 ? "" : String.valueOf(jobs));
  }

  static String memory(String label, ProcessStats p) {
    StringBuilder b =
        new StringBuilder(label)
            .append(": peak RSS ")
            .append(p.peakRssBytes().isPresent() ? size(p.peakRssBytes().getAsLong()) : "?");
    if (p.heapPeakBytes().isPresent()) {
      b.append(", heap peak ")
          .append(size(p.heapPeakBytes().getAsLong()))
          .append(" of ")
          .append(size(p.heapSizeBytes().getAsLong()))
          .append(
              String.format(
                  Locale.ROOT, " (%d GC pauses, %.1f s)", p.gcPauses(), p.gcPauseSeconds()));
    }
    if (p.cpuSeconds().isPresent() && p.wallSeconds().isPresent()) {
      b.append(
          String.format(
              Locale.ROOT,
              ", CPU %.1f s = %.2f cores busy on average",
              p.cpuSeconds().getAsDouble(),
              p.cpuSeconds().getAsDouble() / p.wallSeconds().getAsDouble()));
    }
    return b.toString();
  }

  static String files(WarehouseLayout w) {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "files written: %d Parquet files%n  %-28s %6s %11s %14s %9s%n",
                w.files(),
                "table",
                "files",
                "partitions",
                "max/partition",
                "MB"));
    for (WarehouseLayout.Table t : w.tables()) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %-28s %6d %11s %14d %9.2f%n",
              t.name(),
              t.files(),
              t.partitions() == 0 ? "-" : String.valueOf(t.partitions()),
              t.maxFilesPerPartition(),
              t.bytes() / 1e6));
    }
    return b.toString();
  }

  static String size(long bytes) {
    return bytes >= 1L << 30
        ? String.format(Locale.ROOT, "%.2f GB", bytes / (double) (1L << 30))
        : String.format(Locale.ROOT, "%d MB", bytes >> 20);
  }

  private ProcessStats stats(String step) {
    return ProcessStats.parse(lines(step + ".time"), lines(step + ".gc"));
  }

  private List<String> lines(String name) {
    Path p = workdir.resolve(name);
    if (!Files.exists(p)) return List.of();
    try {
      return Files.readAllLines(p, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + p, e);
    }
  }
}
