import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { writeSyntheticNetwork } from '../../src/cli/generate-synthetic';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createDriver, waitForDriver } from '../../src/neo4j/driver';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local-neo4j';
import { migrate } from '../../src/neo4j/migrate';
import { Graph } from '../../src/neo4j/run';
import { createServer, type AppServer } from '../../src/server';

/**
 * partnersOf over a SYNTHETIC graph (400 organizations, 4,000 stored ties, seed 11) in a Neo4j that allows each
 * transaction 32 MB: every depth from the best-connected organization answers, and its distances and routes are those of
 * a breadth-first search over the ties done here. The limit stands for a big graph on a shared database: a statement
 * whose memory grows with the square of what it reaches (every row carrying the list of all reached, 84 MB for one
 * depth-2 query on the 10k benchmark graph) fails here with RESOURCE_LIMIT.
 */

const ORGANIZATIONS = 400;

let home: string;
let neo4j: LocalNeo4j | undefined;
let driver: Driver | undefined;
let server: AppServer | undefined;
let url: string;
/** Each organization's tied neighbours, from TIED_TO read directly. */
const neighbours = new Map<string, Set<string>>();
let hub: string;

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'nkss-partners-of-scale-'));
  neo4j = await startLocalNeo4j({ port: 0, homeDir: home, heap: '512m', transactionMemoryMax: '32m' });
  driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: null });
  await waitForDriver(driver, undefined);
  const graph = new Graph(driver, undefined);
  await migrate(graph);
  await writeSyntheticNetwork(graph, { organizations: ORGANIZATIONS, partnerships: ORGANIZATIONS * 10, seed: 11 });
  const ties = await driver.executeQuery('MATCH (a:Organization)-[:TIED_TO]->(b:Organization) RETURN a.id AS a, b.id AS b');
  for (const record of ties.records) {
    const [a, b] = [record.get('a') as string, record.get('b') as string];
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    if (!neighbours.has(b)) neighbours.set(b, new Set());
    neighbours.get(a)!.add(b);
    neighbours.get(b)!.add(a);
  }
  hub = [...neighbours.entries()].sort((x, y) => y[1].size - x[1].size || x[0].localeCompare(y[0]))[0][0];
  server = await createServer({
    config: loadConfig({ NODE_ENV: 'production' }),
    graph,
    logger: createLogger({ logLevel: 'silent' }),
    datasetVersion: () => 'synthetic-11',
  });
  url = `http://127.0.0.1:${await server.listen(0)}/graphql`;
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await driver?.close();
  await neo4j?.stop();
  fs.rmSync(home, { recursive: true, force: true });
}, 60_000);

function breadthFirst(start: string, depth: number): Map<string, number> {
  const distance = new Map([[start, 0]]);
  let level = [start];
  for (let d = 1; d <= depth; d++) {
    const next: string[] = [];
    for (const id of level) {
      for (const other of neighbours.get(id) ?? []) {
        if (!distance.has(other)) {
          distance.set(other, d);
          next.push(other);
        }
      }
    }
    level = next;
  }
  distance.delete(start);
  return distance;
}

interface Reached {
  distance: number;
  organization: { id: string };
  through: { id: string }[];
}

const QUERY = `query ($organization: ID!, $depth: Int!, $after: String) {
  partnersOf(organization: $organization, depth: $depth, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { distance organization { id } through { id } }
  }
}`;

/** Every page, in order. */
async function reachedFrom(organization: string, depth: number): Promise<{ totalCount: number; reached: Reached[] }> {
  const reached: Reached[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (;;) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { organization, depth, after } }),
    });
    const body = (await response.json()) as {
      errors?: unknown[];
      data: { partnersOf: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Reached[] } };
    };
    expect(body.errors).toBeUndefined();
    const page = body.data.partnersOf;
    totalCount = page.totalCount;
    reached.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return { totalCount, reached };
    after = page.pageInfo.endCursor;
  }
}

test.each([1, 2, 3])('depth %i from the best-connected organization: the distances of a breadth-first search', async (depth) => {
  const expected = breadthFirst(hub, depth);
  const { totalCount, reached } = await reachedFrom(hub, depth);
  expect(totalCount).toBe(expected.size);
  expect(new Map(reached.map((r) => [r.organization.id, r.distance]))).toEqual(expected);
  expect(reached.length).toBe(expected.size);
  for (const r of reached) {
    // A route of `distance` ties: start, the organizations it passes through, the one reached, each tied to the next.
    const stops = [hub, ...r.through.map((t) => t.id), r.organization.id];
    expect(stops).toHaveLength(r.distance + 1);
    for (let i = 1; i < stops.length; i++) expect(neighbours.get(stops[i - 1])?.has(stops[i])).toBe(true);
  }
  if (depth === 3) expect(expected.size).toBeGreaterThan(ORGANIZATIONS / 2);
});
