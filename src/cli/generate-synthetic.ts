import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { readDataset, type DatasetFile } from '../dataset/load';
import { toGraphRows } from '../dataset/graph-rows';
import type { OrganizationKind, Sector } from '../graph/organizations/organization.type';
import { toCypherInt } from '../neo4j/convert';
import { cypher } from '../neo4j/cypher';
import { createDriver, waitForDriver } from '../neo4j/driver';
import { migrate } from '../neo4j/migrate';
import { Graph } from '../neo4j/run';
import { parsePartialDate, type DatePrecision } from '../shared/partial-date';
import { toSearchKey } from '../shared/search-key';
import { rebuildTiesInBatches, TIE_BATCH_SIZE, type TieRebuildResult } from '../ties/rebuild';

/**
 * A seeded, reproducible synthetic network for benchmarks: organizations labelled `:Organization:Entity:Synthetic`
 * (`synthetic: true`, ids `syn-org-<n>`) based in the dataset's real places, a synthetic association `syn-association`
 * that ~80 % of them joined between 2011 and 2024, stored ties, a few programmes and networks. The same options always
 * give the same rows (mulberry32, no Math.random); writing merges on ids, so a second run changes nothing.
 */

export const SYNTHETIC_ASSOCIATION = 'syn-association';

export interface SyntheticOptions {
  organizations: number;
  partnerships: number;
  seed: number;
}

/** mulberry32: a small, fast 32-bit PRNG; the same seed gives the same sequence of floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, weights: readonly (readonly [T, number])[]): T {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, weight] of weights) {
    r -= weight;
    if (r < 0) return value;
  }
  return weights[weights.length - 1][0];
}

const int = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

// Drawn from the real enums: `satisfies` fails to compile when OrganizationKind gains or loses a value; sectors are typed by Sector.
const KIND_WEIGHTS = {
  ORGANIZATION: 60,
  INITIATIVE: 15,
  INSTITUTION: 10,
  NETWORK: 3,
  FUND: 4,
  GOVERNMENT_BODY: 4,
  AGENCY: 4,
} as const satisfies Record<`${OrganizationKind}`, number>;
type Kind = keyof typeof KIND_WEIGHTS;
type SectorName = `${Sector}`;
const TIE_KIND_WEIGHTS = [
  ['COOPERATION', 65],
  ['AGREEMENT', 20],
  ['CO_FOUNDING', 15],
] as const;
/** How precisely sources date things: mostly to the day, often to the month, sometimes only the year. */
const PRECISION_WEIGHTS: readonly (readonly [DatePrecision, number])[] = [
  ['DAY', 55],
  ['MONTH', 25],
  ['YEAR', 20],
];

function sectorOf(random: Random, kind: Kind): SectorName | null {
  if (kind === 'GOVERNMENT_BODY' || kind === 'AGENCY' || kind === 'INSTITUTION') return 'PUBLIC';
  if (kind === 'FUND')
    return pick<SectorName>(random, [
      ['CIVIL', 70],
      ['PRIVATE', 30],
    ]);
  return pick<SectorName | null>(random, [
    ['CIVIL', 90],
    ['PRIVATE', 5],
    [null, 5],
  ]);
}

/** A date property as the loader stores it: the source-style value, its precision and its bounds (YYYY-MM-DD). */
export interface DateFields {
  value: string | null;
  precision: DatePrecision | null;
  earliest: string | null;
  latest: string | null;
}
const NO_DATE: DateFields = { value: null, precision: null, earliest: null, latest: null };

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A uniformly drawn day in [from, to], given at a drawn precision. */
function randomDate(random: Random, from: string, to: string): DateFields {
  const day = isoOf(int(random, dayNumber(from), dayNumber(to)));
  const precision = pick(random, PRECISION_WEIGHTS);
  const value = precision === 'DAY' ? day : precision === 'MONTH' ? day.slice(0, 7) : day.slice(0, 4);
  const parsed = parsePartialDate(value);
  return { value, precision, earliest: parsed.earliest, latest: parsed.latest };
}

/** An end after a start: 1 to 6 years later, capped at the end of 2025. */
function laterDate(random: Random, start: DateFields): DateFields {
  const from = isoOf(dayNumber(start.latest!) + 1);
  const to = isoOf(Math.min(dayNumber(start.latest!) + int(random, 365, 6 * 365), dayNumber('2025-12-31')));
  return from > to ? NO_DATE : randomDate(random, from, to);
}

