import { startTestServer, type TestServer } from '../helpers/server';

/**
 * The export endpoints over real HTTP on the NKSS dataset. Hand counts from data/nkss.json:
 * nodes: 64 organizations + the association + 2 people who are individual members = 67;
 * edges: 6 partnerships (5 COOPERATION, 1 AGREEMENT) + 2 network memberships + 378 joint-programme pairs
 * (Na sopstveni pogon 26 participants → 325, Fond solidarnosti 8 → 28, REG.LAB 7 → 21, MANEK 3 → 3, regional resource
 * centres 2 → 1; four programmes with one participant → 0) + 16 memberships = 402.
 */

let server: TestServer;
let base: string;
beforeAll(async () => {
  server = await startTestServer();
  base = server.url.replace(/\/graphql$/, '');
});
afterAll(() => server.stop());

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string): string {
  return raw.replace(/&([^;&<]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new Error(`bare & in ${JSON.stringify(raw)}`);
    if (name in ENTITIES) return ENTITIES[name];
    const code = /^#(\d+)$/.exec(name)?.[1] ?? (/^#x([0-9a-fA-F]+)$/.exec(name) ? parseInt(name.slice(2), 16) : undefined);
    if (code === undefined) throw new Error(`unknown entity ${whole}`);
    return String.fromCodePoint(Number(code));
  });
}

