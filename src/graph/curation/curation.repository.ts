import { toCypherInt } from '../../neo4j/convert';
import { cypher } from '../../neo4j/cypher';
import type { Graph } from '../../neo4j/run';
import type { Source } from '../common/citation.type';
import type { ChangeRecord, RetractedRecord } from './curation.type';

const q = {
  history: cypher('curation/history'),
  edits: cypher('curation/edits'),
  changeById: cypher('curation/change-by-id'),
  sourceById: cypher('curation/source-by-id'),
  retracted: cypher('curation/retracted-page'),
};

export interface ChangeFilter {
  since: string | null;
  by: string | null;
  kind: string | null;
}

export interface ChangePageRequest {
  /** Rows to read: one more than the page, to tell whether another follows. */
  limit: number;
  afterAt: string | null;
  afterId: string | null;
}

const changes = (rows: { change: ChangeRecord }[]): ChangeRecord[] => rows.map((r) => r.change);

export const curationRepository = {
  async history(graph: Graph, key: string, kind: string | null, page: ChangePageRequest): Promise<ChangeRecord[]> {
    return changes(
      await graph.read(q.history, { key, kind, first: toCypherInt(page.limit), afterAt: page.afterAt, afterId: page.afterId }),
    );
  },

  async edits(graph: Graph, filter: ChangeFilter, page: ChangePageRequest): Promise<ChangeRecord[]> {
    return changes(await graph.read(q.edits, { ...filter, first: toCypherInt(page.limit), afterAt: page.afterAt, afterId: page.afterId }));
  },

  async changeById(graph: Graph, id: string): Promise<ChangeRecord | null> {
    return (await graph.readOne<{ change: ChangeRecord }>(q.changeById, { ids: [id] }))?.change ?? null;
  },

  async retracted(graph: Graph, kind: string | null, page: ChangePageRequest): Promise<RetractedRecord[]> {
    const rows = await graph.read<{ retraction: RetractedRecord }>(q.retracted, {
      kind,
      first: toCypherInt(page.limit),
      afterAt: page.afterAt,
      afterId: page.afterId,
    });
    return rows.map((r) => r.retraction);
  },

  async sourceById(graph: Graph, id: string): Promise<Source | null> {
    return (await graph.readOne<{ source: Source }>(q.sourceById, { id }))?.source ?? null;
  },
};
