package talkgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs the Neo4j engine embedded with Bolt on 127.0.0.1:PORT and DATA_DIR as its home.
 * Usage: Launcher PORT DATA_DIR [PAGECACHE]. Prints "READY bolt://127.0.0.1:PORT" when Bolt
 * listens. Stops when stdin closes, so the engine never outlives the Node process that owns it,
 * even when that process is killed with SIGKILL.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Launcher PORT DATA_DIR [PAGECACHE]");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    Path home = Path.of(args[1]).toAbsolutePath();
    String pageCache = args.length > 2 ? args[2] : "512m";

    DatabaseManagementServiceBuilder builder =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            // Loopback only: the engine never listens beyond this machine, so auth stays off.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, org.neo4j.io.ByteUnit.parse(pageCache))
            .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, org.neo4j.io.ByteUnit.parse("512m"))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
            .setConfig(BoltConnectorInternalSettings.unsupported_bolt_unauth_connection_timeout, Duration.ofSeconds(30))
            // Defaults wait ~10 s for idle Bolt threads on shutdown; tests and restarts need it quick.
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5));
    if ("load".equals(System.getProperty("talkgraph.purpose"))) {
      // An engine for one bulk load runs a handful of write statements whose plans (unique-index
      // and element-id seeks) do not depend on statistics; replanning them as the graph grows from
      // empty only cost CPU.
      builder.setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofHours(1));
    }
    DatabaseManagementService dbms = builder.build();

    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();

    waitForEof(System.in);
    System.exit(0); // runs the shutdown hook, which closes the store cleanly
  }

  private static void waitForEof(InputStream in) {
    byte[] buf = new byte[256];
    try {
      while (in.read(buf) >= 0) {
        // Anything written by the parent is ignored; only EOF matters.
      }
    } catch (IOException ignored) {
      // A broken pipe means the parent is gone: stop as for EOF.
    }
  }
}
