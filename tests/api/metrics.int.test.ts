import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { readDataset } from '../../src/dataset/load';
import { createDriver } from '../../src/neo4j/driver';
import { Graph } from '../../src/neo4j/run';
import { Metrics } from '../../src/observability/metrics';
import { queryObserver } from '../../src/observability/query-observer';
import { createServer, type AppServer } from '../../src/server';

/** Metrics at /metrics and one log line per GraphQL request, from a real server over real HTTP. */

type LogLine = Record<string, unknown> & { msg?: string; level: number };

interface Running {
  base: string;
  lines: LogLine[];
  stop(): Promise<void>;
}

let driver: Driver;

/** The server as src/app.ts wires it: the metrics made before the Graph, whose observer feeds them. */
async function start(env: Record<string, string> = {}): Promise<Running> {
  const config = loadConfig({ ...process.env, ...env, NODE_ENV: 'production' });
  const lines: LogLine[] = [];
  // Debug, so the Cypher lines are there too; the stream is synchronous, so a line is in before its response is sent.
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  const metrics = new Metrics();
  const graph = new Graph(driver, config.neo4j.database, {
    observer: queryObserver({ metrics, logger }),
    onQueryStart: metrics.queryStarted,
  });
  const version = readDataset().dataset.version;
  const server: AppServer = await createServer({ config, graph, logger, metrics, datasetVersion: () => version });
  const port = await server.listen(0);
  return { base: `http://127.0.0.1:${port}`, lines, stop: () => server.stop() };
}

let server: Running;
let disabled: Running;
beforeAll(async () => {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  driver = createDriver({ uri: config.neo4j.uri!, username: config.neo4j.username, password: config.neo4j.password });
  [server, disabled] = await Promise.all([start(), start({ METRICS_ENABLED: 'false' })]);
});
afterAll(async () => {
  await Promise.all([server.stop(), disabled.stop()]);
  await driver.close();
});

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { extensions: { code: string } }[]; extensions?: { cypherQueries: number } };
}

async function gql(query: string, options: { operationName?: string; requestId?: string } = {}): Promise<Answer> {
  const res = await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.requestId ? { 'x-request-id': options.requestId } : {}) },
    body: JSON.stringify({ query, operationName: options.operationName }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Answer['body'] };
}

type Samples = Map<string, number>;

/** The Prometheus text format as `name{a="x",b="y"}` (labels sorted) → value. */
function parse(text: string): Samples {
  const samples: Samples = new Map();
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) continue;
    const labels = [...(match[2] ?? '').matchAll(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g)].map(([, k, v]) => `${k}="${v}"`).sort();
    samples.set(key(match[1], labels), Number(match[3]));
  }
  return samples;
}

function key(name: string, labels: string[]): string {
  return labels.length === 0 ? name : `${name}{${labels.join(',')}}`;
}

function value(samples: Samples, name: string, labels: Record<string, string> = {}): number | undefined {
  return samples.get(
    key(
      name,
      Object.entries(labels)
        .map(([k, v]) => `${k}="${v}"`)
        .sort(),
    ),
  );
}

