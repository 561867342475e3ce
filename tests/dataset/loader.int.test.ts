import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import type { Dataset } from '../../src/dataset/dataset.types';
import { toGraphRows } from '../../src/dataset/graph-rows';
import { datasetPath, loadDataset, readDataset, type DatasetFile } from '../../src/dataset/load';
import { InvalidDatasetError, validateDataset } from '../../src/dataset/validate';
import { createDriver } from '../../src/neo4j/driver';
import { Graph } from '../../src/neo4j/run';

/**
 * The loader against the real Neo4j that global setup loaded with data/nkss.json: it loaded everything, reloading changes
 * nothing, an invalid file never reaches the database, and a load that fails inside its transaction leaves no trace.
 */

interface Fingerprint {
  nodesByLabels: Record<string, number>;
  relationshipsByType: Record<string, number>;
  nodeUids: string[];
  relationships: string[];
  nodeProperties: { uid: string; labels: string[]; props: Record<string, unknown> }[];
  relationshipProperties: { type: string; from: string; to: string; key: string; props: Record<string, unknown> }[];
  dataset: { name: string; version: string; checksum: string }[];
}

/** Everything in the database that a load could touch, in a stable order (Dataset.loadedAt left out: a timestamp). */
async function fingerprint(graph: Graph): Promise<Fingerprint> {
  const labelCounts = await graph.read<{ labels: string[]; count: number }>('MATCH (n) RETURN labels(n) AS labels, count(*) AS count');
  const typeCounts = await graph.read<{ type: string; count: number }>(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
  );
  const nodes = await graph.read<Fingerprint['nodeProperties'][number]>(
    'MATCH (n:Entity) RETURN n.uid AS uid, labels(n) AS labels, properties(n) AS props ORDER BY uid',
  );
  const relationships = await graph.read<Fingerprint['relationshipProperties'][number]>(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.uid AS from, b.uid AS to, r.key AS key, properties(r) AS props ORDER BY type, from, to, key, r.id',
  );
  const dataset = await graph.read<Fingerprint['dataset'][number]>(
    'MATCH (d:Dataset) RETURN d.name AS name, d.version AS version, d.checksum AS checksum ORDER BY name',
  );
  return {
    nodesByLabels: Object.fromEntries(
      labelCounts.map((r) => [[...r.labels].sort().join(':'), r.count]).sort(([a], [b]) => String(a).localeCompare(String(b))),
    ),
    relationshipsByType: Object.fromEntries(typeCounts.map((r) => [r.type, r.count])),
    nodeUids: nodes.map((n) => n.uid),
    relationships: relationships.map((r) => `${r.type} ${r.from} -> ${r.to} [${r.key}]`),
    nodeProperties: nodes.map((n) => ({ ...n, labels: [...n.labels].sort() })),
    relationshipProperties: relationships,
    dataset,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- freely mutable JSON, to break records in ways the types forbid
type Json = Record<string, any>;

/** The relationships the file states: every one but the derived ties (TIED_TO, rebuilt by the loader in its transaction). */
const stated = (f: Fingerprint): string[] => f.relationships.filter((r) => !r.startsWith('TIED_TO '));

const count = async (graph: Graph, label: string): Promise<number> =>
  (await graph.readOne<{ count: number }>(`MATCH (n:${label}) RETURN count(n) AS count`))!.count;

const real = readDataset();
const json = JSON.parse(fs.readFileSync(datasetPath, 'utf8')) as Dataset;

let driver: Driver;
let graph: Graph;
let initial: Fingerprint;
let tmpDir: string;

beforeAll(async () => {
  const config = loadConfig(process.env);
  driver = createDriver({ uri: config.neo4j.uri!, username: config.neo4j.username, password: config.neo4j.password });
  graph = new Graph(driver, config.neo4j.database);
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nkss-loader-test-'));
  initial = await fingerprint(graph);
});

afterAll(async () => {
  // Whatever happened above, later test files see the real dataset.
  await loadDataset(graph, readDataset(), { force: true });
  await driver.close();
  fs.rmSync(tmpDir, { recursive: true, force: true });
});

describe('after global setup', () => {
  it('the Dataset node records the version and checksum of data/nkss.json', async () => {
    expect(initial.dataset).toEqual([{ name: 'nkss', version: real.dataset.version, checksum: real.checksum }]);
    expect(real.dataset.version).toBe(json.version);
  });

  it('holds one Organization per organization plus the association, and one node per city, report and event', async () => {
    expect(await count(graph, 'Organization')).toBe(json.organizations.length + 1);
    expect(await count(graph, 'Association')).toBe(1);
    expect(await count(graph, 'City')).toBe(json.cities.length);
    expect(await count(graph, 'MembershipReport')).toBe(json.membershipReports.length);
    expect(await count(graph, 'Event')).toBe(json.events.length);
    expect(await count(graph, 'Person')).toBe(json.people.length);
    expect(await count(graph, 'Source')).toBe(json.sources.length);
  });

  it('holds exactly the nodes and relationships the loader derives from the file', () => {
    const rows = toGraphRows(real.dataset);
    expect([...initial.nodeUids].sort()).toEqual(rows.nodes.map((n) => n.uid).sort());
    expect([...stated(initial)].sort()).toEqual(rows.relationships.map((r) => `${r.type} ${r.from} -> ${r.to} [${r.key}]`).sort());
    expect(initial.nodesByLabels.Dataset).toBe(1);
  });

  it('holds one derived tie (TIED_TO) per stored partnership, network membership and programme pair', () => {
    const participants = new Map<string, Set<string>>();
    for (const p of json.participations) participants.set(p.programme, (participants.get(p.programme) ?? new Set()).add(p.organization));
    const programmePairs = [...participants.values()].reduce((sum, s) => sum + (s.size * (s.size - 1)) / 2, 0);
    expect(initial.relationshipsByType.TIED_TO).toBe(json.partnerships.length + json.networkMemberships.length + programmePairs);
  });
});

describe('reloading', () => {
  it('with force writes the file again and changes nothing', async () => {
    const result = await loadDataset(graph, readDataset(), { force: true });
    expect(result).toEqual({
      version: real.dataset.version,
      status: 'loaded',
      nodes: initial.nodeUids.length,
      relationships: stated(initial).length,
      curatedKept: 0,
      purgedLeftOut: [],
    });
    expect(await fingerprint(graph)).toEqual(initial);
  });

  it('without force sees the same checksum, returns unchanged and changes nothing', async () => {
    const result = await loadDataset(graph);
    expect(result).toEqual({
      version: real.dataset.version,
      status: 'unchanged',
      nodes: initial.nodeUids.length,
      relationships: stated(initial).length,
      curatedKept: 0,
      purgedLeftOut: [],
    });
    expect(await fingerprint(graph)).toEqual(initial);
  });
});

describe('an invalid dataset file', () => {
  /** data/nkss.json with three bad records; validation must name each. */
  const broken = (): Json => {
    const input = structuredClone(json) as unknown as Json;
    input.organizations[1].city = 'atlantis';
    input.events[0].start = '2011-13';
    delete input.goals[2].sources;
    return input;
  };
  const problems = [
    { path: 'organizations[1].city', message: 'unknown city "atlantis"' },
    { path: 'events[0].start', message: 'must be YYYY, YYYY-MM or YYYY-MM-DD (got "2011-13")' },
    { path: 'goals[2].sources', message: 'must cite at least one source' },
  ];

  it('is rejected by validateDataset with exactly the three broken paths', () => {
    expect(() => validateDataset(broken())).toThrow(InvalidDatasetError);
    expect(() => validateDataset(broken())).toThrow(expect.objectContaining({ problems }));
  });

  it('never reaches the database when loaded from a file', async () => {
    const file = path.join(tmpDir, 'invalid.json');
    fs.writeFileSync(file, JSON.stringify(broken(), null, 2));
    const load = async (): Promise<unknown> => loadDataset(graph, readDataset(file), { force: true });
    await expect(load()).rejects.toThrow(InvalidDatasetError);
    await expect(load()).rejects.toMatchObject({ name: 'InvalidDatasetError', problems });
    expect(await fingerprint(graph)).toEqual(initial);
  });
});

describe('a load that fails inside its transaction', () => {
  it('rolls back whole when a relationship points at a node that is not written (caught by the count check)', async () => {
    const dataset = structuredClone(real.dataset);
    dataset.memberships[0].member = 'org-not-in-organizations';
    const file: DatasetFile = { dataset, checksum: 'bad0bad0bad0bad0' };
    const rows = toGraphRows(dataset);
    expect(rows.relationships).toContainEqual(
      expect.objectContaining({ type: 'MEMBER_OF', from: 'Organization:org-not-in-organizations' }),
    );

    await expect(loadDataset(graph, file)).rejects.toThrow(
      `Dataset load wrote ${rows.nodes.length}/${rows.nodes.length} nodes and ${rows.relationships.length - 1}/${rows.relationships.length} relationships; rolled back`,
    );
    expect(await fingerprint(graph)).toEqual(initial);
  });

  it('rolls back whole when Neo4j refuses a write (two organizations with one slug violate a constraint)', async () => {
    const dataset = structuredClone(real.dataset);
    dataset.organizations[5].slug = dataset.organizations[4].slug;
    const file: DatasetFile = { dataset, checksum: 'dup0dup0dup0dup0' };

    await expect(loadDataset(graph, file)).rejects.toMatchObject({
      message: 'The change conflicts with an existing record.',
      extensions: { code: 'CONFLICT' },
    });
    expect(await fingerprint(graph)).toEqual(initial);
  });

  it('leaves the real dataset loaded: a later run without force is unchanged', async () => {
    expect(await loadDataset(graph)).toMatchObject({ status: 'unchanged', version: real.dataset.version });
    expect(await fingerprint(graph)).toEqual(initial);
  });
});
