import { cypher } from '../../neo4j/cypher';
import { toCypherInt } from '../../neo4j/convert';
import { MAX_PAGE_SIZE } from '../../shared/pagination';
import type { Graph } from '../../neo4j/run';
import type { KeyedRow } from '../../shared/batch';
import type { Membership } from '../memberships/membership.type';
import { asInstances } from '../../shared/instances';
import { City, District, Region, type Country } from './place.type';

async function instancesOf<T extends object>(type: new () => T, rows: Promise<KeyedRow<string, T>[]>): Promise<KeyedRow<string, T>[]> {
  const found = await rows;
  asInstances(
    type,
    found.map((r) => r.value),
  );
  return found;
}

const q = {
  citiesBySlugs: cypher('places/cities-by-slugs'),
  cities: cypher('places/cities'),
  districtsBySlugs: cypher('places/districts-by-slugs'),
  districts: cypher('places/districts'),
  regionsBySlugs: cypher('places/regions-by-slugs'),
  regions: cypher('places/regions'),
  countriesByCodes: cypher('places/countries-by-codes'),
  countries: cypher('places/countries'),
  citiesByParents: cypher('places/cities-by-parents'),
  membersByPlaces: cypher('places/members-by-places'),
  eventsByCities: cypher('places/events-by-cities'),
  districtsByRegions: cypher('places/districts-by-regions'),
};

/** Whose members: a place (by label and slug), as of a date (null = ever), in an association. */
export interface PlaceMembersKey {
  label: 'City' | 'District' | 'Region';
  slug: string;
  asOf: string | null;
  association: string;
}
/** How many members a place has, and the first of them by name (at most MAX_PAGE_SIZE). */
export interface PlaceMembers {
  count: number;
  first: Membership[];
}

/** A place that has places within it. */
export interface ParentPlaceKey {
  label: 'City' | 'District' | 'Region';
  slug: string;
}
export const parentPlaceKeyOf = (k: ParentPlaceKey): string => JSON.stringify([k.label, k.slug]);

export const placeMembersKeyOf = (k: PlaceMembersKey): string => JSON.stringify([k.label, k.slug, k.asOf, k.association]);

export interface CityFilter {
  region?: string;
  district?: string;
  country?: string;
}

export const placeRepository = {
  citiesBySlugs: (graph: Graph, keys: readonly string[]) =>
    instancesOf(City, graph.read<KeyedRow<string, City>>(q.citiesBySlugs, { keys })),
  async citySlugs(graph: Graph, filter: CityFilter): Promise<string[]> {
    const rows = await graph.read<{ slug: string }>(q.cities, {
      region: filter.region ?? null,
      district: filter.district ?? null,
      country: filter.country ?? null,
    });
    return rows.map((r) => r.slug);
  },
  districtsBySlugs: (graph: Graph, keys: readonly string[]) =>
    instancesOf(District, graph.read<KeyedRow<string, District>>(q.districtsBySlugs, { keys })),
  async districtSlugs(graph: Graph, region: string | null): Promise<string[]> {
    return (await graph.read<{ slug: string }>(q.districts, { region })).map((r) => r.slug);
  },
  regionsBySlugs: (graph: Graph, keys: readonly string[]) =>
    instancesOf(Region, graph.read<KeyedRow<string, Region>>(q.regionsBySlugs, { keys })),
  async regionSlugs(graph: Graph): Promise<string[]> {
    return (await graph.read<{ slug: string }>(q.regions)).map((r) => r.slug);
  },
  countriesByCodes: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, Country>>(q.countriesByCodes, { keys }),
  async countryCodes(graph: Graph, southeastEurope: boolean | null): Promise<string[]> {
    return (await graph.read<{ code: string }>(q.countries, { southeastEurope })).map((r) => r.code);
  },
  citiesByParents: (graph: Graph, keys: readonly ParentPlaceKey[]) =>
    graph.read<KeyedRow<ParentPlaceKey, string[]>>(q.citiesByParents, { keys }),
  membersByPlaces: (graph: Graph, keys: readonly PlaceMembersKey[]) =>
    graph.read<KeyedRow<PlaceMembersKey, PlaceMembers>>(q.membersByPlaces, { keys, limit: toCypherInt(MAX_PAGE_SIZE) }),
  eventsByCities: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, string[]>>(q.eventsByCities, { keys }),
  districtsByRegions: (graph: Graph, keys: readonly string[]) => graph.read<KeyedRow<string, string[]>>(q.districtsByRegions, { keys }),
};
