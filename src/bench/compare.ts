import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as readline from 'node:readline';
import prettier from 'prettier';
import { SYNTHETIC_ASSOCIATION, writeSyntheticNetwork } from '../cli/generate-synthetic';
import { toPlain } from '../neo4j/convert';
import { cypher, cypherRoot } from '../neo4j/cypher';
import { createDriver, waitForDriver } from '../neo4j/driver';
import { findFreePort, startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j';
import { migrate } from '../neo4j/migrate';
import { Graph } from '../neo4j/run';
import { projectRoot } from '../shared/project-root';
import { prepareContext } from './context';
import { checkEquality, type ServerUrls } from './equality';
import {
  medianThroughput,
  roundsWithoutAnswers,
  sequentialSamples,
  summarizeLatency,
  throughput,
  warmUp,
  type LatencySamples,
  type ThroughputResult,
} from './measure';
import { benchQueries, SERVERS, selectQueries, serverOrder, type BenchQuery, type ServerName } from './queries';
import {
  markdownReport,
  markdownTable,
  p99Verdict,
  svgChart,
  throughputVerdict,
  type BenchReport,
  type NetworkTiming,
  type QueryReport,
} from './report';

/**
 * `npm run bench:compare`: one Neo4j with the seeded synthetic network (kept in .data/bench-<N> and reused while its
 * marker matches), three servers over it as child processes in production mode (this API, @neo4j/graphql, the
 * hand-written floor), each query's answers checked equal, then timed; results written under bench/results/.
 */

const USAGE = `usage: bench:compare [--organizations 10000] [--partnerships 100000] [--seed 42] [--duration 10] [--connections 10]
                     [--runs 100] [--warmup 10] [--settle 2] [--warm-round 3] [--rounds 3] [--only Q1,Q2] [--out bench/results]
                     [--heap 2g]
                     [--network 500,exact | none]   networkMetrics sampling sizes to time (default 500)`;

class UsageError extends Error {}

export interface CompareArgs {
  organizations: number;
  partnerships: number;
  seed: number;
  duration: number;
  connections: number;
  runs: number;
  warmup: number;
  /** Idle seconds before each server's sequential runs, so that they do not time the tail of the load before them. */
  settle: number;
  /** Seconds of load per query and server before anything is measured (0: none). */
  warmRound: number;
  /** Times each server is measured on each query, the order rotating; the report takes the median round. */
  rounds: number;
  only: string[];
  out: string;
  heap: string;
  /** networkMetrics sampling sizes to time on this API (null: exact betweenness). */
  network: (number | null)[];
}

export function parseCompareArgs(args: readonly string[]): CompareArgs {
  const numbers: Record<string, number> = {
    organizations: 10_000,
    partnerships: 100_000,
    seed: 42,
    duration: 10,
    connections: 10,
    runs: 100,
    warmup: 10,
    settle: 2,
    'warm-round': 3,
    rounds: 3,
  };
  let only: string[] = [];
  let network: (number | null)[] = [500];
  let out = 'bench/results';
  let heap: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const match =
      /^--(organizations|partnerships|seed|duration|connections|runs|warmup|settle|warm-round|rounds|only|out|heap|network)(?:=(.*))?$/.exec(
        args[i],
      );
    if (!match) throw new UsageError(`unknown argument ${JSON.stringify(args[i])}`);
    const value = match[2] ?? args[(i += 1)];
    if (value === undefined || value === '') throw new UsageError(`--${match[1]} needs a value`);
    if (match[1] === 'only') only = value.split(',').map((q) => q.trim().toUpperCase());
    else if (match[1] === 'out') out = value;
    else if (match[1] === 'network') network = parseNetworkSizes(value);
    else if (match[1] === 'heap') {
      if (!/^\d+[mg]$/.test(value)) throw new UsageError('--heap must be a JVM size such as 1g or 1536m');
      heap = value;
    } else {
      if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new UsageError(`--${match[1]} needs a non-negative integer`);
      numbers[match[1]] = Number(value);
    }
  }
  for (const name of ['duration', 'connections', 'runs', 'rounds'] as const) {
    if (numbers[name] < 1) throw new UsageError(`--${name} must be at least 1`);
  }
  return {
    organizations: numbers.organizations,
    partnerships: numbers.partnerships,
    seed: numbers.seed,
    duration: numbers.duration,
    connections: numbers.connections,
    runs: numbers.runs,
    warmup: numbers.warmup,
    settle: numbers.settle,
    warmRound: numbers['warm-round'],
    rounds: numbers.rounds,
    only,
    out,
    network,
    heap: heap ?? (numbers.organizations >= 100_000 ? '3g' : '1g'),
  };
}

