package org.nkss.neo4jlocal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/** Embedded Neo4j with Bolt on 127.0.0.1, for local development and integration tests. */
public final class Launcher {
  /** The launcher's own start-up transactions, exempt from a short --transaction-timeout (slow on a busy machine). */
  private static final Duration STARTUP_TX_TIMEOUT = Duration.ofMinutes(5);

  private Launcher() {}

  public static void main(String[] args) throws InterruptedException {
    int port = 7687;
    Path home = Path.of(".data/neo4j");
    Path plugins = Path.of("target/plugins");
    String password = null;
    boolean exitOnStdinEof = false;
    // null: Neo4j's own default (no limit); parsed as neo4j.conf would ("500ms", "120s", "5m"; "512m", "1g"; 0 = off).
    Duration transactionTimeout = null;
    Long transactionMemoryMax = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String flag = args[i];
        if (flag.equals("--exit-on-stdin-eof")) {
          exitOnStdinEof = true;
          continue;
        }
        if (i + 1 >= args.length) throw new IllegalArgumentException("missing value for " + flag);
        String value = args[++i];
        switch (flag) {
          case "--port" -> port = Integer.parseInt(value);
          case "--home" -> home = Path.of(value);
          case "--plugins" -> plugins = Path.of(value);
          case "--password" -> password = value;
          case "--transaction-timeout" -> transactionTimeout = parse(flag, value, () -> SettingValueParsers.DURATION.parse(value));
          case "--transaction-memory-max" -> transactionMemoryMax = parse(flag, value, () -> SettingValueParsers.BYTES.parse(value));
          default -> throw new IllegalArgumentException("unknown flag " + flag);
        }
      }
      if (port < 1 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
      if (transactionTimeout != null && transactionTimeout.isNegative()) {
        throw new IllegalArgumentException("negative --transaction-timeout: " + transactionTimeout);
      }
    } catch (IllegalArgumentException e) {
      exit(2, "bad arguments: " + e.getMessage()
          + " (usage: --port <n> --home <dir> --plugins <dir> [--password <p>] [--transaction-timeout <duration>]"
          + " [--transaction-memory-max <size>] [--exit-on-stdin-eof])", null);
    }

    // Neo4j binds Bolt only after ~10 s of start-up; check the port first to fail fast.
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress("127.0.0.1", port));
    } catch (IOException e) {
      exit(1, "cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), null);
    }

    DatabaseManagementService dbms = null;
    try {
      var builder = new DatabaseManagementServiceBuilder(home.toAbsolutePath());
      // db.transaction.timeout and db.memory.transaction.max: Neo4j stops a transaction past either limit.
      if (transactionTimeout != null) builder.setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout);
      if (transactionMemoryMax != null) {
        builder.setConfig(GraphDatabaseSettings.memory_transaction_max_size, transactionMemoryMax);
      }
      dbms = builder
          .setConfig(Map.of(
              BoltConnector.enabled, true,
              BoltConnector.listen_address, new SocketAddress("127.0.0.1", port),
              BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
              HttpConnector.enabled, false,
              GraphDatabaseSettings.auth_enabled, password != null,
              GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256),
              GraphDatabaseSettings.plugin_dir, plugins.toAbsolutePath(),
              GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*", "apoc.*"),
              // Internal settings: Netty's graceful shutdown otherwise takes ~12 s.
              BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200),
              BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200)))
          .setConfig(GraphDatabaseSettings.udc_enabled, false) // dbms.usage_report.enabled
          .build();
      if (password != null) {
        // Neo4j rejects setting the current password again, as on a reused home: go via a throwaway one.
        String alter = "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED";
        var system = dbms.database("system");
        system.executeTransactionally(alter, Map.of("p", UUID.randomUUID().toString()), r -> null, STARTUP_TX_TIMEOUT);
        system.executeTransactionally(alter, Map.of("p", password), r -> null, STARTUP_TX_TIMEOUT);
      }
      dbms.database("neo4j").executeTransactionally("RETURN 1", Map.of(), r -> null, STARTUP_TX_TIMEOUT);
    } catch (Throwable e) {
      try {
        if (dbms != null) dbms.shutdown();
      } catch (Throwable ignored) {
        // report the start-up failure, not this one
      }
      exit(1, "failed to start Neo4j on 127.0.0.1:" + port + " with home " + home.toAbsolutePath(), e);
    }

    CountDownLatch stopped = new CountDownLatch(1);
    DatabaseManagementService started = dbms;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        started.shutdown();
      } finally {
        stopped.countDown();
      }
    }, "neo4j-local-shutdown"));
    if (exitOnStdinEof) {
      // The parent holds our stdin open; EOF means it died (even by SIGKILL), so don't linger.
      Thread watch = new Thread(() -> {
        try {
          while (System.in.read() != -1) {
            // discard
          }
        } catch (IOException ignored) {
          // treat as EOF
        }
        System.exit(0);
      }, "neo4j-local-stdin-watch");
      watch.setDaemon(true);
      watch.start();
    }

    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }

  private static <T> T parse(String flag, String value, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(flag + " " + value + ": " + e.getMessage());
    }
  }

  private static void exit(int status, String message, Throwable e) {
    StringBuilder sb = new StringBuilder("neo4j-local: ").append(message);
    for (Throwable t = e; t != null; t = t.getCause()) {
      sb.append("\n  caused by ").append(t.getClass().getName()).append(": ").append(t.getMessage());
      if (t.getCause() == t) break;
    }
    System.err.println(sb);
    System.err.flush();
    System.exit(status);
  }
}
