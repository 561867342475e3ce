import DataLoader from 'dataloader';
import type { Graph } from '../../neo4j/run';
import { TieOrigin } from '../organizations/tie.type';
import type { NetworkArgs } from './network-metrics';
import type { NetworkMetrics } from './network.type';
import { networkRepository } from './network.repository';

/** The key of one network: "association|asOf|ORIGIN,ORIGIN…" (asOf empty = ever; origins once each, in the enum's order). */
export function networkKey(association: string, asOf: string | undefined, via: readonly TieOrigin[] | undefined): string {
  const origins = Object.values(TieOrigin).filter((origin) => via === undefined || via.includes(origin));
  return `${association}|${asOf ?? ''}|${origins.join(',')}`;
}

function parseKey(key: string): NetworkArgs {
  const [association = '', asOf = '', via = ''] = key.split('|');
  return { association, asOf: asOf === '' ? null : asOf, via: via.split(',') as TieOrigin[] };
}

export function createNetworkLoaders(graph: Graph) {
  return {
    /**
     * Network key → metrics (null: no such association). Not batched: each network is its own GDS projection; the
     * per-request cache computes a network asked twice in one request (aliases) once.
     */
    networkMetrics: new DataLoader<string, NetworkMetrics | null>(
      async ([key]) => [await networkRepository.networkMetrics(graph, parseKey(key))],
      { batch: false },
    ),
  };
}
