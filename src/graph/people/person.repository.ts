import { cypher } from '../../neo4j/cypher';
import type { Graph } from '../../neo4j/run';
import type { KeyedRow } from '../../shared/batch';
import type { Person } from './person.type';

const q = {
  byKeys: cypher('people/by-keys'),
  affiliationsByPeople: cypher('people/affiliations-by-people'),
};

export interface AffiliationRow {
  organizationId: string;
  note: string | null;
  sourceIds: string[];
  sourceQuotes: string[];
}

export const personRepository = {
  byIds: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Person>>(q.byKeys, { keys, bySlug: false }),
  bySlugs: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Person>>(q.byKeys, { keys, bySlug: true }),
  affiliationsByPeople: (graph: Graph, keys: readonly string[]) =>
    graph.read<KeyedRow<string, AffiliationRow[]>>(q.affiliationsByPeople, { keys }),
};
