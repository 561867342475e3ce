import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ConfigError, loadConfig } from '../config';
import { createLogger } from '../logger';
import { createDriver, waitForDriver } from '../neo4j/driver';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/local-neo4j';
import { migrate } from '../neo4j/migrate';
import { Graph } from '../neo4j/run';
import { createServer, type AppServer } from '../server';
import { SYNTHETIC_ASSOCIATION, writeSyntheticNetwork, type WriteResult } from './generate-synthetic';

/**
 * Benchmark over real HTTP: a Neo4j (NEO4J_URI, or a local one in a temporary home), migrated, with the seeded synthetic
 * network; the API server in this process on a free port; then each measured request `runs` times after `warmup`
 * unmeasured ones. Reports latency p50/p95, Cypher round trips (extensions.cypherQueries, or the export's
 * x-cypher-queries header) and this process's CPU time per request (process.cpuUsage: the server's work plus the small
 * client side, since both run here).
 */

const USAGE = `usage: bench --out <file.json> [--organizations 10000] [--partnerships 100000] [--seed 42] [--runs 20] [--warmup 3]
             [--export-runs 5] [--slow-ms 10000] [--slow-runs 3] [--heap 2g] [--force]
Uses NEO4J_URI when set (the synthetic network is merged into it), else starts a local Neo4j in a temporary directory.
A request whose first warm-up call takes over --slow-ms is measured --slow-runs times instead of --runs.`;

class UsageError extends Error {}

export interface BenchArgs {
  out: string;
  organizations: number;
  partnerships: number;
  seed: number;
  runs: number;
  warmup: number;
  exportRuns: number;
  slowMs: number;
  slowRuns: number;
  heap: string;
  force: boolean;
}

export function parseBenchArgs(args: readonly string[]): BenchArgs {
  const numbers: Record<string, number> = {
    organizations: 10_000,
    partnerships: 100_000,
    seed: 42,
    runs: 20,
    warmup: 3,
    'export-runs': 5,
    'slow-ms': 10_000,
    'slow-runs': 3,
  };
  let out: string | undefined;
  let heap = '2g';
  let force = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--force') {
      force = true;
      continue;
    }
    const match = /^--(out|heap|organizations|partnerships|seed|runs|warmup|export-runs|slow-ms|slow-runs)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unknown argument ${JSON.stringify(arg)}`);
    const value = match[2] ?? args[(i += 1)];
    if (value === undefined || value === '') throw new UsageError(`${arg} needs a value`);
    if (match[1] === 'out') out = value;
    else if (match[1] === 'heap') {
      if (!/^\d+[mg]$/.test(value)) throw new UsageError('--heap must be a JVM size such as 1g or 1536m');
      heap = value;
    } else {
      if (!/^\d+$/.test(value)) throw new UsageError(`--${match[1]} needs a non-negative integer`);
      numbers[match[1]] = Number(value);
    }
  }
  if (out === undefined) throw new UsageError('--out is required');
  if (numbers.runs < 1 || numbers['export-runs'] < 1 || numbers['slow-runs'] < 1) {
    throw new UsageError('--runs, --export-runs and --slow-runs must be at least 1');
  }
  return {
    out,
    organizations: numbers.organizations,
    partnerships: numbers.partnerships,
    seed: numbers.seed,
    runs: numbers.runs,
    warmup: numbers.warmup,
    exportRuns: numbers['export-runs'],
    slowMs: numbers['slow-ms'],
    slowRuns: numbers['slow-runs'],
    heap,
    force,
  };
}

/** Nearest-rank percentile of ascending values. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('no values');
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length))) - 1];
}

interface Sample {
  ms: number;
  cpuMs: number;
  queries: number | null;
  bytes: number;
}

export interface BenchResult {
  query: string;
  /** The GraphQL document sent, or the URL fetched. */
  request: string;
  runs: number;
  warmup: number;
  p50Ms: number;
  p95Ms: number;
  meanMs: number;
  /** Cypher round trips per request (min and max over the runs; equal when the plan does not vary). */
  cypherQueries: { min: number; max: number } | null;
  cpuMsPerRequest: number;
  responseBytes: number;
}

type Probe = () => Promise<{ queries: number | null; bytes: number }>;

const round = (x: number): number => Math.round(x * 10) / 10;

interface Plan {
  runs: number;
  warmup: number;
  /** A request whose first warm-up call takes longer than this is measured only `slowRuns` times, after no more warm-up. */
  slowMs: number;
  slowRuns: number;
}

async function measure(query: string, request: string, plan: Plan, probe: Probe, log: (line: string) => void): Promise<BenchResult> {
  let { runs, warmup } = plan;
  let warmed = 0;
  while (warmed < warmup) {
    const started = performance.now();
    await probe();
    warmed += 1;
    const ms = performance.now() - started;
    if (warmed === 1 && ms > plan.slowMs && runs > plan.slowRuns) {
      log(`  the first call took ${Math.round(ms)} ms: measuring ${plan.slowRuns} runs, no more warm-up`);
      runs = plan.slowRuns;
      warmup = warmed;
    }
  }
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const { queries, bytes } = await probe();
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    samples.push({ ms, cpuMs: (used.user + used.system) / 1000, queries, bytes });
    if (ms > plan.slowMs) log(`  run ${i + 1}/${runs}: ${Math.round(ms)} ms`);
  }
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const queries = samples.map((s) => s.queries).filter((q): q is number => q !== null);
  return {
    query,
    request,
    runs,
    warmup: warmed,
    p50Ms: round(percentile(sorted, 0.5)),
    p95Ms: round(percentile(sorted, 0.95)),
    meanMs: round(sorted.reduce((a, b) => a + b, 0) / runs),
    cypherQueries: queries.length === 0 ? null : { min: Math.min(...queries), max: Math.max(...queries) },
    cpuMsPerRequest: round(samples.reduce((a, s) => a + s.cpuMs, 0) / runs),
    responseBytes: samples[samples.length - 1].bytes,
  };
}

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface FieldInfo {
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}
interface TypeInfo {
  name: string;
  kind: string;
  fields: FieldInfo[] | null;
}

const INTROSPECTION = `query BenchIntrospection {
  __schema { queryType { name } types { name kind fields { name args { name type { ...T } } type { ...T } } } }
}
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);

