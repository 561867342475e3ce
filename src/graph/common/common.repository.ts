import { cypher } from '../../neo4j/cypher';
import type { Graph } from '../../neo4j/run';
import type { KeyedRow } from '../../shared/batch';
import type { CitationRow, Source } from './citation.type';

const q = {
  citationsByUids: cypher('common/citations-by-uids'),
  sourcesByIds: cypher('common/sources-by-ids'),
};

export const commonRepository = {
  citationsByUids: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, CitationRow[]>>(q.citationsByUids, { keys }),
  sourcesByIds: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Source>>(q.sourcesByIds, { keys }),
};
