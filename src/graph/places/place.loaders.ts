import type { Graph } from '../../neo4j/run';
import { keyedLoader } from '../../shared/batch';
import type { PlaceColumnSet } from './place.columns';
import type { City, Country, District, Places, Region } from './place.type';
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
  let placeColumns: PlaceColumnSet = 'full';
  return {
    /** The columns of the places read along with organizations in this request (placeColumnsPlugin sets them). */
    placeColumns: (): PlaceColumnSet => placeColumns,
    usePlaceColumns(columns: PlaceColumnSet): void {
      placeColumns = columns;
    },
    cityBySlug,
    districtBySlug,
    regionBySlug,
    /** Puts places read along with organizations into the loaders; never replaces what a loader already holds. */
    primePlaces({ cities, districts, regions }: Places): void {
      for (const city of cities) cityBySlug.prime(city.slug, city);
      for (const district of districts) districtBySlug.prime(district.slug, district);
      for (const region of regions) regionBySlug.prime(region.slug, region);
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
