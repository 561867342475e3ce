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
 * throw-away Neo4j: this API, @neo4j/graphql and the floor, in this process, answer every benchmark query alike.
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

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'nkss-bench-equality-'));
  neo4j = await startLocalNeo4j({ port: 0, homeDir: home, heap: '512m' });
  driver = createDriver({ uri: neo4j.uri, username: 'neo4j', password: null });
  await waitForDriver(driver, undefined);
  const graph = new Graph(driver, undefined);
  await migrate(graph);
  await writeSyntheticNetwork(graph, { organizations: ORGANIZATIONS, partnerships: 3000, seed: 7 });
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
