package zeitgeist.tables;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The one-writer lock of a warehouse: the file {@code _lock}, created atomically (create without
 * overwrite), holding the owner's run id, process id, host and start time. Taken before Spark
 * starts, released when the run ends.
 *
 * <p>A lock is stale, and taken over, when its owner runs on this host and its process is gone, or
 * when it runs elsewhere and the lock file's modification time is older than {@link #STALE_AFTER}
 * (the owner touches it every {@link #HEARTBEAT}). A run stopped by SIGTERM releases it in a
 * shutdown hook; one killed by SIGKILL leaves it for the next run to take over. Limit: on a file
 * system without atomic create-if-absent (some object stores), two runs starting at the same
 * instant may both win.
 */
public final class WarehouseLock implements AutoCloseable {
  public static final String NAME = "_lock";
  static final Duration HEARTBEAT = Duration.ofSeconds(30);
  static final Duration STALE_AFTER = Duration.ofMinutes(10);

  /** Another live run holds the lock. */
  public static final class BusyException extends RuntimeException {
    BusyException(String message) {
      super(message);
    }
  }

  private final FileSystem fs;
  private final Path path;
  private final ScheduledExecutorService heartbeat;
  private final Thread releaseOnExit;

  private WarehouseLock(FileSystem fs, Path path) {
    this.fs = fs;
    this.path = path;
    // SIGTERM or Ctrl-C: release the lock; what the run staged is cleaned up by the next run.
    this.releaseOnExit = new Thread(this::delete, "zeitgeist-lock-release");
    Runtime.getRuntime().addShutdownHook(releaseOnExit);
    this.heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "zeitgeist-lock-heartbeat");
              t.setDaemon(true);
              return t;
            });
    heartbeat.scheduleAtFixedRate(
        this::touch, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
  }

  /** Takes the lock of {@code warehouse} for {@code runId}, or throws {@link BusyException}. */
  public static WarehouseLock acquire(String warehouse, Configuration conf, String runId) {
    try {
      Path dir = new Path(warehouse);
      FileSystem fs = dir.getFileSystem(conf);
      fs.mkdirs(dir);
      Path path = new Path(dir, NAME);
      for (int attempt = 0; attempt < 2; attempt++) {
        try {
          create(fs, path, runId);
          return new WarehouseLock(fs, path);
        } catch (FileAlreadyExistsException e) {
          Properties owner = read(fs, path);
          if (owner == null) continue; // released meanwhile
          if (!stale(fs, path, owner)) {
            throw new BusyException(
                "warehouse "
                    + warehouse
                    + " is in use by run "
                    + owner.getProperty("run_id")
                    + " (pid "
                    + owner.getProperty("pid")
                    + " on "
                    + owner.getProperty("host")
                    + " since "
                    + owner.getProperty("started")
                    + "); try again when it has finished");
          }
          System.err.println(
              "zeitgeist: taking over the lock of run "
                  + owner.getProperty("run_id")
                  + " (pid "
                  + owner.getProperty("pid")
                  + " on "
                  + owner.getProperty("host")
                  + "), which is no longer running");
          fs.delete(path, false);
        }
      }
      throw new BusyException("warehouse " + warehouse + " is being locked by another run");
    } catch (IOException e) {
      throw new UncheckedIOException("locking warehouse " + warehouse, e);
    }
  }

  /**
   * Creates the lock file if absent, atomically: with {@code O_EXCL} on a local disk (Hadoop's
   * local file system checks and creates in two steps), with create-without-overwrite elsewhere.
   */
  private static void create(FileSystem fs, Path path, String runId) throws IOException {
    Properties p = new Properties();
    p.setProperty("run_id", runId);
    p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
    p.setProperty("host", host());
    p.setProperty("started", Instant.now().toString());
    java.io.OutputStream out;
    if ("file".equals(fs.getUri().getScheme())) {
      try {
        out =
            java.nio.file.Files.newOutputStream(
                java.nio.file.Path.of(fs.makeQualified(path).toUri()),
                java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        throw new FileAlreadyExistsException(path.toString());
      }
    } else {
      out = fs.create(path, false);
    }
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      p.store(w, "zeitgeist warehouse lock");
    }
  }

  /**
   * The run holding the lock of the warehouse at {@code root}, described for a reader ({@code run X
   * (pid N on HOST since T)}), when it is alive; empty when there is no lock or its holder is gone.
   */
  public static java.util.Optional<String> liveHolder(FileSystem fs, Path root) throws IOException {
    Path path = new Path(root, NAME);
    Properties owner = fs.exists(path) ? read(fs, path) : null;
    if (owner == null || stale(fs, path, owner)) return java.util.Optional.empty();
    return java.util.Optional.of(
        "run "
            + owner.getProperty("run_id")
            + " (pid "
            + owner.getProperty("pid")
            + " on "
            + owner.getProperty("host")
            + " since "
            + owner.getProperty("started")
            + ")");
  }

  private static Properties read(FileSystem fs, Path path) throws IOException {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(fs.open(path), StandardCharsets.UTF_8))) {
      Properties p = new Properties();
      p.load(r);
      return p;
    } catch (java.io.FileNotFoundException e) {
      return null;
    }
  }

  private static boolean stale(FileSystem fs, Path path, Properties owner) throws IOException {
    if (host().equals(owner.getProperty("host"))) {
      try {
        long pid = Long.parseLong(owner.getProperty("pid", "-1"));
        return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
      } catch (NumberFormatException e) {
        return true;
      }
    }
    long age = System.currentTimeMillis() - fs.getFileStatus(path).getModificationTime();
    return age > STALE_AFTER.toMillis();
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown-host";
    }
  }

  private void touch() {
    try {
      fs.setTimes(path, System.currentTimeMillis(), -1);
    } catch (IOException ignored) {
      // the next beat tries again; a missed beat only matters after STALE_AFTER
    }
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(releaseOnExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook releases the lock
    }
    delete();
  }

  private void delete() {
    heartbeat.shutdownNow();
    try {
      fs.delete(path, false);
    } catch (IOException e) {
      throw new UncheckedIOException("releasing the warehouse lock " + path, e);
    }
  }
}
