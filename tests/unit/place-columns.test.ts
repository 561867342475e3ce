import { Kind, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { buildAppSchema } from '../../src/schema';
import { placeColumnsOf, placesOf } from '../../src/graph/places/place.columns';
import { City, District, Region } from '../../src/graph/places/place.type';

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildAppSchema();
});

function columnsOf(source: string, operationName?: string) {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (operationName === undefined || d.name?.value === operationName),
  )!;
  return placeColumnsOf(schema, document, operation);
}

const CHAIN = 'city { name slug district { name slug region { name slug } } region { name } }';

describe('placeColumnsOf: core places only when nothing in the operation reads more of a place', () => {
  it('core for pages and details that read names and links of places (Q1, Q2, Q5)', () => {
    expect(columnsOf(`{ organizations(first: 100) { edges { node { id name ${CHAIN} } } } }`)).toBe('core');
    expect(
      columnsOf(`query Q5($id: ID) { organization(id: $id) {
        id name kind sector ${CHAIN}
        memberships { since until founding association { id name city { name } } }
        partners(first: 10) { edges { node { origin partner { id name city { name } } } } pageInfo { hasNextPage } }
        programmes { role programme { slug name } }
        __typename } }`),
    ).toBe('core');
  });

  it('full as soon as any field of a place beyond the core is selected, wherever it is', () => {
    for (const extra of ['nameCyr', 'population2022', 'location { latitude }', 'id', 'partOf { name }', 'country { code }']) {
      expect(columnsOf(`{ organizations(first: 5) { nodes { name city { name ${extra} } } } }`)).toBe('full');
    }
    expect(columnsOf(`{ organizations(first: 5) { nodes { city { district { seat { name } } } } } }`)).toBe('full');
    expect(columnsOf(`{ organizations(first: 5) { nodes { city { region { nameEn } } } } }`)).toBe('full');
    // Deep under another type: a tie's partner's city.
    expect(columnsOf(`{ organization(id: "x") { partners { edges { node { partner { city { population2011 } } } } } } }`)).toBe('full');
  });

  it("full when an organization's country is read: it falls back to its city's country", () => {
    expect(columnsOf(`{ organizations(first: 5) { nodes { name country { code } } } }`)).toBe('full');
  });

  it('counts fields under @skip and @include as selected', () => {
    expect(columnsOf(`query ($s: Boolean!) { organizations { nodes { city { name nameEn @skip(if: $s) } } } }`)).toBe('full');
  });

  it('follows named and inline fragments, on concrete and abstract types', () => {
    expect(columnsOf(`{ organizations { nodes { city { ...C } } } } fragment C on City { name district { name } }`)).toBe('core');
    expect(columnsOf(`{ organizations { nodes { city { ...C } } } } fragment C on City { name type }`)).toBe('full');
    expect(columnsOf(`{ node(id: "x") { ... on City { name } } }`)).toBe('core');
    // `id` asked on the Node interface may be a city's, which a core row cannot answer.
    expect(columnsOf(`{ node(id: "x") { id } }`)).toBe('full');
    expect(columnsOf(`{ search(text: "novi") { node { ... on City { population2022 } } } }`)).toBe('full');
    expect(columnsOf(`{ search(text: "novi") { node { __typename ... on Organization { name } } } }`)).toBe('core');
  });

  it('walks each fragment once however often it is spread', () => {
    // 30 levels, each spreading the next twice: walked spread by spread, 2^30 visits.
    const fragments = Array.from({ length: 30 }, (_, i) =>
      i === 29
        ? `fragment F${i} on City { name population2022 }`
        : `fragment F${i} on City { ...F${i + 1} district { name } ...F${i + 1} }`,
    ).join('\n');
    const started = Date.now();
    expect(columnsOf(`{ organizations { nodes { city { ...F0 } } } } ${fragments}`)).toBe('full');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('decides each operation of a document by its own selection, and once', () => {
    const source = `query A { organizations { nodes { city { name } } } } query B { organizations { nodes { city { nameCyr } } } }`;
    expect(columnsOf(source, 'A')).toBe('core');
    expect(columnsOf(source, 'B')).toBe('full');
    const document = parse(`{ organizations { nodes { city { name } } } }`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(placeColumnsOf(schema, document, operation)).toBe('core');
    // The verdict is kept per parsed operation: a different (even contradictory) schema is not consulted again.
    expect(placeColumnsOf(null as unknown as GraphQLSchema, document, operation)).toBe('core');
  });
});

describe('placesOf', () => {
  it('makes core columns into instances holding only those columns', () => {
    const places = placesOf(
      {
        cities: [
          ['novi-sad', 'Novi Sad', 'juznobacki-okrug', 'region-vojvodine'],
          ['beograd', 'Beograd', null, 'beogradski-region'],
        ],
        districts: [['juznobacki-okrug', 'Južnobački okrug', 'region-vojvodine']],
        regions: [
          ['region-vojvodine', 'Region Vojvodine'],
          ['beogradski-region', 'Beogradski region'],
        ],
      },
      'core',
    );
    expect(places.cities.map((c) => c instanceof City)).toEqual([true, true]);
    expect({ ...places.cities[1] }).toEqual({ slug: 'beograd', name: 'Beograd', districtSlug: null, regionSlug: 'beogradski-region' });
    expect(places.districts[0]).toBeInstanceOf(District);
    expect({ ...places.districts[0] }).toEqual({ slug: 'juznobacki-okrug', name: 'Južnobački okrug', regionSlug: 'region-vojvodine' });
    expect(places.regions.map((r) => [r instanceof Region, r.slug])).toEqual([
      [true, 'region-vojvodine'],
      [true, 'beogradski-region'],
    ]);
  });

  it('gives whole rows their prototypes in place, and no places for a missing answer', () => {
    const row = { slug: 'zajecar', name: 'Zaječar', nameCyr: 'Зајечар' };
    const places = placesOf({ cities: [row as unknown as City], districts: [], regions: [] }, 'full');
    expect(places.cities[0]).toBe(row);
    expect(places.cities[0]).toBeInstanceOf(City);
    expect(placesOf(null, 'core')).toEqual({ cities: [], districts: [], regions: [] });
  });
});