function parseNetworkSizes(value: string): (number | null)[] {
  if (value === 'none') return [];
  return value.split(',').map((part) => {
    const size = part.trim();
    if (size === 'exact') return null;
    if (!/^\d+$/.test(size) || Number(size) < 1)
      throw new UsageError(`--network takes sampling sizes, 'exact' or 'none', not ${JSON.stringify(size)}`);
    return Number(size);
  });
}

const NETWORK_QUERY = `query N($samplingSize: Int) { networkMetrics(association: "${SYNTHETIC_ASSOCIATION}", samplingSize: $samplingSize) {
  organizationCount organizations(first: 100) { organization { id } degree betweenness } } }`;

/** networkMetrics on this API, each size twice: the first request computes (a fresh server: nothing cached), the second is served from the cache. */
async function timeNetworkMetrics(url: string, sizes: readonly (number | null)[]): Promise<NetworkTiming[]> {
  const timings: NetworkTiming[] = [];
  for (const samplingSize of sizes) {
    const timing: NetworkTiming = { samplingSize, computedMs: null, cachedMs: null, organizationCount: null };
    try {
      for (const phase of ['computedMs', 'cachedMs'] as const) {
        log(`networkMetrics (${samplingSize ?? 'exact'}): ${phase === 'computedMs' ? 'computing' : 'from the cache'}`);
        const started = performance.now();
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: NETWORK_QUERY, variables: { samplingSize } }),
          signal: AbortSignal.timeout(300_000),
        });
        const body = (await response.json()) as {
          data?: { networkMetrics?: { organizationCount: number } };
          errors?: { message: string }[];
        };
        if (body.errors !== undefined || body.data?.networkMetrics === undefined) {
          throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
        }
        timing[phase] = performance.now() - started;
        timing.organizationCount = body.data.networkMetrics.organizationCount;
      }
    } catch (error) {
      timing.problem = error instanceof Error ? error.message : String(error);
    }
    timings.push(timing);
  }
  return timings;
}

const METHOD_NOTES = [
  'All three run as child processes in production mode (NODE_ENV=production) over the same Neo4j; autocannon and the sequential client run in the parent, on the same machine.',
  "The peer lists organizations with sort [{ sortName: ASC }, { id: ASC }] (this API's order) and ties as TIED_TO read in both directions (queryDirection: UNDIRECTED), sorted by partner sortName, partner id, tie id; Q4 uses offset, ours a keyset cursor, the floor the same keyset.",
  'Q6: the peer (@fulltext on the same search_key index) gets the Lucene query this API builds from the words; Q7 and Q8 have no peer equivalent.',
  "Cypher/req: this API's extensions.cypherQueries and the floor's own count; the peer's is one statement per root field, not measured. Node CPU ms/req: the server process's utime+stime over the measured autocannon run ÷ requests; RSS after it.",
  'p99 of the sequential runs is nearest-rank: below 100 runs it is the slowest run.',
  "Before anything is measured, a warm-up round loads every query on every server for --warm-round seconds (Neo4j's JVM compiles a query's paths on first use; measured cold, whichever server ran first paid for it), again each query on every server just before it is measured, and the servers take turns going first, query by query.",
  'Each query is measured in --rounds rounds, each server once per round, the order rotating from round to round: req/s is the median round (the spread in brackets, min–max), CPU ms/req the median, p50 and p99 over the sequential runs of all rounds together.',
];

