package zeitgeist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code zeitgeist sql --listen}: serves {@link SqlServer}'s protocol over TCP, so every {@code
 * zeitgeist sql} on the same warehouse (and any program that speaks the protocol) is answered by
 * one warm Spark session.
 *
 * <p>Each connection first presents the secret: its first line is {@code {"secret": "..."}},
 * answered with {@code {"ok": true, "warehouse": "..."}}, or with {@code {"error": "refused: ...",
 * "code": 2}} after which the connection is closed. Then requests and answers follow, one line
 * each, until the client closes. Connections are served on their own threads; statements run one at
 * a time ({@link SqlServer#answer}). The secret is compared in constant time.
 */
final class SqlSocketServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SqlServer server;
  private final String secret;
  private final String warehouse;
  private final ServerSocket socket;

  /** Listens on {@code bind}:{@code port} (0: any free port). */
  SqlSocketServer(SqlServer server, String warehouse, String secret, InetAddress bind, int port)
      throws IOException {
    this.server = server;
    this.secret = secret;
    this.warehouse = warehouse;
    this.socket = new ServerSocket();
    socket.bind(new InetSocketAddress(bind, port));
  }

  /**
   * Listens, announces the server for {@code warehouse} ({@link SqlServerAddress}), says so on
   * {@code err}, and serves until the process is stopped, withdrawing the announcement then.
   */
  static void announceAndServe(
      SqlServer server,
      String warehouse,
      String secret,
      InetAddress bind,
      int port,
      PrintWriter err)
      throws IOException {
    String key = SqlServerAddress.warehouseKey(warehouse);
    try (SqlSocketServer socket = new SqlSocketServer(server, key, secret, bind, port)) {
      SqlServerAddress announced =
          new SqlServerAddress(
              key, bind.getHostAddress(), socket.port(), secret, ProcessHandle.current().pid());
      announced.announce();
      Runtime.getRuntime().addShutdownHook(new Thread(announced::withdraw));
      err.println(
          "zeitgeist sql: serving "
              + warehouse
              + " on "
              + bind.getHostAddress()
              + ":"
              + socket.port()
              + (server.allowsWrites() ? "" : " (read-only)")
              + "; 'zeitgeist sql --warehouse "
              + warehouse
              + " ...' now answers through it; stop "
              + "with Ctrl-C");
      err.flush();
      socket.serve();
    }
  }

  int port() {
    return socket.getLocalPort();
  }

  /** Accepts connections until {@link #close}. */
  void serve() {
    while (!socket.isClosed()) {
      Socket s;
      try {
        s = socket.accept();
      } catch (IOException e) {
        if (socket.isClosed()) return;
        continue;
      }
      Thread t = new Thread(() -> connection(s), "zeitgeist-sql-" + s.getPort());
      t.setDaemon(true);
      t.start();
    }
  }

  private void connection(Socket s) {
    try (s;
        BufferedReader in =
            new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        Writer out =
            new BufferedWriter(
                new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8))) {
      String hello = in.readLine();
      if (!authorised(hello)) {
        out.write(
            JSON.writeValueAsString(
                    Map.of(
                        "error",
                        "refused: the first line must be {\"secret\": \"...\"} with this server's secret",
                        "code",
                        ZeitgeistCommand.EXIT_USAGE))
                + "\n");
        out.flush();
        return;
      }
      Map<String, Object> ok = new LinkedHashMap<>();
      ok.put("ok", true);
      ok.put("warehouse", warehouse);
      out.write(JSON.writeValueAsString(ok) + "\n");
      out.flush();
      server.serve(in, out);
    } catch (IOException e) {
      // the client went away: nothing to answer
    }
  }

  private boolean authorised(String hello) {
    if (hello == null) return false;
    try {
      JsonNode n = JSON.readTree(hello);
      if (n == null || !n.path("secret").isTextual()) return false;
      return MessageDigest.isEqual(
          n.get("secret").asText().getBytes(StandardCharsets.UTF_8),
          secret.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
