import type { Graph } from '../../neo4j/run';
import type { TieOrigin } from '../partnerships/tie.type';
import { buildNetworkMetrics } from './network.assemble';
import { NetworkCache } from './network-cache';
import { networkKey, parseKey } from './network-key';
import { networkRepository as repo } from './network.repository';
import type { NetworkMetrics } from './network.type';

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

export interface NetworkQuery {
  association: string;
  asOf?: string | null;
  via?: readonly TieOrigin[] | null;
  samplingSize?: number | null;
  bridges: boolean;
}

/** The cache key of a query: the same for every way of asking for the same network. */
export const networkQueryKey = (query: NetworkQuery): string =>
  networkKey(query.association, query.asOf, query.via, { samplingSize: query.samplingSize, bridges: query.bridges });

/**
 * An association's network metrics; null when there is no such association. Not batched: each network is its own GDS
 * projection (one query, network.repository.ts), assembled by network.assemble.ts. A network already computed on the
 * same version of the graph comes from the cache (one cheap read to learn the version), and requests for a network being
 * computed share that computation.
 */
export async function networkMetrics(graph: Graph, query: NetworkQuery): Promise<NetworkMetrics | null> {
  // The key normalizes the arguments (null as absent, origins once each in the enum's order); they are read back from it.
  const key = networkQueryKey(query);
  const args = parseKey(key);
  return cacheFor(graph).get(key, await graph.version(), async () => {
    const row = await repo.networkMetrics(graph, args);
    return row === null ? null : buildNetworkMetrics(row, args);
  });
}
