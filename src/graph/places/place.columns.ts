import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { asInstances, instanceWith } from '../../shared/instances';
import { City, District, Region, type Places } from './place.type';

/**
 * Which columns of the places read along with organizations (fragments/places-of-cities) to read: their whole rows, or
 * only what names them and links them (slug, name, and the district and region of a city, the region of a district).
 * Places prime the request's loaders, which every field of the operation shares, so the choice is made once for the
 * whole operation: core only when nothing in it can read more of a place.
 */
export type PlaceColumnSet = 'full' | 'core';

/** The fields of the place types a core row answers: the rest read columns it does not have. */
const CORE_PLACE_FIELDS: Readonly<Record<string, ReadonlySet<string>>> = {
  City: new Set(['slug', 'name', 'district', 'region']),
  District: new Set(['slug', 'name', 'region']),
  Region: new Set(['slug', 'name']),
};

/**
 * Fields of other types whose resolvers read a place row for themselves, not as an answer the selection reads on: an
 * organization's `country` falls back to its city's country code.
 */
const READS_PLACE_ROWS = new Set(['country']);

type CorePlaceColumns = {
  cities: [slug: string, name: string, districtSlug: string | null, regionSlug: string | null][];
  districts: [slug: string, name: string, regionSlug: string | null][];
  regions: [slug: string, name: string][];
};

export const NO_PLACES: Places = { cities: [], districts: [], regions: [] };

/** Places as a statement returns them ($corePlaces as `columns` says), as instances of their types. */
export function placesOf(found: Places | CorePlaceColumns | null | undefined, columns: PlaceColumnSet): Places {
  if (found === null || found === undefined) return NO_PLACES;
  if (columns === 'full') {
    const places = found as Places;
    asInstances(City, places.cities);
    asInstances(District, places.districts);
    asInstances(Region, places.regions);
    return places;
  }
  // Only what the core fields read is set; the operation reads no other (placeColumnsOf).
  const core = found as CorePlaceColumns;
  return {
    cities: core.cities.map(([slug, name, districtSlug, regionSlug]) => instanceWith(City, { slug, name, districtSlug, regionSlug })),
    districts: core.districts.map(([slug, name, regionSlug]) => instanceWith(District, { slug, name, regionSlug })),
    regions: core.regions.map(([slug, name]) => instanceWith(Region, { slug, name })),
  };
}

const decided = new WeakMap<OperationDefinitionNode, PlaceColumnSet>();

/**
 * 'core' when every field the operation selects on a place is one a core row answers, and no field whose resolver reads
 * a place row for itself is selected; else 'full'. Fields under @skip or @include count as selected, and a field asked
 * on an interface or union counts for each of its types. Decided once per parsed operation (Apollo Server reuses the
 * parsed document of a query it has seen).
 */
export function placeColumnsOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): PlaceColumnSet {
  const known = decided.get(operation);
  if (known !== undefined) return known;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = schema.getRootType(operation.operation);
  const walk = new CorePlaceWalk(schema, fragments);
  const columns = root !== null && root !== undefined && walk.readsOnlyCore(root, operation.selectionSet) ? 'core' : 'full';
  decided.set(operation, columns);
  return columns;
}

class CorePlaceWalk {
  /** Each named fragment is walked once, however often it is spread (nested spreads would otherwise multiply). */
  private readonly fragmentVerdicts = new Map<string, boolean>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  ) {}

  readsOnlyCore(type: GraphQLCompositeType, selectionSet: SelectionSetNode): boolean {
    const concrete = isAbstractType(type) ? this.schema.getPossibleTypes(type) : [type];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        if (READS_PLACE_ROWS.has(name)) return false;
        if (concrete.some((t) => CORE_PLACE_FIELDS[t.name]?.has(name) === false)) return false;
        if (selection.selectionSet === undefined) continue;
        const field = 'getFields' in type ? type.getFields()[name] : undefined;
        const inner = field === undefined ? undefined : getNamedType(field.type);
        // A field the schema does not know fails validation before this runs; read everything all the same.
        if (inner === undefined || !isCompositeType(inner) || !this.readsOnlyCore(inner, selection.selectionSet)) return false;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition === undefined ? type : this.schema.getType(selection.typeCondition.name.value);
        if (!isCompositeType(condition) || !this.readsOnlyCore(condition, selection.selectionSet)) return false;
      } else if (!this.fragmentReadsOnlyCore(selection.name.value)) {
        return false;
      }
    }
    return true;
  }

  private fragmentReadsOnlyCore(name: string): boolean {
    const known = this.fragmentVerdicts.get(name);
    if (known !== undefined) return known;
    // Validation refuses cycles; until this one is walked, a spread of it inside itself adds nothing new.
    this.fragmentVerdicts.set(name, true);
    const fragment = this.fragments.get(name);
    const condition = fragment === undefined ? undefined : this.schema.getType(fragment.typeCondition.name.value);
    const verdict = fragment !== undefined && isCompositeType(condition) && this.readsOnlyCore(condition, fragment.selectionSet);
    this.fragmentVerdicts.set(name, verdict);
    return verdict;
  }
}

/** Decides the operation's place columns once it is resolved, before any resolver runs. */
export function placeColumnsPlugin<
  Context extends { loaders: { usePlaceColumns(columns: PlaceColumnSet): void } },
>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, contextValue }) {
          // Without a resolved operation nothing executes; the loaders keep reading whole places.
          if (operation !== undefined) contextValue.loaders.usePlaceColumns(placeColumnsOf(schema, document, operation));
        },
      };
    },
  };
}