const flat = (prefix: string, d: DateFields): Record<string, string | null> => ({
  [prefix]: d.value,
  [`${prefix}Precision`]: d.precision,
  [`${prefix}Earliest`]: d.earliest,
  [`${prefix}Latest`]: d.latest,
});

export type Row = Record<string, string | boolean | null>;

export interface SyntheticNetwork {
  organizations: Row[];
  memberships: Row[];
  partnerships: Row[];
  programmes: Row[];
  participations: Row[];
  networkMemberships: Row[];
}

const orgId = (n: number): string => `syn-org-${n}`;

/** The whole synthetic network as rows, from the options and the real city slugs; pure and deterministic. */
export function generateSyntheticNetwork(options: SyntheticOptions, citySlugs: readonly string[]): SyntheticNetwork {
  const { organizations: n, partnerships: p, seed } = options;
  if (!Number.isSafeInteger(n) || n < 10) throw new RangeError('organizations must be an integer of at least 10');
  if (!Number.isSafeInteger(p) || p < 0 || p > (n * (n - 1)) / 4) {
    throw new RangeError(`partnerships must be an integer from 0 to ${Math.floor((n * (n - 1)) / 4)} for ${n} organizations`);
  }
  if (citySlugs.length === 0) throw new RangeError('no cities to place organizations in');
  const random = mulberry32(seed);
  // A capital-heavy spread, as in the real scene: about a third in Belgrade, then Novi Sad and Niš, the rest evenly.
  const cityWeights = citySlugs.map(
    (slug) => [slug, slug === 'beograd' ? citySlugs.length / 2 : slug === 'novi-sad' ? 3 : slug === 'nis' ? 2 : 1] as const,
  );
  const networks = Math.min(3, n);

  const organizations: Row[] = [
    {
      id: SYNTHETIC_ASSOCIATION,
      slug: SYNTHETIC_ASSOCIATION,
      name: 'Synthetic association',
      kind: 'NETWORK',
      sector: 'CIVIL',
      ...flat('founded', { value: '2011-05-22', precision: 'DAY', earliest: '2011-05-22', latest: '2011-05-22' }),
      sortName: toSearchKey('Synthetic association'),
      searchKey: toSearchKey('Synthetic association'),
      city: citySlugs.includes('beograd') ? 'beograd' : citySlugs[0],
      association: true,
    },
  ];
  const memberships: Row[] = [];
  for (let i = 1; i <= n; i += 1) {
    const name = `Synthetic organization ${i}`;
    // The first few are the networks others join.
    const kind: Kind = i <= networks ? 'NETWORK' : pick(random, Object.entries(KIND_WEIGHTS) as [Kind, number][]);
    organizations.push({
      id: orgId(i),
      slug: orgId(i),
      name,
      kind,
      sector: i <= networks ? 'CIVIL' : sectorOf(random, kind),
      ...flat('founded', random() < 0.7 ? randomDate(random, '1990-01-01', '2020-12-31') : NO_DATE),
      sortName: toSearchKey(name),
      searchKey: toSearchKey(name),
      city: pick(random, cityWeights),
      association: false,
    });
    if (random() < 0.8) {
      const founding = random() < 0.01;
      const since: DateFields = founding
        ? { value: '2011-05-22', precision: 'DAY', earliest: '2011-05-22', latest: '2011-05-22' }
        : randomDate(random, '2011-05-22', '2024-12-31');
      memberships.push({
        member: orgId(i),
        association: SYNTHETIC_ASSOCIATION,
        ...flat('since', since),
        ...flat('until', random() < 0.04 ? laterDate(random, since) : NO_DATE),
        founding,
      });
    }
  }

  // Stored ties: one end skewed towards low numbers (a few hubs, as in real cooperation networks), the other uniform.
  const partnerships: Row[] = [];
  const seen = new Set<string>();
  while (partnerships.length < p) {
    const a = 1 + Math.floor(n * random() ** 2);
    const b = int(random, 1, n);
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const since = random() < 0.9 ? randomDate(random, '2008-01-01', '2024-12-31') : NO_DATE;
    partnerships.push({
      id: `syn-partnership-${partnerships.length + 1}`,
      from: orgId(a),
      to: orgId(b),
      kind: pick(random, TIE_KIND_WEIGHTS),
      ...flat('since', since),
      ...flat('until', since.value !== null && random() < 0.08 ? laterDate(random, since) : NO_DATE),
    });
  }

  const programmes: Row[] = [];
  const participations: Row[] = [];
  for (let k = 1; k <= 5; k += 1) {
    const slug = `syn-programme-${k}`;
    const start = randomDate(random, '2011-01-01', '2023-12-31');
    programmes.push({
      slug,
      name: `Synthetic programme ${k}`,
      kind: pick(random, [
        ['PROJECT', 3],
        ['FESTIVAL', 1],
        ['FUND', 1],
      ] as const),
      ...flat('start', start),
      ...flat('end', random() < 0.5 ? laterDate(random, start) : NO_DATE),
      searchKey: toSearchKey(`Synthetic programme ${k}`),
      city: pick(random, cityWeights),
    });
    const members = new Set<number>();
    const size = Math.min(n, int(random, 10, 40));
    while (members.size < size) members.add(int(random, 1, n));
    [...members].forEach((m, index) =>
      participations.push({ organization: orgId(m), programme: slug, role: index === 0 ? 'lead' : 'participant' }),
    );
  }

  const networkMemberships: Row[] = [];
  for (let k = 1; k <= networks; k += 1) {
    const members = new Set<number>();
    const size = Math.min(n - networks, int(random, 20, 80));
    while (members.size < size) {
      const m = int(random, networks + 1, n);
      members.add(m);
    }
    for (const m of members) {
      networkMemberships.push({
        organization: orgId(m),
        network: orgId(k),
        ...flat('since', random() < 0.85 ? randomDate(random, '2005-01-01', '2024-12-31') : NO_DATE),
        role: 'member',
      });
    }
  }
  return { organizations, memberships, partnerships, programmes, participations, networkMemberships };
}

