import DataLoader from 'dataloader';
import type { Graph } from '../../neo4j/run';
import { TieOrigin } from '../organizations/tie.type';
import type { NetworkArgs } from './network-metrics';
import type { NetworkMetrics } from './network.type';
import { NetworkCache } from './network-cache';
import { networkRepository } from './network.repository';

/**
 * The key of one network: "association|asOf|ORIGIN,ORIGIN…" (asOf empty = ever; origins once each, in the enum's order),
 * then "|sample=k" for sampled betweenness and "|no-bridges" when the request selects no bridges.
 */
export function networkKey(
  association: string,
  asOf: string | null | undefined,
  via: readonly TieOrigin[] | null | undefined,
  options: { samplingSize?: number | null; bridges?: boolean } = {},
): string {
  // An argument given as null means the same as one left out.
  const origins = Object.values(TieOrigin).filter((origin) => via === undefined || via === null || via.includes(origin));
  const sample = options.samplingSize === undefined || options.samplingSize === null ? '' : `|sample=${options.samplingSize}`;
  return `${association}|${asOf ?? ''}|${origins.join(',')}${sample}${options.bridges === false ? '|no-bridges' : ''}`;
}

function parseKey(key: string): NetworkArgs {
  const [association = '', asOf = '', via = '', ...rest] = key.split('|');
  const sample = rest.find((part) => part.startsWith('sample='));
  return {
    association,
    asOf: asOf === '' ? null : asOf,
    via: via.split(',') as TieOrigin[],
    samplingSize: sample === undefined ? null : Number(sample.slice('sample='.length)),
    bridges: !rest.includes('no-bridges'),
  };
}

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
