package zeitgeist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jobs/zeitgeist-cron}, the scheduling wrapper, with a stand-in for the launcher beside it
 * (a script that prints its arguments and exits with the code it is told): the command goes to the
 * launcher as given, one log per run with a first and a last line, {@code latest.log}, rotation,
 * silence on success and on exit 75 (with a line in {@code skipped.log}), the log's tail on a
 * failure, the exit code passed through, a SIGTERM passed on, and its own usage errors (64).
 */
class CronWrapperTest {
  private static final Path WRAPPER = TestSpark.projectDir().resolve("jobs/zeitgeist-cron");

  @TempDir Path tmp;
  Path jobs;
  Path logs;

  record Result(int exitCode, String out, String err) {}

  @BeforeEach
  void wrapperBesideAStandInLauncher() throws IOException {
    jobs = Files.createDirectories(tmp.resolve("jobs"));
    logs = tmp.resolve("logs");
    Files.copy(WRAPPER, jobs.resolve("zeitgeist-cron"));
    // exits with the code in $EXIT (default 0); "sleep" waits for a signal
    Path launcher = jobs.resolve("zeitgeist");
    Files.writeString(
        launcher,
        """
        #!/usr/bin/env bash
        echo "launcher got: $*"
        echo "a line on stderr" >&2
        if [ "${1:-}" = sleep ]; then
          trap 'echo "launcher: terminated"; exit 143' TERM
          echo started > "$STARTED"
          sleep 30 & wait $!
        fi
        exit "${EXIT:-0}"
        """);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void aSuccessfulRunIsSilentAndLogsItsCommandAndExitCode() throws Exception {
    Result r = wrapper(0, "--log-dir", logs.toString(), "run", "--config", "my run.conf");
    assertEquals(new Result(0, "", ""), r);
    List<Path> runLogs = logs("run-");
    assertEquals(1, runLogs.size());
    List<String> lines = Files.readAllLines(runLogs.get(0));
    assertTrue(
        lines
            .get(0)
            .matches(
                "zeitgeist-cron: \\S+Z start: cd .* && .*/jobs/zeitgeist run --config my\\\\ run.conf"),
        lines.get(0));
    assertTrue(lines.contains("launcher got: run --config my run.conf"), lines.toString());
    assertTrue(lines.contains("a line on stderr"), lines.toString());
    assertTrue(
        lines
            .get(lines.size() - 1)
            .matches("zeitgeist-cron: \\S+Z exit 0 after 0:00:0\\d \\(\\d+ s\\)"),
        lines.toString());
    assertEquals(runLogs.get(0).getFileName(), Files.readSymbolicLink(logs.resolve("latest.log")));
  }

  @Test
  void aFailurePrintsTheLogsTailAndPassesTheExitCodeThrough() throws Exception {
    Result r = wrapper(1, "--log-dir", logs.toString(), "maintain", "--warehouse", "w");
    assertEquals(1, r.exitCode());
    assertEquals("", r.out());
    assertTrue(
        r.err()
            .startsWith(
                "zeitgeist-cron: zeitgeist maintain failed with exit code 1; last 20 lines of "),
        r.err());
    assertTrue(r.err().contains("launcher got: maintain --warehouse w"), r.err());
    assertEquals(1, logs("maintain-").size());
  }

  @Test
  void aLockedWarehouseIsQuietAndNotedInSkippedLog() throws Exception {
    Result r = wrapper(75, "--log-dir", logs.toString(), "run");
    assertEquals(new Result(75, "", ""), r);
    List<String> skipped = Files.readAllLines(logs.resolve("skipped.log"));
    assertEquals(1, skipped.size());
    assertTrue(
        skipped.get(0).contains("skipped: the warehouse is locked by another run"), skipped.get(0));
  }

  @Test
  void keepsTheNewestLogsOfEachCommand() throws Exception {
    Files.createDirectories(logs);
    for (String old :
        List.of(
            "run-20200101T000000Z.log",
            "run-20200102T000000Z.log",
            "maintain-20200101T000000Z.log",
            "run-notes.log")) {
      Files.writeString(logs.resolve(old), "old\n");
    }
    assertEquals(0, wrapper(0, "--log-dir", logs.toString(), "--keep-logs", "2", "run").exitCode());
    List<String> names = new ArrayList<>();
    for (Path p : logs("")) names.add(p.getFileName().toString());
    // the oldest run log went; the maintain log and a file of another name stay
    assertEquals(5 - 1, names.size(), names.toString());
    assertTrue(
        names.contains("run-20200102T000000Z.log") && !names.contains("run-20200101T000000Z.log"),
        names.toString());
    assertTrue(
        names.contains("maintain-20200101T000000Z.log") && names.contains("run-notes.log"),
        names.toString());
  }

  @Test
  void verbosePrintsTheLog() throws Exception {
    Result r = wrapper(0, "--log-dir", logs.toString(), "--verbose", "status");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().contains("launcher got: status"), r.out());
    assertTrue(r.out().contains(" exit 0 after "), r.out());
  }

  @Test
  void aSigtermReachesTheJob() throws Exception {
    Path started = tmp.resolve("started");
    Process p = start(0, started, "--log-dir", logs.toString(), "sleep");
    for (int i = 0; i < 200 && !Files.exists(started); i++) Thread.sleep(50);
    assertTrue(Files.exists(started), "the stand-in launcher did not start");
    // SIGTERM, as systemd sends it (Process.destroy would also close the wrapper's stderr)
    assertEquals(0, new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor());
    assertTrue(p.waitFor(20, TimeUnit.SECONDS));
    assertEquals(143, p.exitValue());
    String log = Files.readString(logs("sleep-").get(0));
    assertTrue(log.contains("received signal 15, stopping the job"), log);
    assertTrue(log.contains("launcher: terminated"), log);
    assertTrue(log.contains(" exit 143 after "), log);
  }

  @Test
  void itsOwnUsageErrorsExit64() throws Exception {
    for (List<String> args :
        List.of(
            List.of("run"),
            List.of("--log-dir", logs.toString()),
            List.of("--log-dir", logs.toString(), "--keep-logs", "0", "run"),
            List.of("--log-dir", logs.toString(), "--input", "x", "run"))) {
      Result r = wrapper(0, args.toArray(String[]::new));
      assertEquals(64, r.exitCode(), args.toString());
      assertTrue(r.err().startsWith("zeitgeist-cron: usage error: "), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
    }
    assertEquals(0, wrapper(0, "--help").exitCode());
  }

  private Result wrapper(int launcherExit, String... args) throws Exception {
    Process p = start(launcherExit, tmp.resolve("unused"), args);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the wrapper did not end");
    return new Result(
        p.exitValue(),
        new String(p.getInputStream().readAllBytes()),
        new String(p.getErrorStream().readAllBytes()));
  }

  private Process start(int launcherExit, Path started, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(jobs.resolve("zeitgeist-cron").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
    pb.environment().put("EXIT", Integer.toString(launcherExit));
    pb.environment().put("STARTED", started.toString());
    return pb.start();
  }

  /** The files in the log folder whose names start with the prefix, sorted by name. */
  private List<Path> logs(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(logs)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(prefix))
          .filter(f -> !Files.isSymbolicLink(f))
          .sorted()
          .toList();
    }
  }
}
