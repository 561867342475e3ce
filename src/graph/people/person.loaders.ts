import type { Graph } from '../../neo4j/run';
import { keyedLoader } from '../../shared/batch';
import { personRepository as repo, type AffiliationRow } from './person.repository';
import type { Person } from './person.type';

export function createPersonLoaders(graph: Graph) {
  return {
    personById: keyedLoader<string, Person | null>((keys) => repo.byIds(graph, keys), null),
    personBySlug: keyedLoader<string, Person | null>((keys) => repo.bySlugs(graph, keys), null),
    affiliationsByPerson: keyedLoader<string, AffiliationRow[]>((keys) => repo.affiliationsByPeople(graph, keys), []),
  };
}
