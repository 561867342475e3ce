import type { Graph } from '../../neo4j/run';
import { assembleChanges } from './changes.assemble';
import { changesRepository as repo } from './changes.repository';
import type { Changes } from './changes.type';

/** One query; null when there is no such association. */
export async function changesBetween(graph: Graph, association: string, from: string, to: string): Promise<Changes | null> {
  const row = await repo.changes(graph, association, from, to);
  return row === null ? null : assembleChanges(row, from, to);
}
