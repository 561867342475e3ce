/**
 * Pure assembly of the partnership analyses from the rows partnership.repository.ts reads: a shortest path and the counts
 * of regional cooperation. No I/O.
 */
import type { PathRow, RegionalRow } from './partnership.repository';
import type { Path, RegionalCooperation } from './partnership.type';

/** A path as the schema shows it: its organizations, its length, the nodes it passes and the relationships between them. */
export function pathOf(row: PathRow): Path {
  return { organizationIds: row.organizationIds, length: row.length, nodeRefs: row.nodes, relationships: row.relationships };
}

/** Cross-border ties counted in all, per partner country and per member; no row (nothing matched) is nothing counted. */
export function regionalCooperationOf(row: RegionalRow | null): RegionalCooperation & { tieCount: number } {
  return {
    tieIds: row?.tieIds ?? [],
    tieCount: row?.tieIds.length ?? 0,
    byCountry: (row?.byCountry ?? []).map((c) => ({ ...c, tieCount: c.tieIds.length })),
    byMember: (row?.byMember ?? []).map((m) => ({ ...m, tieCount: m.tieIds.length })),
    networks: row?.networks ?? [],
  };
}
