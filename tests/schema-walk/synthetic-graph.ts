import type { Driver } from 'neo4j-driver';
import {
  generateSyntheticNetwork,
  placeRows,
  writeNetworkRows,
  writePlaces,
  type Row,
  type SyntheticNetwork,
} from '../../src/cli/generate-synthetic';
import { readDataset } from '../../src/dataset/load';
import { migrate } from '../../src/neo4j/migrate';
import { Graph } from '../../src/neo4j/run';
import { rebuildTiesInBatches } from '../../src/ties/rebuild';

/**
 * A small synthetic graph for the schema walk in the fixture Neo4j, written beside whatever other test files left there:
 * the app's own generator (generateSyntheticNetwork: an association with members, organizations in real places, stored
 * ties, programmes with participants, networks with members), its ids moved from `syn-` to `walk-` so they clash with no
 * other fixture, written by the app's own Cypher (the dataset loader's place queries, cypher/synthetic/*, the tie rebuild).
 * What was there before is remembered; `remove` deletes exactly what was added and checks the counts are back.
 */

export const WALK_PREFIX = 'walk-';
export const WALK_ASSOCIATION = `${WALK_PREFIX}association`;

export interface WalkGraph {
  graph: Graph;
  network: SyntheticNetwork;
  remove(): Promise<{ before: Counts; after: Counts }>;
}

export interface Counts {
  nodes: number;
  relationships: number;
}

const rename = (row: Row): Row =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && v.startsWith('syn-') ? `${WALK_PREFIX}${v.slice(4)}` : v]),
  );

export async function counts(driver: Driver): Promise<Counts> {
  const { records } = await driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return { nodes: Number(records[0].get('nodes')), relationships: Number(records[0].get('relationships')) };
}

/** The first `limit` rows of each value of `key`, in order. */
function firstOf(rows: Row[], key: string, limit: number): Row[] {
  const seen = new Map<unknown, number>();
  return rows.filter((row) => {
    const n = (seen.get(row[key]) ?? 0) + 1;
    seen.set(row[key], n);
    return n <= limit;
  });
}

export async function writeWalkGraph(
  driver: Driver,
  options = { organizations: 50, partnerships: 60, seed: 8, perGroup: 4 },
): Promise<WalkGraph> {
  const before = await counts(driver);
  const existing = await driver.executeQuery(
    'CALL () { MATCH (n) RETURN collect(elementId(n)) AS nodes } CALL () { MATCH ()-[r]->() RETURN collect(elementId(r)) AS relationships } RETURN nodes, relationships',
  );
  const nodes = existing.records[0].get('nodes') as string[];
  const relationships = existing.records[0].get('relationships') as string[];

  const graph = new Graph(driver, undefined);
  await migrate(graph);
  const file = readDataset();
  const places = placeRows(file);
  const generated = generateSyntheticNetwork(
    options,
    file.dataset.cities.map((c) => c.slug),
  );
  const network = Object.fromEntries(
    Object.entries(generated).map(([step, rows]) => [step, (rows as Row[]).map(rename)]),
  ) as unknown as SyntheticNetwork;
  // The generator gives each programme 10 to 40 participants and each network 20 to 80 members, sized for benchmarks;
  // a few each keep every relation populated while the walk, which expands every one of them five levels deep, stays small.
  network.participations = firstOf(network.participations, 'programme', options.perGroup);
  network.networkMemberships = firstOf(network.networkMemberships, 'network', options.perGroup);
  if (network.organizations.some((o) => !String(o.id).startsWith(WALK_PREFIX))) throw new Error('an id escaped the walk prefix');
  await writePlaces(graph, file, places);
  await writeNetworkRows(graph, network, Number.MAX_SAFE_INTEGER);
  await rebuildTiesInBatches(
    graph,
    network.organizations.map((o) => String(o.id)),
  );

  return {
    graph,
    network,
    async remove() {
      await driver.executeQuery('MATCH ()-[r]->() WHERE NOT elementId(r) IN $relationships DELETE r', { relationships });
      await driver.executeQuery('MATCH (n) WHERE NOT elementId(n) IN $nodes DETACH DELETE n', { nodes });
      return { before, after: await counts(driver) };
    },
  };
}
