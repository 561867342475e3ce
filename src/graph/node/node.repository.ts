import { cypher } from '../../neo4j/cypher';
import type { Graph } from '../../neo4j/run';
import type { KeyedRow } from '../../shared/batch';
import type { Goal, MembershipReport } from '../association/association.type';
import type { Agreement } from '../events/event.type';
import type { BoardRole } from '../roles/role.type';

const q = {
  goalsByCodes: cypher('node/goals-by-codes'),
  membershipReportsByIds: cypher('node/membership-reports-by-ids'),
  agreementsByIds: cypher('node/agreements-by-ids'),
  boardRolesByIds: cypher('node/board-roles-by-ids'),
};

/** The kinds no other loader reads by their own key. */
export const nodeRepository = {
  goalsByCodes: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Goal>>(q.goalsByCodes, { keys }),
  membershipReportsByIds: (graph: Graph, keys: readonly string[]) =>
    graph.read<KeyedRow<string, MembershipReport>>(q.membershipReportsByIds, { keys }),
  agreementsByIds: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Agreement>>(q.agreementsByIds, { keys }),
  boardRolesByIds: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, BoardRole>>(q.boardRolesByIds, { keys }),
};
