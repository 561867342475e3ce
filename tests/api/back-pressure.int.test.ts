import { Graph } from '../../src/neo4j/run';
import { fixtureDriver } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/server';

describe('back-pressure: one request at a time, none waiting', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ nodeEnv: 'production', env: { MAX_CONCURRENT_REQUESTS: '1', MAX_QUEUED_REQUESTS: '0' } });
  });
  afterAll(() => server.stop());

  test('a burst: those past the limit get 503 busy with Retry-After at once, the rest are answered', async () => {
    const query = '{ organizations(first: 100) { nodes { name city { name district { name region { name } } } } } }';
    const answers = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const started = Date.now();
        const res = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const body = (await res.json()) as { data?: unknown; errors?: { extensions: Record<string, unknown> }[] };
        return { status: res.status, retryAfter: res.headers.get('retry-after'), body, ms: Date.now() - started };
      }),
    );
    const refused = answers.filter((a) => a.status === 503);
    const served = answers.filter((a) => a.status === 200);
    expect(refused.length + served.length).toBe(20);
    expect(refused.length).toBeGreaterThan(0);
    expect(served.length).toBeGreaterThan(0);
    for (const a of refused) {
      expect(a.retryAfter).toBe('5');
      expect(a.body.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'busy', retryAfterSeconds: 5 });
      expect(a.ms).toBeLessThan(2_000);
    }
    for (const a of served) expect(a.body.errors).toBeUndefined();
  });
});

describe('a query past its time limit', () => {
  test('is stopped by Neo4j and answered QUERY_TIMEOUT; Neo4j keeps answering', async () => {
    const driver = fixtureDriver();
    try {
      const graph = new Graph(driver, undefined, { timeouts: { queryMs: 500, analyticsMs: 60_000 } });
      const started = Date.now();
      await expect(graph.read('CALL apoc.util.sleep(20000)')).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
      // Neo4j looks for timed-out transactions every 2 s.
      expect(Date.now() - started).toBeLessThan(6_000);
      expect(await graph.read<{ one: number }>('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await driver.close();
    }
  });
});
