import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { loadDataset } from '../src/dataset/load';
import { createDriver, waitForDriver } from '../src/neo4j/driver';
import { buildLauncher, startLocalNeo4j, type LocalNeo4j } from '../src/neo4j/local-neo4j';
import { migrate } from '../src/neo4j/migrate';
import { Graph } from '../src/neo4j/run';

declare global {
  var __NKSS_TEST_NEO4J__: { local: LocalNeo4j; home: string }[] | undefined;
}

async function throwAway(name: string): Promise<{ local: LocalNeo4j; home: string }> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), `nkss-test-${name}-`));
  return { local: await startLocalNeo4j({ port: 0, homeDir: home, heap: '768m' }), home };
}

/**
 * Two throw-away local Neo4j servers, started side by side: the real network (unless NEO4J_URI is given),
 * migrated and loaded with data/ by the app's own loader; and one for small synthetic fixture graphs
 * (NKSS_TEST_FIXTURE_URI), so hand-computed analytics never mix with the real answers.
 */
export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'UTC';
  process.env.NODE_ENV = 'test';
  await buildLauncher();
  const started = await Promise.all([throwAway('fixtures'), ...(process.env.NEO4J_URI ? [] : [throwAway('nkss')])]);
  globalThis.__NKSS_TEST_NEO4J__ = started;
  process.env.NKSS_TEST_FIXTURE_URI = started[0].local.uri;
  if (started[1]) process.env.NEO4J_URI = started[1].local.uri;

  const config = loadConfig(process.env);
  const driver = createDriver({ uri: config.neo4j.uri!, username: config.neo4j.username, password: config.neo4j.password });
  try {
    await waitForDriver(driver, config.neo4j.database);
    const graph = new Graph(driver, config.neo4j.database);
    await migrate(graph);
    await loadDataset(graph);
  } finally {
    await driver.close();
  }
}
