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

export const associationRepository = {
  goals: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Goal[]>>(q.goals, { keys }),
  reportsByAssociations: (graph: Graph, keys: readonly string[]) =>
    graph.read<KeyedRow<string, MembershipReport[]>>(q.reportsByAssociations, { keys }),
  reportsByEvents: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, MembershipReport[]>>(q.reportsByEvents, { keys }),
  /** Keys "associationId|YYYY-MM-DD"; cities counted per unit, most members first, then by slug. */
  async memberSummaries(graph: Graph, keys: readonly string[]): Promise<KeyedRow<string, MemberSummary>[]> {
    const rows = await graph.read<KeyedRow<string, SummaryRow>>(q.memberSummary, { keys });
    return rows.map(({ key, value }) => {
      const counts = new Map<string, number>();
      for (const slug of value.citySlugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
      const cities = [...counts].map(([citySlug, memberCount]) => ({ citySlug, memberCount }));
      cities.sort((a, b) => b.memberCount - a.memberCount || a.citySlug.localeCompare(b.citySlug));
      return { key, value: { asOf: key.split('|')[1] ?? '', certain: value.certain, possible: value.possible, cities } };
    });
  },
};
