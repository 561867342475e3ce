import { cypher } from '../../neo4j/cypher';
import type { Graph } from '../../neo4j/run';
import type { KeyedRow } from '../../shared/batch';
import type { Person } from './organization.type';

const q = {
  byKeys: cypher('people/by-keys'),
  rolesByPeople: cypher('people/roles-by-people'),
  rolesByOrganizations: cypher('people/roles-by-organizations'),
  affiliationsByPeople: cypher('people/affiliations-by-people'),
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
export interface AffiliationRow {
  organizationId: string;
  note: string | null;
  sourceIds: string[];
  sourceQuotes: string[];
}

export const personRepository = {
  byIds: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Person>>(q.byKeys, { keys, bySlug: false }),
  bySlugs: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Person>>(q.byKeys, { keys, bySlug: true }),
  rolesByPeople: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, RoleRow[]>>(q.rolesByPeople, { keys }),
  rolesByOrganizations: (graph: Graph, keys: readonly string[]) =>
    graph.read<KeyedRow<string, RoleRow[]>>(q.rolesByOrganizations, { keys }),
  affiliationsByPeople: (graph: Graph, keys: readonly string[]) =>
    graph.read<KeyedRow<string, AffiliationRow[]>>(q.affiliationsByPeople, { keys }),
};