async function scrape(): Promise<Samples> {
  const res = await fetch(`${server.base}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parse(await res.text());
}

describe('/metrics', () => {
  let before: Samples;
  let after: Samples;
  const delta = (name: string, labels: Record<string, string> = {}): number =>
    (value(after, name, labels) ?? 0) - (value(before, name, labels) ?? 0);

  beforeAll(async () => {
    before = await scrape();
    for (let i = 0; i < 2; i++) {
      const ok = await gql('query MetricsCount { organizations { totalCount } }');
      expect(ok.body.errors).toBeUndefined();
    }
    const bad = await gql('query MetricsTooMany { organizations(first: 1000) { totalCount } }');
    expect(bad.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await gql('{ __typename }')).status).toBe(200);
    // Named in the body but no GraphQL name: counted, under `other`.
    await gql('query { __typename }', { operationName: 'not a name' });
    after = await scrape();
  });

  test('GraphQL requests are counted by operation and outcome', () => {
    expect(delta('nkss_graphql_requests_total', { operation: 'MetricsCount', outcome: 'ok' })).toBe(2);
    expect(delta('nkss_graphql_requests_total', { operation: 'MetricsTooMany', outcome: 'BAD_USER_INPUT' })).toBe(1);
    expect(delta('nkss_graphql_requests_total', { operation: 'MetricsTooMany', outcome: 'ok' })).toBe(0);
    expect(delta('nkss_graphql_requests_total', { operation: 'anonymous', outcome: 'ok' })).toBe(1);
    expect(delta('nkss_graphql_requests_total', { operation: 'other', outcome: 'OPERATION_RESOLUTION_FAILURE' })).toBe(1);
  });

  test('GraphQL request durations are a histogram by operation', () => {
    expect(delta('nkss_graphql_request_duration_seconds_count', { operation: 'MetricsCount' })).toBe(2);
    expect(value(after, 'nkss_graphql_request_duration_seconds_bucket', { operation: 'MetricsCount', le: '0.005' })).toBeDefined();
    expect(value(after, 'nkss_graphql_request_duration_seconds_bucket', { operation: 'MetricsCount', le: '30' })).toBeDefined();
    expect(value(after, 'nkss_graphql_request_duration_seconds_sum', { operation: 'MetricsCount' })).toBeGreaterThan(0);
  });

  test('HTTP responses are counted by route and status', () => {
    expect(delta('nkss_http_requests_total', { route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(4);
    // The first scrape's own response.
    expect(value(after, 'nkss_http_requests_total', { route: '/metrics', status: '200' })).toBeGreaterThanOrEqual(1);
  });

  test('Cypher queries are counted and timed by query file', () => {
    expect(delta('nkss_cypher_queries_total', { query: 'organizations/count-all', outcome: 'ok' })).toBe(2);
    expect(value(after, 'nkss_cypher_duration_seconds_count', { query: 'organizations/count-all' })).toBeGreaterThan(0);
    expect(value(after, 'nkss_neo4j_queries_in_flight')).toBe(0);
  });

  test('the admission gate and the event-loop delay are there', () => {
    expect(value(after, 'nkss_admission_running')).toBe(0);
    expect(value(after, 'nkss_admission_queued')).toBe(0);
    expect(value(after, 'nkss_admission_refused_total', { reason: 'queue_full' })).toBe(0);
    expect(value(after, 'nkss_admission_refused_total', { reason: 'waited_too_long' })).toBe(0);
    for (const name of ['nodejs_eventloop_lag_seconds', 'nodejs_eventloop_lag_p50_seconds', 'nodejs_eventloop_lag_p99_seconds']) {
      expect(value(after, name)).toBeGreaterThanOrEqual(0);
    }
  });

  test('404s are counted as other', async () => {
    const start = value(await scrape(), 'nkss_http_requests_total', { route: 'other', status: '404' }) ?? 0;
    expect((await fetch(`${server.base}/nothing-here`)).status).toBe(404);
    expect(value(await scrape(), 'nkss_http_requests_total', { route: 'other', status: '404' })).toBe(start + 1);
  });

  test('METRICS_ENABLED=false: no /metrics', async () => {
    const res = await fetch(`${disabled.base}/metrics`);
    expect(res.status).toBe(404);
  });
});

describe('x-request-id', () => {
  test('a valid incoming id is echoed', async () => {
    const answer = await gql('{ __typename }', { requestId: 'client-1.A_b' });
    expect(answer.headers.get('x-request-id')).toBe('client-1.A_b');
  });

  test.each([
    ['spaces', 'not an id'],
    ['65 characters', 'x'.repeat(65)],
    ['a log-injection attempt', 'abc"},{"admin":true'],
  ])('an invalid one (%s) is replaced by a new UUID', async (_name, incoming) => {
    const answer = await gql('{ __typename }', { requestId: incoming });
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  test('64 characters are kept; without one every response gets its own, 404s and /metrics too', async () => {
    expect((await gql('{ __typename }', { requestId: 'y'.repeat(64) })).headers.get('x-request-id')).toBe('y'.repeat(64));
    const ids = await Promise.all(
      ['/graphql?query=%7B__typename%7D', '/nothing-here', '/metrics', '/health/live'].map(async (path) =>
        (await fetch(`${server.base}${path}`)).headers.get('x-request-id'),
      ),
    );
    expect(ids.every((id) => id !== null && /^[0-9a-f-]{36}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the request log', () => {
  const requestLines = (requestId: string) => server.lines.filter((l) => l.msg === 'graphql request' && l.requestId === requestId);

  test('one info line per request, with the id, operation, time, Cypher queries, outcome and status', async () => {
    const ok = await gql('query LoggedCount { organizations { totalCount } }', { requestId: 'log-ok-1' });
    const bad = await gql('{ organizations(first: 1000) { totalCount } }', { requestId: 'log-bad-1' });
    const [okLine] = requestLines('log-ok-1');
    expect(requestLines('log-ok-1')).toHaveLength(1);
    expect(okLine).toMatchObject({
      level: 30,
      requestId: 'log-ok-1',
      operation: 'LoggedCount',
      cypherQueries: ok.body.extensions!.cypherQueries,
      outcome: 'ok',
      status: 200,
    });
    expect(okLine.cypherQueries).toBeGreaterThan(0);
    expect(okLine.durationMs).toEqual(expect.any(Number));
    expect(okLine).not.toHaveProperty('errorCodes');

    expect(requestLines('log-bad-1')).toHaveLength(1);
    expect(requestLines('log-bad-1')[0]).toMatchObject({
      level: 30,
      operation: 'anonymous',
      outcome: 'BAD_USER_INPUT',
      errorCodes: ['BAD_USER_INPUT'],
      status: bad.status,
      cypherQueries: 0,
    });
  });

  test('a request refused before it runs is logged with its code and HTTP status', async () => {
    const answer = await gql('{ nope }', { requestId: 'log-invalid-1' });
    expect(requestLines('log-invalid-1')).toEqual([
      expect.objectContaining({ outcome: 'GRAPHQL_VALIDATION_FAILED', status: answer.status, cypherQueries: 0 }),
    ]);
    expect(answer.status).toBe(400);
  });

  test('at debug level each Cypher query is logged by file name, without its parameters', async () => {
    const from = server.lines.length;
    await gql('{ organizations { totalCount } }');
    const cypher = server.lines.slice(from).filter((l) => l.msg === 'cypher');
    expect(cypher).toContainEqual(expect.objectContaining({ level: 20, cypher: 'organizations/count-all', rows: 1 }));
    for (const line of cypher) {
      expect(Object.keys(line).sort()).toEqual(['cypher', 'durationMs', 'hostname', 'level', 'msg', 'pid', 'rows', 'time']);
    }
  });
});
