package zeitgeist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How to reach a running {@code zeitgeist sql --listen} server, and where it says so: one file per
 * warehouse, {@code ~/.zeitgeist/servers/HASH.json} (readable by its owner only, the folder too),
 * holding the warehouse, address, port, secret and the server's process id. {@code zeitgeist sql}
 * on the same warehouse reads it and sends its statements there; the server deletes it when it
 * stops. A file left by a server that was killed is recognised (its process is gone, or the port
 * does not answer) and removed by the next client.
 *
 * <p>The warehouse is named as given, made absolute for a local folder ({@code warehouse}, {@code
 * ./warehouse/} and {@code /home/me/warehouse} are one warehouse; symbolic links are not followed)
 * and kept as written for a URI with a scheme ({@code hdfs://nn/w}).
 *
 * <p>The folder is {@code $ZEITGEIST_HOME/servers} when that variable (or the system property
 * {@code zeitgeist.home}, for tests) is set.
 */
record SqlServerAddress(String warehouse, String host, int port, String secret, long pid) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The warehouse's name as the servers' files know it (see the class comment). */
  static String warehouseKey(String warehouse) {
    if (warehouse.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") && !warehouse.startsWith("file:")) {
      return warehouse;
    }
    Path p = warehouse.startsWith("file:") ? Path.of(URI.create(warehouse)) : Path.of(warehouse);
    return p.toAbsolutePath().normalize().toString();
  }

  /** A new random secret: 32 bytes as hex. */
  static String newSecret() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** The folder of the servers' files. */
  static Path folder() {
    String home = System.getProperty("zeitgeist.home", System.getenv("ZEITGEIST_HOME"));
    Path base =
        home != null && !home.isBlank()
            ? Path.of(home)
            : Path.of(System.getProperty("user.home"), ".zeitgeist");
    return base.resolve("servers");
  }

  /** The file that announces the server of {@code warehouseKey}. */
  static Path file(String warehouseKey) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(warehouseKey.getBytes(StandardCharsets.UTF_8));
      return folder().resolve(HexFormat.of().formatHex(h, 0, 12) + ".json");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The announced server of the warehouse, if a file names one. */
  static Optional<SqlServerAddress> lookup(String warehouseKey) {
    Path f = file(warehouseKey);
    if (!Files.isRegularFile(f)) return Optional.empty();
    try {
      JsonNode n = JSON.readTree(f.toFile());
      SqlServerAddress a =
          new SqlServerAddress(
              n.path("warehouse").asText(),
              n.path("host").asText(),
              n.path("port").asInt(),
              n.path("secret").asText(),
              n.path("pid").asLong());
      return a.warehouse().equals(warehouseKey) ? Optional.of(a) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // half written, or not ours: as if there were none
    }
  }

  /** Whether the announcing process is gone (a server killed without cleaning up). */
  boolean processGone() {
    return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
  }

  /** Writes this server's file, readable by its owner only. */
  void announce() {
    Path f = file(warehouse);
    try {
      Path dir = Files.createDirectories(f.getParent());
      ownerOnly(dir, "rwx------");
      Path tmp = Files.createTempFile(dir, ".announce", ".tmp");
      ownerOnly(tmp, "rw-------");
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("warehouse", warehouse);
      m.put("host", host);
      m.put("port", port);
      m.put("secret", secret);
      m.put("pid", pid);
      JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), m);
      try {
        Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + f + ": " + e.getMessage(), e);
    }
  }

  /** Deletes the warehouse's file if it is still this server's. */
  void withdraw() {
    Optional<SqlServerAddress> now = lookup(warehouse);
    if (now.isPresent() && now.get().pid() == pid && now.get().port() == port) {
      try {
        Files.deleteIfExists(file(warehouse));
      } catch (IOException e) {
        // the file outlives the server: the next client finds the process gone and removes it
      }
    }
  }

  /** Removes a file whose server is gone. */
  void removeStale() {
    try {
      Files.deleteIfExists(file(warehouse));
    } catch (IOException e) {
      // another client removed it, or it is not ours to remove
    }
  }

  private static void ownerOnly(Path p, String perms) throws IOException {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: its own access rules apply
    }
  }
}
