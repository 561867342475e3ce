import { randomUUID } from 'node:crypto';
import { PluginMissingError } from '../../errors';
import { toCypherInt } from '../../neo4j/convert';
import { cypher } from '../../neo4j/cypher';
import type { Graph } from '../../neo4j/run';
import type { BridgeRow, NetworkArgs, NetworkRows, OrganizationRow } from './network.assemble';

const q = {
  networkMetrics: cypher('network/network-metrics'),
  networkBridges: cypher('network/network-bridges'),
  dropProjection: cypher('network/drop-projection'),
};

export const networkRepository = {
  /**
   * The metrics query projects a GDS graph under a name unique to this call, runs the algorithms and streams one row per
   * organization; a second query then drops the projection, whether the first succeeded or not (a graph left in the
   * catalog holds memory until Neo4j restarts). The bridges, when asked for, are a third query run beside the first: it
   * needs no projection. Null when there is no such association.
   */
  async networkMetrics(graph: Graph, args: NetworkArgs): Promise<NetworkRows | null> {
    const graphName = `nkss-network-${randomUUID()}`;
    const scope = { association: args.association, asOf: args.asOf, via: args.via };
    const bridges = args.bridges === false ? Promise.resolve([]) : graph.read<BridgeRow>(q.networkBridges, scope, { analytics: true });
    // A failed metrics query must not leave the bridges' rejection unobserved.
    bridges.catch(() => undefined);
    const organizations = await metricsThenDrop(graph, {
      ...scope,
      samplingSize: args.samplingSize === null || args.samplingSize === undefined ? null : toCypherInt(args.samplingSize),
      graphName,
    });
    const first = organizations[0];
    if (first === undefined) return null;
    return {
      gdsVersion: first.gdsVersion,
      associationId: first.associationId,
      modularity: first.modularity,
      organizations,
      bridges: await bridges,
    };
  },
};

async function metricsThenDrop(graph: Graph, params: Record<string, unknown>): Promise<OrganizationRow[]> {
  let projected = true;
  try {
    return await graph.read<OrganizationRow>(q.networkMetrics, params, { analytics: true });
  } catch (error) {
    // Without the plugin nothing was projected, so there is nothing to drop.
    if (error instanceof PluginMissingError) projected = false;
    throw error;
  } finally {
    // After a failure the original error is the one to report; a failed drop has nothing better to say.
    if (projected) await graph.read(q.dropProjection, { graphName: params.graphName }).catch(() => []);
  }
}
