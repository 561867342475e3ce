import neo4j, { type Driver } from 'neo4j-driver';
import { migrate } from '../../src/neo4j/migrate';
import { Graph } from '../../src/neo4j/run';

/**
 * The second throw-away Neo4j for small SYNTHETIC fixture graphs with hand-computed answers.
 * Each test file that uses it wipes it first (`resetFixtures`) and loads its own graph.
 */
export function fixtureDriver(): Driver {
  const uri = process.env.NKSS_TEST_FIXTURE_URI;
  if (!uri) throw new Error('NKSS_TEST_FIXTURE_URI is not set: run the integration tests through Jest (tests/global-setup.ts)');
  return neo4j.driver(uri);
}

/** Empties the fixture database and applies the app's migrations, returning a Graph over it. */
export async function resetFixtures(driver: Driver): Promise<Graph> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  const graph = new Graph(driver, undefined);
  await migrate(graph);
  return graph;
}
