package eventgraph.neo4jdev;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.configuration.ssl.ClientAuth;
import org.neo4j.configuration.ssl.SslPolicyConfig;
import org.neo4j.configuration.ssl.SslPolicyScope;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community embedded, reachable over Bolt on 127.0.0.1 only.
 *
 * <p>Usage: {@code java -jar neo4j-dev-server.jar --port 7687 --data DIR [--user U --password P]
 * [--pagecache-mb 64] [--tls-dir DIR]}. Auth is off unless a user and password come from the
 * arguments or from EVENTGRAPH_NEO4J_USER / EVENTGRAPH_NEO4J_PASSWORD. With {@code --tls-dir}, a
 * folder holding {@code private.key} (PKCS#8 PEM) and {@code public.crt}, Bolt accepts TLS only
 * (clients use bolt+s:// or neo4j+s://). Prints "NEO4J READY bolt://127.0.0.1:PORT" (bolt+s://
 * with TLS) once Bolt accepts queries, and shuts the database down cleanly on SIGTERM.
 */
public final class Neo4jDevServer {
  private Neo4jDevServer() {}

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = parse(argv);
    int port = Integer.parseInt(require(args, "port"));
    Path data = Path.of(require(args, "data")).toAbsolutePath();
    String user = args.getOrDefault("user", System.getenv("EVENTGRAPH_NEO4J_USER"));
    String password = args.getOrDefault("password", System.getenv("EVENTGRAPH_NEO4J_PASSWORD"));
    boolean auth = user != null && !user.isEmpty() && password != null && !password.isEmpty();
    long pagecacheMb = Long.parseLong(args.getOrDefault("pagecache-mb", "64"));
    Path tls = args.containsKey("tls-dir") ? Path.of(args.get("tls-dir")).toAbsolutePath() : null;
    checkPortFree(port);

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(data)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, auth)
        .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
        // No usage report: this machine talks to nothing but package registries.
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // Small, unpreallocated transaction logs: an empty store takes ~2 MB instead of ~520 MB.
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16))
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
        // Bolt's Netty shutdown otherwise waits 2 x 5 s after the stores are already closed.
        .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500));
    if (tls != null) {
      requireTls(builder, tls);
    }
    DatabaseManagementService dbms = builder.build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      System.out.println("NEO4J STOPPED");
      stopped.countDown();
    }, "neo4j-dev-shutdown"));
    if (auth) {
      setUser(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), user, password);
    }
    // Touch the default database so READY means a query would succeed, not just that the port is open.
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("NEO4J READY " + (tls != null ? "bolt+s" : "bolt") + "://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  /**
   * Bolt with TLS required, the server's key and certificate from {@code dir}. Clients are not asked
   * for certificates (client_auth NONE, as for any Bolt server); Neo4j still lists the policy's
   * trusted/ and revoked/ folders at start, so empty ones are created.
   */
  private static void requireTls(DatabaseManagementServiceBuilder builder, Path dir)
      throws IOException {
    for (String file : new String[] {"private.key", "public.crt"}) {
      if (!Files.isRegularFile(dir.resolve(file))) {
        usage("--tls-dir " + dir + " has no " + file);
      }
    }
    Files.createDirectories(dir.resolve("trusted"));
    Files.createDirectories(dir.resolve("revoked"));
    SslPolicyConfig bolt = SslPolicyConfig.forScope(SslPolicyScope.BOLT);
    builder
        .setConfig(bolt.enabled, true)
        .setConfig(bolt.base_directory, dir)
        .setConfig(bolt.private_key, dir.resolve("private.key"))
        .setConfig(bolt.public_certificate, dir.resolve("public.crt"))
        .setConfig(bolt.client_auth, ClientAuth.NONE)
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.REQUIRED);
  }

  /** Fails in a second with a plain message, where Neo4j would find out only after ~5 s of start-up. */
  private static void checkPortFree(int port) {
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      probe.getLocalPort();
    } catch (IOException e) {
      System.err.println("port " + port + " on 127.0.0.1 is already in use: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Creates the user, or resets its password, so the given credentials work without a change. */
  private static void setUser(GraphDatabaseService system, String user, String password) {
    Map<String, Object> params = Map.of("user", user, "password", password);
    boolean exists = system.executeTransactionally(
        "SHOW USERS YIELD user WHERE user = $user RETURN count(*) AS n", params,
        r -> ((Number) r.next().get("n")).longValue() > 0);
    String verb = exists ? "ALTER USER" : "CREATE USER";
    system.executeTransactionally(
        verb + " `" + user.replace("`", "``") + "` SET PASSWORD $password CHANGE NOT REQUIRED",
        params);
  }

  private static Map<String, String> parse(String[] argv) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < argv.length; i++) {
      if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
        usage("unexpected argument: " + argv[i]);
      }
      out.put(argv[i].substring(2), argv[++i]);
    }
    return out;
  }

  private static String require(Map<String, String> args, String name) {
    String value = args.get(name);
    if (value == null) {
      usage("missing --" + name);
    }
    return value;
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println("usage: java -jar neo4j-dev-server.jar --port PORT --data DIR"
        + " [--user USER --password PASSWORD] [--pagecache-mb 64] [--tls-dir DIR]");
    System.exit(2);
  }
}
