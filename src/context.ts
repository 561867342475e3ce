import crypto from 'node:crypto';
import type { Viewer } from './auth/credentials';
import type { Logger } from './logger';
import type { Graph, QueryStats } from './neo4j/run';
import { createLoaders, type Loaders } from './graph/loaders';

export interface AppContext {
  requestId: string;
  graph: Graph;
  stats: QueryStats;
  loaders: Loaders;
  logger: Logger;
  /** The verified caller, or null for an anonymous one. */
  viewer: Viewer | null;
}

/** An incoming request id is kept when it is 1–64 characters of letters, digits, `.`, `_` and `-`. */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The request id: the client's `x-request-id` when it is a plausible id, else a new UUID (never the client's junk in logs). */
export function requestIdFrom(header: string | undefined): string {
  return header !== undefined && REQUEST_ID.test(header) ? header : crypto.randomUUID();
}

export function createContext(base: {
  graph: Graph;
  logger: Logger;
  requestId: string;
  operationName: string | undefined;
  viewer?: Viewer | null;
}): AppContext {
  const stats: QueryStats = { queries: 0 };
  const graph = base.graph.forRequest(stats, base.operationName);
  return {
    requestId: base.requestId,
    graph,
    stats,
    loaders: createLoaders(graph),
    logger: base.logger.child({ requestId: base.requestId, operation: base.operationName }),
    viewer: base.viewer ?? null,
  };
}
