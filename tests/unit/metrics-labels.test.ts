import { Metrics, OperationLabels, routeOf } from '../../src/observability/metrics';
import { Admission } from '../../src/shared/admission';

describe('operation labels', () => {
  test('a GraphQL name is its own label; none is anonymous', () => {
    const labels = new OperationLabels();
    expect(labels.label('OrganizationPage')).toBe('OrganizationPage');
    expect(labels.label('_private_2')).toBe('_private_2');
    expect(labels.label(undefined)).toBe('anonymous');
    expect(labels.label(null)).toBe('anonymous');
    expect(labels.label('')).toBe('anonymous');
  });

  test('a name that is not a GraphQL name is other', () => {
    const labels = new OperationLabels();
    for (const name of ['2fast', 'with space', 'dash-ed', 'ünicode', 'a"b', 'x{y="1"}', 'line\nbreak']) {
      expect(labels.label(name)).toBe('other');
    }
  });

  test('64 characters are kept, 65 are other', () => {
    const labels = new OperationLabels();
    expect(labels.label('a'.repeat(64))).toBe('a'.repeat(64));
    expect(labels.label('a'.repeat(65))).toBe('other');
  });

  test('after the cap, new names are other and the names already seen keep their label', () => {
    const labels = new OperationLabels(3);
    expect(['A', 'B', 'C'].map((n) => labels.label(n))).toEqual(['A', 'B', 'C']);
    expect(labels.label('D')).toBe('other');
    expect(labels.label('E')).toBe('other');
    expect(labels.label('B')).toBe('B');
    // Refused names do not use up places.
    const fresh = new OperationLabels(2);
    for (const junk of ['no way', '1', 'x'.repeat(100)]) fresh.label(junk);
    expect([fresh.label('P'), fresh.label('Q'), fresh.label('R')]).toEqual(['P', 'Q', 'other']);
  });

  test('the default cap is 200 distinct names', () => {
    const labels = new OperationLabels();
    const names = Array.from({ length: 250 }, (_, i) => `Op${i}`);
    const got = names.map((n) => labels.label(n));
    expect(new Set(got).size).toBe(201);
    expect(got.slice(0, 200)).toEqual(names.slice(0, 200));
    expect(got.slice(200).every((l) => l === 'other')).toBe(true);
  });
});

test('routes: the paths served, everything else other', () => {
  expect(
    ['/graphql', '/export/organizations.csv', '/export', '/health/live', '/health/ready', '/metrics', '/', '/exports', '/x'].map(routeOf),
  ).toEqual(['/graphql', '/export', '/export', '/health', '/health', '/metrics', 'other', 'other', 'other']);
});

test('the admission gauges and the refused counter read the gate at scrape time', async () => {
  const metrics = new Metrics();
  const admission = new Admission({ maxConcurrent: 1, maxQueued: 0, queueTimeoutMs: 0 });
  metrics.watchAdmission(admission);
  const release = await admission.acquire();
  expect(await admission.acquire()).toBeNull();
  expect(await admission.acquire()).toBeNull();
  let text = await metrics.registry.metrics();
  expect(text).toMatch(/^nkss_admission_running 1$/m);
  expect(text).toMatch(/^nkss_admission_queued 0$/m);
  expect(text).toMatch(/^nkss_admission_refused_total\{reason="queue_full"\} 2$/m);
  expect(text).toMatch(/^nkss_admission_refused_total\{reason="waited_too_long"\} 0$/m);
  release!();
  text = await metrics.registry.metrics();
  expect(text).toMatch(/^nkss_admission_running 0$/m);
  expect(text).toMatch(/^nkss_admission_refused_total\{reason="queue_full"\} 2$/m);
});

test('queries in flight go up as one starts and down as it ends', async () => {
  const metrics = new Metrics();
  metrics.queryStarted();
  metrics.queryStarted();
  expect(await metrics.registry.metrics()).toMatch(/^nkss_neo4j_queries_in_flight 2$/m);
  metrics.queryFinished('organizations/count-all', 'ok', 0.002);
  const text = await metrics.registry.metrics();
  expect(text).toMatch(/^nkss_neo4j_queries_in_flight 1$/m);
  expect(text).toMatch(/^nkss_cypher_queries_total\{query="organizations\/count-all",outcome="ok"\} 1$/m);
  expect(text).toMatch(/^nkss_cypher_duration_seconds_count\{query="organizations\/count-all"\} 1$/m);
});
