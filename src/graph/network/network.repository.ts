import { randomUUID } from 'node:crypto';
import { PluginMissingError } from '../../errors';
import { toCypherInt } from '../../neo4j/convert';
import { cypher } from '../../neo4j/cypher';
import type { Graph } from '../../neo4j/run';
import type { BridgeRow, NetworkArgs, NetworkRows, OrganizationRow } from './network.assemble';

const q = {
  project: cypher('network/network-project'),
  betweenness: cypher('network/network-betweenness'),
  communities: cypher('network/network-communities'),
  networkBridges: cypher('network/network-bridges'),
  dropProjection: cypher('network/drop-projection'),
};

/** The one row of network-project.cypher. */
export interface ProjectionRow {
  gdsVersion: string;
  associationId: string;
  memberIds: string[];
  organizationCount: number;
}

/** A row of network-communities.cypher: an organization's measures but its betweenness and membership. */
type CommunityRow = Omit<OrganizationRow, 'gdsVersion' | 'associationId' | 'member' | 'betweenness'>;

export const networkRepository = {
  /**
   * The projection query projects a GDS graph under a name unique to this call; betweenness (one thread) and the
   * communities, components and degrees (another) then run on it side by side, each streaming one row per organization;
   * a last query drops the projection, whether they succeeded or not (a graph left in the catalog holds memory until
   * Neo4j restarts). The bridges, when asked for, are one more query run beside all of them: it needs no projection.
   * Null when there is no such association.
   */
  async networkMetrics(graph: Graph, args: NetworkArgs): Promise<NetworkRows | null> {
    const graphName = `nkss-network-${randomUUID()}`;
    const scope = { association: args.association, asOf: args.asOf, via: args.via };
    const bridges = args.bridges === false ? Promise.resolve([]) : graph.read<BridgeRow>(q.networkBridges, scope, { analytics: true });
    // A failed metrics query must not leave the bridges' rejection unobserved.
    bridges.catch(() => undefined);
    const samplingSize = args.samplingSize === null || args.samplingSize === undefined ? null : toCypherInt(args.samplingSize);
    const organizations = await withProjection(graph, graphName, async () => {
      const projected = await graph.read<ProjectionRow>(q.project, { ...scope, graphName }, { analytics: true });
      if (projected.length === 0) return null;
      const [betweenness, communities] = await settledBoth(
        graph.read<{ id: string; betweenness: number }>(q.betweenness, { graphName, samplingSize }, { analytics: true }),
        graph.read<CommunityRow>(q.communities, { graphName }, { analytics: true }),
      );
      return organizationRows(projected[0], betweenness, communities);
    });
    if (organizations === null || organizations.length === 0) return null;
    const first = organizations[0];
    return {
      gdsVersion: first.gdsVersion,
      associationId: first.associationId,
      modularity: first.modularity,
      organizations,
      bridges: await bridges,
    };
  },
};

/** The rows of the two algorithm queries, joined by organization id, with membership from the projection's row. */
export function organizationRows(
  projection: ProjectionRow,
  betweenness: readonly { id: string; betweenness: number }[],
  communities: readonly CommunityRow[],
): OrganizationRow[] {
  const members = new Set(projection.memberIds);
  const betweennessOf = new Map(betweenness.map((row) => [row.id, row.betweenness]));
  return communities.map((row) => ({
    ...row,
    gdsVersion: projection.gdsVersion,
    associationId: projection.associationId,
    member: members.has(row.id),
    betweenness: betweennessOf.get(row.id) ?? 0,
  }));
}

/** Both results, or the first failure once both have settled (the projection is dropped only after neither uses it). */
async function settledBoth<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [x, y] = await Promise.allSettled([a, b]);
  if (x.status === 'rejected') throw x.reason;
  if (y.status === 'rejected') throw y.reason;
  return [x.value, y.value];
}

async function withProjection<T>(graph: Graph, graphName: string, use: () => Promise<T>): Promise<T> {
  let projected = true;
  try {
    return await use();
  } catch (error) {
    // Without the plugin nothing was projected, so there is nothing to drop.
    if (error instanceof PluginMissingError) projected = false;
    throw error;
  } finally {
    // After a failure the original error is the one to report; a failed drop has nothing better to say.
    if (projected) await graph.read(q.dropProjection, { graphName }).catch(() => []);
  }
}
