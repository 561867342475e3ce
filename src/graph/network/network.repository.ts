import { randomUUID } from 'node:crypto';
import { PluginMissingError } from '../../errors';
import { toCypherInt } from '../../neo4j/convert';
import { cypher } from '../../neo4j/cypher';
import type { Graph } from '../../neo4j/run';
import type { NetworkArgs, NetworkRow } from './network.assemble';

const q = {
  networkMetrics: cypher('network/network-metrics'),
  dropProjection: cypher('network/drop-projection'),
};

export const networkRepository = {
  /**
   * One round trip: the query projects a GDS graph under a name unique to this call, runs the algorithms and drops it.
   * When it fails after projecting (a GDS error, a lost connection), a second query drops the projection, since a graph
   * left in the catalog holds memory until Neo4j restarts. Null when there is no such association.
   */
  async networkMetrics(graph: Graph, args: NetworkArgs): Promise<NetworkRow | null> {
    const graphName = `nkss-network-${randomUUID()}`;
    let settled = false;
    try {
      const row = await graph.readOne<NetworkRow>(
        q.networkMetrics,
        {
          association: args.association,
          asOf: args.asOf,
          via: args.via,
          samplingSize: args.samplingSize === null || args.samplingSize === undefined ? null : toCypherInt(args.samplingSize),
          bridges: args.bridges ?? true,
          graphName,
        },
        { analytics: true },
      );
      settled = true;
      return row;
    } catch (error) {
      // Without the plugin nothing was projected, so there is nothing to drop.
      if (error instanceof PluginMissingError) settled = true;
      throw error;
    } finally {
      // The original error is the one to report; a failed drop here has nothing better to say.
      if (!settled) await graph.read(q.dropProjection, { graphName }).catch(() => []);
    }
  },
};
