import neo4j, { type Driver } from 'neo4j-driver';
import { migrate } from '../../src/neo4j/migrate';
import { Graph } from '../../src/neo4j/run';
import { rebuildTiesInBatches } from '../../src/ties/rebuild';

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

/**
 * Derives the ties (TIED_TO) of every organization, as every writer must after writing PARTNERS_WITH, MEMBER_OF_NETWORK or
 * PARTICIPATED_IN (cypher/ties/rebuild.cypher): a fixture graph written with raw CREATEs calls it once its ties are in.
 */
export async function deriveTies(graph: Graph): Promise<void> {
  const { records } = await graph.driver.executeQuery('MATCH (o:Organization) RETURN o.id AS id ORDER BY id');
  await rebuildTiesInBatches(
    graph,
    records.map((r) => r.get('id') as string),
  );
}
