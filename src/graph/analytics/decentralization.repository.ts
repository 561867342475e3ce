import { cypher } from '../../neo4j/cypher';
import type { Graph } from '../../neo4j/run';
import type { MembershipReport } from '../association/association.type';

const q = {
  basis: cypher('analytics/decentralization-basis'),
  members: cypher('analytics/decentralization-members'),
};

export interface PlaceRef {
  slug: string;
  name: string;
  sortName: string | null;
}

/** A local self-government unit (a top city) with its population, district and region. */
export interface UnitPlace extends PlaceRef {
  population2022: number | null;
  population2011: number | null;
  district: PlaceRef | null;
  region: PlaceRef | null;
}

export interface ReportRow extends MembershipReport {
  asOf: string;
  asOfEarliest: string;
  asOfLatest: string;
  /** Publishers (else URLs) of the report's sources, for the notes. */
  publishers: string[];
  /** The local self-government units of the listed cities (empty when the report lists none). */
  units: UnitPlace[];
}

export interface BasisRow {
  associationId: string;
  undatedReports: number;
  /** Dated reports, oldest first. */
  reports: ReportRow[];
  /** Held assemblies organized by the association, with their day (end, else start), oldest first. */
  assemblies: { slug: string; day: string }[];
}

export interface MemberDayRow {
  day: string;
  associationId: string;
  certain: number;
  possible: number;
  withoutUnit: number;
  units: { members: number; unit: UnitPlace }[];
}

export const decentralizationRepository = {
  /** Reports and assemblies of an association; null when there is no such association. */
  basis: (graph: Graph, association: string) => graph.readOne<BasisRow>(q.basis, { association }),
  /** Member counts per unit on each day, in the order asked; [] when there is no such association. */
  async members(graph: Graph, association: string, dates: readonly string[]): Promise<MemberDayRow[]> {
    if (dates.length === 0) return [];
    const rows = await graph.read<MemberDayRow>(q.members, { association, dates: [...new Set(dates)] });
    const byDay = new Map(rows.map((r) => [r.day, r]));
    return dates.flatMap((d) => byDay.get(d) ?? []);
  },
};
