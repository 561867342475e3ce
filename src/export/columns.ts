import type { ExportEdge, ExportNode } from './network';

/** One exported attribute: its name in every format, its type, and how to read it (null = unknown, left out). */
export interface Column<T> {
  name: string;
  type: 'string' | 'boolean';
  value: (row: T) => string | boolean | null;
}

/** Node attributes, the same in GEXF, GraphML and CSV (the id, label and span are written where each format wants them). */
export const NODE_ATTRIBUTES: readonly Column<ExportNode>[] = [
  { name: 'type', type: 'string', value: (n) => n.type },
  { name: 'kind', type: 'string', value: (n) => n.kind },
  { name: 'sector', type: 'string', value: (n) => n.sector },
  { name: 'city', type: 'string', value: (n) => n.city },
  { name: 'region', type: 'string', value: (n) => n.region },
  { name: 'country', type: 'string', value: (n) => n.country },
  { name: 'member', type: 'boolean', value: (n) => n.member },
  { name: 'memberSince', type: 'string', value: (n) => n.memberSince },
];

/**
 * Edge attributes, the same in GEXF, GraphML and CSV. Every edge is undirected: `relation` tells a tie (TIE) from a
 * membership (MEMBER_OF), and a membership names its member and association by id. `since`/`until` keep the source's
 * precision; start/end are days.
 */
export const EDGE_ATTRIBUTES: readonly Column<ExportEdge>[] = [
  { name: 'relation', type: 'string', value: (e) => e.relation },
  { name: 'member', type: 'string', value: (e) => e.member },
  { name: 'association', type: 'string', value: (e) => e.association },
  { name: 'origin', type: 'string', value: (e) => e.origin },
  { name: 'via', type: 'string', value: (e) => e.via },
  { name: 'viaName', type: 'string', value: (e) => e.viaName },
  { name: 'since', type: 'string', value: (e) => e.since },
  { name: 'until', type: 'string', value: (e) => e.until },
];

/** A Gephi edge label and kind: the tie's origin, or MEMBER_OF. */
export const edgeKind = (e: ExportEdge): string => e.origin ?? e.relation;

export function formatValue(value: string | boolean | null): string | null {
  return value === null ? null : String(value);
}
