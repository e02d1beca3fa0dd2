package zeitgeist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zeitgeist.TestSpark;
import zeitgeist.job.RunFixtures;
import zeitgeist.job.RunFixtures.Result;
import zeitgeist.job.SampleWarehouse;
import zeitgeist.sql.SqlCatalog;
import zeitgeist.tables.Warehouse;

/**
 * {@code zeitgeist sql --listen}'s server over a real loopback socket, with the sample warehouse: a
 * client without the secret is refused; {@code zeitgeist sql} finds the announced server, says so,
 * and prints exactly what it prints without it; the server refuses writes; a server that is gone is
 * noticed and its file removed.
 */
class SqlSocketServerTest {
  private static final String SECRET = "test-secret-" + System.nanoTime();
  @TempDir static Path home;
  static String warehouse;
  static SqlSocketServer socket;
  static Thread thread;
  static String previousHome;

  @BeforeAll
  static void start() throws Exception {
    previousHome = System.getProperty("zeitgeist.home");
    System.setProperty("zeitgeist.home", home.toString());
    warehouse = SampleWarehouse.get().dir();
    // a session of its own: the server's temporary views are not the other tests' ones
    SqlCatalog catalog = new SqlCatalog(new Warehouse(TestSpark.session().newSession(), warehouse));
    socket =
        new SqlSocketServer(
            new SqlServer(catalog, false),
            SqlServerAddress.warehouseKey(warehouse),
            SECRET,
            InetAddress.getLoopbackAddress(),
            0);
    thread = new Thread(socket::serve, "test-sql-socket");
    thread.setDaemon(true);
    thread.start();
  }

  @AfterAll
  static void stop() throws Exception {
    socket.close();
    thread.join(10_000);
    assertFalse(thread.isAlive(), "the accept loop ends when the socket is closed");
    if (previousHome == null) {
      System.clearProperty("zeitgeist.home");
    } else {
      System.setProperty("zeitgeist.home", previousHome);
    }
  }

  private static SqlServerAddress address() {
    return new SqlServerAddress(
        SqlServerAddress.warehouseKey(warehouse),
        "127.0.0.1",
        socket.port(),
        SECRET,
        ProcessHandle.current().pid());
  }

  @Test
  void aClientWithoutTheSecretIsRefused() throws Exception {
    SqlClient.RefusedException wrong =
        assertThrows(
            SqlClient.RefusedException.class,
            () -> new SqlClient("127.0.0.1", socket.port(), "not-the-secret"));
    assertTrue(wrong.getMessage().startsWith("refused"), wrong.getMessage());

    // a client that sends a query straight away gets the refusal and a closed connection
    try (Socket s = new Socket("127.0.0.1", socket.port());
        Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
        BufferedReader in =
            new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
      out.write("{\"sql\": \"SELECT count(*) FROM articles\"}\n");
      out.flush();
      String answer = in.readLine();
      assertTrue(answer.contains("\"error\":\"refused"), answer);
      assertEquals(null, in.readLine(), "closed after the refusal");
    }
  }

  @Test
  void theServerRefusesWritesAndAllowsTemporaryViews() throws Exception {
    try (SqlClient c = new SqlClient("127.0.0.1", socket.port(), SECRET)) {
      Path outside = Files.createTempDirectory("zeitgeist-write");
      for (String write :
          new String[] {
            "CREATE TABLE t_socket (a INT) USING parquet",
            "CREATE TABLE t_socket USING delta AS SELECT * FROM articles",
            "INSERT OVERWRITE DIRECTORY '" + outside + "/x' USING parquet SELECT 1",
            "DELETE FROM delta.`" + warehouse + "/articles` WHERE true",
            "DROP VIEW articles",
            "CREATE VIEW persisted_v AS SELECT 1",
            "ADD JAR /tmp/nothing.jar"
          }) {
        SqlClient.Answer a = c.run(write, ResultPrinter.Format.TABLE, OptionalInt.empty(), 60);
        assertTrue(a.failed(), write);
        assertEquals(2, a.code(), write);
        assertTrue(a.error().startsWith("this server is read-only"), a.error());
      }
      assertEquals(0, Files.list(outside).count(), "nothing written");
      SqlClient.Answer view =
          c.run(
              "CREATE OR REPLACE TEMPORARY VIEW mine AS SELECT " + "article_id FROM articles",
              ResultPrinter.Format.TABLE,
              OptionalInt.empty(),
              60);
      assertFalse(view.failed(), view.error());
      SqlClient.Answer count =
          c.run(
              "SELECT count(*) AS n FROM mine", ResultPrinter.Format.CSV, OptionalInt.empty(), 60);
      long articles =
          TestSpark.session().read().format("delta").load(warehouse + "/articles").count();
      assertEquals("n\r\n" + articles + "\r\n", count.text());
    }
  }

