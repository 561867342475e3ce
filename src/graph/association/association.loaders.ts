import type { Graph } from '../../neo4j/run';
import { keyedLoader } from '../../shared/batch';
import type { Goal, MemberSummary, MembershipReport } from './association.type';
import { associationRepository as repo } from './association.repository';

export function createAssociationLoaders(graph: Graph) {
  return {
    /** "associationSlug|theme" → goals in statute order. */
    goals: keyedLoader<string, Goal[]>((keys) => repo.goals(graph, keys), []),
    reportsByAssociation: keyedLoader<string, MembershipReport[]>((keys) => repo.reportsByAssociations(graph, keys), []),
    reportsByEvent: keyedLoader<string, MembershipReport[]>((keys) => repo.reportsByEvents(graph, keys), []),
    /** "associationId|YYYY-MM-DD" → members on that date. */
    memberSummary: keyedLoader<string, MemberSummary | null>((keys) => repo.memberSummaries(graph, keys), null),
  };
}
