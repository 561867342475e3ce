import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { readDataset } from '../../src/dataset/load';
import { createLogger } from '../../src/logger';
import { createDriver } from '../../src/neo4j/driver';
import { Graph } from '../../src/neo4j/run';
import { createServer, type AppServer } from '../../src/server';
import type { ExecutionCounts } from '../../src/shared/compiled-execution';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions: { code: string; argumentPath?: string[]; [k: string]: unknown } }[];
  extensions?: { datasetVersion: string | null; cypherQueries: number };
}

export interface TestServer {
  url: string;
  driver: Driver;
  graph: Graph;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  /** How many operations the server ran compiled and interpreted so far. */
  executionCounts: ExecutionCounts;
  stop(): Promise<void>;
}

/** The real server on a free port, over the Neo4j the global setup prepared; requests are real HTTP. */
export async function startTestServer(
  overrides: { uri?: string; nodeEnv?: 'production' | 'development' | 'test'; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const config = loadConfig({
    ...process.env,
    ...overrides.env,
    ...(overrides.uri ? { NEO4J_URI: overrides.uri } : {}),
    NODE_ENV: overrides.nodeEnv ?? 'test',
  });
  const driver = createDriver({ uri: config.neo4j.uri!, username: config.neo4j.username, password: config.neo4j.password });
  const graph = new Graph(driver, config.neo4j.database);
  const version = readDataset().dataset.version;
  const server: AppServer = await createServer({
    config,
    graph,
    logger: createLogger({ logLevel: 'silent' }),
    datasetVersion: () => version,
  });
  const port = await server.listen(0);
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    driver,
    graph,
    executionCounts: server.executionCounts,
    async gql(query, variables) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async stop() {
      await server.stop();
      await driver.close();
    },
  };
}
