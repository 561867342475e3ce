import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as readline from 'node:readline';
import prettier from 'prettier';
import { projectRoot } from '../shared/project-root';

/**
 * What the ops scripts (src/ops/*.ts: load, fault, soak, bad-input) share: their arguments, the API as a child process
 * started exactly as `npm start` starts it (or a running one given by --url), the server's memory and metrics, and
 * where the figures are written (ops/results/<name>-<date>.{json,md}).
 */

export function log(line: string): void {
  process.stderr.write(`[ops ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

export class UsageError extends Error {}

/** --name value or --name=value; numbers where the default is a number; unknown names refused. */
export function parseArgs<T extends Record<string, number | string | null>>(argv: readonly string[], defaults: T, usage: string): T {
  const out: Record<string, number | string | null> = { ...defaults };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') throw new UsageError(usage);
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unexpected argument ${arg}\n${usage}`);
    const key = match[1].replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
    if (!(key in defaults)) throw new UsageError(`unknown option --${match[1]}\n${usage}`);
    const raw = match[2] ?? argv[++i];
    if (raw === undefined) throw new UsageError(`--${match[1]} needs a value\n${usage}`);
    if (typeof defaults[key] === 'number') {
      const value = Number(raw);
      if (!Number.isFinite(value) || value < 0) throw new UsageError(`--${match[1]} must be a non-negative number, not ${raw}`);
      out[key] = value;
    } else {
      out[key] = raw;
    }
  }
  return out as T;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/* ---------- the API under test ---------- */

export interface Target {
  /** http://127.0.0.1:<port> */
  base: string;
  /** <base>/graphql */
  graphql: string;
  /** The API's pid when this script started it (RSS, its Neo4j); null with --url. */
  pid: number | null;
  /** Whether this script started the API. */
  started: boolean;
  /** Log lines of the started API (LOG_LEVEL=warn), with the time they came (ms since the start of this script). */
  logLines: { atMs: number; line: string }[];
  /** How the started API ended, when it did; null while it runs (or with --url). */
  exit(): { code: number | null; signal: NodeJS.Signals | null } | null;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('could not read a free port'))));
    });
  });
}

const LAUNCHER_CLASS = 'org.nkss.neo4jlocal.Launcher';

function readProc(pid: number, file: string): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

/** ppid and start time (clock ticks since boot) from /proc/<pid>/stat; null when the process is gone. */
function statOf(pid: number): { ppid: number; startTicks: number } | null {
  const stat = readProc(pid, 'stat');
  if (stat === null) return null;
  // The command name is in parentheses and may hold spaces; fields after it: state (3), ppid (4) … starttime (22).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(fields[1]), startTicks: Number(fields[19]) };
}

export interface ProcessId {
  pid: number;
  /** Start time, so that a pid reused by another process is not taken for this one. */
  startTicks: number;
}

/** Descendants of `rootPid` (children, grandchildren …) whose command line contains `needle`. */
export function findDescendants(rootPid: number, needle: string): ProcessId[] {
  const parents = new Map<number, ProcessId & { ppid: number }>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    const stat = statOf(pid);
    if (stat !== null) parents.set(pid, { pid, ppid: stat.ppid, startTicks: stat.startTicks });
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = parents.get(pid)?.ppid, hops = 0; p !== undefined && p > 1 && hops < 64; p = parents.get(p)?.ppid, hops += 1) {
      if (p === rootPid) return true;
    }
    return false;
  };
  const found: ProcessId[] = [];
  for (const proc of parents.values()) {
    if (!isDescendant(proc.pid)) continue;
    const cmdline = readProc(proc.pid, 'cmdline');
    if (cmdline !== null && cmdline.split('\0').join(' ').includes(needle)) found.push({ pid: proc.pid, startTicks: proc.startTicks });
  }
  return found;
}

/** The local Neo4j JVM(s) the API started: java descendants running the launcher class. */
export const findNeo4jJvms = (apiPid: number): ProcessId[] => findDescendants(apiPid, LAUNCHER_CLASS);

