import { performance } from 'node:perf_hooks';
import {
  environmentNotes,
  findNeo4jJvms,
  firstErrorCode,
  fmt,
  log,
  markdownTable,
  parseArgs,
  percentile,
  round1,
  runScript,
  sleep,
  target,
  UsageError,
  writeResults,
  type ProcessId,
} from './common';
import { buildMix, describeMix, preflight, weightedSequence, type MixRequest } from './mix';

/**
 * `npm run ops:fault -- --connections 20 --duration 60 --kill-at 15`: the read mix from a client loop of its own (each
 * request's start, end, status, error code and Retry-After recorded), and at --kill-at seconds SIGKILL to the local
 * Neo4j JVM the API started. Reports what clients saw during the outage: the longest wait, the statuses and codes,
 * Retry-After, the time from the kill to the first success, and the requests lost (socket errors, timeouts).
 */

const USAGE = `usage: ops:fault [--connections 20] [--duration 60] [--kill-at 15] [--timeout 30] [--url URL --api-pid PID] [--data-dir .data/ops-neo4j]`;

interface Sample {
  kind: string;
  startMs: number;
  endMs: number;
  status: number | null;
  code: string | null;
  retryAfter: string | null;
  /** Socket error code (ECONNRESET …) or "timeout"; null when an HTTP answer came. */
  error: string | null;
  ok: boolean;
}

interface HealthSample {
  atMs: number;
  status: number | string;
}

/** What a request ended in: "200 ok", "503 SERVICE_UNAVAILABLE", "200 INTERNAL_SERVER_ERROR", "socket ECONNRESET", "timeout". */
function outcome(s: Sample): string {
  if (s.error !== null) return s.error === 'timeout' ? 'timeout' : `socket ${s.error}`;
  if (s.ok) return `${s.status} ok`;
  return `${s.status} ${s.code ?? 'no code'}`;
}

function tally(samples: readonly Sample[], key: (s: Sample) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of samples) counts[key(s)] = (counts[key(s)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}

function durations(samples: readonly Sample[]): { p50: number | null; p99: number | null; max: number | null } {
  const sorted = samples.map((s) => s.endMs - s.startMs).sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? null };
}

async function send(graphqlUrl: string, request: MixRequest, t0: number, timeoutMs: number): Promise<Sample> {
  const startMs = performance.now() - t0;
  const base = { kind: request.kind, startMs: round1(startMs) };
  try {
    const res = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: request.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let code: string | null = null;
    try {
      code = firstErrorCode(JSON.parse(text));
    } catch {
      code = 'not JSON';
    }
    return {
      ...base,
      endMs: round1(performance.now() - t0),
      status: res.status,
      code,
      retryAfter: res.headers.get('retry-after'),
      error: null,
      ok: res.status === 200 && code === null,
    };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
    const why =
      name === 'TimeoutError' || name === 'AbortError'
        ? 'timeout'
        : typeof cause?.code === 'string'
          ? cause.code
          : error instanceof Error
            ? error.message
            : String(error);
    return { ...base, endMs: round1(performance.now() - t0), status: null, code: null, retryAfter: null, error: why, ok: false };
  }
}