/** The places of data/nkss.json (countries, regions, districts, cities and their links), as the app's loader writes them. */
export function placeRows(file: DatasetFile): ReturnType<typeof toGraphRows> {
  const { nodes, relationships } = toGraphRows(file.dataset);
  const places = nodes.filter((node) => ['Country', 'Region', 'District', 'City'].includes(node.labels[0]));
  const uids = new Set(places.map((node) => node.uid));
  return { nodes: places, relationships: relationships.filter((r) => r.type !== 'CITED_BY' && uids.has(r.from) && uids.has(r.to)) };
}

export interface WriteResult {
  counts: Record<keyof SyntheticNetwork | 'places', number>;
  /** Transactions of the places and the six steps (the tie rebuild's are in `ties`). */
  transactions: number;
  /** The derived ties (TIED_TO) of every synthetic organization, rebuilt after the six steps. */
  ties: TieRebuildResult;
  ms: number;
}

export class RealDatasetPresentError extends Error {
  constructor() {
    super(
      'The database holds the real NKSS dataset (a Dataset node named nkss); refusing to mix synthetic data in. Use --force to do it anyway.',
    );
  }
}

/** Each part of the network and the query that merges its rows, in the order their references need. */
const NETWORK_STEPS: readonly (readonly [keyof SyntheticNetwork, string])[] = [
  ['organizations', 'synthetic/merge-organizations'],
  ['memberships', 'synthetic/merge-memberships'],
  ['partnerships', 'synthetic/merge-partnerships'],
  ['programmes', 'synthetic/merge-programmes'],
  ['participations', 'synthetic/merge-participations'],
  ['networkMemberships', 'synthetic/merge-network-memberships'],
];

/** Writes the dataset's places through the loader's own queries (without marking the dataset loaded): one transaction. */
export async function writePlaces(graph: Graph, file: DatasetFile, places = placeRows(file)): Promise<void> {
  await graph.write(async (tx) => {
    await tx.run(cypher('dataset/merge-nodes'), { rows: places.nodes, checksum: file.checksum });
    await tx.run(cypher('dataset/merge-relationships'), { rows: places.relationships, checksum: file.checksum, curating: false });
  });
}

/** Writes the network's rows, part by part, `batchSize` rows a transaction; answers how many transactions it took. */
export async function writeNetworkRows(
  graph: Graph,
  network: SyntheticNetwork,
  batchSize: number,
  log?: (line: string) => void,
): Promise<number> {
  let transactions = 0;
  for (const [name, query] of NETWORK_STEPS) {
    const rows = network[name];
    const stepStarted = Date.now();
    for (let offset = 0; offset < rows.length; offset += batchSize) {
      await graph.write((tx) => tx.run(cypher(query), { rows: rows.slice(offset, offset + batchSize) }));
      transactions += 1;
    }
    log?.(`${name}: ${rows.length} rows in ${Date.now() - stepStarted} ms`);
  }
  return transactions;
}

