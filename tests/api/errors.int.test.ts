import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ nodeEnv: 'production' });
});
afterAll(() => server.stop());

async function firstError(query: string, variables?: Record<string, unknown>) {
  const res = await server.gql(query, variables);
  expect(res.errors).toBeDefined();
  return res.errors![0];
}

describe('bad input', () => {
  test.each([
    ['a page size over 100', '{ organizations(first: 1000) { totalCount } }', ['first']],
    ['a zero page size', '{ organizations(last: 0) { totalCount } }', ['last']],
    ['an impossible date', '{ organizations(filter: { memberAsOf: "2011-02-30" }) { totalCount } }', ['filter', 'memberAsOf']],
    ['a date without a day', '{ association { memberCount(asOf: "2011-07") { certain } } }', ['asOf']],
    ['a Cyrillic slug', '{ city(slug: "зајечар") { name } }', ['slug']],
    ['an injection attempt in a slug', `{ organization(slug: "x' OR 1=1 //") { name } }`, ['slug']],
    ['a huge text', `{ search(text: "${'a'.repeat(500)}") { name } }`, ['text']],
    ['a garbage cursor', '{ organizations(after: "not-a-cursor") { totalCount } }', ['after']],
    ['both first and last', '{ organizations(first: 2, last: 2) { totalCount } }', ['last']],
    ['both id and slug', '{ organization(id: "org-remont", slug: "remont") { name } }', ['id']],
    ['a search with nothing searchable', '{ search(text: "!!!") { name } }', ['text']],
  ])('%s answers BAD_USER_INPUT with the argument path', async (_name, query, argumentPath) => {
    const error = await firstError(query);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.argumentPath).toEqual(argumentPath);
    expect(error.extensions).not.toHaveProperty('stacktrace');
  });

  test('a wrong type in a variable is BAD_USER_INPUT', async () => {
    const error = await firstError('query Q($n: Int) { organizations(first: $n) { totalCount } }', { n: 'many' });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });

  test('a wrong enum value names the argument', async () => {
    const error = await firstError('{ organizations(filter: { sector: MILITARY }) { totalCount } }');
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toContain('MILITARY');
  });

  test('a malformed query is GRAPHQL_PARSE_FAILED', async () => {
    expect((await firstError('{ organizations(first: 2 { totalCount }')).extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  test('a query nested deeper than the limit is refused before it reaches Neo4j', async () => {
    const deep = `{ organizations { nodes { ${'partners { nodes { partner { '.repeat(4)}name${' } } }'.repeat(4)} } } }`;
    const res = await server.gql(deep);
    expect(res.errors![0].extensions).toEqual({ code: 'RESOURCE_LIMIT', resource: 'depth', depth: 15, limit: 12 });
    expect(res.errors![0].message).toMatch(/levels deep; the limit is 12/);
  });

  test('unknown ids and slugs give null, not errors', async () => {
    const res = await server.gql(
      '{ city(slug: "atlantis") { name } event(slug: "no-such-event") { name } person(slug: "nobody") { name } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ city: null, event: null, person: null });
  });

  test('bad input loses nothing: the data answers the same afterwards', async () => {
    const before = await server.gql('{ organizations(first: 100) { totalCount } }');
    await server.gql(`{ organization(slug: "x'}) DETACH DELETE (n) //") { name } }`);
    expect(await server.gql('{ organizations(first: 100) { totalCount } }')).toEqual(before);
  });
});
