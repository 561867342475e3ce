import { startTestServer, type GqlResponse, type TestServer } from '../helpers/server';

/**
 * A document runs through graphql-js the first time and compiled (graphql-jit) from the second time on
 * (src/shared/compiled-execution.ts). Whichever way it runs, the answer is the same: data, errors with their codes and
 * paths, abstract types, cursors. Each document below is sent three times over real HTTP and every answer compared
 * with the first, interpreted one.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** The answer without the per-request extensions (the count of Cypher queries may differ: loaders are per request). */
function comparable(res: GqlResponse): unknown {
  return { status: res.status, data: res.data, errors: res.errors };
}

async function sameEveryTime(query: string, variables?: Record<string, unknown>): Promise<GqlResponse> {
  const before = { ...server.executionCounts };
  const first = await server.gql(query, variables);
  for (let i = 0; i < 2; i++) expect(comparable(await server.gql(query, variables))).toEqual(comparable(first));
  const ran = server.executionCounts.compiled - before.compiled;
  // A document refused before execution (a bad variable) never reaches either executor's resolvers.
  if (first.status === 200) expect(ran).toBe(2);
  return first;
}

test('a page with nested places, tie pages, counts and cursors', async () => {
  const res = await sameEveryTime(`{
    organizations(first: 5) {
      totalCount
      edges { cursor node { id name city { name district { name region { name } } }
        partners(first: 3) { totalCount edges { cursor node { origin partner { id name city { name } } } } pageInfo { hasNextPage endCursor } } } }
      pageInfo { hasNextPage endCursor }
    }
  }`);
  expect(res.errors).toBeUndefined();
  const page = res.data!.organizations as { edges: unknown[]; pageInfo: { endCursor: string } };
  expect(page.edges).toHaveLength(5);
  expect(typeof page.pageInfo.endCursor).toBe('string');
});

test('unions and interfaces resolve to the same types: search hits, nodes, path steps', async () => {
  const search = await sameEveryTime(
    `query ($text: String!) { search(text: $text) { kind name node { __typename
      ... on Organization { id slug } ... on City { slug } ... on Person { id } ... on Event { slug } } } }`,
    { text: 'beograd' },
  );
  const hits = search.data!.search as { node: { __typename: string } | null }[];
  expect(new Set(hits.map((h) => h.node?.__typename)).size).toBeGreaterThan(1);

  const nodes = await sameEveryTime(
    `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on City { name } ... on Organization { name } } }`,
    { ids: ['org-nkss', 'City:beograd', 'Country:RS', 'Goal:G01', 'no-such-id'] },
  );
  expect((nodes.data!.nodes as ({ __typename: string } | null)[]).map((n) => n?.__typename ?? null)).toEqual([
    'Association',
    'City',
    'Country',
    'Goal',
    null,
  ]);

  const partners = await server.gql<{ organization: { partners: { nodes: { partner: { id: string } }[] } } }>(
    '{ organization(id: "org-nkss") { partners(first: 2) { nodes { partner { id } } } } }',
  );
  const [a, b] = partners.data!.organization.partners.nodes.map((n) => n.partner.id);
  const path = await sameEveryTime(
    `query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length nodes { __typename ... on Organization { id } ... on Programme { slug } } } }`,
    { from: a, to: b },
  );
  expect((path.data!.shortestPath as { length: number }).length).toBeGreaterThan(0);
});

test('errors keep their code, message and path: a resolver refusing a forged cursor, an unknown association', async () => {
  const forged = await sameEveryTime(
    '{ organization(id: "org-nkss") { name partners(first: 2, after: "bm90IGEgY3Vyc29y") { totalCount } } }',
  );
  expect(forged.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  expect(forged.errors![0].path).toEqual(['organization', 'partners']);
  expect(forged.data).toEqual({ organization: null });

  const unknown = await sameEveryTime('{ decentralization(association: "no-such-association", asOf: "2020-12-31") { unitsReached } }');
  expect(unknown.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  expect(unknown.errors![0].path).toEqual(['decentralization']);
});

test('a bad variable is refused the same way every time: 400 BAD_USER_INPUT naming it', async () => {
  const res = await sameEveryTime('query ($n: Int!) { organizations(first: $n) { totalCount } }', { n: 'many' });
  expect(res.status).toBe(400);
  expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  expect(res.errors![0].message).toContain('$n');
});

test('operation names pick the operation; a name the document lacks is refused', async () => {
  const two = 'query A { association(slug: "nkss") { name } } query B { city(slug: "beograd") { name } }';
  const post = (operationName: string) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: two, operationName }),
    });
  for (let i = 0; i < 3; i++) {
    const a = (await (await post('A')).json()) as { data: unknown };
    const b = (await (await post('B')).json()) as { data: unknown };
    expect(a.data).toEqual({ association: { name: expect.any(String) } });
    expect(b.data).toEqual({ city: { name: 'Beograd' } });
    const missing = await post('C');
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'OPERATION_RESOLUTION_FAILURE',
    );
  }
});
