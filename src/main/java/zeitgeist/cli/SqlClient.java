package zeitgeist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A connection to a {@link SqlSocketServer}: presents the secret, then sends statements and gets
 * them back printed as {@code zeitgeist sql} prints them. Loads no Spark class, so a {@code
 * zeitgeist sql} answered by a server starts in a fraction of a second.
 */
final class SqlClient implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How long a connection may take: a server on this machine answers in milliseconds. */
  static final int CONNECT_TIMEOUT_MS = 2000;

  /** One statement's answer: its printed text and whether it was cut, or its failure. */
  record Answer(String text, boolean cut, int code, String error) {
    boolean failed() {
      return error != null;
    }
  }

  /** The server refused the secret. */
  static final class RefusedException extends IOException {
    RefusedException(String message) {
      super(message);
    }
  }

  private final Socket socket;
  private final BufferedReader in;
  private final Writer out;

  /**
   * Connects and presents the secret.
   *
   * @throws RefusedException when the server refuses it
   * @throws IOException when the server does not answer
   */
  SqlClient(String host, int port, String secret) throws IOException {
    socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
      in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      out =
          new BufferedWriter(
              new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8));
      JsonNode hello = request(Map.of("secret", secret));
      if (!hello.path("ok").asBoolean(false)) {
        throw new RefusedException(hello.path("error").asText("refused"));
      }
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  /** Runs {@code sql} on the server and returns it printed in {@code format}. */
  Answer run(String sql, ResultPrinter.Format format, OptionalInt limit, int maxWidth)
      throws IOException {
    Map<String, Object> render = new LinkedHashMap<>();
    render.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
    if (limit.isPresent()) render.put("limit", limit.getAsInt());
    render.put("max_width", maxWidth);
    Map<String, Object> req = new LinkedHashMap<>();
    req.put("sql", sql);
    req.put("render", render);
    JsonNode a = request(req);
    if (a.has("error")) {
      return new Answer(
          "", false, a.path("code").asInt(ZeitgeistCommand.EXIT_FAILURE), a.get("error").asText());
    }
    return new Answer(a.path("text").asText(), a.path("cut").asBoolean(), 0, null);
  }

  /**
   * Prints answers as {@code zeitgeist sql} prints results: the text of each, with a blank line
   * between results in the table and CSV formats; a result without columns prints nothing.
   */
  final class Printer {
    private final ResultPrinter.Format format;
    private final OptionalInt limit;
    private final int maxWidth;
    private final java.io.PrintWriter out;
    private int printed;

    private Printer(
        ResultPrinter.Format format, OptionalInt limit, int maxWidth, java.io.PrintWriter out) {
      this.format = format;
      this.limit = limit;
      this.maxWidth = maxWidth;
      this.out = out;
    }

    /** Runs {@code sql} on the server and prints its result; the answer. */
    Answer print(String sql) throws IOException {
      Answer a = run(sql, format, limit, maxWidth);
      if (!a.failed() && !a.text().isEmpty()) {
        if (printed++ > 0 && format != ResultPrinter.Format.JSON) out.println();
        out.print(a.text());
        out.flush();
      }
      return a;
    }
  }

  /** A printer of this connection's answers to {@code out}. */
  Printer printer(
      ResultPrinter.Format format, OptionalInt limit, int maxWidth, java.io.PrintWriter out) {
    return new Printer(format, limit, maxWidth, out);
  }

  /** The names the server's catalog completes: tables, views, functions and columns. */
  java.util.List<String> words() throws IOException {
    JsonNode a = request(Map.of("words", true));
    java.util.List<String> out = new java.util.ArrayList<>();
    a.path("words").forEach(w -> out.add(w.asText()));
    return out;
  }

  private JsonNode request(Map<String, Object> req) throws IOException {
    out.write(JSON.writeValueAsString(req));
    out.write('\n');
    out.flush();
    String line = in.readLine();
    if (line == null) throw new IOException("the server closed the connection");
    return JSON.readTree(line);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
