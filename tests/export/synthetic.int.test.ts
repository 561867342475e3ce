import type { Driver } from 'neo4j-driver';
import {
  RealDatasetPresentError,
  deleteSynthetic,
  generateSyntheticNetwork,
  writeSyntheticNetwork,
} from '../../src/cli/generate-synthetic';
import { readDataset } from '../../src/dataset/load';
import type { Graph } from '../../src/neo4j/run';
import { fixtureDriver, resetFixtures } from '../helpers/fixtures';
import { startTestServer } from '../helpers/server';

/** The synthetic generator against the throw-away fixture Neo4j: what it writes, twice, and what the export makes of it. */

const OPTIONS = { organizations: 60, partnerships: 150, seed: 7, batchSize: 40 };
const rows = generateSyntheticNetwork(
  OPTIONS,
  readDataset().dataset.cities.map((c) => c.slug),
);

let driver: Driver;
let graph: Graph;
beforeAll(async () => {
  driver = fixtureDriver();
  graph = await resetFixtures(driver);
});
afterAll(() => driver.close());

async function census(): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(`
    CALL () { MATCH (n) RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    CALL () { MATCH (o:Organization:Entity:Synthetic {synthetic: true}) RETURN count(o) AS organizations }
    CALL () { MATCH (:Synthetic)-[r:MEMBER_OF]->(:Association {id: 'syn-association'}) RETURN count(r) AS memberships }
    CALL () { MATCH (:Synthetic)-[r:PARTNERS_WITH]->(:Synthetic) RETURN count(r) AS partnerships }
    CALL () { MATCH (:Organization:Synthetic)-[r:BASED_IN]->(:City) RETURN count(r) AS basedIn }
    CALL () { MATCH (:Organization:Synthetic)-[r:PARTICIPATED_IN]->(:Programme:Synthetic) RETURN count(r) AS participations }
    CALL () { MATCH (:Synthetic)-[r:MEMBER_OF_NETWORK]->(:Synthetic) RETURN count(r) AS networkMemberships }
    CALL () { MATCH (c:City) RETURN count(c) AS cities }
    CALL () { MATCH (d:Dataset) RETURN count(d) AS datasets }
    RETURN nodes, relationships, organizations, memberships, partnerships, basedIn, participations, networkMemberships, cities, datasets`);
  return Object.fromEntries(Object.entries(records[0].toObject()).map(([k, v]) => [k, Number(v)]));
}

describe('generate-synthetic on an empty database', () => {
  let first: Record<string, number>;

  it('writes the places, the association, the organizations and their ties, in batches of 40 rows', async () => {
    const result = await writeSyntheticNetwork(graph, OPTIONS);
    // places: 1 transaction; organizations 61 → 2, memberships → ceil(n/40), partnerships 150 → 4, programmes 1,
    // participations and network memberships → ceil(n/40) each.
    const batches = (n: number): number => Math.ceil(n / 40);
    expect(result.transactions).toBe(
      1 + 2 + batches(rows.memberships.length) + 4 + 1 + batches(rows.participations.length) + batches(rows.networkMemberships.length),
    );
    first = await census();
    expect(first).toMatchObject({
      organizations: 61,
      memberships: rows.memberships.length,
      partnerships: 150,
      basedIn: 61,
      participations: rows.participations.length,
      networkMemberships: rows.networkMemberships.length,
      cities: 46,
      datasets: 0,
    });
    expect(rows.memberships.length).toBeGreaterThan(40);
  });

  it('is idempotent: a second run changes nothing', async () => {
    await writeSyntheticNetwork(graph, OPTIONS);
    expect(await census()).toEqual(first);
  });

  it('refuses a database holding the real dataset, unless forced', async () => {
    await driver.executeQuery(`CREATE (:Dataset {name: 'nkss', version: 'test', checksum: 'x'})`);
    await expect(writeSyntheticNetwork(graph, OPTIONS)).rejects.toBeInstanceOf(RealDatasetPresentError);
    await expect(writeSyntheticNetwork(graph, { ...OPTIONS, force: true })).resolves.toMatchObject({ counts: { organizations: 61 } });
    await driver.executeQuery(`MATCH (d:Dataset {name: 'nkss'}) DELETE d`);
    expect(await census()).toEqual(first);
  });

  it('exports the synthetic association network over HTTP with every tie', async () => {
    const server = await startTestServer({ uri: process.env.NKSS_TEST_FIXTURE_URI });
    try {
      const base = server.url.replace(/\/graphql$/, '');
      const [nodes, edges] = await Promise.all(
        ['nodes.csv', 'edges.csv'].map((f) => fetch(`${base}/export/${f}?association=syn-association`).then((r) => r.text())),
      );
      const pairs = new Map<string, Set<string>>();
      for (const p of rows.participations)
        pairs.set(p.programme as string, (pairs.get(p.programme as string) ?? new Set()).add(p.organization as string));
      const programmePairs = [...pairs.values()].reduce((sum, s) => sum + (s.size * (s.size - 1)) / 2, 0);
      expect(nodes.split('\r\n').length - 2).toBe(61);
      expect(edges.split('\r\n').length - 2).toBe(150 + rows.networkMemberships.length + programmePairs + rows.memberships.length);
      const page = await server.gql<{ organizations: { edges: { node: { name: string } }[] } }>(
        '{ organizations(first: 2) { edges { node { name } } } }',
      );
      expect(page.data!.organizations.edges.map((e) => e.node.name)).toEqual(['Synthetic association', 'Synthetic organization 1']);
    } finally {
      await server.stop();
    }
  });

  it('--reset deletes every synthetic node, leaving the places', async () => {
    expect(await deleteSynthetic(graph, 25)).toBe(61 + 5);
    expect(await census()).toMatchObject({ organizations: 0, memberships: 0, partnerships: 0, cities: 46 });
  });
});