/** Every leaf field without required arguments, and object fields down to `depth` more levels. */
function selectionFor(types: Map<string, TypeInfo>, typeName: string, depth: number): string {
  const parts: string[] = [];
  for (const field of types.get(typeName)?.fields ?? []) {
    if (field.args.some((a) => a.type.kind === 'NON_NULL')) continue;
    const inner = named(field.type);
    if (inner.kind === 'SCALAR' || inner.kind === 'ENUM') parts.push(field.name);
    else if (inner.kind === 'OBJECT' && depth > 0) {
      const sub = selectionFor(types, inner.name!, depth - 1);
      if (sub !== '') parts.push(`${field.name} ${sub}`);
    }
  }
  return parts.length === 0 ? '' : `{ ${parts.join(' ')} }`;
}

async function postGraphql(url: string, query: string): Promise<{ queries: number | null; bytes: number; body: Record<string, unknown> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(300_000),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { errors?: { message: string }[]; extensions?: { cypherQueries?: number } };
  if (res.status !== 200 || body.errors)
    throw new Error(`HTTP ${res.status}: ${body.errors?.map((e) => e.message).join('; ') ?? text.slice(0, 200)}`);
  return { queries: body.extensions?.cypherQueries ?? null, bytes: Buffer.byteLength(text), body };
}

export const ORGANIZATIONS_PAGE = `query BenchOrganizations {
  organizations(first: 50) { edges { node { id name city { name region { name } } partners(first: 10) { nodes { origin partner { name } } } } } }
}`;

