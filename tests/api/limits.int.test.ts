import { startTestServer, type TestServer } from '../helpers/server';

/** Limits are checked before any Cypher runs: every refusal here reports `cypherQueries: 0`. */
let server: TestServer;
let manyAliases: TestServer;
beforeAll(async () => {
  [server, manyAliases] = await Promise.all([
    startTestServer({ nodeEnv: 'production' }),
    // Aliases allowed, so that the cost alone has to refuse the alias bombs.
    startTestServer({ nodeEnv: 'production', env: { MAX_ALIASES: '1000' } }),
  ]);
});
afterAll(() => Promise.all([server.stop(), manyAliases.stop()]));

function aliased(count: number, field: string): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
}

/** Fragments that each spread the next one twice: 2^levels fields once expanded. */
function fragmentBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return ['query Bomb { ...F0 }', ...fragments, `fragment F${levels} on Query { __typename }`].join('\n');
}

const partnersOfDepth3 = 'partnersOf(organization: "org-anibar", depth: 3) { totalCount nodes { organization { name } } }';

describe('cost', () => {
  test('the fragment bomb (24 levels) is refused in time linear in its size, with its cost', async () => {
    const started = Date.now();
    const res = await server.gql(fragmentBomb(24));
    const elapsed = Date.now() - started;
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toEqual({ code: 'RESOURCE_LIMIT', resource: 'cost', cost: 2 ** 24, limit: 10_000 });
    expect(res.extensions?.cypherQueries).toBe(0);
    expect(elapsed).toBeLessThan(2_000);
  });

  test('25 aliases of partnersOf(depth: 3) cost more than the limit', async () => {
    const res = await manyAliases.gql(aliased(25, partnersOfDepth3));
    expect(res.errors![0].extensions).toMatchObject({ code: 'RESOURCE_LIMIT', resource: 'cost', limit: 10_000 });
    expect(res.errors![0].extensions.cost).toBeGreaterThan(10_000);
    expect(res.errors![0].message).toMatch(/estimated cost is \d+; the limit is 10000/);
    expect(res.extensions?.cypherQueries).toBe(0);
  });

  test('101 aliases of organizations(first: 100) cost more than the limit', async () => {
    const res = await manyAliases.gql(aliased(101, 'organizations(first: 100) { nodes { name } }'));
    expect(res.errors![0].extensions).toMatchObject({ code: 'RESOURCE_LIMIT', resource: 'cost' });
    expect(res.extensions?.cypherQueries).toBe(0);
  });

  test('20 aliases of networkMetrics cost more than the limit, and so do three', async () => {
    for (const count of [20, 3]) {
      const res = await manyAliases.gql(aliased(count, 'networkMetrics { organizationCount }'));
      expect(res.errors![0].extensions).toMatchObject({ code: 'RESOURCE_LIMIT', resource: 'cost' });
    }
  });

  test('the page size multiplies, also when it comes from a variable', async () => {
    const query = 'query Pages($n: Int) { organizations(first: $n) { nodes { name partners(first: 100) { nodes { id } } } } }';
    const small = await server.gql(query, { n: 2 });
    expect(small.errors).toBeUndefined();
    const large = await server.gql(query, { n: 100 });
    expect(large.errors![0].extensions).toMatchObject({ code: 'RESOURCE_LIMIT', resource: 'cost' });
  });

  test('partnersOf costs by its depth', async () => {
    const query = `query Reach($depth: Int!) ${aliased(10, 'partnersOf(organization: "org-anibar", depth: $depth) { totalCount }')}`;
    expect((await server.gql(query, { depth: 1 })).errors).toBeUndefined();
    expect((await server.gql(query, { depth: 3 })).errors![0].extensions).toMatchObject({ code: 'RESOURCE_LIMIT', resource: 'cost' });
  });

  test('a full page with nested fields and one networkMetrics are answered', async () => {
    const page = await server.gql<{ organizations: { nodes: unknown[] } }>(
      '{ organizations(first: 100) { totalCount nodes { name city { name region { name } } partners { totalCount nodes { partner { name } } } } } }',
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.organizations.nodes.length).toBeGreaterThan(20);
    const metrics = await server.gql('{ networkMetrics { organizationCount organizations { organization { name } degree } } }');
    expect(metrics.errors).toBeUndefined();
  });
});

describe('aliases and directives', () => {
  test('the alias bomb is refused by its aliases, with the count and the limit', async () => {
    const res = await server.gql(aliased(25, partnersOfDepth3));
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toEqual({ code: 'RESOURCE_LIMIT', resource: 'aliases', aliases: 25, limit: 15 });
    expect(res.extensions?.cypherQueries).toBe(0);
  });

  test('aliases of __typename count; 15 are allowed', async () => {
    expect((await server.gql(aliased(15, '__typename'))).errors).toBeUndefined();
    expect((await server.gql(aliased(16, '__typename'))).errors![0].extensions).toMatchObject({ resource: 'aliases', aliases: 16 });
  });

  test('an alias in a fragment counts at each spread', async () => {
    const query = `{ ${Array.from({ length: 4 }, (_, i) => `o${i}: association { ...Names }`).join(' ')} }
      fragment Names on Association { n1: name n2: name n3: name }`;
    expect((await server.gql(query)).errors![0].extensions).toMatchObject({ resource: 'aliases', aliases: 16 });
  });

  test('more than 20 directives are refused', async () => {
    const query = (count: number) => `{ association { ${'... @include(if: true) { name } '.repeat(count)} } }`;
    expect((await server.gql(query(20))).errors).toBeUndefined();
    const res = await server.gql(query(21));
    expect(res.errors![0].extensions).toEqual({ code: 'RESOURCE_LIMIT', resource: 'directives', directives: 21, limit: 20 });
  });
});

describe('tokens and nesting', () => {
  test('10,000 nested braces are a parse error with a code, not a stack overflow', async () => {
    const res = await server.gql(`{ a${' { a'.repeat(10_000)}${' }'.repeat(10_000)} }`);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED', limit: 128 });
    expect(res.errors![0].message).toBe('Syntax Error: brackets nest 10001 deep; the limit is 128');
  });

  test('more than 2,000 tokens are a parse error', async () => {
    const res = await server.gql(`{ ${'__typename '.repeat(1_999)}}`);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors![0].message).toMatch(/more that 2000 tokens/);
  });

  test('10,000 nested brackets in an argument are a parse error before the parser recurses', async () => {
    const res = await server.gql(`{ search(text: ${'['.repeat(10_000)}${']'.repeat(10_000)}) { name } }`);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED', limit: 128 });
    expect(res.errors![0].message).not.toMatch(/call stack/);
  });

  test('brackets inside strings and comments do not count', async () => {
    const res = await server.gql(`# ${'{'.repeat(200)}\n{ search(text: "${'['.repeat(200)} Zajecar") { name } }`);
    expect(res.errors?.[0]?.message ?? '').not.toMatch(/nest/);
  });
});
