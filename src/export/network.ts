import type { TieOrigin } from '../graph/partnerships/tie.type';

/** The TieOrigin names as plain strings (this module stays free of TypeGraphQL, so pure tests need no metadata polyfill). */
export type TieOriginName = `${TieOrigin}`;

const ORIGINS = {
  AGREEMENT: true,
  CO_FOUNDING: true,
  COOPERATION: true,
  NETWORK_MEMBERSHIP: true,
  JOINT_PROGRAMME: true,
} as const satisfies Record<TieOriginName, true>;

/** Every tie origin, in the order the GraphQL enum declares them. */
export const TIE_ORIGINS = Object.keys(ORIGINS) as TieOriginName[];

export function isTieOrigin(value: string): value is TieOriginName {
  return Object.prototype.hasOwnProperty.call(ORIGINS, value);
}

/** A tie between two organizations, or a member's membership in the association. */
export type EdgeRelation = 'TIE' | 'MEMBER_OF';

/** A node as the export query returns it, before the spell (start/end) is known. */
export interface RawExportNode {
  id: string;
  label: string;
  type: 'ORGANIZATION' | 'PERSON';
  kind: string | null;
  sector: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  /** Member of the association (within the date range, when one is given). */
  member: boolean;
  /** The membership's start as the source gives it ("2017", "2017-09", "2017-09-15"). */
  memberSince: string | null;
  isAssociation: boolean;
}

/** An edge as the export query returns it. start/end are YYYY-MM-DD days; null is open (unknown). */
export interface RawExportEdge {
  id: string;
  source: string;
  target: string;
  relation: EdgeRelation;
  /** The tie's origin; null for MEMBER_OF. */
  origin: TieOriginName | null;
  /** Agreement id, network slug or programme slug. */
  via: string | null;
  viaName: string | null;
  since: string | null;
  until: string | null;
  /** Earliest bound of `since`. */
  start: string | null;
  /** Latest bound of `until`. */
  end: string | null;
}

export interface ExportNode extends Omit<RawExportNode, 'isAssociation'> {
  /** Earliest start among the node's edges; null (open) when one of them has an open start, or it has none. */
  start: string | null;
  /** Latest end among the node's edges; null (open) when one of them has an open end, or it has none. */
  end: string | null;
}

/**
 * Every exported edge is undirected (readers such as NetworkX and igraph take no graph that mixes directions). A membership
 * names its ends instead: `member` and `association` are set on MEMBER_OF edges (the source and the target), null on ties.
 */
export interface ExportEdge extends RawExportEdge {
  /** MEMBER_OF: the member's id (the edge's source); null for a tie. */
  member: string | null;
  /** MEMBER_OF: the association's id (the edge's target); null for a tie. */
  association: string | null;
}

export interface ExportNetwork {
  /** One line saying what the file holds (association, origins, range), written into the GEXF and GraphML headers. */
  description: string;
  /** Graph id: the association's slug. */
  graphId: string;
  nodes: ExportNode[];
  edges: ExportEdge[];
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Builds the exported network from the two query results: drops edges whose ends are not exported nodes (people who are not
 * members; non-members when only members are asked for); when `activeOnly` (a date range was given) keeps only the association
 * and the nodes with an edge; gives each node the span of its edges, so Gephi shows a node whenever one of its edges is shown.
 * Nodes and edges come out in id order, so the same graph always gives the same file.
 */
export function assembleNetwork(
  raw: { nodes: readonly RawExportNode[]; edges: readonly RawExportEdge[] },
  options: { activeOnly: boolean; description: string; graphId: string },
): ExportNetwork {
  const known = new Set(raw.nodes.map((n) => n.id));
  const edges: ExportEdge[] = [];
  for (const e of raw.edges) {
    if (!known.has(e.source) || !known.has(e.target)) continue;
    const { id, source, target, relation, origin, via, viaName, since, until, start, end } = e;
    const membership = relation === 'MEMBER_OF';
    edges.push({
      id,
      source,
      target,
      relation,
      member: membership ? source : null,
      association: membership ? target : null,
      origin,
      via,
      viaName,
      since,
      until,
      start,
      end,
    });
  }
  // The queries already order by id; this keeps the guarantee whatever the input order, and costs little on sorted input.
  edges.sort(byId);

  const spans = new Map<string, { start: string | null; end: string | null }>();
  const widen = (id: string, e: ExportEdge): void => {
    const seen = spans.get(id);
    if (seen === undefined) {
      spans.set(id, { start: e.start, end: e.end });
      return;
    }
    seen.start = seen.start === null || e.start === null ? null : e.start < seen.start ? e.start : seen.start;
    seen.end = seen.end === null || e.end === null ? null : e.end > seen.end ? e.end : seen.end;
  };
  for (const e of edges) {
    widen(e.source, e);
    widen(e.target, e);
  }

  const nodes: ExportNode[] = raw.nodes
    .filter((n) => !options.activeOnly || n.isAssociation || spans.has(n.id))
    .map(({ isAssociation: _isAssociation, ...n }) => ({ ...n, start: spans.get(n.id)?.start ?? null, end: spans.get(n.id)?.end ?? null }))
    .sort(byId);
  return { description: options.description, graphId: options.graphId, nodes, edges };
}
