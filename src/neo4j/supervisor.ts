import { findFreePort, startLocalNeo4j, type LocalNeo4j, type LocalNeo4jProcess, type StartLocalNeo4jOptions } from './local-neo4j';

/** The two levels the supervisor logs at; a pino logger fits. */
export interface SupervisorLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface Backoff {
  /** Wait before the first restart; doubled after each failure in a row. */
  initialMs: number;
  maxMs: number;
  /** A Neo4j that stayed up this long starts the count again. */
  resetAfterMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 30_000, resetAfterMs: 60_000 };

/** The wait before restart attempt `attempt` (1, 2, 3 …) of a run of failures: 1 s, 2 s, 4 s … capped. */
export function backoffDelay(attempt: number, backoff: Backoff = DEFAULT_BACKOFF): number {
  return Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(attempt - 1, 30));
}

export interface SuperviseLocalNeo4jOptions extends Omit<StartLocalNeo4jOptions, 'signal'> {
  logger?: SupervisorLogger;
  backoff?: Partial<Backoff>;
}

export interface SupervisedNeo4j extends LocalNeo4j {
  /** Successful restarts so far. */
  readonly restarts: number;
  /** The running JVM's pid; undefined while Neo4j is down. */
  pid(): number | undefined;
}

const OUTPUT_LINES = 10;

/**
 * Starts the local Neo4j and restarts it whenever it dies other than through stop(): same port (a port of 0
 * is chosen once), same home, so a driver made for `uri` keeps working. Waits 1 s, 2 s, 4 s … (capped at
 * 30 s) before each attempt; a failed start counts as another failure, and a Neo4j that stayed up 60 s starts
 * the count again. The first start is not retried: its error is thrown.
 */
export async function superviseLocalNeo4j(opts: SuperviseLocalNeo4jOptions): Promise<SupervisedNeo4j> {
  const { logger, backoff: backoffOpts, ...startOpts } = opts;
  const backoff: Backoff = { ...DEFAULT_BACKOFF, ...backoffOpts };
  const port = opts.port === 0 ? await findFreePort() : opts.port;
  const start = (more: Partial<StartLocalNeo4jOptions>): Promise<LocalNeo4jProcess> =>
    startLocalNeo4j({ ...startOpts, port, ownProcessGroup: true, ...more });

  const first = await start({});
  let current: LocalNeo4jProcess | null = first;
  let upSince = Date.now();
  let restarts = 0;
  let stopping = false;
  let attemptAbort: AbortController | null = null;
  let wake: (() => void) | null = null;

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        wake = null;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(timer);
        wake = null;
        resolve();
      };
    });

  const watch = async (): Promise<void> => {
    let proc = first;
    let failures = 0;
    for (;;) {
      const exit = await proc.exited;
      if (stopping) return;
      current = null;
      const upMs = Date.now() - upSince;
      if (upMs >= backoff.resetAfterMs) failures = 0;
      logger?.warn(
        { port, pid: proc.pid, code: exit.code, signal: exit.signal, upMs, output: exit.output.slice(-OUTPUT_LINES) },
        'the local Neo4j died',
      );
      for (;;) {
        failures += 1;
        const delayMs = backoffDelay(failures, backoff);
        logger?.info({ port, attempt: failures, delayMs }, `restarting the local Neo4j in ${delayMs} ms`);
        await sleep(delayMs);
        if (stopping) return;
        const startedAt = Date.now();
        attemptAbort = new AbortController();
        try {
          proc = await start({ build: false, signal: attemptAbort.signal });
        } catch (error) {
          if (stopping) return;
          const message = error instanceof Error ? error.message : String(error);
          logger?.warn({ port, attempt: failures, err: message }, 'the local Neo4j did not restart');
          continue;
        } finally {
          attemptAbort = null;
        }
        if (stopping) {
          await proc.stop();
          return;
        }
        current = proc;
        upSince = Date.now();
        restarts += 1;
        logger?.info({ port, attempt: failures, pid: proc.pid, startMs: upSince - startedAt, restarts }, 'the local Neo4j restarted');
        break;
      }
    }
  };
  const watching = watch().catch((error: unknown) => {
    logger?.warn({ port, err: error instanceof Error ? error.message : String(error) }, 'Neo4j supervision failed');
  });

  let stopped: Promise<void> | undefined;
  return {
    uri: first.uri,
    port,
    get restarts() {
      return restarts;
    },
    pid: () => current?.pid,
    stop: () => {
      stopped ??= (async () => {
        stopping = true;
        wake?.();
        attemptAbort?.abort();
        await current?.stop();
        await watching;
      })();
      return stopped;
    },
  };
}
