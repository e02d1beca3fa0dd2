package zeitgeist.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on 127.0.0.1 for tests: one master and one worker, each a child JVM
 * started from the Maven-built Spark jars ({@code target/spark-jars}), no Spark distribution.
 *
 * <p>Rules: ports are chosen by the system (port 0) and read from the master's log; Spark's REST
 * submission server is off (it would take the fixed port 6066). The worker's {@code SPARK_HOME} is
 * a folder whose {@code jars} links to the Spark jars, with {@code SPARK_SCALA_VERSION=2.13}:
 * without both, executors fail with "Cannot find any build directories". Every {@code SPARK_*}
 * variable of the calling environment is dropped. The master's and the worker's logs and the
 * worker's folder (one sub-folder per application and executor, with the executor's stderr) stay
 * under {@code dir}.
 *
 * <p>While it runs, a watcher records the executor JVMs the worker starts (its descendant processes
 * running {@code CoarseGrainedExecutorBackend}), by process id. {@link #close} stops the worker,
 * the master and every one of those processes by process id, waiting for each.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final Pattern MASTER_URL =
      Pattern.compile("Starting Spark master at (spark://127\\.0\\.0\\.1:\\d+)");
  private static final Pattern MASTER_UI =
      Pattern.compile("Successfully started service 'MasterUI' on port (\\d+)");
  private static final String EXECUTOR_MAIN = "CoarseGrainedExecutorBackend";

  private final Path dir;
  private final List<Process> daemons = new ArrayList<>();
  private final Map<ProcessHandle, String> executors = new ConcurrentHashMap<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private volatile boolean closed;
  private String masterUrl;
  private int uiPort;
  private Process worker;

  private StandaloneCluster(Path dir) {
    this.dir = dir;
  }

  /**
   * Starts a master and one worker with {@code cores} and {@code memory} (e.g. {@code 1g}) and
   * waits until the worker has registered.
   *
   * @param dir a folder for logs and the worker's work folder; emptied first
   * @param sparkJars the Spark jars ({@code target/spark-jars})
   * @throws IllegalStateException when a step does not finish within {@code timeout}, with the
   *     logs' last lines; everything started so far is stopped
   */
  static StandaloneCluster start(
      Path dir, Path sparkJars, int cores, String memory, Duration timeout)
      throws IOException, InterruptedException {
    if (!Files.isDirectory(sparkJars)) {
      throw new IllegalStateException("no Spark jars in " + sparkJars + ": run mvn package first");
    }
    deleteRecursively(dir);
    Files.createDirectories(dir.resolve("spark-home"));
    Files.createSymbolicLink(dir.resolve("spark-home/jars"), sparkJars.toAbsolutePath());
    StandaloneCluster c = new StandaloneCluster(dir);
    try {
      c.startMaster(sparkJars, timeout);
      c.startWorker(sparkJars, cores, memory, timeout);
      c.watchExecutors();
      return c;
    } catch (IOException | InterruptedException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /** {@code spark://127.0.0.1:PORT}. */
  String masterUrl() {
    return masterUrl;
  }

  /** The worker's folder: {@code APP_ID/EXECUTOR_ID/stderr} for each executor it ran. */
  Path workDir() {
    return dir.resolve("work");
  }

  /** The executor JVMs the worker has started so far: process id → command line. */
  Map<Long, String> executorJvms() {
    Map<Long, String> out = new java.util.TreeMap<>();
    executors.forEach((h, commandLine) -> out.put(h.pid(), commandLine));
    return out;
  }

  /** The master's state, from its web UI ({@code /json/}). */
  JsonNode masterState() throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + uiPort + "/json/"))
            .timeout(Duration.ofSeconds(5))
            .build();
    String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    return new ObjectMapper().readTree(body);
  }

  /** The last lines of the master's and worker's logs and of the 3 latest executors' stderr. */
  String logTails(int lines) {
    StringBuilder out = new StringBuilder();
    List<Path> logs =
        new ArrayList<>(List.of(dir.resolve("master.log"), dir.resolve("worker.log")));
    try (Stream<Path> files = Files.walk(workDir())) {
      List<Path> stderr =
          files
              .filter(p -> p.getFileName().toString().equals("stderr"))
              .sorted(Comparator.comparing(p -> p.toFile().lastModified()))
              .toList();
      logs.addAll(stderr.subList(Math.max(0, stderr.size() - 3), stderr.size()));
    } catch (IOException | UncheckedIOException noWorkDir) {
      // nothing ran yet
    }
    for (Path log : logs) {
      out.append("---- last ")
          .append(lines)
          .append(" lines of ")
          .append(log)
          .append('\n')
          .append(tail(log, lines))
          .append('\n');
    }
    return out.toString();
  }

  static String tail(Path file, int lines) {
    try {
      List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(cannot read: " + e + ")";
    }
  }

  /**
   * Stops the worker, the master and the executor JVMs seen, by process id: each is asked to stop
   * (SIGTERM), then killed after 10 s. Idempotent.
   */
  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    List<ProcessHandle> all = new ArrayList<>();
    for (int i = daemons.size() - 1; i >= 0; i--) { // the worker first: it stops its executors
      all.add(daemons.get(i).toHandle());
      daemons.get(i).descendants().forEach(all::add); // before they are re-parented
    }
    all.addAll(executors.keySet());
    stop(all);
  }

  /** Asks each process to stop, waits, then kills the ones left; by process handle. */
  static void stop(List<ProcessHandle> processes) {
    for (ProcessHandle h : processes) {
      h.destroy();
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    for (ProcessHandle h : processes) {
      try {
        h.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (Exception stillRunning) {
        h.destroyForcibly();
      }
    }
  }

  private void startMaster(Path sparkJars, Duration timeout)
      throws IOException, InterruptedException {
    Path log = dir.resolve("master.log");
    daemons.add(
        daemon(
            sparkJars,
            log,
            List.of(
                "-Dspark.master.rest.enabled=false",
                "org.apache.spark.deploy.master.Master",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--webui-port",
                "0")));
    long deadline = System.nanoTime() + timeout.toNanos();
    while (masterUrl == null || uiPort == 0) {
      String text = Files.exists(log) ? Files.readString(log) : "";
      Matcher url = MASTER_URL.matcher(text);
      Matcher ui = MASTER_UI.matcher(text);
      if (url.find() && ui.find()) {
        masterUrl = url.group(1);
        uiPort = Integer.parseInt(ui.group(1));
      } else {
        waitOrFail(daemons.get(0), deadline, "the master did not start within " + timeout);
      }
    }
  }

  private void startWorker(Path sparkJars, int cores, String memory, Duration timeout)
      throws IOException, InterruptedException {
    Files.createDirectories(workDir());
    worker =
        daemon(
            sparkJars,
            dir.resolve("worker.log"),
            List.of(
                "org.apache.spark.deploy.worker.Worker",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--webui-port",
                "0",
                "--cores",
                String.valueOf(cores),
                "--memory",
                memory,
                "--work-dir",
                workDir().toString(),
                masterUrl));
    daemons.add(worker);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        if (masterState().path("aliveworkers").asInt() >= 1) return;
      } catch (IOException notYet) {
        // the UI answers a moment after its port is logged
      }
      waitOrFail(
          worker,
          deadline,
          "the worker did not register with the master " + masterUrl + " within " + timeout);
    }
  }

  /** Sleeps a little; fails when {@code process} has died or the deadline has passed. */
  private void waitOrFail(Process process, long deadline, String message)
      throws InterruptedException {
    if (!process.isAlive()) {
      throw new IllegalStateException(
          message + ": its JVM exited with code " + process.exitValue() + "\n" + logTails(40));
    }
    if (System.nanoTime() > deadline) {
      throw new IllegalStateException(message + "\n" + logTails(40));
    }
    Thread.sleep(250);
  }

  private Process daemon(Path sparkJars, Path log, List<String> mainAndArgs) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.addAll(sparkJvmFlags());
    cmd.addAll(List.of("-cp", sparkJars.toAbsolutePath() + "/*"));
    cmd.addAll(mainAndArgs);
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("SPARK_") || k.equals("JAVA_OPTS"));
    env.put("SPARK_HOME", dir.resolve("spark-home").toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }

  /** The module flags Spark needs on Java 17, as the test JVM got them (pom.xml's argLine). */
  static List<String> sparkJvmFlags() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(
            a ->
                a.startsWith("--add-opens")
                    || a.startsWith("-XX:+IgnoreUnrecognized")
                    || a.startsWith("-Dio.netty"))
        .toList();
  }

  /** Records the worker's executor JVMs every 200 ms, until closed. */
  private void watchExecutors() {
    Thread t =
        new Thread(
            () -> {
              while (!closed) {
                worker
                    .descendants()
                    .forEach(
                        h -> {
                          String commandLine = h.info().commandLine().orElse("");
                          if (commandLine.contains(EXECUTOR_MAIN))
                            executors.putIfAbsent(h, commandLine);
                        });
                try {
                  Thread.sleep(200);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "standalone-cluster-executor-watcher");
    t.setDaemon(true);
    t.start();
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
    try (Stream<Path> files = Files.walk(dir)) { // walk does not follow the jars link
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
