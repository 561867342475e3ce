import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { writeSyntheticNetwork } from '../../src/cli/generate-synthetic';
import { loadConfig } from '../../src/config';
import { prepareContext } from '../../src/bench/context';
import { checkEquality, rowsOf, send, type ServerUrls } from '../../src/bench/equality';
import { startFloorServer, type FloorServer } from '../../src/bench/floor-server';
import { startPeerServer, type PeerServer } from '../../src/bench/peer-server';
import { benchQueries, type BenchQuery } from '../../src/bench/queries';
import { createLogger } from '../../src/logger';
import { createDriver, waitForDriver } from '../../src/neo4j/driver';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local-neo4j';
import { migrate } from '../../src/neo4j/migrate';
import { Graph } from '../../src/neo4j/run';
import { createServer, type AppServer } from '../../src/server';

/**
 * The benchmark's equality check on a small synthetic graph (300 organizations, 3,000 stored ties, seed 7) in its own
 * throw-away Neo4j: this API, @neo4j/graphql and the floor, in this process, answer every benchmark query alike. On the
 * same graph, partnersOf (Q8's field) at every depth against a breadth-first search done here. That Neo4j allows each
 * transaction 32 MB (once the graph is written), standing for a big graph on a shared database: a statement whose memory grows with the square of
 * what it reaches (every row carrying the list of all reached: 84 MB for one depth-2 partnersOf on the 10k benchmark
 * graph) fails here with RESOURCE_LIMIT.
 */

const ORGANIZATIONS = 300;

let home: string;
let neo4j: LocalNeo4j | undefined;
let driver: Driver | undefined;
let ours: AppServer | undefined;
let peer: PeerServer | undefined;
let floor: FloorServer | undefined;
let urls: ServerUrls;
let queries: BenchQuery[];
/** Each organization's tied neighbours, from TIED_TO read directly. */
let neighbours: Map<string, Set<string>>;

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'nkss-bench-equality-'));
  // The graph is written first without the limit (the generator's batches are sized for a default Neo4j), then the
  // same home is started again with it, for the reads.
  neo4j = await startLocalNeo4j({ port: 0, homeDir: home, heap: '512m', transactionMemoryMax: '0' });
  driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: null });
  await waitForDriver(driver, undefined);
  await migrate(new Graph(driver, undefined));
  await writeSyntheticNetwork(new Graph(driver, undefined), { organizations: ORGANIZATIONS, partnerships: 3000, seed: 7 });
  await driver.close();
  await neo4j.stop();
  neo4j = await startLocalNeo4j({ port: 0, homeDir: home, heap: '512m', transactionMemoryMax: '32m' });
  driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: null });
  await waitForDriver(driver, undefined);
  const graph = new Graph(driver, undefined);
  neighbours = await tiedNeighbours(driver);
  ours = await createServer({
    config: loadConfig({ NODE_ENV: 'production' }),
    graph,
    logger: createLogger({ logLevel: 'silent' }),
    datasetVersion: () => 'synthetic-7',
  });
  const oursUrl = `http://127.0.0.1:${await ours.listen(0)}`;
  peer = await startPeerServer({ driver, port: 0 });
  floor = await startFloorServer({ driver, port: 0 });
  urls = { ours: oursUrl, peer: peer.url, floor: floor.url };
  queries = benchQueries(await prepareContext(oursUrl, ORGANIZATIONS));
}, 180_000);

afterAll(async () => {
  await ours?.stop();
  await peer?.stop();
  await floor?.stop();
  await driver?.close();
  await neo4j?.stop();
  fs.rmSync(home, { recursive: true, force: true });
}, 60_000);

const query = (id: string): BenchQuery => {
  const found = queries.find((q) => q.id === id);
  if (found === undefined) throw new Error(`no benchmark query ${id}`);
  return found;
};

test.each(['Q1', 'Q2', 'Q3a', 'Q3b', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8'])('%s: the servers that answer it give the same rows', async (id) => {
  const result = await checkEquality(query(id), urls);
  expect({ equal: result.equal, detail: result.equal ? 'equal' : result.detail }).toEqual({ equal: true, detail: 'equal' });
  expect(result.rows.ours).toBeGreaterThan(0);
});