/** A strict structural XML check without a library: one root, balanced tags, quoted attributes, known entities only. */
function parseXml(text: string): XmlElement {
  const prolog = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(text);
  if (!prolog) throw new Error('missing XML declaration');
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"<]*")*)\s*(\/?)>|([^<]+)/y;
  token.lastIndex = prolog[0].length;
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  while (token.lastIndex < text.length) {
    const at = token.lastIndex;
    const m = token.exec(text);
    if (!m) throw new Error(`malformed XML at ${at}: ${JSON.stringify(text.slice(at, at + 40))}`);
    const top = stack[stack.length - 1];
    if (m[5] !== undefined) {
      top.text += decode(m[5]);
    } else if (m[1] === '/') {
      if (top.name !== m[2] || m[3] !== '' || m[4] !== '') throw new Error(`</${m[2]}> closes <${top.name}> at ${at}`);
      stack.pop();
    } else {
      const attributes: Record<string, string> = {};
      for (const a of m[3].matchAll(/([A-Za-z_][\w.:-]*)="([^"<]*)"/g)) {
        if (a[1] in attributes) throw new Error(`repeated attribute ${a[1]}`);
        attributes[a[1]] = decode(a[2]);
      }
      const element: XmlElement = { name: m[2], attributes, children: [], text: '' };
      top.children.push(element);
      if (m[4] !== '/') stack.push(element);
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].name}>`);
  if (root.children.length !== 1 || root.text.trim() !== '') throw new Error('not exactly one root element');
  return root.children[0];
}

const child = (e: XmlElement, name: string): XmlElement => {
  const found = e.children.filter((c) => c.name === name);
  if (found.length !== 1) throw new Error(`<${e.name}> has ${found.length} <${name}>`);
  return found[0];
};
const values = (e: XmlElement): Record<string, string> =>
  Object.fromEntries(child(e, 'attvalues').children.map((v) => [v.attributes.for, v.attributes.value]));

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
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
  return rows;
}

async function get(path: string): Promise<{ status: number; headers: Headers; text: string }> {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe('GET /export/network.gexf', () => {
  let res: { status: number; headers: Headers; text: string };
  let gexf: XmlElement;
  beforeAll(async () => {
    res = await get('/export/network.gexf');
    gexf = parseXml(res.text);
  });

  it('answers a GEXF download from two Cypher queries', () => {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="nkss-network.gexf"');
    expect(res.headers.get('x-cypher-queries')).toBe('2');
  });

  it('is well-formed GEXF 1.2draft in dynamic mode with dates, with 67 nodes and 402 edges', () => {
    expect(gexf.name).toBe('gexf');
    expect(gexf.attributes).toMatchObject({ xmlns: 'http://www.gexf.net/1.2draft', version: '1.2' });
    const graph = child(gexf, 'graph');
    expect(graph.attributes).toEqual({
      mode: 'dynamic',
      defaultedgetype: 'undirected',
      timeformat: 'date',
    });
    expect(
      graph.children.filter((c) => c.name === 'attributes').map((c) => [c.attributes.class, c.children.map((a) => a.attributes.id)]),
    ).toEqual([
      ['node', ['type', 'kind', 'sector', 'city', 'region', 'country', 'member', 'memberSince']],
      ['edge', ['relation', 'member', 'association', 'origin', 'via', 'viaName', 'since', 'until']],
    ]);
    expect(child(graph, 'nodes').children).toHaveLength(67);
    expect(child(graph, 'nodes').attributes.count).toBe('67');
    expect(child(graph, 'edges').children).toHaveLength(402);
  });

  it('holds the 2011 protocol with the Ministry of Culture as an AGREEMENT edge starting 2011-01-01', () => {
    const edges = child(child(gexf, 'graph'), 'edges').children;
    const protocol = edges.find((e) => e.attributes.id === 'partnership-nkss-ministry-of-culture-agreement-2011')!;
    expect(protocol.attributes).toEqual({
      id: 'partnership-nkss-ministry-of-culture-agreement-2011',
      source: 'org-nkss',
      target: 'org-ministarstvo-kulture-republike-srbije',
      kind: 'AGREEMENT',
      label: 'AGREEMENT',
      start: '2011-01-01',
    });
    expect(values(protocol)).toEqual({
      relation: 'TIE',
      origin: 'AGREEMENT',
      via: 'agreement-2011-protocol-ministry-of-culture',
      viaName: 'Protokol o saradnji',
      since: '2011-01',
    });
  });

  it('counts edges by origin as the dataset has them; every edge undirected, memberships naming member and association', () => {
    const edges = child(child(gexf, 'graph'), 'edges').children;
    const byKind: Record<string, number> = {};
    for (const e of edges) byKind[e.attributes.kind] = (byKind[e.attributes.kind] ?? 0) + 1;
    expect(byKind).toEqual({ AGREEMENT: 1, COOPERATION: 5, NETWORK_MEMBERSHIP: 2, JOINT_PROGRAMME: 378, MEMBER_OF: 16 });
    expect(edges.filter((e) => 'type' in e.attributes)).toEqual([]);
    const memberships = edges.filter((e) => values(e).relation === 'MEMBER_OF');
    expect(memberships).toHaveLength(16);
    for (const m of memberships) {
      expect(values(m)).toMatchObject({ member: m.attributes.source, association: 'org-nkss' });
      expect(m.attributes.target).toBe('org-nkss');
    }
    expect(edges.filter((e) => values(e).relation === 'TIE').every((e) => !('member' in values(e)))).toBe(true);
  });

  it('writes members with their membership and the span of their edges, names with diacritics kept', () => {
    const nodes = child(child(gexf, 'graph'), 'nodes').children;
    const perilo = nodes.find((n) => n.attributes.id === 'org-ug-perilo-zabrezje')!;
    expect(perilo.attributes).toEqual({ id: 'org-ug-perilo-zabrezje', label: 'UG Perilo Zabrežje', start: '2020-09-26' });
    expect(values(perilo)).toEqual({
      type: 'ORGANIZATION',
      kind: 'ORGANIZATION',
      sector: 'CIVIL',
      city: 'Zabrežje',
      region: 'Beogradski region',
      country: 'RS',
      member: 'true',
      memberSince: '2020-09-26',
    });
    const person = nodes.find((n) => n.attributes.id === 'person-dusan-muric')!;
    expect(person.attributes).toEqual({ id: 'person-dusan-muric', label: 'Dušan Murić', start: '2020-09-26' });
    expect(values(person)).toEqual({ type: 'PERSON', member: 'true', memberSince: '2020-09-26' });
  });
});

describe('GET /export/network.graphml', () => {
  it('is well-formed GraphML with keys, 67 nodes and 402 edges, all undirected', async () => {
    const res = await get('/export/network.graphml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="nkss-network.graphml"');
    const graphml = parseXml(res.text);
    const keys = graphml.children.filter((c) => c.name === 'key');
    expect(keys).toHaveLength(21);
    expect(new Set(keys.map((k) => k.attributes['attr.type']))).toEqual(new Set(['string', 'boolean']));
    const graph = child(graphml, 'graph');
    expect(graph.attributes).toEqual({ id: 'nkss', edgedefault: 'undirected' });
    expect(graph.children.filter((c) => c.name === 'node')).toHaveLength(67);
    const edges = graph.children.filter((c) => c.name === 'edge');
    expect(edges).toHaveLength(402);
    expect(edges.filter((e) => 'directed' in e.attributes)).toEqual([]);
    const declared = new Set(keys.map((k) => k.attributes.id));
    for (const e of [...graph.children]) for (const d of e.children) expect(declared).toContain(d.attributes.key);
    const membership = edges.find((e) => e.attributes.id === 'member:person-dusan-muric:org-nkss')!;
    expect(Object.fromEntries(membership.children.map((d) => [d.attributes.key, d.text]))).toMatchObject({
      'edge.relation': 'MEMBER_OF',
      'edge.member': 'person-dusan-muric',
      'edge.association': 'org-nkss',
    });
    const protocol = edges.find((e) => e.attributes.id === 'partnership-nkss-ministry-of-culture-agreement-2011')!;
    expect(Object.fromEntries(protocol.children.map((d) => [d.attributes.key, d.text]))).toEqual({
      'edge.relation': 'TIE',
      'edge.origin': 'AGREEMENT',
      'edge.via': 'agreement-2011-protocol-ministry-of-culture',
      'edge.viaName': 'Protokol o saradnji',
      'edge.since': '2011-01',
      'edge.start': '2011-01-01',
    });
  });
});

describe('GET /export/nodes.csv and /export/edges.csv', () => {
  it('lists 67 nodes, quoting a name with a comma', async () => {
    const res = await get('/export/nodes.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="nkss-nodes.csv"');
    const rows = parseCsv(res.text);
    expect(rows[0]).toEqual([
      'id',
      'label',
      'type',
      'kind',
      'sector',
      'city',
      'region',
      'country',
      'member',
      'memberSince',
      'start',
      'end',
    ]);
    expect(rows).toHaveLength(68);
    expect(res.text).toContain(
      '\r\norg-fondacija-za-otvoreno-drustvo-srbija,"Fondacija za otvoreno društvo, Srbija",ORGANIZATION,FUND,CIVIL,,,RS,false,,2013-01-01,\r\n',
    );
    // An undated tie (Stanica's cooperation) leaves the association's start open.
    expect(res.text).toContain('\r\norg-nkss,Nezavisna kulturna scena Srbije,ORGANIZATION,NETWORK,CIVIL,,,RS,false,,,\r\n');
    expect(rows.filter((r) => r[8] === 'true')).toHaveLength(16);
  });

  it('lists 402 edges with the protocol row', async () => {
    const res = await get('/export/edges.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="nkss-edges.csv"');
    const rows = parseCsv(res.text);
    expect(rows[0]).toEqual([
      'id',
      'source',
      'target',
      'type',
      'relation',
      'member',
      'association',
      'origin',
      'via',
      'viaName',
      'since',
      'until',
      'start',
      'end',
    ]);
    expect(rows).toHaveLength(403);
    expect(rows.every((r, i) => i === 0 || r[3] === 'Undirected')).toBe(true);
    expect(res.text).toContain(
      '\r\npartnership-nkss-ministry-of-culture-agreement-2011,org-nkss,org-ministarstvo-kulture-republike-srbije,Undirected,TIE,,,AGREEMENT,agreement-2011-protocol-ministry-of-culture,Protokol o saradnji,2011-01,,2011-01-01,\r\n',
    );
  });
});

describe('filters', () => {
  async function counts(query: string): Promise<{ nodes: number; edges: number }> {
    const [nodes, edges] = await Promise.all([get(`/export/nodes.csv?${query}`), get(`/export/edges.csv?${query}`)]);
    expect([nodes.status, edges.status]).toEqual([200, 200]);
    return { nodes: parseCsv(nodes.text).length - 1, edges: parseCsv(edges.text).length - 1 };
  }

  it('2011 only: ties and memberships overlapping the year, and the nodes they touch', async () => {
    // 4 partnerships (BIFC, Asociacija, the protocol, Stanica's undated one) + Magacin–TEH (undated) + 325 pairs of
    // Na sopstveni pogon (2011-10-25) + NVO Generator's membership (2011-05-22) = 331 edges over 32 nodes.
    expect(await counts('from=2011-01-01&to=2011-12-31')).toEqual({ nodes: 32, edges: 331 });
  });

  it('origins: only agreements and network membership, plus the memberships', async () => {
    expect(await counts('origins=AGREEMENT,NETWORK_MEMBERSHIP')).toEqual({ nodes: 67, edges: 1 + 2 + 16 });
  });

  it('membersOnly: the association and its 16 members; no tie joins two of them', async () => {
    expect(await counts('membersOnly=true')).toEqual({ nodes: 17, edges: 16 });
  });

  it('membersOnly as of 2012: NVO Generator (2011-05-22) and Vido (2012-06-22)', async () => {
    expect(await counts('membersOnly=true&to=2012-12-31')).toEqual({ nodes: 3, edges: 2 });
  });
});

describe('bad parameters answer 400 with the argument named', () => {
  test.each([
    ['/export/network.gexf?from=2011-13-01', ['from'], 'from must be a day, YYYY-MM-DD (got "2011-13-01")'],
    [
      '/export/edges.csv?origins=FRIENDSHIP',
      ['origins'],
      'origins must be a comma-separated list of AGREEMENT, CO_FOUNDING, COOPERATION, NETWORK_MEMBERSHIP, JOINT_PROGRAMME (got "FRIENDSHIP")',
    ],
    ['/export/nodes.csv?association=no-such-association', ['association'], 'No association has the slug "no-such-association"'],
    ['/export/network.graphml?membersOnly=maybe', ['membersOnly'], 'membersOnly must be true or false (got "maybe")'],
    ['/export/network.gexf?from=2012-01-01&to=2011-01-01', ['to'], 'to (2011-01-01) is before from (2012-01-01)'],
    [
      '/export/network.gexf?since=2011',
      ['since'],
      'Unknown parameter "since"; expected one of association, from, to, origins, membersOnly',
    ],
  ])('%s', async (path, argumentPath, message) => {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual({ code: 'BAD_USER_INPUT', argumentPath, message });
  });
});