export function isAlive(proc: ProcessId): boolean {
  return statOf(proc.pid)?.startTicks === proc.startTicks;
}

/** Resident memory in MiB (VmRSS of /proc/<pid>/status); null when unknown. */
export function rssMb(pid: number | null): number | null {
  if (pid === null) return null;
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readProc(pid, 'status') ?? '')?.[1];
  return kb === undefined ? null : Math.round((Number(kb) / 1024) * 10) / 10;
}

/** Things to undo in reverse order, on success, on errors and on SIGINT/SIGTERM alike; each runs once. */
export class Cleanup {
  private readonly steps: { name: string; run: () => Promise<void> }[] = [];
  private running: Promise<void> | undefined;
  add(name: string, run: () => Promise<void>): void {
    this.steps.push({ name, run });
  }
  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of [...this.steps].reverse()) {
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

const KILL_AFTER_MS = 15_000;

function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function waitGone(procs: ProcessId[], ms: number): Promise<ProcessId[]> {
  const deadline = Date.now() + ms;
  let alive = procs.filter(isAlive);
  while (alive.length > 0 && Date.now() < deadline) {
    await sleep(200);
    alive = alive.filter(isAlive);
  }
  return alive;
}

export interface StartOptions {
  /** NEO4J_LOCAL_DATA_DIR, relative to the repository; reused across runs (the first start loads the dataset). */
  dataDir: string;
  /** More environment for the API (e.g. METRICS_ENABLED). */
  env?: Record<string, string>;
  readyTimeoutMs?: number;
}

/**
 * `node dist/src/main.js` as `npm start` runs it (NODE_ENV=production, LOG_LEVEL=warn, a local Neo4j on a free port
 * with its home in `dataDir`), ready when /health/ready answers 200. stop(): SIGTERM, SIGKILL after 15 s; a Neo4j
 * JVM still alive after that is killed too.
 */
export async function startApi(options: StartOptions, cleanup: Cleanup, t0: number): Promise<Target> {
  const script = path.join(projectRoot, 'dist', 'src', 'main.js');
  if (!fs.existsSync(script)) throw new Error(`${script} is missing: run npm run build first`);
  const port = await freePort();
  let neo4jPort = await freePort();
  while (neo4jPort === port) neo4jPort = await freePort();
  const dataDir = path.resolve(projectRoot, options.dataDir);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  // The child inherits PATH, JAVA_HOME and the like (it runs java and, on a first build, mvn); the variables that
  // would point it at another Neo4j are removed, so it starts its own as `npm start` does with NEO4J_URI unset.
  // eslint-disable-next-line no-restricted-properties -- a child process's environment, not this process's configuration
  const inherited: Record<string, string | undefined> = { ...process.env };
  for (const name of ['NEO4J_URI', 'NEO4J_DATABASE', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'LOAD_DATASET']) delete inherited[name];
  const env = {
    ...inherited,
    NODE_ENV: 'production',
    PORT: String(port),
    NEO4J_LOCAL_PORT: String(neo4jPort),
    NEO4J_LOCAL_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  log(`starting the API: node dist/src/main.js on port ${port}, local Neo4j on ${neo4jPort}, home ${path.relative(projectRoot, dataDir)}`);
  const child = spawn(process.execPath, [script], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logLines: Target['logLines'] = [];
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      logLines.push({ atMs: Math.round(performance.now() - t0), line });
      if (logLines.length > 5_000) logLines.splice(0, 1_000);
    });
  }
  let exitInfo: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  child.once('exit', (code, signal) => {
    exitInfo = { code, signal };
  });
  // Last resort when this process exits without cleaning up (an uncaught error): the API must not outlive it.
  const killOnExit = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);

  let jvms: ProcessId[] = [];
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.pid !== undefined) jvms = [...jvms, ...findNeo4jJvms(child.pid)];
      if (child.exitCode === null && child.signalCode === null) {
        log('stopping the API (SIGTERM)');
        child.kill('SIGTERM');
        if (!(await waitExit(child, KILL_AFTER_MS))) {
          log(`the API did not stop within ${KILL_AFTER_MS / 1000} s: SIGKILL`);
          child.kill('SIGKILL');
          await waitExit(child, 5_000);
        }
      }
      // Its Neo4j exits when the API stops it or when its stdin closes; one still running after that is killed.
      const left = await waitGone(jvms, KILL_AFTER_MS);
      for (const jvm of left) {
        log(`the local Neo4j (pid ${jvm.pid}) outlived the API: SIGKILL`);
        process.kill(jvm.pid, 'SIGKILL');
      }
      process.off('exit', killOnExit);
    })();
    return stopping;
  };
  cleanup.add('the API', stop);

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 600_000);
  const started = Date.now();
  for (;;) {
    if (exitInfo !== null) {
      const tail = logLines
        .slice(-30)
        .map((l) => l.line)
        .join('\n');
      throw new Error(`the API exited before it was ready (${JSON.stringify(exitInfo)}):\n${tail}`);
    }
    if (Date.now() > deadline) throw new Error(`the API was not ready after ${Math.round((Date.now() - started) / 1000)} s`);
    const ready = await fetch(`${base}/health/ready`, { signal: AbortSignal.timeout(5_000) }).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ready) break;
    await sleep(500);
  }
  if (child.pid !== undefined) jvms = findNeo4jJvms(child.pid);
  log(
    `API ready after ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${child.pid}, Neo4j JVM ${jvms.map((j) => j.pid).join(', ') || '?'})`,
  );
  return { base, graphql: `${base}/graphql`, pid: child.pid ?? null, started: true, logLines, exit: () => exitInfo, stop };
}

