import { runMix, type CannonResult, type KindTally } from './cannon';
import {
  environmentNotes,
  fmt,
  log,
  markdownTable,
  metric,
  parseArgs,
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
 * `npm run ops:load -- --connections 50 --duration 60`: the weighted read mix (src/ops/mix.ts) through autocannon;
 * throughput, latency, non-2xx, 5xx and socket errors, GraphQL errors per kind, the server's event-loop delay (from
 * /metrics, sampled every 5 s: prom-client resets its histogram at each scrape) and its RSS.
 */

const USAGE = `usage: ops:load [--connections 50] [--duration 60] [--warmup 5] [--url http://host:port/graphql [--api-pid PID]] [--data-dir .data/ops-neo4j]`;

interface EventLoopSample {
  atS: number;
  p99Ms: number | null;
  lagMs: number | null;
  maxMs: number | null;
  heapUsedMb: number | null;
}

const ms = (seconds: number | null): number | null => (seconds === null ? null : round1(seconds * 1000));

runScript(async (cleanup, t0) => {
  const args = parseArgs(
    process.argv.slice(2),
    { connections: 50, duration: 60, warmup: 5, url: '', apiPid: 0, dataDir: '.data/ops-neo4j' },
    USAGE,
  );
  const server = await target(args, cleanup, t0);
  const kinds = await buildMix(server.graphql);
  await preflight(server.graphql, kinds);
  const sequence = weightedSequence(kinds, 200);

  if (args.warmup > 0) {
    log(`warm-up: ${args.connections} connections × ${args.warmup} s (not measured)`);
    await runMix(server.graphql, sequence, { connections: args.connections, duration: args.warmup }).instance;
  }

  const metricsBefore = await readMetrics(server.base); // also resets prom-client's event-loop histogram
  const metricsServed = metricsBefore !== null;
  if (!metricsServed) log('GET /metrics is not served: event-loop delay and heap are n/a');
  const rssBefore = rssMb(server.pid);
  const rssSamples: number[] = [];
  const loopSamples: EventLoopSample[] = [];
  let running = true;
  const started = Date.now();
  const sampler = (async () => {
    let tick = 0;
    while (running) {
      await sleep(1_000);
      tick += 1;
      const rss = rssMb(server.pid);
      if (rss !== null) rssSamples.push(rss);
      if (metricsServed && tick % 5 === 0 && running) {
        const m = await readMetrics(server.base);
        loopSamples.push({
          atS: Math.round((Date.now() - started) / 1000),
          p99Ms: ms(metric(m, 'nodejs_eventloop_lag_p99_seconds')),
          lagMs: ms(metric(m, 'nodejs_eventloop_lag_seconds')),
          maxMs: ms(metric(m, 'nodejs_eventloop_lag_max_seconds')),
          heapUsedMb: mb(metric(m, 'nodejs_heap_size_used_bytes')),
        });
      }
    }
  })();

  log(`measuring: ${args.connections} connections × ${args.duration} s, ${sequence.length} requests in turn per connection`);
  const { instance, tallies } = runMix(server.graphql, sequence, { connections: args.connections, duration: args.duration });
  const result: CannonResult = await instance;
  running = false;
  await sampler;
  const metricsAfter = metricsServed ? await readMetrics(server.base) : null;
  if (metricsAfter !== null) {
    loopSamples.push({
      atS: Math.round((Date.now() - started) / 1000),
      p99Ms: ms(metric(metricsAfter, 'nodejs_eventloop_lag_p99_seconds')),
      lagMs: ms(metric(metricsAfter, 'nodejs_eventloop_lag_seconds')),
      maxMs: ms(metric(metricsAfter, 'nodejs_eventloop_lag_max_seconds')),
      heapUsedMb: mb(metric(metricsAfter, 'nodejs_heap_size_used_bytes')),
    });
  }
  const rssAfter = rssMb(server.pid);

  const maxOf = (values: (number | null)[]): number | null => {
    const known = values.filter((v): v is number => v !== null);
    return known.length === 0 ? null : Math.max(...known);
  };
  const requests = result.requests.total;
  const socketErrors = result.errors - result.timeouts;
  const kindRows = kinds.map((k) => ({
    kind: k.kind,
    ...(tallies.get(k.kind) ?? ({ responses: 0, non200: 0, withErrors: 0, errorCodes: {}, samples: [] } satisfies KindTally)),
  }));
  const graphqlErrors = kindRows.reduce((sum, k) => sum + k.withErrors, 0);
  const figures = {
    requestsPerSecond: round1(requests / result.duration),
    requests,
    durationS: result.duration,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: round1(result.latency.mean),
    },
    non2xx: result.non2xx,
    status4xx: result['4xx'],
    status5xx: result['5xx'],
    socketErrors,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
    responsesChecked: kindRows.reduce((sum, k) => sum + k.responses, 0),
    responsesWithGraphqlErrors: graphqlErrors,
    eventLoop: metricsServed
      ? {
          p99MsMaxOverWindows: maxOf(loopSamples.map((s) => s.p99Ms)),
          maxMs: maxOf(loopSamples.map((s) => s.maxMs)),
          lagMsLast: loopSamples.at(-1)?.lagMs ?? null,
          windows: loopSamples,
        }
      : 'n/a (GET /metrics answers 404)',
    serverRssMb: { before: rssBefore, peak: maxOf(rssSamples), after: rssAfter },
    heapUsedMbMax: maxOf(loopSamples.map((s) => s.heapUsedMb)),
  };
  const report = {
    script: 'ops:load',
    createdAt: new Date().toISOString(),
    options: { connections: args.connections, durationS: args.duration, warmupS: args.warmup },
    environment: environmentNotes(server),
    mix: describeMix(kinds),
    figures,
    perKind: kindRows,
  };

  const loop = figures.eventLoop;
  const md = [
    `# ops:load ${report.createdAt.slice(0, 10)}`,
    '',
    `${args.connections} connections × ${args.duration} s (after a ${args.warmup} s warm-up), autocannon, the weighted read mix of src/ops/mix.ts on the real dataset; server: ${String(report.environment.server)}; ${String(report.environment.cpus)} CPUs, load average ${String(report.environment.loadAverage)} at the end.`,
    '',
    markdownTable(
      ['req/s', 'requests', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'non-2xx', '5xx', 'socket errors', 'timeouts', 'GraphQL errors'],
      [
        [
          fmt(figures.requestsPerSecond),
          String(requests),
          fmt(figures.latencyMs.p50),
          fmt(figures.latencyMs.p90),
          fmt(figures.latencyMs.p99),
          fmt(figures.latencyMs.max),
          String(figures.non2xx),
          String(figures.status5xx),
          String(socketErrors),
          String(result.timeouts),
          `${graphqlErrors} of ${figures.responsesChecked}`,
        ],
      ],
    ),
    '',
    markdownTable(
      ['event loop p99 (max of 5 s windows)', 'event loop max', 'RSS before', 'RSS peak', 'RSS after', 'heap used max'],
      [
        [
          typeof loop === 'string' ? 'n/a' : fmt(loop.p99MsMaxOverWindows, ' ms'),
          typeof loop === 'string' ? 'n/a' : fmt(loop.maxMs, ' ms'),
          fmt(rssBefore, ' MiB'),
          fmt(figures.serverRssMb.peak, ' MiB'),
          fmt(rssAfter, ' MiB'),
          fmt(figures.heapUsedMbMax, ' MiB'),
        ],
      ],
    ),
    '',
    `Status codes: ${Object.entries(figures.statusCodes)
      .map(([code, n]) => `${code} × ${n}`)
      .join(', ')}.`,
    '',
    '## Per kind',
    '',
    markdownTable(
      ['kind', 'share', 'answers', 'not 200', 'with errors', 'codes'],
      kindRows.map((k) => [
        k.kind,
        describeMix(kinds).find((d) => d.kind === k.kind)?.share ?? '',
        String(k.responses),
        String(k.non200),
        String(k.withErrors),
        Object.entries(k.errorCodes)
          .map(([c, n]) => `${c} × ${n}`)
          .join(', ') || '–',
      ]),
    ),
    ...(graphqlErrors > 0
      ? ['', '## Answers with errors (samples)', '', ...kindRows.flatMap((k) => k.samples.map((s) => `- ${k.kind}: \`${s}\``))]
      : []),
    '',
  ].join('\n');
  await writeResults('load', report, md);
  return 0;
});

function mb(bytes: number | null): number | null {
  return bytes === null ? null : round1(bytes / 1024 / 1024);
}
