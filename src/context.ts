import type { Logger } from './logger';
import type { Graph, QueryStats } from './neo4j/run';
import { createLoaders, type Loaders } from './graph/loaders';

export interface AppContext {
  requestId: string;
  graph: Graph;
  stats: QueryStats;
  loaders: Loaders;
  logger: Logger;
}

export function createContext(base: { graph: Graph; logger: Logger; requestId: string; operationName: string | undefined }): AppContext {
  const stats: QueryStats = { queries: 0 };
  const graph = base.graph.forRequest(stats, base.operationName);
  return {
    requestId: base.requestId,
    graph,
    stats,
    loaders: createLoaders(graph),
    logger: base.logger.child({ requestId: base.requestId, operation: base.operationName }),
  };
}
