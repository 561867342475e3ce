import neo4j, { type Driver, type ManagedTransaction, type NotificationFilter } from 'neo4j-driver';
import { reachedItsOwnLimit, ServiceUnavailableError, translateNeo4jError } from '../errors';
import type { Availability } from './availability';
import { toPlain } from './convert';
import { cypher } from './cypher';

const READ_ATTEMPTS = 3;

/**
 * The API reads no notification, so Neo4j is asked to send none: on a graph that lacks a property or relationship type
 * the statements name (a benchmark's synthetic graph has no `website`, `mission` or `HAD_EDITION`), every answer would
 * otherwise carry a dozen warnings for the driver to decode. The EXPLAIN test reads them through a driver of its own.
 */
const NO_NOTIFICATIONS: NotificationFilter = { minimumSeverityLevel: 'OFF' };

export interface QueryStats {
  /** Cypher statements sent to Neo4j while answering one request. */
  queries: number;
}

/** What a finished query reports to whoever watches (metrics, debug logs). */
export interface QueryEvent {
  query: string;
  kind: 'read' | 'write';
  durationMs: number;
  rows: number;
  /** The error's code when it failed (a Neo4j code, or the domain code it became). */
  error?: string;
}

export type QueryObserver = (event: QueryEvent) => void;

export interface GraphOptions {
  /** Per-query timeouts sent with each query, so Neo4j stops it (0 or absent: Neo4j's own db.transaction.timeout). */
  timeouts?: { queryMs: number; analyticsMs: number };
  observer?: QueryObserver;
  /** Called as each read or write starts; with the observer's call as it ends, it counts the queries in flight. */
  onQueryStart?: () => void;
  /** Shared down/up state: while Neo4j is known unreachable, queries fail at once (src/neo4j/availability.ts). */
  availability?: Availability;
}

const GRAPH_VERSION = cypher('system/graph-version');

const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export interface ReadOptions {
  /** Analytics walk the whole network: they get the longer timeout. */
  analytics?: boolean;
  /** Receives the bookmark the read ends with: it names the last transaction committed before it (a graph version). */
  onBookmark?: (bookmark: string) => void;
}

function errorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'UNKNOWN';
  const code = (error as { code?: unknown; extensions?: { code?: unknown } }).extensions?.code ?? (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}

/**
 * Errors worth another attempt: a dropped connection, a leader switch, or the memory pool all running queries share
 * being full for a moment; not a limit the query itself hit.
 */
function worthRetrying(error: unknown): boolean {
  return neo4j.isRetryableError(error) && !reachedItsOwnLimit(error);
}

/** A database handle: reads and writes as managed transactions, sessions closed in finally. */
/**
 * The driver captures a stack trace for every result it creates (to say later where a failing query was run) and
 * formats it at once: about 1% of the Node CPU of a small request. Errors here are translated and logged with the
 * request's own context instead, so the capture is left empty.
 */
function runWithoutCallSite<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export class Graph {
  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
    private readonly options: GraphOptions = {},
    private readonly stats: QueryStats = { queries: 0 },
    private readonly metadata: Record<string, string> = { app: 'nkss-graph' },
  ) {}

  /** The same database, counting queries into `stats` and tagging transactions with the operation. */
  forRequest(stats: QueryStats, operation: string | undefined): Graph {
    return new Graph(this.driver, this.database, this.options, stats, { app: 'nkss-graph', operation: operation ?? 'anonymous' });
  }

  private timeout(analytics: boolean | undefined): number | undefined {
    const ms = analytics ? this.options.timeouts?.analyticsMs : this.options.timeouts?.queryMs;
    return ms === undefined || ms === 0 ? undefined : ms;
  }

  private observe(query: string, kind: QueryEvent['kind'], started: number, rows: number, error?: unknown): void {
    const observer = this.options.observer;
    if (observer === undefined) return;
    const event: QueryEvent = { query, kind, durationMs: performance.now() - started, rows };
    if (error !== undefined) event.error = errorCode(error);
    observer(event);
  }

  /** While Neo4j is known to be down, waits at most a second for it to be back, else fails with 503. */
  private async checkAvailable(): Promise<void> {
    const availability = this.options.availability;
    if (availability?.isDown && !(await availability.whenUp())) throw new ServiceUnavailableError();
  }

  private translate(error: unknown): unknown {
    if (UNREACHABLE.has(errorCode(error))) this.options.availability?.reportUnreachable();
    return translateNeo4jError(error);
  }

  /**
   * A read as one auto-commit query: RUN and PULL go out together, one round trip instead of the four of an explicit
   * transaction (BEGIN, RUN, PULL, COMMIT). Reads change nothing, so a failure the driver calls retryable (a dropped
   * connection, a leader switch) is simply run again, a bounded number of times.
   */
  async read<T>(query: string, params: Record<string, unknown> = {}, options: ReadOptions = {}): Promise<T[]> {
    await this.checkAvailable();
    this.options.onQueryStart?.();
    this.stats.queries += 1;
    const started = performance.now();
    const timeout = this.timeout(options.analytics);
    for (let attempt = 1; ; attempt += 1) {
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: neo4j.session.READ,
        notificationFilter: NO_NOTIFICATIONS,
      });
      try {
        const result = await runWithoutCallSite(() => session.run(query, params, { metadata: this.metadata, timeout }));
        const rows = result.records.map((record) => toPlain(record.toObject()) as T);
        options.onBookmark?.(session.lastBookmarks().join(' '));
        this.observe(query, 'read', started, rows.length);
        return rows;
      } catch (error) {
        if (attempt < READ_ATTEMPTS && worthRetrying(error)) {
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
          continue;
        }
        const translated = this.translate(error);
        this.observe(query, 'read', started, 0, translated);
        throw translated;
      } finally {
        await session.close();
      }
    }
  }

  async readOne<T>(query: string, params: Record<string, unknown> = {}, options: ReadOptions = {}): Promise<T | null> {
    const rows = await this.read<T>(query, params, options);
    return rows[0] ?? null;
  }

  /**
   * The version of the graph: an opaque mark of the last committed transaction, which changes with every write (a
   * mutation, an import, a load) and with nothing else. One cheap read; results derived from the whole graph are cached
   * under it.
   */
  async version(): Promise<string> {
    let mark = '';
    await this.read(GRAPH_VERSION, {}, { onBookmark: (bookmark) => (mark = bookmark) });
    return mark;
  }

  /** One write = one transaction function; it commits whole or not at all. */
  async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    await this.checkAvailable();
    this.options.onQueryStart?.();
    const started = performance.now();
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.WRITE,
      notificationFilter: NO_NOTIFICATIONS,
    });
    try {
      const result = await session.executeWrite(work, { metadata: this.metadata });
      this.observe('write', 'write', started, 0);
      return result;
    } catch (error) {
      const translated = this.translate(error);
      this.observe('write', 'write', started, 0, translated);
      throw translated;
    } finally {
      await session.close();
    }
  }
}
