import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const NESTED = `query Nested($first: Int!) {
  organizations(first: $first) {
    edges { node { name city { name region { name } } partners { origin partner { name city { name } } } } }
  }
}`;
const SHALLOW = `query Shallow($first: Int!) { organizations(first: $first) { edges { node { name city { name } } } } }`;

async function queriesFor(query: string, first: number): Promise<{ queries: number; rows: number }> {
  const res = await server.gql<{ organizations: { edges: unknown[] } }>(query, { first });
  expect(res.errors).toBeUndefined();
  return { queries: res.extensions!.cypherQueries, rows: res.data!.organizations.edges.length };
}

describe('Cypher round trips', () => {
  // Bounded by depth: page, city, region, partners, partner, partner city. A larger page can need fewer,
  // when a partner's city was already loaded for the page (the per-request loader cache).
  test.each([5, 20, 50, 65])('a page of %i organizations with city, region and partners takes at most 6 queries', async (first) => {
    const { rows, queries } = await queriesFor(NESTED, first);
    expect(rows).toBe(first);
    expect(queries).toBeGreaterThanOrEqual(5);
    expect(queries).toBeLessThanOrEqual(6);
  });

  test('round trips grow with depth, not page size: one more level, one more query', async () => {
    expect((await queriesFor(`query ($first: Int!) { organizations(first: $first) { edges { node { name } } } }`, 5)).queries).toBe(1);
    expect((await queriesFor(SHALLOW, 5)).queries).toBe(2);
    expect((await queriesFor(SHALLOW, 50)).queries).toBe(2);
    expect(
      (
        await queriesFor(
          `query ($first: Int!) { organizations(first: $first) { edges { node { city { region { country { name } } } } } } }`,
          50,
        )
      ).queries,
    ).toBe(4);
  });
});
