import { cypher } from '../../neo4j/cypher';
import type { Graph } from '../../neo4j/run';
import type { Membership } from '../memberships/membership.type';
import type { BoardRole } from '../roles/role.type';
import type { ReportRow } from './decentralization.repository';

const q = { changes: cypher('analytics/changes') };

export interface ChangesRow {
  associationId: string;
  admitted: Membership[];
  ended: Membership[];
  /** Local self-government units reached by certain members on `from` and on `to`, by name. */
  units: [string[], string[]];
  /** Certain members on `to`. */
  membersKnown: number;
  /** Members whose start may or may not be on or before `to`. */
  membersPossible: number;
  rolesBegun: BoardRole[];
  rolesEnded: BoardRole[];
  /** Roles whose start no source states, shown held (heldAsOf) on a date in the range: not counted as begun. */
  rolesHeldAsOf: number;
  /** Dated reports up to `to`, oldest first. */
  reports: ReportRow[];
  eventSlugs: string[];
}

export const changesRepository = {
  /** One query; null when there is no such association. */
  async changes(graph: Graph, association: string, from: string, to: string): Promise<ChangesRow | null> {
    const row = await graph.readOne<Omit<ChangesRow, 'eventSlugs'> & { events: string[] }>(q.changes, { association, from, to });
    if (row === null) return null;
    const { events, ...rest } = row;
    return { ...rest, eventSlugs: events };
  },
};