/**
 * Writes the places (through the dataset loader's own queries, without marking the dataset loaded), then the synthetic
 * network in UNWIND batches of `batchSize` rows, each batch one transaction, then rebuilds the derived ties (TIED_TO) of
 * every synthetic organization, `tieBatchSize` organizations per transaction (cypher/ties/rebuild.cypher).
 */
export async function writeSyntheticNetwork(
  graph: Graph,
  options: SyntheticOptions & { force?: boolean; batchSize?: number; tieBatchSize?: number; log?: (line: string) => void },
): Promise<WriteResult> {
  const started = Date.now();
  if (!options.force && (await graph.readOne(cypher('dataset/loaded-version'))) !== null) throw new RealDatasetPresentError();
  const file = readDataset();
  const places = placeRows(file);
  await writePlaces(graph, file, places);
  let transactions = 1;
  const network = generateSyntheticNetwork(
    options,
    file.dataset.cities.map((c) => c.slug),
  );
  transactions += await writeNetworkRows(graph, network, options.batchSize ?? 5000, options.log);
  const ties = await rebuildTiesInBatches(
    graph,
    network.organizations.map((o) => String(o.id)),
    options.tieBatchSize ?? TIE_BATCH_SIZE,
  );
  options.log?.(`ties: rebuilt for ${ties.organizations} organizations in ${ties.ms} ms`);
  const counts = {
    places: places.nodes.length,
    ...(Object.fromEntries(NETWORK_STEPS.map(([name]) => [name, network[name].length])) as Record<keyof SyntheticNetwork, number>),
  };
  return { counts, transactions, ties, ms: Date.now() - started };
}

/** Deletes every synthetic node (and its relationships, derived ties included: DETACH DELETE) in batches; returns how many. */
export async function deleteSynthetic(graph: Graph, batchSize = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await graph.write(async (tx) => {
      const result = await tx.run(cypher('synthetic/delete-batch'), { limit: toCypherInt(batchSize) });
      return result.summary.counters.updates().nodesDeleted;
    });
    total += deleted;
    if (deleted === 0) return total;
  }
}

const USAGE = `usage: generate-synthetic [--organizations 10000] [--partnerships 100000] [--seed 42] [--batch-size 5000] [--reset] [--force]
Writes a seeded synthetic network into NEO4J_URI. --reset deletes earlier synthetic data first; --force writes even
when the real NKSS dataset is loaded there.`;

class UsageError extends Error {}

export function parseSyntheticArgs(args: readonly string[]): SyntheticOptions & { batchSize: number; reset: boolean; force: boolean } {
  const numbers: Record<string, number> = { organizations: 10_000, partnerships: 100_000, seed: 42, 'batch-size': 5000 };
  const flags = { reset: false, force: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--reset' || arg === '--force') {
      flags[arg.slice(2) as 'reset' | 'force'] = true;
      continue;
    }
    const match = /^--(organizations|partnerships|seed|batch-size)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unknown argument ${JSON.stringify(arg)}`);
    const raw = match[2] ?? args[(i += 1)];
    if (raw === undefined || !/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
      throw new UsageError(`--${match[1]} needs a non-negative integer`);
    }
    numbers[match[1]] = Number(raw);
  }
  if (numbers['batch-size'] < 1) throw new UsageError('--batch-size must be at least 1');
  return {
    organizations: numbers.organizations,
    partnerships: numbers.partnerships,
    seed: numbers.seed,
    batchSize: numbers['batch-size'],
    ...flags,
  };
}

async function main(argv: string[]): Promise<void> {
  const options = parseSyntheticArgs(argv);
  const config = loadConfig();
  if (config.neo4j.uri === null) throw new UsageError('Set NEO4J_URI to the Neo4j to write the synthetic network into');
  const driver = createDriver({ uri: config.neo4j.uri, username: config.neo4j.username, password: config.neo4j.password });
  try {
    await waitForDriver(driver, config.neo4j.database, 10_000);
    const graph = new Graph(driver, config.neo4j.database);
    await migrate(graph);
    const deleted = options.reset ? await deleteSynthetic(graph, options.batchSize) : 0;
    const log = (line: string): void => void process.stderr.write(`${line}\n`);
    const result = await writeSyntheticNetwork(graph, { ...options, log });
    process.stdout.write(`${JSON.stringify({ seed: options.seed, deleted, ...result })}\n`);
  } finally {
    await driver.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    const usage = error instanceof UsageError || error instanceof RangeError;
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage ? `${USAGE}\n` : ''}`);
    process.exit(usage || error instanceof ConfigError || error instanceof RealDatasetPresentError ? 2 : 1);
  });
}
