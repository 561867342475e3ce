import { cypher } from '../../neo4j/cypher';
import type { Graph } from '../../neo4j/run';
import type { KeyedRow } from '../../shared/batch';

const q = {
  rolesByPeople: cypher('people/roles-by-people'),
  rolesByOrganizations: cypher('people/roles-by-organizations'),
};

export interface RoleRow {
  id: string;
  uid: string;
  title: string;
  since: string | null;
  heldAsOf: string | null;
  until: string | null;
  organizationId: string;
  personId: string;
  electedAtSlug: string | null;
}

export const roleRepository = {
  rolesByPeople: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, RoleRow[]>>(q.rolesByPeople, { keys }),
  rolesByOrganizations: (graph: Graph, keys: readonly string[]) =>
    graph.read<KeyedRow<string, RoleRow[]>>(q.rolesByOrganizations, { keys }),
};
