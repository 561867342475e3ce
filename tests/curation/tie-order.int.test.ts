import { startCurationServer, tokenFor, type CurationServer } from './http';

// Tie pages read an organization's ties in order from two indexes over the sort names each TIED_TO carries
// (fragments/ties-in-order, migrations/0008). These tests hold the pages to the order computed the plain way (expand
// every tie, sort by partner sortName, partner id, tie id), and check that a rename reaches the ties.
let api: CurationServer;
let editor: Record<string, string>;

beforeAll(async () => {
  api = await startCurationServer();
  editor = await tokenFor('ana', ['editor']);
}, 120_000);

afterAll(async () => {
  await api?.stop();
});

const PAGE = `query Page($id: String!, $first: Int!, $after: String, $via: [TieOrigin!]) {
  organization(id: $id) { partners(first: $first, after: $after, via: $via) {
    edges { node { id } } pageInfo { hasNextPage endCursor } } } }`;

interface Page {
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every tie id of the organization, walking pages of `first`. */
async function walk(id: string, first: number, via: string[] | null): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 200; pages++) {
    const answer = await api.as({}, PAGE, { id, first, after, via });
    expect(answer.errors).toBeUndefined();
    const page = answer.data.organization.partners as Page;
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
  throw new Error(`more than 200 pages of ties for ${id}`);
}

/** The order the pages promise, computed without the indexes. */
async function expandedOrder(id: string, origins: string[] | null): Promise<string[]> {
  const rows = await api.graph.read<{ id: string }>(
    `MATCH (:Organization {id: $id})-[t:TIED_TO]-(o:Organization)
     WHERE $origins IS NULL OR t.origin IN $origins
     RETURN t.id AS id ORDER BY o.sortName, o.id, t.id`,
    { id, origins },
  );
  return rows.map((r) => r.id);
}

async function tiesOutOfStep(): Promise<number> {
  const [row] = await api.graph.read<{ count: number }>(
    `MATCH (a)-[t:TIED_TO]->(b)
     WHERE NOT (t.aId = a.id AND t.bId = b.id AND t.aSortName = a.sortName AND t.bSortName = b.sortName)
     RETURN count(t) AS count`,
  );
  return row.count;
}

async function mostTied(n: number): Promise<string[]> {
  const rows = await api.graph.read<{ id: string }>(
    'MATCH (o:Organization) RETURN o.id AS id ORDER BY COUNT { (o)-[:TIED_TO]-() } DESC, o.id LIMIT toInteger($n)',
    { n },
  );
  return rows.map((r) => r.id);
}

test('every tie carries its ends’ ids and sort names after the load', async () => {
  const [row] = await api.graph.read<{ ties: number }>('MATCH ()-[t:TIED_TO]->() RETURN count(t) AS ties');
  expect(row.ties).toBeGreaterThan(100);
  expect(await tiesOutOfStep()).toBe(0);
});

test('pages walked three at a time give the expanded-and-sorted order, with and without via', async () => {
  const hubs = await mostTied(4);
  for (const id of hubs) {
    const all = await expandedOrder(id, null);
    expect(all.length).toBeGreaterThan(3);
    expect(await walk(id, 3, null)).toEqual(all);
    expect(await walk(id, 100, null)).toEqual(all);
    const via = ['AGREEMENT', 'NETWORK_MEMBERSHIP'];
    expect(await walk(id, 3, via)).toEqual(await expandedOrder(id, via));
  }
});

test('renaming an organization moves it in its partners’ pages', async () => {
  const [hub] = await mostTied(1);
  const before = await walk(hub, 100, null);
  // The partner whose tie comes last: renamed to sort first, its ties must come first.
  const [last] = await api.graph.read<{ partnerId: string }>(
    'MATCH (:Organization {id: $hub})-[t:TIED_TO {id: $tie}]-(p:Organization) RETURN p.id AS partnerId',
    { hub, tie: before[before.length - 1] },
  );
  const read = await api.as({}, `query Version($id: String!) { organization(id: $id) { version } }`, { id: last.partnerId });
  const update = await api.as(
    editor,
    `mutation Rename($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v, changes: { name: "Aaa synthetic rename" }) { status } }`,
    { id: last.partnerId, v: read.data.organization.version },
  );
  expect(update.errors).toBeUndefined();
  expect(update.data.updateOrganization.status).toBe('UPDATED');
  expect(await tiesOutOfStep()).toBe(0);
  const after = await walk(hub, 4, null);
  expect(after).toEqual(await expandedOrder(hub, null));
  expect(after).not.toEqual(before);
  expect(after[0]).toBe(before[before.length - 1]);
});
