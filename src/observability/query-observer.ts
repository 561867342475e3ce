import type { Logger } from '../logger';
import { cypherNameOf } from '../neo4j/cypher';
import type { QueryEvent, QueryObserver } from '../neo4j/run';
import type { Metrics } from './metrics';

/** The name a query is known by: its file under cypher/ (e.g. organizations/page-ascending), `inline`, or `write`. */
export function queryNameOf(event: QueryEvent): string {
  return event.kind === 'write' ? 'write' : cypherNameOf(event.query);
}

/**
 * The Graph's query observer: Cypher metrics, and at debug level one log line per query for developers.
 * Only the query's file name, time, rows and error code are logged; its parameters are never logged, so nothing in
 * the line needs redacting.
 */
export function queryObserver(deps: { metrics?: Metrics; logger: Logger }): QueryObserver {
  const { metrics, logger } = deps;
  return (event) => {
    const name = queryNameOf(event);
    metrics?.queryFinished(name, event.error ?? 'ok', event.durationMs / 1000);
    if (logger.isLevelEnabled('debug')) {
      const line: { cypher: string; durationMs: number; rows: number; error?: string } = {
        cypher: name,
        durationMs: Math.round(event.durationMs * 10) / 10,
        rows: event.rows,
      };
      if (event.error !== undefined) line.error = event.error;
      logger.debug(line, 'cypher');
    }
  };
}
