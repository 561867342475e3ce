import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toEdgesCsv, toNodesCsv } from '../../src/export/csv';
import { toGexf } from '../../src/export/gexf';
import { toGraphml } from '../../src/export/graphml';
import { tinyNetwork } from '../unit/export-fixture';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * Every export the API serves, fetched over real HTTP and loaded by the tools analysts use: NetworkX (read_gexf,
 * read_graphml, and the CSV edge list into a MultiGraph) and python-igraph (Graph.Read_GraphML, and the CSV node and edge
 * lists through Graph.DictList). Node and edge counts must equal the CSV row counts, and the association's degree must
 * equal what GraphQL says: its ties (`partners.totalCount`, one per tie of the origins exported) plus one per member
 * (every edge is undirected; a membership is an edge with relation MEMBER_OF, so the graphs are multigraphs where a
 * member also tied to the association has two edges to it). Needs python3 (or $NKSS_PYTHON) with networkx and igraph
 * (`pip install networkx igraph`): without them the test fails, it does not skip.
 */

/** The first python3 that has both readers: $NKSS_PYTHON, the one on PATH, then Debian's (python3-networkx, python3-igraph). */
const PYTHON =
  [process.env.NKSS_PYTHON, 'python3', '/usr/bin/python3']
    .filter((candidate): candidate is string => candidate !== undefined && candidate !== '')
    .find((candidate) => {
      try {
        execFileSync(candidate, ['-c', 'import networkx, igraph'], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    }) ??
  process.env.NKSS_PYTHON ??
  'python3';
const ASSOCIATION = 'org-nkss';

/** Loads each file of a directory with every reader that takes its format; prints one JSON object. */
const LOAD = String.raw`
import csv, json, os, sys
import networkx as nx
import igraph

d, center = sys.argv[1], sys.argv[2]
out = {}

def nx_summary(G):
    rel = {}
    bad_members = 0
    for u, v, data in G.edges(data=True):
        r = data.get('relation')
        rel[r] = rel.get(r, 0) + 1
        if r == 'MEMBER_OF' and {data.get('member'), data.get('association')} != {u, v}:
            bad_members += 1
    return {
        'nodes': G.number_of_nodes(),
        'edges': G.number_of_edges(),
        'directed': G.is_directed(),
        'degree': G.degree(center) if center in G else None,
        'relations': rel,
        'badMemberships': bad_members,
        'labels': {n: data.get('label') for n, data in G.nodes(data=True)},
    }

def ig_summary(g, id_attr):
    ids = g.vs[id_attr]
    rel = {}
    bad_members = 0
    for e in g.es:
        r = e['relation']
        rel[r] = rel.get(r, 0) + 1
        if r == 'MEMBER_OF' and {e['member'], e['association']} != {ids[e.source], ids[e.target]}:
            bad_members += 1
    return {
        'nodes': g.vcount(),
        'edges': g.ecount(),
        'directed': g.is_directed(),
        'degree': g.degree(ids.index(center)) if center in ids else None,
        'relations': rel,
        'badMemberships': bad_members,
        'labels': dict(zip(ids, g.vs['label'])),
    }

def rows(name):
    with open(os.path.join(d, name), newline='', encoding='utf-8') as f:
        return [{k: (v if v != '' else None) for k, v in r.items()} for r in csv.DictReader(f)]

if os.path.exists(os.path.join(d, 'network.gexf')):
    out['networkx.read_gexf'] = nx_summary(nx.read_gexf(os.path.join(d, 'network.gexf')))
if os.path.exists(os.path.join(d, 'network.graphml')):
    out['networkx.read_graphml'] = nx_summary(nx.read_graphml(os.path.join(d, 'network.graphml')))
    out['igraph.Read_GraphML'] = ig_summary(igraph.Graph.Read_GraphML(os.path.join(d, 'network.graphml')), 'id')
if os.path.exists(os.path.join(d, 'edges.csv')):
    nodes, edges = rows('nodes.csv'), rows('edges.csv')
    G = nx.MultiGraph()
    G.add_nodes_from((n['id'], n) for n in nodes)
    G.add_edges_from((e['source'], e['target'], e['id'], e) for e in edges if e['type'] == 'Undirected')
    out['networkx csv'] = nx_summary(G)
    out['networkx csv']['directedRows'] = sum(1 for e in edges if e['type'] != 'Undirected')
    g = igraph.Graph.DictList(vertices=nodes, edges=edges, directed=False, vertex_name_attr='id', edge_foreign_keys=('source', 'target'))
    out['igraph csv'] = ig_summary(g, 'id')
print(json.dumps(out, ensure_ascii=False))
`;

interface Summary {
  nodes: number;
  edges: number;
  directed: boolean;
  degree: number | null;
  relations: Record<string, number>;
  badMemberships: number;
  labels: Record<string, string>;
}

const READERS = ['networkx.read_gexf', 'networkx.read_graphml', 'igraph.Read_GraphML', 'networkx csv', 'igraph csv'] as const;

function python(args: string[]): string {
  return execFileSync(PYTHON, args, { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
}

function load(dir: string, center = ASSOCIATION): Record<string, Summary> {
  try {
    return JSON.parse(python(['-c', LOAD, dir, center])) as Record<string, Summary>;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`Loading the exports in ${dir} with NetworkX/igraph failed:\n${stderr || String(error)}`);
  }
}

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  const field = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n)/y;
  let row: string[] = [];
  while (field.lastIndex < text.length) {
    const m = field.exec(text);
    if (!m) throw new Error(`malformed CSV at ${field.lastIndex}`);
    row.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]);
    if (m[3] === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

let server: TestServer;
let base: string;
let tmp: string;
let versions: { python: string; networkx: string; igraph: string };

beforeAll(async () => {
  try {
    versions = JSON.parse(
      python([
        '-c',
        'import json, platform, networkx, igraph; print(json.dumps({"python": platform.python_version(), "networkx": networkx.__version__, "igraph": igraph.__version__}))',
      ]),
    ) as typeof versions;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(
      `This test needs ${PYTHON} with NetworkX and python-igraph (Debian: apt-get install python3-networkx python3-igraph; or pip install networkx igraph; or set NKSS_PYTHON to a python3 that has them): ${stderr.trim() || String(error)}`,
    );
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nkss-export-readers-'));
  server = await startTestServer();
  base = server.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await server?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

/** Fetches the four files for one query string into their own directory; returns it with the CSV rows. */
async function download(
  name: string,
  query: string,
): Promise<{ dir: string; nodes: Record<string, string>[]; edges: Record<string, string>[] }> {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  const texts: Record<string, string> = {};
  for (const file of ['network.gexf', 'network.graphml', 'nodes.csv', 'edges.csv']) {
    const res = await fetch(`${base}/export/${file}${query === '' ? '' : `?${query}`}`);
    texts[file] = await res.text();
    expect([file, res.status]).toEqual([file, 200]);
    fs.writeFileSync(path.join(dir, file), texts[file], 'utf8');
  }
  return { dir, nodes: parseCsv(texts['nodes.csv']), edges: parseCsv(texts['edges.csv']) };
}

/** The association's ties of the given origins (all when omitted), as GraphQL counts them. */
async function tieCount(via?: string[]): Promise<number> {
  const res = await server.gql<{ association: { id: string; partners: { totalCount: number } } }>(
    'query ($via: [TieOrigin!]) { association(slug: "nkss") { id partners(first: 1, via: $via) { totalCount } } }',
    { via },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.association.id).toBe(ASSOCIATION);
  return res.data!.association.partners.totalCount;
}

/** Its members at any time: member organizations (GraphQL filter) plus the people whose memberships GraphQL lists. */
async function memberCount(nodeIds: readonly string[]): Promise<number> {
  const orgs = await server.gql<{ organizations: { totalCount: number } }>(
    '{ organizations(filter: { association: "nkss", member: true }, first: 1) { totalCount } }',
  );
  expect(orgs.errors).toBeUndefined();
  let people = 0;
  for (const id of nodeIds.filter((n) => n.startsWith('person-'))) {
    const res = await server.gql<{ person: { memberships: { association: { id: string } | null }[] } }>(
      'query ($id: String) { person(id: $id) { memberships { association { id } } } }',
      { id },
    );
    expect(res.errors).toBeUndefined();
    people += res.data!.person.memberships.filter((m) => m.association?.id === ASSOCIATION).length;
  }
  return orgs.data!.organizations.totalCount + people;
}

function expectLoaded(
  loaded: Record<string, Summary>,
  csv: { nodes: Record<string, string>[]; edges: Record<string, string>[] },
  degree: number,
): void {
  const memberships = csv.edges.filter((e) => e.relation === 'MEMBER_OF').length;
  const labels = Object.fromEntries(csv.nodes.map((n) => [n.id, n.label]));
  expect(Object.keys(loaded).sort()).toEqual([...READERS].sort());
  for (const reader of READERS) {
    const s = loaded[reader];
    expect({ reader, nodes: s.nodes, edges: s.edges, directed: s.directed, degree: s.degree }).toEqual({
      reader,
      nodes: csv.nodes.length,
      edges: csv.edges.length,
      directed: false,
      degree,
    });
    expect({ reader, relations: s.relations, badMemberships: s.badMemberships }).toEqual({
      reader,
      relations: { TIE: csv.edges.length - memberships, ...(memberships > 0 ? { MEMBER_OF: memberships } : {}) },
      badMemberships: 0,
    });
    expect({ reader, labels: s.labels }).toEqual({ reader, labels });
  }
}

describe('the exports load in NetworkX and igraph', () => {
  it('reports the Python side', () => {
    expect(versions).toEqual({ python: expect.any(String), networkx: expect.any(String), igraph: expect.any(String) });
  });

  it('the whole network: counts as the CSV, the association’s degree = its ties + its members', async () => {
    const csv = await download('all', '');
    const [ties, members] = await Promise.all([tieCount(), memberCount(csv.nodes.map((n) => n.id))]);
    expect(csv.edges.filter((e) => e.relation === 'MEMBER_OF')).toHaveLength(members);
    expectLoaded(load(csv.dir), csv, ties + members);
  });

  it('two origins only: the degree counts only those ties, and every membership', async () => {
    const origins = ['AGREEMENT', 'COOPERATION'];
    const csv = await download('origins', `origins=${origins.join(',')}`);
    const [ties, members] = await Promise.all([tieCount(origins), memberCount(csv.nodes.map((n) => n.id))]);
    expectLoaded(load(csv.dir), csv, ties + members);
  });

  it('a small network with markup, quotes, a line break, diacritics and Cyrillic keeps every label and value', () => {
    const dir = path.join(tmp, 'tiny');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'network.gexf'), toGexf(tinyNetwork), 'utf8');
    fs.writeFileSync(path.join(dir, 'network.graphml'), toGraphml(tinyNetwork), 'utf8');
    fs.writeFileSync(path.join(dir, 'nodes.csv'), toNodesCsv(tinyNetwork), 'utf8');
    fs.writeFileSync(path.join(dir, 'edges.csv'), toEdgesCsv(tinyNetwork), 'utf8');
    expectLoaded(
      load(dir),
      {
        nodes: tinyNetwork.nodes.map((n) => ({ id: n.id, label: n.label })),
        edges: tinyNetwork.edges.map((e) => ({ id: e.id, relation: e.relation })),
      },
      2,
    );
    // The tie's viaName holds an apostrophe and a line break (kept as &#10; in XML attributes, raw in GraphML text).
    const viaNames = python([
      '-c',
      'import json, sys, networkx as nx, igraph; d = sys.argv[1]; ' +
        "tie = lambda G: [v for _, _, v in G.edges(data='viaName') if v is not None]; " +
        "print(json.dumps([tie(nx.read_gexf(d + '/network.gexf')), tie(nx.read_graphml(d + '/network.graphml')), " +
        "[v for v in igraph.Graph.Read_GraphML(d + '/network.graphml').es['viaName'] if v]], ensure_ascii=False))",
      dir,
    ]);
    const viaName = tinyNetwork.edges[1].viaName;
    expect(JSON.parse(viaNames)).toEqual([[viaName], [viaName], [viaName]]);
  });
});
