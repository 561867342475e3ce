import type { Driver } from 'neo4j-driver';
import type { Config } from './config';
import { loadDataset } from './dataset/load';
import type { Logger } from './logger';
import { cypher } from './neo4j/cypher';
import { Availability } from './neo4j/availability';
import { createDriver, waitForDriver } from './neo4j/driver';
import { warmUp } from './neo4j/warm-up';
import { buildLauncher, startLocalNeo4j } from './neo4j/local-neo4j';
import { migrate } from './neo4j/migrate';
import { Graph } from './neo4j/run';
import { superviseLocalNeo4j, type SupervisedNeo4j } from './neo4j/supervisor';
import { Metrics } from './observability/metrics';
import { queryObserver } from './observability/query-observer';
import { createServer, type AppServer } from './server';

export interface RunningApp {
  url: string;
  neo4jUri: string;
  /** The local Neo4j the app started (NEO4J_URI unset): its JVM's pid, and how often it was restarted. */
  localNeo4j?: Pick<SupervisedNeo4j, 'pid' | 'restarts'>;
  stop(): Promise<void>;
}

/**
 * Start-up in order: Neo4j (the local one when NEO4J_URI is unset), migrations, the dataset when the database
 * lacks this version of it, then HTTP. Stopping reverses it.
 */
export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  let local: SupervisedNeo4j | null = null;
  let driver: Driver | null = null;
  let server: AppServer | null = null;
  let availability: Availability | null = null;
  const stop = async (): Promise<void> => {
    await server?.stop();
    availability?.stop();
    await driver?.close();
    await local?.stop();
  };
  try {
    if (config.neo4j.uri === null) {
      // The first build downloads Neo4j from Maven Central (~180 MB, a few minutes); later starts skip it.
      await buildLauncher({ log: (line) => logger.info({ maven: line }) });
      const { dataDir, heap, transactionTimeout, transactionMemoryMax, supervise } = config.local;
      logger.info({ port: config.local.port, dataDir, transactionTimeout, transactionMemoryMax, supervise }, 'starting the local Neo4j');
      const options = {
        port: config.local.port,
        homeDir: dataDir,
        password: config.neo4j.password ?? undefined,
        heap,
        transactionTimeout,
        transactionMemoryMax,
        log: (line: string) => logger.debug({ neo4j: line }),
      };
      if (supervise) {
        // Restarted on the same port when it dies, so the driver below keeps working.
        local = await superviseLocalNeo4j({ ...options, logger });
      } else {
        const started = await startLocalNeo4j(options);
        local = { uri: started.uri, port: started.port, stop: () => started.stop(), restarts: 0, pid: () => started.pid };
      }
    }
    const neo4jUri = config.neo4j.uri ?? local!.uri;
    driver = createDriver({
      uri: neo4jUri,
      username: config.neo4j.username,
      password: config.neo4j.password,
      connectionTimeoutMs: config.neo4j.connectionTimeoutMs,
      acquisitionTimeoutMs: config.neo4j.acquisitionTimeoutMs,
      maxPoolSize: config.neo4j.maxPoolSize,
    });
    await waitForDriver(driver, config.neo4j.database);
    // Before the Graph, whose observer feeds the Cypher metrics from the first migration on.
    const metrics = config.metrics ? new Metrics() : undefined;
    const probeDriver = driver;
    availability = new Availability(
      async () => {
        const session = probeDriver.session({ database: config.neo4j.database });
        try {
          await session.run('RETURN 1', {}, { timeout: 2_000 });
        } finally {
          await session.close();
        }
        // Back, but cold (a restart): plan the hot statements and load GDS before requests arrive (src/neo4j/warm-up.ts).
        const started = Date.now();
        const warmed = await warmUp(probeDriver, config.neo4j.database);
        logger.info({ ...warmed, ms: Date.now() - started }, 'Neo4j warmed up');
      },
      { onChange: (up) => (up ? logger.info('Neo4j answers again') : logger.warn('Neo4j unreachable: answering 503 until it is back')) },
    );
    const graph = new Graph(driver, config.neo4j.database, {
      availability,
      timeouts: { queryMs: config.neo4j.queryTimeoutMs, analyticsMs: config.neo4j.analyticsTimeoutMs },
      observer: queryObserver({ metrics, logger }),
      onQueryStart: metrics?.queryStarted,
    });
    const migrations = await migrate(graph);
    logger.info(migrations, 'migrations');
    if (config.loadDataset) logger.info(await loadDataset(graph), 'dataset');
    const loaded = await graph.readOne<{ version: string }>(cypher('dataset/loaded-version'));
    // A fresh Neo4j plans each statement on its first use, and a burst of clients would each wait for a cold planner
    // (seen: 50 connections, 8 answers in 7 s), and GDS loads its code on first use. Both happen in the background;
    // /health/ready says 503 until then.
    let warm = false;
    const warmStarted = Date.now();
    const warmDriver = driver;
    void warmUp(warmDriver, config.neo4j.database).then(
      (warmed) => {
        warm = true;
        logger.info({ ...warmed, ms: Date.now() - warmStarted }, 'Neo4j warmed up');
      },
      (error: unknown) => {
        warm = true;
        logger.warn({ err: error }, 'warm-up stopped early');
      },
    );
    server = await createServer({ config, graph, logger, metrics, datasetVersion: () => loaded?.version ?? null, warmedUp: () => warm });
    const port = await server.listen(config.port);
    return { url: `http://localhost:${port}/graphql`, neo4jUri, localNeo4j: local ?? undefined, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
