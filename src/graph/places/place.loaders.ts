import type { Graph } from '../../neo4j/run';
import { keyedLoader } from '../../shared/batch';
import type { City, Country, District, PlaceChain, Region } from './place.type';
import {
  parentPlaceKeyOf,
  placeMembersKeyOf,
  placeRepository as repo,
  type ParentPlaceKey,
  type PlaceMembers,
  type PlaceMembersKey,
} from './place.repository';

export function createPlaceLoaders(graph: Graph) {
  const cityBySlug = keyedLoader<string, City | null>((keys) => repo.citiesBySlugs(graph, keys), null);
  const districtBySlug = keyedLoader<string, District | null>((keys) => repo.districtsBySlugs(graph, keys), null);
  const regionBySlug = keyedLoader<string, Region | null>((keys) => repo.regionsBySlugs(graph, keys), null);
  return {
    cityBySlug,
    districtBySlug,
    regionBySlug,
    /** Puts places read along with organizations into the loaders; never replaces what a loader already holds. */
    primePlaces(chains: readonly PlaceChain[]): void {
      for (const { city, district, region } of chains) {
        cityBySlug.prime(city.slug, city);
        if (district) districtBySlug.prime(district.slug, district);
        if (region) regionBySlug.prime(region.slug, region);
      }
    },
    countryByCode: keyedLoader<string, Country | null>((keys) => repo.countriesByCodes(graph, keys), null),
    /** A district, region or city → slugs of the places directly within. */
    citiesByParent: keyedLoader<ParentPlaceKey, string[]>((keys) => repo.citiesByParents(graph, keys), [], parentPlaceKeyOf),
    /** A place, date and association → how many members are based there, and the first of them. */
    membersByPlace: keyedLoader<PlaceMembersKey, PlaceMembers>(
      (keys) => repo.membersByPlaces(graph, keys),
      { count: 0, first: [] },
      placeMembersKeyOf,
    ),
    districtsByRegion: keyedLoader<string, string[]>((keys) => repo.districtsByRegions(graph, keys), []),
    eventsByCity: keyedLoader<string, string[]>((keys) => repo.eventsByCities(graph, keys), []),
  };
}

export type PlaceLoaders = ReturnType<typeof createPlaceLoaders>;