/** --url: a running server (its /graphql URL or its base URL); nothing is started or stopped. */
export function existingTarget(url: string, pid: number | null = null): Target {
  const parsed = new URL(url);
  const base = `${parsed.protocol}//${parsed.host}`;
  return { base, graphql: `${base}/graphql`, pid, started: false, logLines: [], exit: () => null, stop: () => Promise.resolve() };
}

/* ---------- metrics ---------- */

/** Prometheus text from GET /metrics as series → value ("name" or "name{labels}"); null when /metrics is not served. */
export async function readMetrics(base: string): Promise<Map<string, number> | null> {
  try {
    const res = await fetch(`${base}/metrics`, { signal: AbortSignal.timeout(5_000) });
    const text = await res.text();
    if (res.status !== 200) return null;
    const series = new Map<string, number>();
    for (const line of text.split('\n')) {
      const match = /^([a-zA-Z_:][\w:]*(?:\{[^}]*\})?)\s+(\S+)/.exec(line);
      if (match) series.set(match[1], Number(match[2]));
    }
    return series;
  } catch {
    return null;
  }
}

/** A metric's value without labels, else its first labelled series; null when absent. */
export function metric(series: Map<string, number> | null, name: string): number | null {
  if (series === null) return null;
  const plain = series.get(name);
  if (plain !== undefined) return plain;
  for (const [key, value] of series) if (key.startsWith(`${name}{`)) return value;
  return null;
}

/* ---------- HTTP ---------- */

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
  ms: number;
}

/** A GraphQL POST (or any request), timed; a body that is not JSON leaves `json` undefined. */
export async function request(url: string, init: RequestInit & { timeoutMs?: number } = {}): Promise<Answer> {
  const started = performance.now();
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(init.timeoutMs ?? 30_000) });
  const text = await res.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json, ms: Math.round((performance.now() - started) * 10) / 10 };
}

export interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export function asGraphql(json: unknown): GraphqlBody | null {
  return typeof json === 'object' && json !== null && !Array.isArray(json) ? json : null;
}

