import { cypher } from '../../neo4j/cypher';
import type { Graph } from '../../neo4j/run';
import type { KeyedRow } from '../../shared/batch';
import type { Goal, MemberSummary, MembershipReport } from './association.type';

const q = {
  goals: cypher('association/goals'),
  reportsByAssociations: cypher('association/reports-by-associations'),
  reportsByEvents: cypher('association/reports-by-events'),
  memberSummary: cypher('association/member-summary'),
};

interface SummaryRow {
  certain: number;
  possible: number;
  citySlugs: string[];
}

/** An association (slug) and a theme (null: every goal). */
export interface GoalsKey {
  association: string;
  theme: string | null;
}
export const goalsKeyOf = (k: GoalsKey): string => JSON.stringify([k.association, k.theme]);

/** An association (id) and a day (YYYY-MM-DD). */
export interface MemberSummaryKey {
  associationId: string;
  asOf: string;
}
export const memberSummaryKeyOf = (k: MemberSummaryKey): string => JSON.stringify([k.associationId, k.asOf]);

export const associationRepository = {
  goals: (graph: Graph, keys: readonly GoalsKey[]) => graph.read<KeyedRow<GoalsKey, Goal[]>>(q.goals, { keys }),
  reportsByAssociations: (graph: Graph, keys: readonly string[]) =>
    graph.read<KeyedRow<string, MembershipReport[]>>(q.reportsByAssociations, { keys }),
  reportsByEvents: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, MembershipReport[]>>(q.reportsByEvents, { keys }),
  /** Cities counted per unit, most members first, then by slug. */
  async memberSummaries(graph: Graph, keys: readonly MemberSummaryKey[]): Promise<KeyedRow<MemberSummaryKey, MemberSummary>[]> {
    const rows = await graph.read<KeyedRow<MemberSummaryKey, SummaryRow>>(q.memberSummary, { keys });
    return rows.map(({ key, value }) => {
      const counts = new Map<string, number>();
      for (const slug of value.citySlugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
      const cities = [...counts].map(([citySlug, memberCount]) => ({ citySlug, memberCount }));
      cities.sort((a, b) => b.memberCount - a.memberCount || a.citySlug.localeCompare(b.citySlug));
      return { key, value: { asOf: key.asOf, certain: value.certain, possible: value.possible, cities } };
    });
  },
};
