import { UnknownAssociationError } from '../errors';
import { cypher } from '../neo4j/cypher';
import type { Graph } from '../neo4j/run';
import { describeExport, type ExportFilters } from './filters';
import { assembleNetwork, type ExportNetwork, type RawExportEdge, type RawExportNode } from './network';

/**
 * The network to export, in two queries whatever its size: the nodes, then the edges (filters applied in Cypher).
 * An unknown association is a bad `association` argument.
 */
export async function fetchExportNetwork(graph: Graph, filters: ExportFilters): Promise<ExportNetwork> {
  const params = { association: filters.association, from: filters.from, to: filters.to };
  const nodes = await graph.read<RawExportNode>(
    cypher('export/nodes'),
    { ...params, membersOnly: filters.membersOnly },
    { analytics: true },
  );
  if (nodes.length === 0) throw new UnknownAssociationError(filters.association);
  const edges = await graph.read<RawExportEdge>(cypher('export/edges'), { ...params, origins: filters.origins }, { analytics: true });
  return assembleNetwork(
    { nodes, edges },
    { activeOnly: filters.from !== null || filters.to !== null, description: describeExport(filters), graphId: filters.association },
  );
}