  @Test
  void sqlUsesTheAnnouncedServerAndPrintsWhatItPrintsAlone() throws Exception {
    address().announce();
    try {
      String query =
          "SELECT entity, type, articles FROM entity_frequency "
              + "ORDER BY articles DESC, entity LIMIT 7";
      Result alone = RunFixtures.cli("sql", "--warehouse", warehouse, "--no-server", query);
      Result served = RunFixtures.cli("sql", "--warehouse", warehouse, query);
      assertEquals(0, served.exitCode(), served.err());
      assertTrue(
          served
              .err()
              .startsWith("zeitgeist sql: answered by the server on 127.0.0.1:" + socket.port()),
          served.err());
      assertEquals(alone.out(), served.out());
      assertTrue(alone.out().contains("(7 rows)"), alone.out());

      // the same exit codes and cut notes as alone
      Result bad = RunFixtures.cli("sql", "--warehouse", warehouse, "SELECT nope FROM articles");
      assertEquals(2, bad.exitCode());
      assertTrue(
          bad.err()
              .lines()
              .anyMatch(l -> l.startsWith("zeitgeist sql: error: ") && l.contains("nope")),
          bad.err());
      Result cut =
          RunFixtures.cli(
              "sql",
              "--warehouse",
              warehouse,
              "--limit",
              "3",
              "--format",
              "csv",
              "SELECT article_id FROM articles ORDER BY article_id");
      Result cutAlone =
          RunFixtures.cli(
              "sql",
              "--warehouse",
              warehouse,
              "--no-server",
              "--limit",
              "3",
              "--format",
              "csv",
              "SELECT article_id FROM articles ORDER BY article_id");
      assertEquals(cutAlone.out(), cut.out());
      assertTrue(cut.err().contains("printed the first 3 rows only"), cut.err());
    } finally {
      address().withdraw();
    }
    assertFalse(Files.exists(SqlServerAddress.file(SqlServerAddress.warehouseKey(warehouse))));
  }

  @Test
  void aServerThatIsGoneIsNoticedAndItsFileRemoved() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    SqlServerAddress gone =
        new SqlServerAddress(
            SqlServerAddress.warehouseKey(warehouse),
            "127.0.0.1",
            closedPort,
            SECRET,
            Long.MAX_VALUE - 1);
    gone.announce();
    Result r = RunFixtures.cli("sql", "--warehouse", warehouse, "SELECT count(*) FROM articles");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.err().contains("does not answer (it is gone); running the statements here"), r.err());
    assertTrue(r.out().contains("(1 rows)"), r.out());
    assertFalse(Files.exists(SqlServerAddress.file(gone.warehouse())), "the stale file is gone");
  }

  @Test
  void theWarehouseIsNamedTheSameHoweverItIsWritten() {
    String key = SqlServerAddress.warehouseKey(warehouse);
    assertEquals(key, SqlServerAddress.warehouseKey(warehouse + "/"));
    assertEquals(key, SqlServerAddress.warehouseKey(warehouse + "/./x/.."));
    assertEquals(key, SqlServerAddress.warehouseKey("file:" + key));
    assertEquals("hdfs://nn:8020/w", SqlServerAddress.warehouseKey("hdfs://nn:8020/w"));
    // the same literal as notebooks/test_zeitgeist_sql.py: Java and Python agree on the file
    assertEquals(
        "5fcdea6786b24b45bee25302.json",
        SqlServerAddress.file("/data/warehouse").getFileName().toString());
  }

  @Test
  void listenOptionsAreCheckedBeforeSparkStarts() {
    Result remote =
        RunFixtures.cli("sql", "--warehouse", warehouse, "--listen", "--bind", "0.0.0.0");
    assertEquals(2, remote.exitCode());
    assertTrue(remote.err().contains("--secret-file"), remote.err());
    Result both = RunFixtures.cli("sql", "--warehouse", warehouse, "--listen", "SELECT 1");
    assertEquals(2, both.exitCode());
    Result writes = RunFixtures.cli("sql", "--warehouse", warehouse, "--allow-writes", "SELECT 1");
    assertEquals(2, writes.exitCode());
    Result server =
        RunFixtures.cli(
            "sql",
            "--warehouse",
            warehouse,
            "--server",
            "nohost",
            "--secret-file",
            "/dev/null",
            "SELECT 1");
    assertEquals(2, server.exitCode());
    assertTrue(server.err().contains("HOST:PORT"), server.err());
    Result asOf =
        RunFixtures.cli(
            "sql",
            "--warehouse",
            warehouse,
            "--server",
            "h:1",
            "--secret-file",
            "/dev/null",
            "--as-of-run",
            "x",
            "SELECT 1");
    assertEquals(2, asOf.exitCode());
    Result secretAlone =
        RunFixtures.cli("sql", "--warehouse", warehouse, "--secret-file", "/dev/null", "SELECT 1");
    assertEquals(2, secretAlone.exitCode());
    assertTrue(secretAlone.err().contains("--secret-file goes with"), secretAlone.err());
  }
}
