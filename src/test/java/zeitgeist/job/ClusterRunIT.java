package zeitgeist.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.tables.ArticleEntityRow;
import zeitgeist.tables.ArticleRow;
import zeitgeist.tables.TableSpec;
import zeitgeist.tables.TermsByDateRow;
import zeitgeist.tables.Warehouse;

/**
 * zeitgeist on a real Spark cluster: a standalone master and worker on 127.0.0.1 (child JVMs from
 * the Maven jars, {@link StandaloneCluster}), and {@code jobs/zeitgeist run} on the sample corpus
 * submitted to it in client mode through the launcher's embedded mode, with the default engine
 * (CoreNLP). The same command runs with a local master in this JVM into another warehouse.
 *
 * <p>Checks: the run succeeds; its tasks ran in an executor JVM, a child process of the worker (not
 * the driver), by the driver's event log and process ids; the executor fetched the application jar
 * and the CoreNLP model jar; the run used reliable checkpoints (the cluster run sets {@code
 * spark.checkpoint.dir}) and deleted them; and every warehouse table holds the same rows as the
 * local run's, except the run ids, the run times and the warehouse path, and every table the
 * executors wrote is a Delta table the driver reads through its log. Everything started is stopped
 * by process id, also when a check fails.
 *
 * <p>An integration test (failsafe, {@code mvn verify}): it needs the packaged application jar and
 * {@code target/spark-jars}. Logs stay in {@code target/cluster-run/}; their last lines are printed
 * when something fails.
 */