function printTable(results: readonly BenchResult[]): string {
  const header = ['query', 'runs', 'p50 ms', 'p95 ms', 'cypher round trips', 'Node CPU ms/req', 'response bytes'];
  const rows = results.map((r) => [
    r.query,
    String(r.runs),
    r.p50Ms.toFixed(1),
    r.p95Ms.toFixed(1),
    r.cypherQueries === null
      ? '–'
      : r.cypherQueries.min === r.cypherQueries.max
        ? String(r.cypherQueries.min)
        : `${r.cypherQueries.min}–${r.cypherQueries.max}`,
    r.cpuMsPerRequest.toFixed(1),
    String(r.responseBytes),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

async function main(argv: string[]): Promise<void> {
  const args = parseBenchArgs(argv);
  const config = loadConfig();
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const notes: string[] = [];
  let home: string | null = null;
  let local: LocalNeo4j | null = null;
  let server: AppServer | null = null;
  let uri = config.neo4j.uri;
  if (uri === null) {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'nkss-bench-'));
    log(`starting a local Neo4j (heap ${args.heap}) in ${home}`);
    try {
      local = await startLocalNeo4j({ port: 0, homeDir: home, heap: args.heap, password: config.neo4j.password ?? undefined });
    } catch (error) {
      fs.rmSync(home, { recursive: true, force: true });
      throw error;
    }
    uri = local.uri;
    const started = { local, home };
    // Interrupted: stop the Neo4j and remove its temporary home before leaving.
    const interrupt = (): void => {
      void started.local
        .stop()
        .then(() => fs.rmSync(started.home, { recursive: true, force: true }))
        .finally(() => process.exit(130));
    };
    process.once('SIGINT', interrupt);
    process.once('SIGTERM', interrupt);
  }
  const driver = createDriver({ uri, username: config.neo4j.username, password: config.neo4j.password });
  try {
    await waitForDriver(driver, config.neo4j.database);
    const graph = new Graph(driver, config.neo4j.database);
    await migrate(graph);
    log(`generating ${args.organizations} organizations and ${args.partnerships} partnerships (seed ${args.seed})`);
    const generation: WriteResult = await writeSyntheticNetwork(graph, { ...args, log });
    log(`generated in ${generation.ms} ms (${generation.transactions} transactions)`);

    server = await createServer({
      config: { ...config, nodeEnv: 'production' },
      graph,
      logger: createLogger({ logLevel: 'silent' }),
      datasetVersion: () => `synthetic-${args.seed}`,
    });
    const port = await server.listen(0);
    const base = `http://127.0.0.1:${port}`;
    const graphqlUrl = `${base}/graphql`;

    const schema = (await postGraphql(graphqlUrl, INTROSPECTION)).body as {
      data: { __schema: { queryType: { name: string }; types: TypeInfo[] } };
    };
    const types = new Map(schema.data.__schema.types.map((t) => [t.name, t]));
    const queryFields = new Map((types.get(schema.data.__schema.queryType.name)?.fields ?? []).map((f) => [f.name, f]));

    const probes: { name: string; request: string; runs: number; warmup: number; probe: Probe }[] = [
      {
        name: 'organizations(first: 50) nested: city { region } partners(first: 10) { partner }',
        request: ORGANIZATIONS_PAGE,
        runs: args.runs,
        warmup: args.warmup,
        probe: () => postGraphql(graphqlUrl, ORGANIZATIONS_PAGE),
      },
    ];
    const optional: { field: string; args: string; label: string }[] = [
      {
        field: 'decentralization',
        args: `association: "${SYNTHETIC_ASSOCIATION}", asOf: "2024-12-31"`,
        label: `decentralization(asOf: 2024-12-31)`,
      },
      { field: 'networkMetrics', args: `association: "${SYNTHETIC_ASSOCIATION}"`, label: 'networkMetrics' },
    ];
    for (const { field, args: fieldArgs, label } of optional) {
      const info = queryFields.get(field);
      if (info === undefined) {
        notes.push(`Query.${field} is not in the schema yet: not measured.`);
        continue;
      }
      const wanted = [...fieldArgs.matchAll(/(\w+):/g)].map((m) => m[1]);
      const missing = wanted.filter((a) => !info.args.some((x) => x.name === a));
      if (missing.length > 0) {
        notes.push(`Query.${field} has no argument ${missing.join(', ')}: not measured.`);
        continue;
      }
      const inner = named(info.type);
      const selection = inner.kind === 'OBJECT' ? selectionFor(types, inner.name!, 2) : '';
      const query = `query Bench_${field} { ${field}(${fieldArgs}) ${selection} }`;
      probes.push({ name: label, request: query, runs: args.runs, warmup: args.warmup, probe: () => postGraphql(graphqlUrl, query) });
    }
    probes.push({
      name: `GET /export/network.gexf?association=${SYNTHETIC_ASSOCIATION}`,
      request: `/export/network.gexf?association=${SYNTHETIC_ASSOCIATION}`,
      runs: args.exportRuns,
      warmup: Math.min(args.warmup, 1),
      probe: async () => {
        const res = await fetch(`${base}/export/network.gexf?association=${SYNTHETIC_ASSOCIATION}`, {
          signal: AbortSignal.timeout(300_000),
        });
        const body = await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${Buffer.from(body).toString('utf8').slice(0, 200)}`);
        return { queries: Number(res.headers.get('x-cypher-queries')), bytes: body.byteLength };
      },
    });

    const results: BenchResult[] = [];
    for (const { name, request, runs, warmup, probe } of probes) {
      log(`measuring ${name}: ${warmup} warm-up, ${runs} runs`);
      try {
        results.push(await measure(name, request, { runs, warmup, slowMs: args.slowMs, slowRuns: args.slowRuns }, probe, log));
      } catch (error) {
        notes.push(`${name} failed, not measured: ${error instanceof Error ? error.message : String(error)}`);
      }
    }

    const table = printTable(results);
    process.stdout.write(`\n${table}\n`);
    for (const note of notes) process.stdout.write(`note: ${note}\n`);
    const report = {
      date: new Date().toISOString(),
      machine: {
        node: process.version,
        platform: `${os.platform()} ${os.arch()}`,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? null,
      },
      neo4j: config.neo4j.uri === null ? { local: true, heap: args.heap } : { local: false },
      synthetic: { organizations: args.organizations, partnerships: args.partnerships, seed: args.seed },
      generation: { ms: generation.ms, transactions: generation.transactions, rows: generation.counts },
      method: {
        warmup: args.warmup,
        runs: args.runs,
        slow: `a request whose first warm-up call took over ${args.slowMs} ms was measured ${args.slowRuns} times, without more warm-up`,
        selection: 'decentralization and networkMetrics select every leaf field of their result down to two nested object levels',
        latency: 'wall time of one HTTP request from this process, nearest-rank percentiles',
        cpu: 'process.cpuUsage delta (user + system) per request: the in-process server plus the client side',
        cypherQueries: 'extensions.cypherQueries of the GraphQL response; x-cypher-queries header for the export',
      },
      results,
      notes,
    };
    fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
    fs.writeFileSync(args.out, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`written to ${args.out}\n`);
  } finally {
    await server?.stop();
    await driver.close();
    await local?.stop();
    if (home !== null) fs.rmSync(home, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${error instanceof UsageError ? `${USAGE}\n` : ''}`);
    process.exit(error instanceof UsageError || error instanceof ConfigError ? 2 : 1);
  });
}