const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** Stops what was started, last first; safe to call twice (error, then exit). */
class Cleanup {
  private readonly steps: { name: string; run: () => Promise<void> }[] = [];
  private running: Promise<void> | undefined;
  add(name: string, run: () => Promise<void>): void {
    this.steps.push({ name, run });
  }
  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of this.steps.reverse()) {
        try {
          await step.run();
        } catch (error) {
          log(`stopping ${step.name} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    })();
    return this.running;
  }
}

/** What decides whether a stored benchmark graph can be reused: the size, the seed and the code that wrote it. */
function graphFingerprint(args: CompareArgs): Record<string, unknown> {
  const hash = crypto.createHash('sha256');
  hash.update(fs.readFileSync(require.resolve('../cli/generate-synthetic')));
  for (const dir of ['synthetic', 'migrations']) {
    for (const file of fs.readdirSync(path.join(cypherRoot, dir)).sort()) hash.update(fs.readFileSync(path.join(cypherRoot, dir, file)));
  }
  return { organizations: args.organizations, partnerships: args.partnerships, seed: args.seed, writer: hash.digest('hex').slice(0, 16) };
}

interface GraphCounts {
  organizations: number;
  partnersWith: number;
  tiedTo: number;
}

/** The Neo4j of this size, started on its own home; the synthetic network is written unless the marker says it is there. */
async function benchNeo4j(args: CompareArgs, cleanup: Cleanup): Promise<{ uri: string; counts: GraphCounts }> {
  const home = path.join(projectRoot, '.data', `bench-${args.organizations}`);
  const markerFile = path.join(home, 'bench-marker.json');
  const wanted = graphFingerprint(args);
  const stored = fs.existsSync(markerFile) ? fs.readFileSync(markerFile, 'utf8') : null;
  const reuse = stored !== null && stored === JSON.stringify(wanted);
  if (!reuse && fs.existsSync(home)) {
    log(`${home} holds another graph (${stored ?? 'no marker'}): starting it afresh`);
    fs.rmSync(home, { recursive: true, force: true });
  }
  fs.mkdirSync(home, { recursive: true });
  log(`starting Neo4j (heap ${args.heap}) in ${home}`);
  const local: LocalNeo4j = await startLocalNeo4j({ port: 0, homeDir: home, heap: args.heap });
  cleanup.add('Neo4j', () => local.stop());
  const driver = createDriver({ uri: local.uri, username: 'neo4j', password: null });
  try {
    await waitForDriver(driver, undefined);
    const graph = new Graph(driver, undefined);
    if (!reuse) {
      await migrate(graph);
      log(`writing ${args.organizations} organizations and ${args.partnerships} stored ties (seed ${args.seed})`);
      const written = await writeSyntheticNetwork(graph, {
        organizations: args.organizations,
        partnerships: args.partnerships,
        seed: args.seed,
        log,
      });
      log(`written in ${written.ms} ms`);
      fs.writeFileSync(markerFile, JSON.stringify(wanted));
    } else {
      log('the stored graph matches: reusing it');
    }
    const [row] = (await driver.executeQuery(cypher('bench/graph-counts'))).records;
    return { uri: local.uri, counts: toPlain(row.toObject()) as unknown as GraphCounts };
  } finally {
    await driver.close();
  }
}

interface Child {
  name: ServerName;
  url: string;
  pid: number;
}

/** Starts one server as `node <script>` with the given environment; resolves when `ready` answers 200. */
async function startChild(
  name: ServerName,
  script: string,
  env: Record<string, string>,
  ready: (url: string) => Promise<boolean>,
  cleanup: Cleanup,
): Promise<Child> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(process.execPath, [script], {
    cwd: projectRoot,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
    });
  }
  cleanup.add(name, async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.kill('SIGTERM');
    await exited;
    clearTimeout(killer);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} server exited (${child.exitCode ?? child.signalCode}):\n${tail.join('\n')}`);
    }
    if (await ready(url).catch(() => false)) return { name, url, pid: child.pid! };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} server was not ready after 180 s:\n${tail.join('\n')}`);
}

const answers200 = (url: string, init?: RequestInit) =>
  fetch(url, { ...init, signal: AbortSignal.timeout(5000) }).then((r) => r.status === 200);
const graphqlProbe: RequestInit = {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ __typename }' }),
};

async function startServers(uri: string, cleanup: Cleanup): Promise<Record<ServerName, Child>> {
  const env = { NODE_ENV: 'production', NEO4J_URI: uri, LOG_LEVEL: 'warn', LOAD_DATASET: 'false' };
  const dist = path.join(projectRoot, 'dist', 'src');
  // One at a time: three schema builds at once on two cores only slow each other down.
  const ours = await startChild('ours', path.join(dist, 'main.js'), env, (url) => answers200(`${url}/health/ready`), cleanup);
  const peer = await startChild(
    'peer',
    path.join(dist, 'bench', 'peer-server.js'),
    env,
    (url) => answers200(`${url}/graphql`, graphqlProbe),
    cleanup,
  );
  const floor = await startChild('floor', path.join(dist, 'bench', 'floor-server.js'), env, (url) => answers200(`${url}/health`), cleanup);
  return { ours, peer, floor };
}

/** One query on every server for --warm-round seconds each. */
async function warmQuery(query: BenchQuery, children: Record<ServerName, Child>, args: CompareArgs): Promise<void> {
  for (const server of SERVERS) {
    const request = server === 'peer' ? query.peer : query[server];
    if (request !== null) await warmUp(children[server].url, request, args.connections, args.warmRound);
  }
}

/** Every query on every server for a few seconds before any is measured, so no server meets a cold JVM alone. */
async function warmRound(queries: readonly BenchQuery[], children: Record<ServerName, Child>, args: CompareArgs): Promise<void> {
  if (args.warmRound === 0) return;
  log(`warm-up round: every query on every server for ${args.warmRound} s`);
  for (const query of queries) await warmQuery(query, children, args);
}

async function measureQuery(
  query: BenchQuery,
  position: number,
  children: Record<ServerName, Child>,
  args: CompareArgs,
): Promise<QueryReport> {
  const urls = Object.fromEntries(SERVERS.map((s) => [s, children[s].url])) as ServerUrls;
  log(`${query.id} ${query.title}: checking the answers`);
  const equality = await checkEquality(query, urls);
  const report: QueryReport = { id: query.id, title: query.title, equality, servers: {} };
  if (!equality.equal) {
    log(`  NOT EQUAL, not timed:\n  ${equality.detail.replaceAll('\n', '\n  ')}`);
    return report;
  }
  log(`  equal (${equality.detail})`);
  // Again just before it is measured: the queries in between (and a slow server's requests still running in Neo4j after
  // its run) leave the next one colder for whoever goes first; a rerun of Q6 at 100k gave 0.66× first and 2.15× last.
  if (args.warmRound > 0) await warmQuery(query, children, args);
  // Each round measures every server once, the order rotating from round to round; the report takes the median round.
  // On two shared cores one run of a small query moves by a quarter between runs; the median of three moves less.
  const samples: Partial<Record<ServerName, LatencySamples[]>> = {};
  const loads: Partial<Record<ServerName, ThroughputResult[]>> = {};
  const problems: Partial<Record<ServerName, string>> = {};
  for (let round = 0; round < args.rounds; round += 1) {
    for (const server of serverOrder(position + round)) {
      const request = server === 'peer' ? query.peer : query[server];
      if (request === null || problems[server] !== undefined) continue;
      try {
        log(
          `  ${server} (round ${round + 1} of ${args.rounds}): ${args.warmup} warm-up + ${args.runs} sequential, then autocannon ${args.connections} × ${args.duration} s`,
        );
        // Neo4j collects the garbage of the load just measured (another server's, or another query's) in the second
        // after it: timed then, the first sequential runs of whoever comes next pay for it.
        if (args.settle > 0) await new Promise((resolve) => setTimeout(resolve, args.settle * 1000));
        const latency = await sequentialSamples(children[server].url, request, args.warmup, args.runs);
        const load = await throughput(children[server].url, request, {
          connections: args.connections,
          duration: args.duration,
          warmupDuration: Math.max(1, Math.round(args.duration / 3)),
          pid: children[server].pid,
        });
        (samples[server] ??= []).push(latency);
        (loads[server] ??= []).push(load);
        log(`    ${load.requestsPerSecond} req/s${load.valid ? '' : ' (INVALID)'}`);
      } catch (error) {
        problems[server] = error instanceof Error ? error.message : String(error);
      }
    }
  }
  for (const server of SERVERS) {
    const problem = problems[server];
    if (problem !== undefined) {
      report.servers[server] = { latency: null, throughput: null, cypherPerRequest: null, problem };
      continue;
    }
    const rounds = samples[server];
    const measured = loads[server];
    if (rounds === undefined || measured === undefined) continue;
    const latency = summarizeLatency(rounds);
    const load = medianThroughput(measured);
    const reported = latency.cypherQueries;
    const cypherPerRequest =
      server === 'peer'
        ? `${query.peerCypherQueries}`
        : reported === null
          ? null
          : reported.min === reported.max
            ? `${reported.min}`
            : `${reported.min}–${reported.max}`;
    const unanswered = roundsWithoutAnswers(load);
    report.servers[server] = {
      latency,
      throughput: load,
      cypherPerRequest,
      problem:
        latency.failures > 0 || !load.valid
          ? `${latency.failures} failed sequential runs; autocannon ${load.non2xx} non-2xx, ${load.errors} errors, ${load.timeouts} timeouts, ${load.mismatches} answers with GraphQL errors` +
            (unanswered > 0 ? `, and no request finished within the ${Math.round(load.durationS)} s run in ${unanswered} rounds` : '')
          : null,
    };
    log(`  ${server}: median ${load.requestsPerSecond} req/s of ${measured.length}, p50 ${latency.p50Ms} ms, p99 ${latency.p99Ms} ms`);
  }
  return report;
}

async function writeResults(report: BenchReport, outDir: string): Promise<string[]> {
  const dir = path.resolve(projectRoot, outDir);
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `${report.organizations}-${report.createdAt.slice(0, 10)}`);
  // Formatted as the repository's Prettier would, so committed results pass format:check.
  const style = (await prettier.resolveConfig(`${base}.md`)) ?? {};
  fs.writeFileSync(`${base}.json`, await prettier.format(JSON.stringify(report), { ...style, parser: 'json' }));
  fs.writeFileSync(`${base}.md`, await prettier.format(markdownReport(report), { ...style, parser: 'markdown' }));
  fs.writeFileSync(`${base}.svg`, svgChart(report));
  return [`${base}.json`, `${base}.md`, `${base}.svg`];
}

/** The report of one run: settings, machine, graph, the context the queries were made from, and the results. */
function benchReport(
  args: CompareArgs,
  counts: GraphCounts,
  context: BenchReport['context'],
  queries: QueryReport[],
  network: NetworkTiming[],
  notes: string[],
): BenchReport {
  return {
    createdAt: new Date().toISOString(),
    organizations: args.organizations,
    partnerships: args.partnerships,
    seed: args.seed,
    settings: {
      duration: args.duration,
      connections: args.connections,
      runs: args.runs,
      warmup: args.warmup,
      settle: args.settle,
      warmRound: args.warmRound,
      rounds: args.rounds,
    },
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      platform: `${os.platform()} ${os.release()}`,
    },
    graph: { ...counts },
    context,
    queries,
    network,
    notes,
  };
}

/** The table, each query's verdicts, the notes and the files written, on stdout. */
function printSummary(report: BenchReport, files: readonly string[]): void {
  process.stdout.write(`\n${markdownTable(report)}\n\n`);
  for (const q of report.queries) {
    const verdicts = q.equality.equal ? `throughput ≥ 1.5× peer: ${throughputVerdict(q)}; p99 ≤ 1.5× floor: ${p99Verdict(q)}` : 'NOT EQUAL';
    process.stdout.write(`${q.id}: ${verdicts}\n`);
  }
  for (const note of report.notes) process.stdout.write(`note: ${note}\n`);
  process.stdout.write(`\nwritten: ${files.map((f) => path.relative(projectRoot, f)).join(', ')}\n`);
}

async function main(argv: string[]): Promise<void> {
  const args = parseCompareArgs(argv);
  const cleanup = new Cleanup();
  const interrupt = (): void => {
    log('interrupted: stopping the servers and Neo4j');
    void cleanup.run().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    const { uri, counts } = await benchNeo4j(args, cleanup);
    const notes: string[] = [...METHOD_NOTES];
    if (counts.tiedTo === 0) {
      notes.push('The benchmark graph has no TIED_TO relationships: the peer and the floor find no ties (Q2, Q5, Q8 cannot be equal).');
    }
    log(`graph: ${JSON.stringify(counts)}; starting the three servers`);
    const children = await startServers(uri, cleanup);
    const context = await prepareContext(children.ours.url, args.organizations);
    log(`context: ${JSON.stringify({ ...context, anchor: { ...context.anchor, cursor: '…' } })}`);
    const queries = selectQueries(benchQueries(context), args.only);
    await warmRound(queries, children, args);
    const results: QueryReport[] = [];
    for (const [position, query] of queries.entries()) results.push(await measureQuery(query, position, children, args));
    const network = await timeNetworkMetrics(children.ours.url, args.network);
    const report = benchReport(args, counts, context, results, network, notes);
    printSummary(report, await writeResults(report, args.out));
  } finally {
    await cleanup.run();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (error: unknown) => {
      const usage = error instanceof UsageError;
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n${usage ? `${USAGE}\n` : ''}`);
      process.exit(usage ? 2 : 1);
    },
  );
}
