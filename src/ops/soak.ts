import { runMix } from './cannon';
import {
  environmentNotes,
  fmt,
  log,
  markdownTable,
  metric,
  parseArgs,
  percentile,
  readMetrics,
  round1,
  rssMb,
  runScript,
  sleep,
  target,
  writeResults,
} from './common';
import { buildMix, describeMix, preflight, weightedSequence } from './mix';

/**
 * `npm run ops:soak -- --duration 600 --connections 10`: a steady, moderate read mix for a long time; the API's RSS and
 * heap (nodejs_heap_size_used_bytes from /metrics) every --sample seconds, and req/s, p99 and 5xx per minute, to see
 * memory grow or latency drift.
 */

const USAGE = `usage: ops:soak [--duration 600] [--connections 10] [--sample 10] [--url http://host:port/graphql [--api-pid PID]] [--data-dir .data/ops-neo4j]`;

interface MemorySample {
  atS: number;
  rssMb: number | null;
  heapUsedMb: number | null;
  heapTotalMb: number | null;
}

interface Minute {
  latencies: number[];
  status5xx: number;
  non2xx: number;
  errors: number;
}

const mb = (bytes: number | null): number | null => (bytes === null ? null : round1(bytes / 1024 / 1024));

/** Least-squares slope of y over x (per unit of x); null below two points. */
function slope(points: readonly { x: number; y: number }[]): number | null {
  if (points.length < 2) return null;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx === 0 ? null : points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
}