class ClusterRunIT {
  private static final Path PROJECT = TestSpark.projectDir().toAbsolutePath().normalize();
  private static final Path LOGS = PROJECT.resolve("target/cluster-run");
  private static final Duration CLUSTER_START = Duration.ofSeconds(90);
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);

  /** More executors than this for the one application means they keep dying: stop waiting. */
  private static final int EXECUTOR_ATTEMPTS = 4;

  @TempDir static Path tmp;
  static StandaloneCluster cluster;
  static Process launcher;
  static String clusterWh;
  static String localWh;
  static RunFixtures.Result localRun;
  static String clusterOutput;
  static int clusterExit;
  static Path checkpoints;

  /** Stops everything if this JVM is stopped (Ctrl-C) before {@link #stopEverything} runs. */
  static final Thread STOP_ON_EXIT = new Thread(ClusterRunIT::stopProcesses, "cluster-run-it-stop");

  @RegisterExtension
  static final TestWatcher LOGS_ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          printDiagnostics();
        }
      };

  @BeforeAll
  static void runOnTheClusterAndLocally() throws Exception {
    clusterWh = tmp.resolve("cluster-wh").toString();
    localWh = tmp.resolve("local-wh").toString();
    checkpoints = tmp.resolve("checkpoints");
    long t0 = System.nanoTime();
    Runtime.getRuntime().addShutdownHook(STOP_ON_EXIT);
    try {
      cluster =
          StandaloneCluster.start(
              LOGS, PROJECT.resolve("target/spark-jars"), 2, "2g", CLUSTER_START);
      log("cluster up in %.1f s at %s", seconds(t0), cluster.masterUrl());
      long t1 = System.nanoTime();
      launcher = startClusterRun();
      // The local run of the same command, in this JVM, while the cluster run goes on.
      CompletableFuture<RunFixtures.Result> local =
          CompletableFuture.supplyAsync(
              () -> {
                RunFixtures.Result r =
                    RunFixtures.cli(
                        "run",
                        "--input",
                        SampleWarehouse.SAMPLE.toString(),
                        "--warehouse",
                        localWh);
                log("local run done after %.1f s", seconds(t1));
                return r;
              });
      clusterExit = awaitClusterRun();
      clusterOutput = Files.readString(LOGS.resolve("launcher.log"));
      log("cluster run done after %.1f s: %s", seconds(t1), summaryLine(clusterOutput));
      localRun = local.get(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (Throwable e) {
      printDiagnostics();
      throw e;
    }
  }

  @AfterAll
  static void stopEverything() {
    Runtime.getRuntime().removeShutdownHook(STOP_ON_EXIT);
    stopProcesses();
    if (cluster != null) {
      deleteFetchedJars(cluster.workDir()); // 225 MB; the logs stay
    }
  }

  /** The driver (the launcher's JVM) and its children, then the cluster: by process id. */
  private static void stopProcesses() {
    if (launcher != null) {
      List<ProcessHandle> run = new ArrayList<>(launcher.descendants().toList());
      run.add(0, launcher.toHandle());
      StandaloneCluster.stop(run);
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  private static void deleteFetchedJars(Path workDir) {
    try (Stream<Path> files = Files.walk(workDir)) {
      for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
        Files.deleteIfExists(jar);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      log("could not delete the executors' jars under %s: %s", workDir, e);
    }
  }

  /** {@code jobs/zeitgeist run} with the cluster's master, from the embedded mode. */
  private static Process startClusterRun() throws IOException {
    Path events = Files.createDirectories(LOGS.resolve("events"));
    List<String> cmd =
        List.of(
            PROJECT.resolve("jobs/zeitgeist").toString(),
            "run",
            "--master",
            cluster.masterUrl(),
            "--conf",
            "spark.driver.host=127.0.0.1",
            "--driver-memory",
            "1g",
            "--executor-memory",
            "1536m",
            "--conf",
            "spark.ui.enabled=false",
            "--conf",
            "spark.eventLog.enabled=true",
            "--conf",
            "spark.eventLog.dir=" + events,
            "--conf",
            "spark.eventLog.compress=false",
            "--conf",
            "spark.eventLog.rolling.enabled=false",
            "--conf",
            "spark.checkpoint.dir=" + checkpoints,
            "--input",
            SampleWarehouse.SAMPLE.toString(),
            "--warehouse",
            clusterWh);
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(PROJECT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(LOGS.resolve("launcher.log").toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("SPARK_") || k.equals("JAVA_OPTS"));
    pb.environment().put("ZEITGEIST_EMBEDDED", "1"); // never a spark-submit from PATH
    pb.environment().put("ZEITGEIST_CDS", "0");
    log("%s", String.join(" ", cmd));
    return pb.start();
  }

  /**
   * Waits for the cluster run's exit code; fails after {@link #RUN_TIMEOUT}, or early when the
   * worker keeps starting executors that die (the driver would wait for resources forever).
   */
  private static int awaitClusterRun() throws Exception {
    long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
    while (!launcher.waitFor(1, TimeUnit.SECONDS)) {
      if (System.nanoTime() > deadline) {
        fail("the cluster run did not end within " + RUN_TIMEOUT);
      }
      if (executorAttempts() > EXECUTOR_ATTEMPTS) {
        fail("the worker started " + executorAttempts() + " executors: they keep failing");
      }
    }
    return launcher.exitValue();
  }

  private static long executorAttempts() throws IOException {
    if (!Files.isDirectory(cluster.workDir())) return 0;
    try (Stream<Path> apps = Files.list(cluster.workDir())) {
      long n = 0;
      for (Path app : apps.toList()) {
        try (Stream<Path> executors = Files.list(app)) {
          n = Math.max(n, executors.count());
        }
      }
      return n;
    }
  }

  @Test
  void bothRunsSucceed() {
    assertEquals(0, localRun.exitCode(), localRun.err());
    assertEquals(0, clusterExit, clusterOutput);
    assertTrue(clusterOutput.contains("read 35, new 30, unchanged 0, rejected 5"), clusterOutput);
  }

  /**
   * The driver's event log: one executor or more, none of them the driver, and every task ended in
   * one of them. Each executor's JVM (its process id from its own log in the worker's folder) was a
   * child process of the worker, and is not the driver's JVM.
   */
  @Test
  void tasksRanInExecutorJvmsOfTheWorker() throws IOException {
    EventLog events = EventLog.read(LOGS.resolve("events"));
    assertFalse(events.executors.isEmpty(), "no executor joined the application");
    assertFalse(events.executors.containsKey("driver"), events.executors.toString());
    events.executors.values().forEach(host -> assertEquals("127.0.0.1", host));
    assertTrue(events.taskEnds > 0, "no task ended");
    assertEquals(
        Set.of(),
        difference(events.tasksByExecutor.keySet(), events.executors.keySet()),
        "tasks ran outside the executors: " + events.tasksByExecutor);
    assertFalse(events.tasksByExecutor.containsKey("driver"), events.tasksByExecutor.toString());

    Map<Long, String> workerChildren = cluster.executorJvms();
    for (String executor : events.tasksByExecutor.keySet()) {
      Path stderr = cluster.workDir().resolve(events.appId).resolve(executor).resolve("stderr");
      long pid = executorPid(stderr);
      assertNotEquals(launcher.pid(), pid, "the executor is the driver's JVM");
      assertNotEquals(ProcessHandle.current().pid(), pid);
      assertTrue(
          workerChildren.containsKey(pid),
          "executor "
              + executor
              + " (pid "
              + pid
              + ") was not seen as a child of the worker: "
              + workerChildren);
      assertTrue(
          workerChildren.get(pid).contains("--app-id " + events.appId), workerChildren.get(pid));
    }
  }

  /** The launcher shipped the application jar and the CoreNLP models; the executor fetched both. */
  @Test
  void executorsGotTheApplicationAndModelJars() throws IOException {
    EventLog events = EventLog.read(LOGS.resolve("events"));
    String jars = events.sparkProperties.getOrDefault("spark.jars", "");
    assertTrue(jars.contains("zeitgeist-") && jars.contains("-models-german.jar"), jars);
    for (String executor : events.executors.keySet()) {
      Path work = cluster.workDir().resolve(events.appId).resolve(executor);
      try (Stream<Path> files = Files.list(work)) {
        Set<String> names = new TreeSet<>(files.map(p -> p.getFileName().toString()).toList());
        assertTrue(names.stream().anyMatch(n -> n.matches("zeitgeist-.*\\.jar")), names.toString());
        assertTrue(
            names.stream().anyMatch(n -> n.matches("stanford-corenlp-.*-models-german\\.jar")),
            names.toString());
      }
    }
  }

  /**
   * With spark.checkpoint.dir on a cluster the checkpoints are files, deleted when the run ends.
   */
  @Test
  void checkpointsWereReliableAndDeleted() throws IOException {
    EventLog events = EventLog.read(LOGS.resolve("events"));
    assertTrue(
        events.stageNames.stream().anyMatch(n -> n.startsWith("checkpoint at")),
        events.stageNames.toString());
    assertFalse(
        events.stageNames.stream().anyMatch(n -> n.startsWith("localCheckpoint at")),
        events.stageNames.toString());
    try (Stream<Path> left = Files.walk(checkpoints)) {
      List<Path> files = left.filter(Files::isRegularFile).toList();
      assertEquals(List.of(), files, "checkpoint files left after the run");
    }
  }

  /**
   * Every table holds the same rows (as multisets) after the cluster run as after the local run, as
   * {@link RunFixtures#tableDifferences} compares them.
   */
  @Test
  void everyTableEqualsTheLocalRun() {
    Warehouse local = new Warehouse(TestSpark.session(), localWh);
    Warehouse onCluster = new Warehouse(TestSpark.session(), clusterWh);
    assertTrue(local.read(ArticleRow.TABLE).count() >= 30, "the local run wrote no articles");
    assertTrue(local.read(ArticleEntityRow.TABLE).count() > 0, "the local run found no entities");
    assertTrue(local.read(TermsByDateRow.TABLE).count() > 0, "the local run counted no terms");
    for (TableSpec<?> t : Warehouse.TABLES) {
      // written by the executors, committed by the driver: a Delta table any reader can open
      String path = onCluster.tablePath(t).toString();
      assertTrue(DeltaTable.isDeltaTable(TestSpark.session(), path), path);
      assertTrue(DeltaTable.forPath(TestSpark.session(), path).history().count() > 0, path);
    }
    List<String> differing = RunFixtures.tableDifferences(localWh, clusterWh);
    assertEquals(List.of(), differing);
  }

  private static <T> Set<T> difference(Set<T> a, Set<T> b) {
    Set<T> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  /**
   * The process id an executor logs when it starts ("Started daemon with process name: PID@host").
   */
  private static long executorPid(Path stderr) throws IOException {
    Matcher m =
        Pattern.compile("Started daemon with process name: (\\d+)@")
            .matcher(Files.readString(stderr));
    assertTrue(m.find(), "no process id in " + stderr);
    return Long.parseLong(m.group(1));
  }

  /** What the checks need from the driver's event log (JSON, one event a line). */
  private static final class EventLog {
    String appId;
    final Map<String, String> executors = new TreeMap<>(); // id -> host
    final Map<String, Integer> tasksByExecutor = new TreeMap<>();
    final Map<String, String> sparkProperties = new HashMap<>();
    final List<String> stageNames = new ArrayList<>();
    int taskEnds;

    static EventLog read(Path dir) throws IOException {
      List<Path> logs;
      try (Stream<Path> files = Files.list(dir)) {
        logs =
            files
                .filter(
                    p ->
                        !p.getFileName().toString().endsWith(".inprogress")
                            && !p.getFileName().toString().startsWith("."))
                .toList();
      }
      assertEquals(1, logs.size(), "one finished event log expected in " + dir + ": " + logs);
      EventLog log = new EventLog();
      ObjectMapper json = new ObjectMapper();
      for (String line : Files.readAllLines(logs.get(0))) {
        JsonNode e = json.readTree(line);
        switch (e.path("Event").asText()) {
          case "SparkListenerApplicationStart" -> log.appId = e.path("App ID").asText();
          case "SparkListenerExecutorAdded" ->
              log.executors.put(
                  e.path("Executor ID").asText(), e.path("Executor Info").path("Host").asText());
          case "SparkListenerTaskEnd" -> {
            log.taskEnds++;
            log.tasksByExecutor.merge(
                e.path("Task Info").path("Executor ID").asText(), 1, Integer::sum);
          }
          case "SparkListenerStageSubmitted" ->
              log.stageNames.add(e.path("Stage Info").path("Stage Name").asText());
          case "SparkListenerEnvironmentUpdate" ->
              e.path("Spark Properties")
                  .fields()
                  .forEachRemaining(
                      f -> log.sparkProperties.put(f.getKey(), f.getValue().asText()));
          default -> {}
        }
      }
      return log;
    }
  }

  private static void printDiagnostics() {
    StringBuilder out = new StringBuilder("==== ClusterRunIT diagnostics (logs in " + LOGS + ")\n");
    if (localRun != null) {
      out.append("---- local run: exit ")
          .append(localRun.exitCode())
          .append('\n')
          .append(localRun.err())
          .append('\n');
    }
    out.append("---- last 60 lines of ")
        .append(LOGS.resolve("launcher.log"))
        .append('\n')
        .append(StandaloneCluster.tail(LOGS.resolve("launcher.log"), 60))
        .append('\n');
    if (cluster != null) {
      out.append(cluster.logTails(40));
      out.append("---- executor JVMs seen: ").append(cluster.executorJvms().keySet()).append('\n');
    }
    System.err.println(out);
  }

  private static String summaryLine(String output) {
    return output.lines().filter(l -> l.startsWith("run ")).findFirst().orElse("(no summary)");
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, "ClusterRunIT: " + format + "%n", args);
  }
}
