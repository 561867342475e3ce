import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import * as readline from 'node:readline';

export interface LocalNeo4j {
  uri: string;
  port: number;
  stop(): Promise<void>;
}

/** One launcher process: the JVM's pid and how it ended. */
export interface LocalNeo4jProcess extends LocalNeo4j {
  readonly pid: number | undefined;
  /** Settles when the JVM exits, for whatever reason (stop(), a signal, a crash); never rejects. */
  readonly exited: Promise<LocalNeo4jExit>;
}

export interface LocalNeo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The launcher's last lines of output. */
  output: string[];
}

export interface StartLocalNeo4jOptions {
  port: number;
  homeDir: string;
  password?: string;
  heap?: string;
  /** db.transaction.timeout, e.g. "120s" ("0s": off). Unset: Neo4j's default, no limit. */
  transactionTimeout?: string;
  /** db.memory.transaction.max, e.g. "512m" ("0": off). Unset: Neo4j's default, no limit. */
  transactionMemoryMax?: string;
  readyTimeoutMs?: number;
  /** Build neo4j-local/ first when its sources changed (default true). */
  build?: boolean;
  /** Aborting stops the launcher, and a start still in progress rejects. */
  signal?: AbortSignal;
  /**
   * Run the JVM in its own process group, so a terminal's Ctrl-C reaches only this process, which then stops
   * it in order (the JVM still exits when this process dies: its stdin closes).
   */
  ownProcessGroup?: boolean;
  log?: (line: string) => void;
}

const TAIL_LINES = 40;
const KILL_AFTER_MS = 20_000;
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--enable-native-access=ALL-UNNAMED',
  '-XX:+ExitOnOutOfMemoryError',
];

/** Same answer from src/neo4j (ts-jest, ts-node) and dist/src/neo4j (compiled). */
function moduleDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'neo4j-local');
    if (existsSync(path.join(candidate, 'pom.xml'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`neo4j-local/pom.xml not found above ${__dirname}`);
  }
}

function newestMtime(file: string): number {
  const st = statSync(file);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, entry)));
  return newest;
}

function needsBuild(dir: string): boolean {
  const target = path.join(dir, 'target');
  const required = ['classes', 'lib', 'plugins', '.build-stamp'].map((p) => path.join(target, p));
  if (!required.every((p) => existsSync(p))) return true;
  const stamp = statSync(path.join(target, '.build-stamp')).mtimeMs;
  return Math.max(newestMtime(path.join(dir, 'pom.xml')), newestMtime(path.join(dir, 'src'))) > stamp;
}

function pushTail(tail: string[], line: string): void {
  tail.push(line);
  if (tail.length > TAIL_LINES) tail.shift();
}

function runMaven(dir: string, log?: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const tail: string[] = [];
    const mvn = spawn('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [mvn.stdout, mvn.stderr]) {
      readline.createInterface({ input: stream }).on('line', (raw) => {
        // Debian's Maven 3.8 prints stray ANSI resets even with -B.
        const line = raw.replaceAll('\u001b[0m', '');
        if (line.trim() === '') return;
        pushTail(tail, line);
        log?.(line);
      });
    }
    mvn.on('error', (err) => reject(new Error(`could not run mvn in ${dir}: ${err.message}`)));
    mvn.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`mvn package failed in ${dir} (exit ${code ?? signal}):\n${tail.join('\n')}`));
    });
  });
}

let building: Promise<void> | undefined;

/** Builds neo4j-local/ with Maven unless its output is present and newer than its sources. */
export function buildLauncher(opts: { log?: (line: string) => void } = {}): Promise<void> {
  building ??= (async () => {
    const dir = moduleDir();
    if (!needsBuild(dir)) return;
    // Stamp with the start time, so a source edited during the build still triggers the next one.
    const startedAt = new Date();
    opts.log?.(`building Neo4j launcher in ${dir} (mvn package)`);
    await runMaven(dir, opts.log);
    const stamp = path.join(dir, 'target', '.build-stamp');
    writeFileSync(stamp, `${startedAt.toISOString()}\n`);
    utimesSync(stamp, startedAt, startedAt);
  })().finally(() => {
    building = undefined;
  });
  return building;
}

