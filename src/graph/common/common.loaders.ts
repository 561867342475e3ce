import type { Graph } from '../../neo4j/run';
import { keyedLoader } from '../../shared/batch';
import type { CitationRow, Source } from './citation.type';
import { commonRepository as repo } from './common.repository';

export function createCommonLoaders(graph: Graph) {
  return {
    /** Node uid → its citations in source order ([] when none). */
    citationsByUid: keyedLoader<string, CitationRow[]>((keys) => repo.citationsByUids(graph, keys), []),
    /** Source id → source (null when unknown). */
    sourceById: keyedLoader<string, Source | null>((keys) => repo.sourcesByIds(graph, keys), null),
  };
}