it('covers every benchmark query', () => {
  expect(queries.map((q) => q.id)).toEqual(['Q1', 'Q2', 'Q3a', 'Q3b', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8']);
});

it('Q2: some organization of the page has more than ten ties', async () => {
  const q2 = query('Q2');
  const answer = rowsOf(q2, 'ours', await send(urls.ours, q2.ours));
  if (!('rows' in answer)) throw new Error(answer.problem);
  expect(answer.rows).toContain('  more ties: true');
});

it('Q3b: the region count is a part of all organizations, not all or none', async () => {
  const [all, region] = await Promise.all(
    ['Q3a', 'Q3b'].map(async (id) => {
      const answer = rowsOf(query(id), 'floor', await send(urls.floor, query(id).floor));
      if (!('rows' in answer)) throw new Error(answer.problem);
      return Number(answer.rows[0].replace('totalCount ', ''));
    }),
  );
  expect(region).toBeGreaterThan(0);
  expect(region).toBeLessThan(all);
});

it('a different answer is reported as not equal, with the differing rows', async () => {
  const mixed: BenchQuery = { ...query('Q1'), floor: query('Q4').floor };
  const result = await checkEquality(mixed, urls);
  expect(result.equal).toBe(false);
  expect(result.detail).toMatch(/^ours ≠ floor \(100 rows each\); first differences:\n {2}row 1: ours "syn-/);
});

async function tiedNeighbours(driver: Driver): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  const ties = await driver.executeQuery('MATCH (a:Organization)-[:TIED_TO]->(b:Organization) RETURN a.id AS a, b.id AS b');
  for (const record of ties.records) {
    const [a, b] = [record.get('a') as string, record.get('b') as string];
    if (!found.has(a)) found.set(a, new Set());
    if (!found.has(b)) found.set(b, new Set());
    found.get(a)!.add(b);
    found.get(b)!.add(a);
  }
  return found;
}

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

const ROUTES = `query ($organization: ID!, $depth: Int!, $after: String) {
  partnersOf(organization: $organization, depth: $depth, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { distance organization { id } through { id } }
  }
}`;
/** No route selected: the statement computes distances only. */
const DISTANCES = ROUTES.replace(' through { id }', '');

/** Every page, in order. */
async function reachedFrom(organization: string, depth: number, query = ROUTES): Promise<{ totalCount: number; reached: Reached[] }> {
  const reached: Reached[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (;;) {
    const response = await fetch(`${urls.ours}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { organization, depth, after } }),
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

describe('partnersOf against a breadth-first search', () => {
  const hub = (): string => [...neighbours.entries()].sort((x, y) => y[1].size - x[1].size || x[0].localeCompare(y[0]))[0][0];

  test.each([1, 2, 3])('depth %i from the hub: the distances of a breadth-first search, with routes or without', async (depth) => {
    const start = hub();
    const expected = breadthFirst(start, depth);
    const { totalCount, reached } = await reachedFrom(start, depth);
    expect(totalCount).toBe(expected.size);
    expect(new Map(reached.map((r) => [r.organization.id, r.distance]))).toEqual(expected);
    expect(reached.length).toBe(expected.size);
    for (const r of reached) {
      // A route of `distance` ties: start, the organizations it passes through, the one reached, each tied to the next.
      const stops = [start, ...r.through.map((t) => t.id), r.organization.id];
      expect(stops).toHaveLength(r.distance + 1);
      for (let i = 1; i < stops.length; i++) expect(neighbours.get(stops[i - 1])?.has(stops[i])).toBe(true);
    }
    if (depth === 3) expect(expected.size).toBeGreaterThan(ORGANIZATIONS / 2);
    const distancesOnly = await reachedFrom(start, depth, DISTANCES);
    expect(distancesOnly.totalCount).toBe(totalCount);
    expect(distancesOnly.reached).toEqual(reached.map(({ distance, organization }) => ({ distance, organization })));
  });
});