runScript(async (cleanup, t0) => {
  const args = parseArgs(
    process.argv.slice(2),
    { connections: 20, duration: 60, killAt: 15, timeout: 30, url: '', apiPid: 0, dataDir: '.data/ops-neo4j' },
    USAGE,
  );
  if (args.killAt >= args.duration)
    throw new UsageError(`--kill-at (${args.killAt}) must come before the end (--duration ${args.duration})\n${USAGE}`);
  if (args.url !== '' && args.apiPid === 0)
    throw new UsageError(`with --url, --api-pid names the API process whose Neo4j is killed\n${USAGE}`);
  const server = await target(args, cleanup, t0);
  const apiPid = server.pid ?? args.apiPid;
  const jvmsAtStart = findNeo4jJvms(apiPid);
  if (jvmsAtStart.length === 0) throw new Error(`no local Neo4j JVM (org.nkss.neo4jlocal.Launcher) under pid ${apiPid}`);
  const kinds = await buildMix(server.graphql, { light: true });
  await preflight(server.graphql, kinds);
  const sequence = weightedSequence(kinds, 200);
  const timeoutMs = args.timeout * 1000;

  const runStart = performance.now() - t0;
  const killAtMs = runStart + args.killAt * 1000;
  const endAtMs = runStart + args.duration * 1000;
  const samples: Sample[] = [];
  const health: HealthSample[] = [];
  let killed: { atMs: number; pids: number[] } | null = null;
  const newJvms: { atMs: number; pid: number }[] = [];
  let done = false;
  const now = (): number => performance.now() - t0;

  log(`${args.connections} clients × ${args.duration} s; SIGKILL to the local Neo4j at ${args.killAt} s`);
  const workers = Array.from({ length: args.connections }, async (_, w) => {
    for (let i = w * 7; now() < endAtMs; i += 1) samples.push(await send(server.graphql, sequence[i % sequence.length], t0, timeoutMs));
  });
  const killer = (async () => {
    await sleep(Math.max(0, killAtMs - now()));
    const jvms = findNeo4jJvms(apiPid);
    for (const jvm of jvms) process.kill(jvm.pid, 'SIGKILL');
    killed = { atMs: round1(now()), pids: jvms.map((j) => j.pid) };
    log(`SIGKILL to the local Neo4j: pid ${jvms.map((j) => j.pid).join(', ') || 'none found'}`);
  })();
  const monitor = (async () => {
    const known = new Set<number>(jvmsAtStart.map((j: ProcessId) => j.pid));
    while (!done) {
      const atMs = round1(now());
      const status = await fetch(`${server.base}/health/ready`, { signal: AbortSignal.timeout(2_000) }).then(
        (res) => res.status,
        (error: unknown) => (error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'no answer'),
      );
      health.push({ atMs, status });
      for (const jvm of findNeo4jJvms(apiPid)) {
        if (!known.has(jvm.pid)) {
          known.add(jvm.pid);
          newJvms.push({ atMs: round1(now()), pid: jvm.pid });
          log(`a new local Neo4j JVM: pid ${jvm.pid}`);
        }
      }
      await sleep(500);
    }
  })();
  await Promise.all([...workers, killer]);
  done = true;
  await monitor;

  const kill = killed as { atMs: number; pids: number[] } | null;
  const killMs = kill?.atMs ?? killAtMs;
  samples.sort((a, b) => a.startMs - b.startMs);
  const firstSuccess = samples.filter((s) => s.startMs >= killMs && s.ok).sort((a, b) => a.endMs - b.endMs)[0];
  const recoveredMs = firstSuccess?.endMs ?? null;
  const outageEndMs = recoveredMs ?? now();
  const before = samples.filter((s) => s.endMs < killMs);
  const during = samples.filter((s) => s.startMs < outageEndMs && s.endMs > killMs);
  const after = recoveredMs === null ? [] : samples.filter((s) => s.startMs >= recoveredMs);
  const lost = (list: readonly Sample[]) => list.filter((s) => s.error !== null).length;
  const longest = during.reduce<Sample | null>((m, s) => (m === null || s.endMs - s.startMs > m.endMs - m.startMs ? s : m), null);
  const unavailable = during.filter((s) => s.status === 503);
  const firstNotReady = health.find((h) => h.atMs >= killMs && h.status !== 200);
  const readyAgain = firstNotReady === undefined ? undefined : health.find((h) => h.atMs > firstNotReady.atMs && h.status === 200);
  // Requests per second over the span of a phase; null for a span under 2 s (too short to say).
  const rate = (list: readonly Sample[], spanMs: number) => (spanMs >= 2_000 ? round1(list.length / (spanMs / 1000)) : null);
  const phase = (list: readonly Sample[], spanMs: number) => ({
    requests: list.length,
    requestsPerSecond: rate(list, spanMs),
    latencyMs: durations(list),
    outcomes: tally(list, outcome),
  });
  const exit = server.exit();
  const figures = {
    killedAtS: round1((killMs - runStart) / 1000),
    killedPids: kill?.pids ?? [],
    timeToFirstSuccessS: recoveredMs === null ? null : round1((recoveredMs - killMs) / 1000),
    firstSuccessAfterKill: firstSuccess ?? null,
    health: {
      firstNotReadyAfterKillS: firstNotReady === undefined ? null : round1((firstNotReady.atMs - killMs) / 1000),
      readyAgainAfterKillS: readyAgain === undefined ? null : round1((readyAgain.atMs - killMs) / 1000),
    },
    neo4jRestarted: newJvms.map((j) => ({ pid: j.pid, afterKillS: round1((j.atMs - killMs) / 1000) })),
    apiExited: exit,
    outage: {
      windowS: [round1((killMs - runStart) / 1000), round1((outageEndMs - runStart) / 1000)],
      recovered: recoveredMs !== null,
      requests: during.length,
      longestWaitMs: longest === null ? null : round1(longest.endMs - longest.startMs),
      longestWait: longest,
      latencyMs: durations(during),
      outcomes: tally(during, outcome),
      codes: tally(
        during.filter((s) => s.code !== null),
        (s) => s.code ?? '',
      ),
      unavailable503: unavailable.length,
      unavailableWithRetryAfter: unavailable.filter((s) => s.retryAfter !== null).length,
      retryAfterValues: tally(
        unavailable.filter((s) => s.retryAfter !== null),
        (s) => s.retryAfter ?? '',
      ),
      lost: lost(during),
    },
    beforeKill: phase(before, killMs - runStart),
    afterRecovery: recoveredMs === null ? null : phase(after, Math.max(...after.map((s) => s.endMs), recoveredMs) - recoveredMs),
    total: { requests: samples.length, lost: lost(samples), outcomes: tally(samples, outcome) },
  };

  // A timeline in buckets (1 s up to 30 rows): what the requests that ended in each bucket ended in.
  const bucketS = Math.max(1, Math.ceil(args.duration / 30));
  const timeline: { fromS: number; outcomes: Record<string, number>; ready: string }[] = [];
  for (let from = 0; from < (now() - runStart) / 1000; from += bucketS) {
    const inBucket = samples.filter((s) => (s.endMs - runStart) / 1000 >= from && (s.endMs - runStart) / 1000 < from + bucketS);
    const checks = health.filter((h) => (h.atMs - runStart) / 1000 >= from && (h.atMs - runStart) / 1000 < from + bucketS);
    timeline.push({ fromS: from, outcomes: tally(inBucket, outcome), ready: [...new Set(checks.map((h) => String(h.status)))].join('/') });
  }
  const logDuring = server.logLines.filter((l) => l.atMs >= runStart);

  const report = {
    script: 'ops:fault',
    createdAt: new Date().toISOString(),
    options: { connections: args.connections, durationS: args.duration, killAtS: args.killAt, clientTimeoutS: args.timeout },
    environment: environmentNotes(server, { apiPid }),
    mix: describeMix(kinds),
    figures,
    timeline,
    apiLog: logDuring.map((l) => ({ atS: round1((l.atMs - runStart) / 1000), line: l.line })),
    samples,
  };

  const o = figures.outage;
  const show = (counts: Record<string, number>): string =>
    Object.entries(counts)
      .map(([k, n]) => `${k} × ${n}`)
      .join(', ') || '–';
  const md = [
    `# ops:fault ${report.createdAt.slice(0, 10)}`,
    '',
    `${args.connections} clients (own loop, ${args.timeout} s timeout per request) × ${args.duration} s of the light read mix; SIGKILL to the local Neo4j JVM (pid ${figures.killedPids.join(', ') || 'none found'}) at ${figures.killedAtS} s. Server: ${String(report.environment.server)}; ${String(report.environment.cpus)} CPUs, load average ${String(report.environment.loadAverage)} at the end.`,
    '',
    markdownTable(
      ['figure', 'value'],
      [
        [
          'time from the kill to the first success',
          figures.timeToFirstSuccessS === null ? 'none before the end (not recovered)' : `${figures.timeToFirstSuccessS} s`,
        ],
        [
          'longest wait a client saw during the outage',
          longest === null
            ? 'n/a'
            : `${fmt(o.longestWaitMs, ' ms')} (started at ${round1((longest.startMs - runStart) / 1000)} s, ${longest.kind}, ended in ${outcome(longest)})`,
        ],
        ['requests during the outage', String(o.requests)],
        ['their outcomes', show(o.outcomes)],
        ['their errors[0].extensions.code', show(o.codes)],
        [
          '503 answers with Retry-After',
          `${o.unavailableWithRetryAfter} of ${o.unavailable503}${o.unavailable503 > 0 ? ` (${show(o.retryAfterValues)})` : ''}`,
        ],
        ['outage latency p50 / p99', `${fmt(o.latencyMs.p50, ' ms')} / ${fmt(o.latencyMs.p99, ' ms')}`],
        ['requests lost (socket errors, timeouts) during the outage / in all', `${o.lost} / ${figures.total.lost}`],
        [
          '/health/ready after the kill',
          `not ready after ${fmt(figures.health.firstNotReadyAfterKillS, ' s')}, ready again after ${fmt(figures.health.readyAgainAfterKillS, ' s')}`,
        ],
        [
          'local Neo4j restarted',
          figures.neo4jRestarted.length === 0
            ? 'no new JVM seen'
            : figures.neo4jRestarted.map((j) => `pid ${j.pid} after ${j.afterKillS} s`).join(', '),
        ],
        ['API process', exit === null ? 'running to the end' : `exited (${JSON.stringify(exit)})`],
        [
          'before the kill',
          `${figures.beforeKill.requests} requests, ${fmt(figures.beforeKill.requestsPerSecond)} req/s, p50 ${fmt(figures.beforeKill.latencyMs.p50, ' ms')}, p99 ${fmt(figures.beforeKill.latencyMs.p99, ' ms')}; ${show(figures.beforeKill.outcomes)}`,
        ],
        [
          'after the first success',
          figures.afterRecovery === null
            ? 'n/a (no success after the kill)'
            : figures.afterRecovery.requests === 0
              ? 'none (the run ended first)'
              : `${figures.afterRecovery.requests} requests, ${fmt(figures.afterRecovery.requestsPerSecond)} req/s, p50 ${fmt(figures.afterRecovery.latencyMs.p50, ' ms')}, p99 ${fmt(figures.afterRecovery.latencyMs.p99, ' ms')}; ${show(figures.afterRecovery.outcomes)}`,
        ],
      ],
    ),
    '',
    `## Timeline (requests by the ${bucketS} s in which they ended; /health/ready)`,
    '',
    markdownTable(
      ['from s', 'outcomes', 'ready'],
      timeline.map((b) => [
        `${b.fromS}${kill !== null && (killMs - runStart) / 1000 >= b.fromS && (killMs - runStart) / 1000 < b.fromS + bucketS ? ' (kill)' : ''}`,
        show(b.outcomes),
        b.ready,
      ]),
    ),
    '',
    `## API log during the run (LOG_LEVEL=warn): ${logDuring.length} lines${logDuring.length > 12 ? ', the first 12' : ''}`,
    '',
    ...(logDuring.length === 0
      ? ['(none)']
      : ['```', ...logDuring.slice(0, 12).map((l) => `+${round1((l.atMs - runStart) / 1000)} s ${l.line.slice(0, 240)}`), '```']),
    '',
  ].join('\n');
  await writeResults('fault', report, md);
  return 0;
});
