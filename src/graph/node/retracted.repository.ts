import { cypher } from '../../neo4j/cypher';
import type { Graph } from '../../neo4j/run';
import type { KeyedRow } from '../../shared/batch';
import type { Event, Programme } from '../events/event.type';
import type { Organization } from '../organizations/organization.type';
import type { Person } from '../people/person.type';
import type { City, Country, District, Region } from '../places/place.type';
import type { MaybeRetracted, Retraction } from './retracted.type';

// The reads of retracted records (docs/curation.md, "Shown with an explicit argument"): separate statements, run only
// when a lookup asks with includeRetracted and no live record has the key, so the default reads do no more work.
const q = {
  byUids: cypher('node/retracted-by-uids'),
  organizations: cypher('organizations/retracted-by-keys'),
  people: cypher('people/retracted-by-keys'),
  cities: cypher('places/retracted-cities-by-slugs'),
  districts: cypher('places/retracted-districts-by-slugs'),
  regions: cypher('places/retracted-regions-by-slugs'),
  countries: cypher('places/retracted-countries-by-codes'),
  events: cypher('events/retracted-by-slugs'),
  programmes: cypher('events/retracted-programmes-by-slugs'),
};

type Rows<T> = Promise<KeyedRow<string, T & MaybeRetracted>[]>;

export const retractedRepository = {
  byUids: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Retraction & { label: string }>>(q.byUids, { keys }),
  organizations: (graph: Graph, keys: readonly string[], bySlug: boolean): Rows<Organization> =>
    graph.read(q.organizations, { keys, bySlug }),
  people: (graph: Graph, keys: readonly string[], bySlug: boolean): Rows<Person> => graph.read(q.people, { keys, bySlug }),
  cities: (graph: Graph, keys: readonly string[]): Rows<City> => graph.read(q.cities, { keys }),
  districts: (graph: Graph, keys: readonly string[]): Rows<District> => graph.read(q.districts, { keys }),
  regions: (graph: Graph, keys: readonly string[]): Rows<Region> => graph.read(q.regions, { keys }),
  countries: (graph: Graph, keys: readonly string[]): Rows<Country> => graph.read(q.countries, { keys }),
  events: (graph: Graph, keys: readonly string[]): Rows<Event> => graph.read(q.events, { keys }),
  programmes: (graph: Graph, keys: readonly string[]): Rows<Programme> => graph.read(q.programmes, { keys }),
};
