import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { send } from './equality';
import type { HttpRequest } from './queries';

/** Nearest-rank percentile of ascending values. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('no values');
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length))) - 1];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

export interface LatencyResult {
  runs: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Cypher statements per request as the server reports them (min–max over the runs); null when it does not. */
  cypherQueries: { min: number; max: number } | null;
  responseBytes: number;
  /** Any run that failed (HTTP status, GraphQL errors): the latencies of such a row are not valid. */
  failures: number;
}

const failed = (status: number, body: unknown): boolean =>
  status !== 200 || (typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors));

/** What the sequential runs of one round saw: each run's time, Cypher count (when reported), bytes and failures. */
export interface LatencySamples {
  times: number[];
  cypherQueries: number[];
  bytes: number;
  failures: number;
}

/** `warmup` unmeasured requests, then `runs` measured ones, one at a time. */
export async function sequentialSamples(base: string, request: HttpRequest, warmup: number, runs: number): Promise<LatencySamples> {
  for (let i = 0; i < warmup; i += 1) await send(base, request);
  const samples: LatencySamples = { times: [], cypherQueries: [], bytes: 0, failures: 0 };
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const answer = await send(base, request);
    samples.times.push(performance.now() - started);
    if (answer.cypherQueries !== null) samples.cypherQueries.push(answer.cypherQueries);
    if (failed(answer.status, answer.body)) samples.failures += 1;
    samples.bytes = answer.bytes;
  }
  return samples;
}

/** The runs of every round together: percentiles over all of them (150 runs give a p99 that is not simply the slowest). */
export function summarizeLatency(rounds: readonly LatencySamples[]): LatencyResult {
  const sorted = rounds.flatMap((r) => r.times).sort((a, b) => a - b);
  const queries = rounds.flatMap((r) => r.cypherQueries);
  return {
    runs: sorted.length,
    p50Ms: round1(percentile(sorted, 0.5)),
    p99Ms: round1(percentile(sorted, 0.99)),
    meanMs: round1(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    cypherQueries: queries.length === 0 ? null : { min: Math.min(...queries), max: Math.max(...queries) },
    responseBytes: rounds[rounds.length - 1]?.bytes ?? 0,
    failures: rounds.reduce((sum, r) => sum + r.failures, 0),
  };
}

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

export interface ProcessSample {
  /** User + system CPU time of the process so far. */
  cpuMs: number;
  rssMb: number;
}

/** CPU time (utime + stime from /proc/<pid>/stat) and resident memory (VmRSS from /proc/<pid>/status) of a process. */
export function sampleProcess(pid: number): ProcessSample {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rssKb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return { cpuMs: (ticks * 1000) / clockTicks(), rssMb: Math.round((rssKb / 1024) * 10) / 10 };
}

export interface ThroughputResult {
  connections: number;
  durationS: number;
  requestsPerSecond: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Answers that carried GraphQL errors. */
  mismatches: number;
  /** The server's CPU time over the measured run ÷ requests completed; null without a pid. */
  cpuMsPerRequest: number | null;
  /** The server's resident memory after the measured run; null without a pid. */
  rssMb: number | null;
  valid: boolean;
  /** With several rounds: each round's req/s, in the order they ran; the figures above are the median round's. */
  roundsRequestsPerSecond?: number[];
}

/** Nearest-rank: the lower middle of an even number. */
const median = (values: readonly number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/**
 * Several rounds of one server on one query as one result: the round with the median req/s (the lower middle of an even
 * number), its latencies and memory, the median CPU per request, the failures of all rounds, valid only when every round was.
 */
export function medianThroughput(rounds: readonly ThroughputResult[]): ThroughputResult {
  if (rounds.length === 0) throw new RangeError('no rounds');
  const middle = median(rounds.map((r) => r.requestsPerSecond));
  const chosen = rounds.find((r) => r.requestsPerSecond === middle)!;
  const cpu = rounds.map((r) => r.cpuMsPerRequest).filter((x): x is number => x !== null);
  const total = (key: 'non2xx' | 'errors' | 'timeouts' | 'mismatches'): number => rounds.reduce((sum, r) => sum + r[key], 0);
  return {
    ...chosen,
    non2xx: total('non2xx'),
    errors: total('errors'),
    timeouts: total('timeouts'),
    mismatches: total('mismatches'),
    cpuMsPerRequest: cpu.length === rounds.length ? median(cpu) : null,
    valid: rounds.every((r) => r.valid),
    roundsRequestsPerSecond: rounds.map((r) => r.requestsPerSecond),
  };
}

/**
 * How many rounds finished no request at all within their run: a query slower than the run is long (one request takes
 * about a second alone and ten come at once) measures nothing, and says so instead of reading as 0 req/s.
 */
export function roundsWithoutAnswers(t: ThroughputResult): number {
  return (t.roundsRequestsPerSecond ?? [t.requestsPerSecond]).filter((perSecond) => perSecond === 0).length;
}

/** An answer with a top-level "errors" member is a failure even with HTTP 200 (GraphQL errors). */
const withoutErrors = (body: string): boolean => !body.startsWith('{"errors"') && !body.includes('"errors":[');

function cannon(base: string, request: HttpRequest, connections: number, duration: number) {
  return autocannon({
    url: `${base}${request.path}`,
    method: request.method,
    body: request.body,
    headers: request.body === undefined ? {} : { 'content-type': 'application/json' },
    connections,
    duration,
    timeout: 120,
    verifyBody: withoutErrors,
  });
}

/** Load without measuring: brings the JIT of Node and of Neo4j's JVM to the paths a query takes. */
export async function warmUp(base: string, request: HttpRequest, connections: number, duration: number): Promise<void> {
  await cannon(base, request, connections, duration);
}

/** A warm-up run, then the measured autocannon run with the server's CPU and memory read around it. */
export async function throughput(
  base: string,
  request: HttpRequest,
  options: { connections: number; duration: number; warmupDuration: number; pid: number | null },
): Promise<ThroughputResult> {
  if (options.warmupDuration > 0) await cannon(base, request, options.connections, options.warmupDuration);
  const before = options.pid === null ? null : sampleProcess(options.pid);
  const result = await cannon(base, request, options.connections, options.duration);
  const after = options.pid === null ? null : sampleProcess(options.pid);
  const requests = result.requests.total;
  return {
    connections: options.connections,
    durationS: result.duration,
    requestsPerSecond: round1(requests / result.duration),
    requests,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
    cpuMsPerRequest:
      before === null || after === null || requests === 0 ? null : Math.round(((after.cpuMs - before.cpuMs) / requests) * 100) / 100,
    rssMb: after?.rssMb ?? null,
    valid: requests > 0 && result.non2xx === 0 && result.errors === 0 && result.timeouts === 0 && result.mismatches === 0,
  };
}
