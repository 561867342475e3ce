import { readDataset } from '../../src/dataset/load';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const NESTED = `query Nested($first: Int!) {
  organizations(first: $first) {
    edges { node { name city { name district { name } region { name } } partners(first: 10) { nodes { origin partner { name city { name } } } } } }
  }
}`;
const SHALLOW = `query Shallow($first: Int!) { organizations(first: $first) { edges { node { name city { name } } } } }`;

async function queriesFor(query: string, first: number): Promise<{ queries: number; rows: number }> {
  const res = await server.gql<{ organizations: { edges: unknown[] } }>(query, { first });
  expect(res.errors).toBeUndefined();
  return { queries: res.extensions!.cypherQueries, rows: res.data!.organizations.edges.length };
}

describe('Cypher round trips', () => {
  // An organization row brings its city, district and region, and a tie its partner's row: the page is one query and
  // its partners one more, whatever the page size.
  test.each([5, 20, 50, 65])(
    'a page of %i organizations with city, district, region and partners with theirs takes 2 queries',
    async (first) => {
      const { rows, queries } = await queriesFor(NESTED, first);
      expect(rows).toBe(first);
      expect(queries).toBe(2);
    },
  );

  test('round trips grow with depth, not page size: a level the rows do not bring is one more query', async () => {
    expect((await queriesFor(`query ($first: Int!) { organizations(first: $first) { edges { node { name } } } }`, 5)).queries).toBe(1);
    expect((await queriesFor(SHALLOW, 5)).queries).toBe(1);
    expect((await queriesFor(SHALLOW, 50)).queries).toBe(1);
    const countries = `query ($first: Int!) { organizations(first: $first) { edges { node { city { region { country { name } } } } } } }`;
    expect((await queriesFor(countries, 5)).queries).toBe(2);
    expect((await queriesFor(countries, 50)).queries).toBe(2);
    const memberships = `query ($first: Int!) { organizations(first: $first) { edges { node { memberships { association { name } } } } } }`;
    // Page and memberships: the memberships bring their association's row.
    for (const first of [5, 65]) expect((await queriesFor(memberships, first)).queries).toBe(2);
  });

  test('organizations in detail: the organizations with their memberships, programmes and first page of ties (1)', async () => {
    const detail = `
      name city { name district { name region { name } } }
      memberships { since association { id name } }
      partners(first: 10) { totalCount nodes { partner { name city { name } } } }
      programmes { role programme { slug name } }`;
    type Detail = { memberships: unknown[]; programmes: unknown[] };
    const answer = await server.gql<{ member: Detail; participant: Detail }>(
      `{ member: organization(id: "org-gifest") { ${detail} } participant: organization(id: "org-stanica") { ${detail} } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.member.memberships.length).toBeGreaterThan(0);
    expect(answer.data!.participant.programmes.length).toBeGreaterThan(0);
    // Both organizations come in one query with the memberships, programmes and first page of ties their selection
    // reads (and each membership's association, participation's programme and partner with its row).
    expect(answer.extensions!.cypherQueries).toBe(1);
    // The same lists read another way (node(id:) goes through the per-list loaders) answer the same.
    const apart = await server.gql<{ member: Detail; participant: Detail }>(
      `{ member: node(id: "org-gifest") { ... on Organization { ${detail} } } participant: node(id: "org-stanica") { ... on Organization { ${detail} } } }`,
    );
    expect(apart.errors).toBeUndefined();
    expect(apart.data).toEqual(answer.data);
    expect(apart.extensions!.cypherQueries).toBeGreaterThan(2);
  });

  test('a page of ties read ahead with an organization answers as the page read apart, whatever its arguments', async () => {
    type Ties = { totalCount?: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string }[] };
    const ask = async (partners: string, variables: Record<string, unknown> = {}) => {
      const types: Record<string, string> = { first: '$first: Int!', via: '$via: [TieOrigin!]' };
      const names = Object.keys(variables);
      const declared = names.length === 0 ? '' : `(${names.map((name) => types[name]).join(', ')})`;
      const fields = `pageInfo { hasNextPage endCursor } nodes { id origin partner { id name city { name } } }`;
      const res = await server.gql<{ organization: { name: string; memberships: unknown[]; ties: Ties } }>(
        `query ${declared} { organization(id: "org-nkss") { name memberships { since } ties: ${partners} { ${fields} } } }`,
        variables,
      );
      expect(res.errors).toBeUndefined();
      const apart = await server.gql<{ node: { ties: Ties } }>(
        `query ${declared} { node(id: "org-nkss") { ... on Association { ties: ${partners} { ${fields} } } } }`,
        variables,
      );
      expect(apart.errors).toBeUndefined();
      expect(res.data!.organization.ties).toEqual(apart.data!.node.ties);
      return { ties: res.data!.organization.ties, queries: res.extensions!.cypherQueries };
    };
    const first = await ask('partners(first: 3)');
    expect(first.ties.nodes).toHaveLength(3);
    expect(first.ties.pageInfo.hasNextPage).toBe(true);
    expect(first.queries).toBe(1);
    expect(
      (await ask('partners(first: $first, via: $via)', { first: 2, via: ['JOINT_PROGRAMME', 'COOPERATION', 'JOINT_PROGRAMME'] })).queries,
    ).toBe(1);
    expect((await ask('partners(via: $via)', { via: null })).ties.nodes.length).toBeGreaterThan(3);
    // A later page, and pages under aliases, are read apart: a query more per page size.
    const after = await ask(`partners(first: 3, after: "${first.ties.pageInfo.endCursor}")`);
    expect(after.queries).toBe(2);
    expect(after.ties.nodes.map((t) => t.id)).not.toContain(first.ties.nodes[2].id);
    const both = await server.gql<{ organization: { a: Ties; b: Ties } }>(
      '{ organization(id: "org-nkss") { memberships { since } a: partners(first: 1) { nodes { id } } b: partners(first: 2) { nodes { id } } } }',
    );
    expect(both.errors).toBeUndefined();
    expect(both.data!.organization.b.nodes[0]).toEqual(both.data!.organization.a.nodes[0]);
    expect(both.extensions!.cypherQueries).toBe(3);
    // Arguments its own validation refuses are refused as before, with their path.
    const tooMany = await server.gql('{ organization(id: "org-nkss") { memberships { since } partners(first: 101) { nodes { id } } } }');
    expect(tooMany.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].path).toEqual(['organization', 'partners']);
  });

  test('a count alone reads no page, and a page alone counts nothing', async () => {
    const count = await server.gql<{ organizations: { totalCount: number } }>('{ organizations { totalCount } }');
    expect(count.extensions!.cypherQueries).toBe(1);
    expect(count.data!.organizations.totalCount).toBeGreaterThan(60);
    const both = await server.gql<{ organizations: { totalCount: number } }>('{ organizations(first: 3) { totalCount nodes { id } } }');
    expect(both.extensions!.cypherQueries).toBe(2);
    expect(both.data!.organizations.totalCount).toBe(count.data!.organizations.totalCount);
  });

  test('nodes: 50 ids of 11 types cost the same 13 queries as 11 ids, one per type and one per kind an unprefixed id may be', async () => {
    const d = readDataset().dataset;
    /** `n` of each type, or one of each when `one`. */
    const mix = (one: boolean) => {
      const take = <T>(list: T[], n: number, id: (x: T) => string) => list.slice(0, one ? 1 : n).map(id);
      return [
        ...take(d.organizations, 10, (o) => o.id),
        ...take(d.people, 5, (p) => p.id),
        ...take(d.cities, 10, (c) => `City:${c.slug}`),
        ...take(d.events, 5, (e) => `Event:${e.slug}`),
        ...take(d.countries, 4, (c) => `Country:${c.code}`),
        ...take(d.goals, 3, (g) => `Goal:${g.code}`),
        ...take(d.districts, 2, (x) => `District:${x.slug}`),
        ...take(d.regions, 2, (x) => `Region:${x.slug}`),
        ...take(d.programmes, 1, (p) => `Programme:${p.slug}`),
        ...take(d.membershipReports, 3, (r) => r.id),
        ...take(d.sources, 5, (s) => s.id),
      ];
    };
    const ask = async (ids: string[]) => {
      const res = await server.gql<{ nodes: ({ id: string } | null)[] }>('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
      expect(res.errors).toBeUndefined();
      expect(res.data!.nodes.map((n) => n?.id)).toEqual(ids);
      return res.extensions!.cypherQueries;
    };
    const [few, many] = [mix(true), mix(false)];
    expect([few.length, many.length]).toEqual([11, 50]);
    // Nine loaders by type; the reports and sources (no org-/person- prefix) also ask sources, reports, agreements and
    // roles: 4 more, in the same batch as the rest.
    expect(await ask(many)).toBe(13);
    expect(await ask(few)).toBe(13);
  });
});