export async function gql<T = Record<string, unknown>>(graphqlUrl: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const answer = await request(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = asGraphql(answer.json);
  if (answer.status !== 200 || body === null || body.errors !== undefined || body.data == null) {
    throw new Error(`${query.slice(0, 80)} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
  }
  return body.data as T;
}

/** The code of the first GraphQL error of a body, if any. */
export function firstErrorCode(json: unknown): string | null {
  const code = asGraphql(json)?.errors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/* ---------- figures ---------- */

/** Nearest-rank percentile of ascending values; null without values. */
export function percentile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length))) - 1];
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;

export const fmt = (value: number | string | boolean | null | undefined, unit = ''): string =>
  value === null || value === undefined ? 'n/a' : `${typeof value === 'number' ? String(round1(value)) : String(value)}${unit}`;

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const escape = (cell: string): string => cell.replaceAll('|', '\\|').replaceAll('\n', ' ');
  return [
    `| ${header.map(escape).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}

/** Where the run was made, for the notes. */
export function environmentNotes(target: Target, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    node: process.version,
    server: target.started ? 'started by this script (npm start: NODE_ENV=production, local Neo4j)' : target.base,
    cpus: (() => {
      try {
        return fs
          .readFileSync('/proc/cpuinfo', 'utf8')
          .split('\n')
          .filter((l) => l.startsWith('processor')).length;
      } catch {
        return null;
      }
    })(),
    loadAverage: (() => {
      try {
        return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
      } catch {
        return null;
      }
    })(),
    ...extra,
  };
}

/** ops/results/<name>-<YYYY-MM-DD>.{json,md}, formatted as the repository's Prettier would; prints the Markdown. */
export async function writeResults(name: string, json: unknown, markdown: string, outDir = 'ops/results'): Promise<string[]> {
  const dir = path.resolve(projectRoot, outDir);
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `${name}-${new Date().toISOString().slice(0, 10)}`);
  const style = (await prettier.resolveConfig(`${base}.md`)) ?? {};
  const md = await prettier.format(markdown, { ...style, parser: 'markdown' });
  fs.writeFileSync(`${base}.json`, await prettier.format(JSON.stringify(json), { ...style, parser: 'json' }));
  fs.writeFileSync(`${base}.md`, md);
  process.stdout.write(`${md}\n`);
  const files = [`${base}.json`, `${base}.md`].map((f) => path.relative(projectRoot, f));
  log(`written: ${files.join(', ')}`);
  return files;
}

/* ---------- running a script ---------- */

/** --url (with --api-pid, its process for RSS), else the API started here with its Neo4j home in --data-dir. */
export function target(options: { url: string; dataDir: string; apiPid?: number }, cleanup: Cleanup, t0: number): Promise<Target> {
  if (options.url !== '') {
    log(`using the running server at ${options.url}${options.apiPid ? ` (pid ${options.apiPid})` : ''}`);
    return Promise.resolve(existingTarget(options.url, options.apiPid ? options.apiPid : null));
  }
  return startApi({ dataDir: options.dataDir }, cleanup, t0);
}

/**
 * Runs an ops script's `main` (which resolves to the exit code); whatever it registered in the cleanup (the API and
 * its Neo4j) is stopped afterwards, on errors, and on SIGINT/SIGTERM alike.
 */
export function runScript(main: (cleanup: Cleanup, t0: number) => Promise<number>): void {
  const t0 = performance.now();
  const cleanup = new Cleanup();
  let interrupted = false;
  const interrupt = (signal: string): void => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping the API and its Neo4j`);
    void cleanup.run().finally(() => process.exit(130));
  };
  process.once('SIGINT', () => interrupt('SIGINT'));
  process.once('SIGTERM', () => interrupt('SIGTERM'));
  void (async () => {
    let code: number;
    try {
      code = await main(cleanup, t0);
    } catch (error) {
      if (error instanceof UsageError) {
        process.stderr.write(`${error.message}\n`);
        code = 2;
      } else {
        const cause = error instanceof Error && error.cause instanceof Error ? ` (cause: ${error.cause.message})` : '';
        log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}${cause}`);
        code = 1;
      }
    }
    await cleanup.run();
    if (!interrupted) process.exit(code);
  })();
}
