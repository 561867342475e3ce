import DataLoader from 'dataloader';
import type { Graph } from '../../neo4j/run';
import { parseKey } from './network-key';
import type { NetworkMetrics } from './network.type';
import { NetworkCache } from './network-cache';
import { networkRepository } from './network.repository';

/** One cache per driver and database: every request of an app shares it. */
const caches = new WeakMap<object, Map<string, NetworkCache>>();

function cacheFor(graph: Graph): NetworkCache {
  const byDatabase = caches.get(graph.driver) ?? new Map<string, NetworkCache>();
  caches.set(graph.driver, byDatabase);
  const database = graph.database ?? '';
  const cache = byDatabase.get(database) ?? new NetworkCache();
  byDatabase.set(database, cache);
  return cache;
}

export function createNetworkLoaders(graph: Graph) {
  return {
    /**
     * Network key → metrics (null: no such association). Not batched: each network is its own GDS projection. A network
     * already computed on the same version of the graph comes from the cache (one cheap read to learn the version).
     */
    networkMetrics: new DataLoader<string, NetworkMetrics | null>(
      async ([key]) => [
        await cacheFor(graph).get(key, await graph.version(), () => networkRepository.networkMetrics(graph, parseKey(key))),
      ],
      { batch: false },
    ),
  };
}
