package dev.tradetruce.neo4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Neo4j Community embedded in a JVM with only the Bolt connector, bound to 127.0.0.1, so the
 * app and its tests use a real Neo4j on machines without Docker.
 *
 * <p>Configuration comes from NEO4J_EMBEDDED_PORT (default 7687), NEO4J_EMBEDDED_DIR (default
 * .data/neo4j) and NEO4J_EMBEDDED_PAGECACHE (bytes, default 64 MiB; large graphs load and read
 * faster when their stores fit); the password of the user "neo4j" is the first line of standard
 * input (never the command line or the environment, which other processes can read).
 * Authentication is always on and Bolt over WebSocket is refused. Prints one line starting with
 * "NEO4J_EMBEDDED_READY" once Bolt accepts connections. Shuts the database down cleanly on
 * SIGTERM/SIGINT, and also when standard input closes if started with --exit-on-stdin-close (so
 * a crashed parent never leaves it running).
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) throws Exception {
    int port = parsePort(System.getenv().getOrDefault("NEO4J_EMBEDDED_PORT", "7687"));
    Path home = Path.of(System.getenv().getOrDefault("NEO4J_EMBEDDED_DIR", ".data/neo4j"))
        .toAbsolutePath();
    String password = readLine(System.in);
    if (password.length() < 8) {
      System.err.println("The embedded Neo4j needs its password (8+ characters) as the first line of standard input.");
      System.exit(2);
    }
    Path initialPasswordFile = Password.isFirstStart(home) ? Password.writeInitial(home, password) : null;

    DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        // Small by default: the article's graph is tiny and tests may run two instances side by
        // side; NEO4J_EMBEDDED_PAGECACHE raises it for large graphs.
        .setConfig(GraphDatabaseSettings.pagecache_memory, parsePageCache())
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
        // The database is checkpointed before Bolt stops; Bolt's default 2 x 5 s drain after
        // that only delays Ctrl-C and test restarts.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Thread shutdown = new Thread(() -> {
      service.shutdown();
      System.out.println("NEO4J_EMBEDDED_STOPPED");
      System.out.flush();
      stopped.countDown();
    }, "neo4j-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    WebSocketRefusal.install(db);
    Password.align(service, password);
    if (initialPasswordFile != null) Files.deleteIfExists(initialPasswordFile);
    db.executeTransactionally("RETURN 1");
    String version = org.neo4j.kernel.internal.Version.getNeo4jVersion();
    System.out.println("NEO4J_EMBEDDED_READY bolt://127.0.0.1:" + port + " version=" + version
        + " dir=" + home);
    System.out.flush();

    if (java.util.Arrays.asList(args).contains("--exit-on-stdin-close")) {
      waitForStdinClose(System.in);
      System.exit(0); // runs the shutdown hook
    }
    stopped.await();
  }

  private static long parsePageCache() {
    String raw = System.getenv().getOrDefault("NEO4J_EMBEDDED_PAGECACHE", String.valueOf(64L << 20));
    try {
      long bytes = Long.parseLong(raw.trim());
      if (bytes < (8L << 20)) throw new NumberFormatException();
      return bytes;
    } catch (NumberFormatException e) {
      System.err.println("NEO4J_EMBEDDED_PAGECACHE must be a number of bytes of at least 8 MiB, got: " + raw);
      System.exit(2);
      return -1;
    }
  }

  private static int parsePort(String raw) {
    try {
      int port = Integer.parseInt(raw.trim());
      if (port < 1 || port > 65535) throw new NumberFormatException();
      return port;
    } catch (NumberFormatException e) {
      System.err.println("NEO4J_EMBEDDED_PORT must be a port number 1-65535, got: " + raw);
      System.exit(2);
      return -1;
    }
  }

  /** Reads one line (without its end) byte by byte, so nothing after it is buffered away. */
  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
      if (b != '\r') line.write(b);
    }
    return line.toString(StandardCharsets.UTF_8);
  }

  private static void waitForStdinClose(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      while (in.read(buffer) >= 0) {
        // ignore input; only its end matters
      }
    } catch (IOException ignored) {
      // a broken pipe means the parent is gone too
    }
  }
}
