import DataLoader from 'dataloader';
import type { Graph } from '../../neo4j/run';
import { networkMetrics, networkQueryKey, type NetworkQuery } from './network.service';
import type { NetworkMetrics } from './network.type';

export function createNetworkLoaders(graph: Graph) {
  return {
    /**
     * Network query → metrics (null: no such association), once per request for the same network (two aliases read the
     * graph's version once). Not batched: each network is its own GDS projection; network.service.ts keeps computed
     * networks across requests.
     */
    networkMetrics: new DataLoader<NetworkQuery, NetworkMetrics | null, string>(async ([query]) => [await networkMetrics(graph, query)], {
      batch: false,
      cacheKeyFn: networkQueryKey,
    }),
  };
}
