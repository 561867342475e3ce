import {
  getNamedType,
  getNullableType,
  isListType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Driver } from 'neo4j-driver';
import { buildAppSchema } from '../../src/schema';
import { fixtureDriver, resetFixtures } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/server';
import { writeWalkGraph, type WalkGraph } from '../schema-walk/synthetic-graph';

/**
 * An operation that reads no more of places than their names and links gets them as core columns
 * (src/graph/places/place.columns.ts); one that reads more gets whole rows. Whatever else it selects, the answer must not
 * depend on which: each field of an organization, with the leaves of what it returns, is asked next to the chain of
 * places, once alone (core places) and once beside a field that reads a whole city (whole places), and both answers
 * must be equal. A resolver that read a column of a place a core row lacks would answer differently. The organizations are
 * the schema walk's synthetic ones in the fixture Neo4j: each in a real place, and none with a country of its own, so
 * `country` is its city's (in the dataset every organization with a city states its country).
 */

let driver: Driver;
let synthetic: WalkGraph;
let server: TestServer;
let schema: GraphQLSchema;
beforeAll(async () => {
  driver = fixtureDriver();
  await resetFixtures(driver);
  synthetic = await writeWalkGraph(driver);
  [server, schema] = await Promise.all([startTestServer({ uri: process.env.NKSS_TEST_FIXTURE_URI }), buildAppSchema()]);
}, 120_000);
afterAll(async () => {
  await server?.stop();
  // The schema walk writes the same graph beside what it finds: it must not find this one.
  const { before, after } = await synthetic.remove();
  await driver.close();
  expect(after).toEqual(before);
});

const CHAIN = 'city { slug name district { slug name region { slug name } } region { slug name } }';
const WHOLE_CITY = 'wholeCity: city(slug: "beograd") { nameCyr population2022 }';

const askable = (field: GraphQLField<unknown, unknown>) => field.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);

/** The leaves of a type without required arguments, and for a list of nodes or edges, those of the nodes. */
function leavesOf(type: GraphQLNamedType, depth = 0): string {
  if (!isObjectType(type)) return '__typename';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (!askable(field)) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if (depth < 2 && ['nodes', 'edges', 'node', 'partner', 'association', 'programme', 'organization'].includes(field.name)) {
      parts.push(`${field.name} { ${leavesOf(inner, depth + 1)} }`);
    }
  }
  return parts.join(' ');
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const inner = getNamedType(field.type);
  return isLeafType(inner) ? field.name : `${field.name} { ${leavesOf(inner)} }`;
}

async function bothWays(selection: string, first: number) {
  const page = `organizations(first: ${first}, filter: { text: "synthetic organization" }) { nodes { id ${CHAIN} ${selection} } }`;
  const [core, whole] = await Promise.all([server.gql(`{ ${page} }`), server.gql(`{ ${page} ${WHOLE_CITY} }`)]);
  return { core, whole };
}

test('each field of an organization answers the same with core and with whole places', async () => {
  const organization = schema.getType('Organization') as GraphQLObjectType;
  const fields = Object.values(organization.getFields()).filter(askable);
  expect(fields.length).toBeGreaterThan(20);
  for (const field of fields) {
    // A page of a hundred where the field is one value each (most organizations state their own country, not all), ten
    // where it is a list or a connection (the cost limit).
    const single =
      isLeafType(getNamedType(field.type)) ||
      (!isListType(getNullableType(field.type)) && !getNamedType(field.type).name.endsWith('Connection'));
    const { core, whole } = await bothWays(selectionOf(field), single ? 100 : 10);
    expect({ field: field.name, errors: core.errors }).toEqual({ field: field.name, errors: undefined });
    expect({ field: field.name, data: core.data?.organizations }).toEqual({ field: field.name, data: whole.data?.organizations });
  }
});

test('the chain of places itself, a place in no district (Beograd) included, and places reached through ties and memberships', async () => {
  const { core, whole } = await bothWays(
    `
    partners(first: 5) { edges { node { origin partner { id name ${CHAIN} } } } }
    memberships { association { name ${CHAIN} } }`,
    30,
  );
  expect(core.errors).toBeUndefined();
  expect(core.data).toEqual({ organizations: whole.data?.organizations });
  const cities = JSON.stringify(core.data?.organizations);
  // Beograd's region is its own; it is in no district.
  expect(cities).toContain('"slug":"beograd","name":"Beograd","district":null,"region":{"slug":"beogradski-region"');
  expect(cities).toMatch(/"district":\{"slug":"[a-z-]+-okrug","name":"[^"]+","region":\{"slug":"region-/);
});