runScript(async (cleanup, t0) => {
  const args = parseArgs(
    process.argv.slice(2),
    { duration: 600, connections: 10, sample: 10, url: '', apiPid: 0, dataDir: '.data/ops-neo4j' },
    USAGE,
  );
  const server = await target(args, cleanup, t0);
  const kinds = await buildMix(server.graphql, { light: true });
  await preflight(server.graphql, kinds);
  const sequence = weightedSequence(kinds, 200);
  const metricsServed = (await readMetrics(server.base)) !== null;
  if (!metricsServed) log('GET /metrics is not served: heap is n/a');

  const started = Date.now();
  const memory: MemorySample[] = [];
  const sampleMemory = async (): Promise<void> => {
    const m = metricsServed ? await readMetrics(server.base) : null;
    memory.push({
      atS: Math.round((Date.now() - started) / 1000),
      rssMb: rssMb(server.pid),
      heapUsedMb: mb(metric(m, 'nodejs_heap_size_used_bytes')),
      heapTotalMb: mb(metric(m, 'nodejs_heap_size_total_bytes')),
    });
  };
  await sampleMemory();
  let running = true;
  const sampler = (async () => {
    for (let next = started + args.sample * 1000; running; next += args.sample * 1000) {
      while (running && Date.now() < next) await sleep(Math.min(500, next - Date.now()));
      if (running) await sampleMemory();
    }
  })();

  const minutes: Minute[] = [];
  const minuteAt = (): Minute => {
    const i = Math.floor((Date.now() - started) / 60_000);
    while (minutes.length <= i) minutes.push({ latencies: [], status5xx: 0, non2xx: 0, errors: 0 });
    return minutes[i];
  };
  log(`soak: ${args.connections} connections × ${args.duration} s; memory every ${args.sample} s`);
  const { instance, tallies } = runMix(server.graphql, sequence, { connections: args.connections, duration: args.duration });
  instance.on('response', (_client, status, _bytes, ms) => {
    const minute = minuteAt();
    minute.latencies.push(ms);
    if (status >= 500) minute.status5xx += 1;
    if (status < 200 || status >= 300) minute.non2xx += 1;
  });
  instance.on('reqError', () => {
    minuteAt().errors += 1;
  });
  const result = await instance;
  const endedMs = Date.now() - started;
  running = false;
  await sampler;
  await sampleMemory();

  const perMinute = minutes.map((m, i) => {
    const lengthS = Math.min(60, endedMs / 1000 - i * 60);
    const sorted = [...m.latencies].sort((a, b) => a - b);
    return {
      minute: i + 1,
      lengthS: round1(lengthS),
      requests: m.latencies.length,
      requestsPerSecond: lengthS > 0 ? round1(m.latencies.length / lengthS) : null,
      p50Ms: percentile(sorted, 0.5),
      p99Ms: percentile(sorted, 0.99),
      status5xx: m.status5xx,
      non2xx: m.non2xx,
      errors: m.errors,
    };
  });
  const known = <K extends keyof MemorySample>(key: K) =>
    memory.filter((s) => s[key] !== null).map((s) => ({ x: s.atS / 60, y: s[key] as number }));
  const rss = known('rssMb');
  const heap = known('heapUsedMb');
  // The first minute is warm-up (JIT, caches, pools): on a run of 3 minutes or more the slope leaves it out.
  const settled = (points: { x: number; y: number }[]) => (args.duration >= 180 ? points.filter((p) => p.x >= 1) : points);
  const slopeFrom = args.duration >= 180 ? 'after the first minute' : 'whole run, warm-up included (under 3 min)';
  const summary = (points: { y: number }[]) =>
    points.length === 0 ? null : { start: points[0].y, end: points.at(-1)!.y, max: Math.max(...points.map((p) => p.y)) };
  const kindRows = [...tallies.entries()].map(([kind, t]) => ({ kind, ...t }));
  const figures = {
    durationS: result.duration,
    requests: result.requests.total,
    requestsPerSecond: round1(result.requests.total / result.duration),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    status5xx: result['5xx'],
    non2xx: result.non2xx,
    socketErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    responsesWithGraphqlErrors: kindRows.reduce((sum, k) => sum + k.withErrors, 0),
    rssMb: summary(rss),
    rssSlopeMbPerMinute: ((s) => (s === null ? null : Math.round(s * 100) / 100))(slope(settled(rss))),
    heapUsedMb: metricsServed ? summary(heap) : 'n/a (GET /metrics answers 404)',
    heapSlopeMbPerMinute: ((s) => (s === null ? null : Math.round(s * 100) / 100))(slope(settled(heap))),
    slopeFrom,
  };
  const report = {
    script: 'ops:soak',
    createdAt: new Date().toISOString(),
    options: { connections: args.connections, durationS: args.duration, sampleS: args.sample },
    environment: environmentNotes(server),
    mix: describeMix(kinds),
    figures,
    perMinute,
    memory,
    perKind: kindRows,
  };
  const heapSummary = typeof figures.heapUsedMb === 'string' || figures.heapUsedMb === null ? null : figures.heapUsedMb;
  const md = [
    `# ops:soak ${report.createdAt.slice(0, 10)}`,
    '',
    `${args.connections} connections × ${args.duration} s of the light read mix (autocannon); memory every ${args.sample} s. Server: ${String(report.environment.server)}; ${String(report.environment.cpus)} CPUs, load average ${String(report.environment.loadAverage)} at the end.`,
    '',
    markdownTable(
      ['req/s', 'requests', 'p50 ms', 'p99 ms', 'max ms', '5xx', 'non-2xx', 'socket errors', 'timeouts', 'GraphQL errors'],
      [
        [
          fmt(figures.requestsPerSecond),
          String(figures.requests),
          fmt(figures.latencyMs.p50),
          fmt(figures.latencyMs.p99),
          fmt(figures.latencyMs.max),
          String(figures.status5xx),
          String(figures.non2xx),
          String(figures.socketErrors),
          String(figures.timeouts),
          String(figures.responsesWithGraphqlErrors),
        ],
      ],
    ),
    '',
    markdownTable(
      ['memory', 'start', 'end', 'max', `slope, ${slopeFrom}`],
      [
        [
          'RSS',
          fmt(figures.rssMb?.start, ' MiB'),
          fmt(figures.rssMb?.end, ' MiB'),
          fmt(figures.rssMb?.max, ' MiB'),
          fmt(figures.rssSlopeMbPerMinute, ' MiB/min'),
        ],
        [
          'heap used',
          fmt(heapSummary?.start, ' MiB'),
          fmt(heapSummary?.end, ' MiB'),
          fmt(heapSummary?.max, ' MiB'),
          heapSummary === null ? 'n/a' : fmt(figures.heapSlopeMbPerMinute, ' MiB/min'),
        ],
      ],
    ),
    '',
    '## Per minute',
    '',
    markdownTable(
      ['minute', 'seconds', 'requests', 'req/s', 'p50 ms', 'p99 ms', '5xx', 'socket errors'],
      perMinute.map((m) => [
        String(m.minute),
        String(m.lengthS),
        String(m.requests),
        fmt(m.requestsPerSecond),
        fmt(m.p50Ms),
        fmt(m.p99Ms),
        String(m.status5xx),
        String(m.errors),
      ]),
    ),
    '',
    '## Memory samples',
    '',
    markdownTable(
      ['s', 'RSS MiB', 'heap used MiB', 'heap total MiB'],
      memory.map((s) => [String(s.atS), fmt(s.rssMb), fmt(s.heapUsedMb), fmt(s.heapTotalMb)]),
    ),
    '',
  ].join('\n');
  await writeResults('soak', report, md);
  return 0;
});