export function findFreePort(): Promise<number> {
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

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startLocalNeo4j(opts: StartLocalNeo4jOptions): Promise<LocalNeo4jProcess> {
  opts.signal?.throwIfAborted();
  if (opts.build ?? true) await buildLauncher({ log: opts.log });
  opts.signal?.throwIfAborted();
  const dir = moduleDir();
  const port = opts.port === 0 ? await findFreePort() : opts.port;
  const args = [
    ...JVM_FLAGS,
    `-Xmx${opts.heap ?? '1g'}`,
    '-cp',
    ['target/classes', 'target/lib/*'].join(path.delimiter),
    'org.nkss.neo4jlocal.Launcher',
    '--port',
    String(port),
    '--home',
    path.resolve(opts.homeDir),
    '--plugins',
    path.join(dir, 'target', 'plugins'),
    '--exit-on-stdin-eof',
    ...(opts.password === undefined ? [] : ['--password', opts.password]),
    ...(opts.transactionTimeout === undefined ? [] : ['--transaction-timeout', opts.transactionTimeout]),
    ...(opts.transactionMemoryMax === undefined ? [] : ['--transaction-memory-max', opts.transactionMemoryMax]),
  ];
  // stdin stays an open pipe: the launcher exits when it closes, i.e. when this process dies.
  const child = spawn('java', args, { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], detached: opts.ownProcessGroup ?? false });
  const killOnExit = (): void => {
    child.kill('SIGTERM');
  };
  process.on('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let aborted = false;
  const onAbort = (): void => {
    aborted = true;
    child.kill('SIGTERM');
  };
  opts.signal?.addEventListener('abort', onAbort, { once: true });

  const tail: string[] = [];
  // 'close' comes after stdout/stderr have drained, so the tail is complete.
  const ended = new Promise<LocalNeo4jExit>((resolve) => {
    child.once('close', (code, signal) => {
      opts.signal?.removeEventListener('abort', onAbort);
      resolve({ code, signal, output: [...tail] });
    });
    // spawn failed (no java): 'close' may not follow.
    child.once('error', () => {
      opts.signal?.removeEventListener('abort', onAbort);
      resolve({ code: null, signal: null, output: [...tail] });
    });
  });
  let onReady: ((uri: string) => void) | undefined;
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const match = /^NEO4J_READY (bolt:\/\/\S+)$/.exec(line);
    if (match && onReady) {
      onReady(match[1]);
    } else {
      pushTail(tail, line);
      opts.log?.(line);
    }
  });
  readline.createInterface({ input: child.stderr }).on('line', (line) => {
    pushTail(tail, line);
    opts.log?.(line);
  });

  const timeoutMs = opts.readyTimeoutMs ?? 120_000;
  const uri = await new Promise<string>((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    onReady = (readyUri) => {
      onReady = undefined;
      clearTimeout(timer);
      resolve(readyUri);
    };
    child.once('error', (err) => {
      onReady = undefined;
      clearTimeout(timer);
      process.off('exit', killOnExit);
      reject(new Error(`could not start java: ${err.message}`));
    });
    // 'close' comes after stdout/stderr have drained, so the tail is complete.
    child.once('close', (code, signal) => {
      if (!onReady) return;
      onReady = undefined;
      clearTimeout(timer);
      const why = timedOut
        ? `was not ready after ${timeoutMs} ms and was killed`
        : aborted
          ? 'was stopped (aborted) before it was ready'
          : 'exited before it was ready';
      const output = tail.length > 0 ? `last output:\n${tail.join('\n')}` : 'no output';
      reject(new Error(`Neo4j launcher on port ${port} ${why} (exit ${code ?? signal}); ${output}`));
    });
  });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const killer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
      child.kill('SIGTERM');
      await exited(child);
      clearTimeout(killer);
    })();
    return stopping;
  };
  return { uri, port, stop, pid: child.pid, exited: ended };
}
