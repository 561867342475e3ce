import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { translateNeo4jError } from '../errors';
import { toPlain } from './convert';

const READ_ATTEMPTS = 3;

export interface QueryStats {
  /** Cypher statements sent to Neo4j while answering one request. */
  queries: number;
}

/** A database handle: reads and writes as managed transactions, sessions closed in finally. */
export class Graph {
  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
    private readonly stats: QueryStats = { queries: 0 },
    private readonly metadata: Record<string, string> = { app: 'nkss-graph' },
  ) {}

  /** The same database, counting queries into `stats` and tagging transactions with the operation. */
  forRequest(stats: QueryStats, operation: string | undefined): Graph {
    return new Graph(this.driver, this.database, stats, { app: 'nkss-graph', operation: operation ?? 'anonymous' });
  }

  /**
   * A read as one auto-commit query: RUN and PULL go out together, one round trip instead of the four of an explicit
   * transaction (BEGIN, RUN, PULL, COMMIT). Reads change nothing, so a failure the driver calls retryable (a dropped
   * connection, a leader switch) is simply run again, a bounded number of times.
   */
  async read<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
    this.stats.queries += 1;
    for (let attempt = 1; ; attempt += 1) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run(query, params, { metadata: this.metadata });
        return result.records.map((record) => toPlain(record.toObject()) as T);
      } catch (error) {
        if (attempt < READ_ATTEMPTS && neo4j.isRetryableError(error)) {
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
          continue;
        }
        throw translateNeo4jError(error);
      } finally {
        await session.close();
      }
    }
  }

  async readOne<T>(query: string, params: Record<string, unknown> = {}): Promise<T | null> {
    const rows = await this.read<T>(query, params);
    return rows[0] ?? null;
  }

  /** One write = one transaction function; it commits whole or not at all. */
  async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work, { metadata: this.metadata });
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }
}
