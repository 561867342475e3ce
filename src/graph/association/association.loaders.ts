import type { Graph } from '../../neo4j/run';
import { keyedLoader } from '../../shared/batch';
import type { Goal, MemberSummary, MembershipReport } from './association.type';
import {
  associationRepository as repo,
  goalsKeyOf,
  memberSummaryKeyOf,
  type GoalsKey,
  type MemberSummaryKey,
} from './association.repository';

export function createAssociationLoaders(graph: Graph) {
  return {
    /** An association and a theme (null: all) → its goals in statute order. */
    goals: keyedLoader<GoalsKey, Goal[]>((keys) => repo.goals(graph, keys), [], goalsKeyOf),
    reportsByAssociation: keyedLoader<string, MembershipReport[]>((keys) => repo.reportsByAssociations(graph, keys), []),
    reportsByEvent: keyedLoader<string, MembershipReport[]>((keys) => repo.reportsByEvents(graph, keys), []),
    /** An association and a day → its members on that day. */
    memberSummary: keyedLoader<MemberSummaryKey, MemberSummary | null>(
      (keys) => repo.memberSummaries(graph, keys),
      null,
      memberSummaryKeyOf,
    ),
  };
}
