import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { buildAppSchema } from '../../src/schema';
import { startWalkServer, type WalkError, type WalkServer } from './walk';

/**
 * Issue 8, property-based: every argument of every field that takes one (root fields and nested ones such as
 * `partners(first, after, via)`, `members(first, asOf, association)`, `memberCount(asOf)`) gets random values of its type:
 * strings in Cyrillic, with combining marks, NUL and lone surrogates, 100 kB long; real slugs and ids; real and impossible
 * dates; forged cursors (base64url of other JSON, of another order, huge, a real cursor of another field); numbers at and
 * past every bound; enum lists empty and repeated; filters with any subset of fields. Over real HTTP against the real
 * dataset, the answer is never a 5xx, every error has a code from the README's error table and says where (a field path
 * or an argument path), none is INTERNAL_SERVER_ERROR, and the database's node and relationship counts do not change.
 *
 * Values are sent as variables of the argument's own type, so each reaches the resolvers and their validation. Values of
 * the wrong GraphQL type (a number past 32 bits, an unknown enum value, null for a required argument) are refused before
 * execution; a second property covers those.
 */

const README_CODES = readmeErrorCodes();
const RUNS = 400;
const WRONG_TYPE_RUNS = 60;

function readmeErrorCodes(): Set<string> {
  const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Errors'), readme.indexOf('\n## ', readme.indexOf('## Errors') + 1));
  return new Set([...section.matchAll(/^\| `([A-Z_]+)`/gm)].map((m) => m[1]));
}

/** One real value of each kind the API knows, for the property to mix with the hostile ones. */
const REAL_STRINGS = [
  'nkss',
  'org-nkss',
  'org-stanica',
  'stanica',
  'beograd',
  'juznobacki-okrug',
  'RS',
  'XK',
  'decentralization',
  'kultura',
];
const DATES = ['2020-12-31', '2011-05-22', '2012', '2017-09', '2020-02-29'];
const IMPOSSIBLE_DATES = [
  '2020-02-30',
  '2021-02-29',
  '0000-00-00',
  '99999-01-01',
  '2020-13-01',
  '2020-00-10',
  '2020-1-1',
  '2020-12-31T00:00:00Z',
  ' 2020-12-31',
  '2020-12-31\n',
  '-2020-12-31',
  '２０２０-１２-３１',
];
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

/** Cursors, filled in beforeAll with real ones of every connection (each valid for its own field only). */
const realCursors: string[] = [];

const combining = fc
  .tuple(fc.constantFrom('a', 'Ж', 'đ', 'Z'), fc.array(fc.integer({ min: 0x300, max: 0x36f }), { minLength: 1, maxLength: 30 }))
  .map(([base, marks]) => base + String.fromCodePoint(...marks));
const cyrillic = fc.string({ unit: fc.integer({ min: 0x400, max: 0x4ff }).map((c) => String.fromCodePoint(c)), maxLength: 40 });
const loneSurrogates = fc.constantFrom('\ud800', 'x\udfff', '\udc00\ud800', 'Зајечар\ud83d', '\ud83d\ude00\ud83d');
const withNul = fc.constantFrom('\u0000', 'nkss\u0000', '\u0000'.repeat(64), 'beo\u0000grad');
const huge = fc.constantFrom('a'.repeat(100_000), 'Ж'.repeat(50_000), `a${'\u0301'.repeat(99_999)}`, 'kultura '.repeat(12_500));
const forgedCursor = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((value) => b64(JSON.stringify(value))),
  fc.constantFrom(
    b64(JSON.stringify(['c1', 'NAME_DESC', ['zzz'], 'org-zzz'])),
    b64(JSON.stringify(['c1', 'NAME_ASC', [{}], 'x'])),
    b64(JSON.stringify(['c1', 'NAME_ASC', [null, null, null], null])),
    b64(JSON.stringify(['c2', 'NAME_ASC', ['a'], 'a'])),
    b64(JSON.stringify(['c1', 'NAME_ASC', ['a'.repeat(300)], 'a'])),
    b64('not json'),
    b64('\u0000'),
    'A'.repeat(513),
    'A'.repeat(10_000),
    'YQ=',
    'YR',
    '====',
    '',
  ),
  fc.constant(null).map(() => (realCursors.length ? realCursors[0] : 'x')),
  fc.nat().map((n) => realCursors[n % Math.max(realCursors.length, 1)] ?? 'x'),
);

const DATE_NAMES = new Set(['asOf', 'from', 'to', 'since', 'until', 'memberAsOf']);
const CURSOR_NAMES = new Set(['after', 'before']);

/** Strings for an argument: hostile ones always, dates and cursors more often where the argument is one. */
function stringFor(name: string): fc.Arbitrary<string> {
  const hostile = [
    { weight: 3, arbitrary: fc.constantFrom(...REAL_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: cyrillic },
    { weight: 2, arbitrary: combining },
    { weight: 1, arbitrary: loneSurrogates },
    { weight: 1, arbitrary: withNul },
    { weight: 1, arbitrary: huge },
    { weight: 1, arbitrary: fc.constantFrom(...IMPOSSIBLE_DATES) },
    { weight: 1, arbitrary: forgedCursor },
  ];
  if (DATE_NAMES.has(name)) hostile.push({ weight: 8, arbitrary: fc.constantFrom(...DATES, ...IMPOSSIBLE_DATES) });
  if (CURSOR_NAMES.has(name)) hostile.push({ weight: 8, arbitrary: forgedCursor });
  return fc.oneof(...hostile);
}

/** 32-bit integers at and around every bound an argument has (1, 3, 100, 500, 100000) and the ends of the range. */
const int32 = fc.oneof(
  fc.constantFrom(0, 1, 2, 3, 4, 20, 99, 100, 101, 499, 500, 501, 99_999, 100_000, 100_001, -1, -100, 2_147_483_647, -2_147_483_648),
  fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
);

/** A value of `type` as JSON a variable of that type accepts (the GraphQL type is right; the value may be absurd). */
function valueOf(type: GraphQLInputType, name: string, allowNull = true): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, name, false);
  const nullable = (arbitrary: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
    allowNull ? fc.oneof({ weight: 10, arbitrary }, { weight: 1, arbitrary: fc.constant(null) }) : arbitrary;
  if (isListType(type)) return nullable(fc.array(valueOf(type.ofType, name), { maxLength: 7 }));
  if (isEnumType(type)) return nullable(fc.constantFrom(...type.getValues().map((v) => v.name)));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return nullable(
      fc.record(Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, f.name)])), {
        requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
      }),
    );
  }
  switch (type.name) {
    case 'Int':
      return nullable(int32);
    case 'Float':
      return nullable(fc.double({ noNaN: true, noDefaultInfinity: true }));
    case 'Boolean':
      return nullable(fc.boolean());
    case 'String':
    case 'ID':
      return nullable(stringFor(name));
    default:
      throw new Error(`No values for the input type ${type.name}`);
  }
}

/** A value a variable of `type` refuses: a number past 32 bits or not whole, an unknown enum value, null where required. */
function wrongValueOf(type: GraphQLInputType): fc.Arbitrary<unknown> | null {
  const named = getNamedType(type);
  const required = isNonNullType(type) ? [fc.constant(null)] : [];
  const inner = getNullableType(type);
  if (isListType(inner) && isEnumType(named)) return fc.oneof(...required, fc.constant(['NOPE']), fc.constant('NOPE'), fc.constant([1]));
  if (isEnumType(named)) return fc.oneof(...required, fc.constantFrom('NOPE', 'name_asc', ''));
  if (named.name === 'Int') return fc.oneof(...required, fc.constantFrom(2_147_483_648, -2_147_483_649, 1e15, 1.5, '3', true));
  // ['x'] is wrong for a String, right for a list of them (nodes(ids:)).
  if (named.name === 'String' || named.name === 'ID') {
    return fc.oneof(...required, fc.constantFrom(3.5, false, { a: 1 }, isListType(inner) ? [3.5] : ['x']));
  }
  return required.length ? fc.oneof(...required) : null;
}

/** Where the fields of each type are reached from, with real arguments (a field is targeted under its own parent). */
const PARENTS: Record<string, string> = {
  Query: '',
  Association: 'association(slug: "nkss")',
  Organization: 'organization(slug: "stanica")',
  City: 'city(slug: "beograd")',
  District: 'district(slug: "juznobacki-okrug")',
  Region: 'region(slug: "beogradski-region")',
  Programme: 'programme(slug: "fond-solidarnosti")',
  Changes: 'changes(from: "2016-12-31", to: "2017-12-31")',
  Event: 'event(slug: "founding-assembly-2011-belgrade")',
  // A parent inside a parent: its open braces are closed after the field.
  NetworkMetrics: 'networkMetrics(asOf: "2014-06-30")',
  NetworkGroup: 'networkMetrics(asOf: "2014-06-30") { components',
};

/** Valid values of required arguments, for the wrong-type property to give beside the one it gets wrong. */
const VALID: Record<string, unknown> = {
  asOf: '2020-12-31',
  from: '2016-12-31',
  to: '2017-12-31',
  organization: 'org-stanica',
  a: 'org-czkd',
  b: 'org-nkss',
  code: 'RS',
  text: 'kultura',
  slug: 'nkss',
  'Query.shortestPath.from': 'org-czkd',
  'Query.shortestPath.to': 'org-nkss',
  'Query.history.id': 'org-nkss',
  // node and nodes take includeRetracted beside their ids.
  'Query.node.id': 'org-nkss',
  'Query.nodes.ids': ['org-nkss'],
};

interface Target {
  parent: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
}
const nameOf = (target: Target): string => `${target.parent.name}.${target.field.name}`;
const byName = (name: string): Target => targets.find((t) => nameOf(t) === name)!;

/** Every field with arguments a client can reach, in types reached from Query. */
function targetsOf(schema: GraphQLSchema): Target[] {
  const targets: Target[] = [];
  const seen = new Set<string>();
  const visit = (type: GraphQLObjectType): void => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    for (const field of Object.values(type.getFields())) {
      if (field.args.length) targets.push({ parent: type, field });
      const named = getNamedType(field.type);
      if (isObjectType(named)) visit(named);
      else if (!isLeafType(named)) schema.getPossibleTypes(named).forEach(visit);
    }
  };
  visit(schema.getQueryType()!);
  return targets;
}

/** Leaves without arguments of a type, and `__typename` under its objects: enough to make every resolver of the field run. */
function shallowSelection(type: GraphQLObjectType, schema: GraphQLSchema, depth = 0): string {
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth < 1 && isObjectType(named)) parts.push(`${field.name} ${shallowSelection(named, schema, depth + 1)}`);
    else if (depth < 1) parts.push(`${field.name} { __typename }`);
  }
  return `{ ${parts.join(' ')} }`;
}

function documentFor(target: Target, args: readonly GraphQLArgument[], schema: GraphQLSchema): string {
  const variables = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = `${target.field.name}${args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''}`;
  const named = getNamedType(target.field.type);
  const selection = isObjectType(named) ? ` ${shallowSelection(named, schema)}` : isLeafType(named) ? '' : ' { __typename }';
  const parent = PARENTS[target.parent.name];
  const unclosed = parent ? (parent.match(/\{/g)?.length ?? 0) - (parent.match(/\}/g)?.length ?? 0) : 0;
  const body = parent ? `${parent} { ${call}${selection} }${' }'.repeat(unclosed)}` : `${call}${selection}`;
  return `query Property${variables ? `(${variables})` : ''} { ${body} }`;
}

/** Why an error breaks the property, or null when it is one a client can act on. */
function badError(error: WalkError): string | null {
  const code = error.extensions?.code;
  if (!code) return 'no extensions.code';
  if (code === 'INTERNAL_SERVER_ERROR') return 'INTERNAL_SERVER_ERROR';
  if (!README_CODES.has(code)) return `code ${code} is not in the README's error table`;
  // A request over a limit (cost: `first` multiplies what is under it) is refused before any field runs: it names the
  // resource and the limit instead of a field (README, RESOURCE_LIMIT).
  if (code === 'RESOURCE_LIMIT')
    return typeof error.extensions?.resource === 'string' && typeof error.extensions.limit === 'number'
      ? null
      : 'RESOURCE_LIMIT without resource and limit';
  const where = (error.path?.length ?? 0) > 0 || (error.extensions?.argumentPath?.length ?? 0) > 0;
  if (!where) return 'neither a path nor an argumentPath';
  return null;
}

function describeFailure(
  query: string,
  variables: Record<string, unknown>,
  status: number,
  errors: WalkError[] | undefined,
  why: string,
): string {
  const shown = JSON.stringify(variables, (_k, v: unknown) =>
    typeof v === 'string' && v.length > 200 ? `${v.slice(0, 60)}…(${v.length} chars)` : v,
  );
  return `${why}\nHTTP ${status}\n${query}\nvariables: ${shown}\nerrors: ${JSON.stringify(errors, null, 1)?.slice(0, 3_000)}`;
}

let schema: GraphQLSchema;
let server: WalkServer;
let targets: Target[];
let before: { nodes: number; relationships: number };

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [nodes, relationships] = await Promise.all([
    server.graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n'),
    server.graph.read<{ n: number }>('MATCH ()-[r]->() RETURN count(r) AS n'),
  ]);
  return { nodes: Number(nodes[0].n), relationships: Number(relationships[0].n) };
}

beforeAll(async () => {
  schema = await buildAppSchema();
  targets = targetsOf(schema);
  server = await startWalkServer(process.env.NEO4J_URI!);
  before = await counts();
  // Real cursors of every connection, to be handed to the wrong field.
  const res = await server.post(`{
    a: organizations(first: 2) { pageInfo { endCursor } } b: organizations(first: 2, orderBy: NAME_DESC) { pageInfo { endCursor } }
    partnerships(first: 2) { pageInfo { endCursor } } partnersOf(organization: "org-stanica", first: 2) { pageInfo { endCursor } }
    organization(slug: "stanica") { partners(first: 2) { pageInfo { endCursor } } } }`);
  expect(res.errors).toBeUndefined();
  realCursors.push(...(JSON.stringify(res.data).match(/"endCursor":"([^"]+)"/g) ?? []).map((m) => m.slice(13, -1)));
  expect(realCursors).toHaveLength(5);
});
afterAll(async () => {
  await server.stop();
});

test('every field with arguments is reached from a real parent', () => {
  expect(targets.length).toBeGreaterThan(25);
  expect(targets.filter((t) => !(t.parent.name in PARENTS)).map(nameOf)).toEqual([]);
  for (const name of ['Query.search', 'Query.organizations', 'Organization.partners', 'City.members', 'Association.memberCount']) {
    expect(targets.map(nameOf)).toContain(name);
  }
});

test('random values of every argument: never a 5xx, every error coded and placed, no INTERNAL_SERVER_ERROR', async () => {
  const outcomes = new Map<string, number>();
  const call = fc.constantFrom(...targets.map(nameOf)).chain((name) => {
    const target = byName(name);
    return fc
      .record(
        Object.fromEntries(target.field.args.map((a) => [a.name, valueOf(a.type, a.name)])),
        // Required arguments (no default) are always given; the rest come and go.
        { requiredKeys: target.field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name) },
      )
      .map((variables) => ({ field: name, variables: variables }));
  });
  await fc.assert(
    fc.asyncProperty(call, async ({ field, variables }) => {
      const target = byName(field);
      const args = target.field.args.filter((a) => a.name in variables);
      const query = documentFor(target, args, schema);
      const res = await server.post(query, variables);
      if (res.status >= 500) throw new Error(describeFailure(query, variables, res.status, res.errors, '5xx'));
      for (const error of res.errors ?? []) {
        const why = badError(error);
        if (why) throw new Error(describeFailure(query, variables, res.status, res.errors, why));
      }
      if (!res.errors?.length && (!res.data || res.status !== 200)) {
        throw new Error(describeFailure(query, variables, res.status, res.errors, 'no errors and no data'));
      }
      const outcome = res.errors?.length ? String(res.errors[0].extensions?.code) : 'answered';
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      if (JSON.stringify(variables).length > 99_000) outcomes.set('100 kB', (outcomes.get('100 kB') ?? 0) + 1);
    }),
    { numRuns: RUNS },
  );
  expect(await counts()).toEqual(before);
  // Not a property of refusals only: many calls reach the resolvers and answer, many are refused argument by argument.
  const seen = Object.fromEntries(outcomes);
  expect(seen.answered).toBeGreaterThan(RUNS / 20);
  expect(seen.BAD_USER_INPUT).toBeGreaterThan(RUNS / 10);
  expect(seen['100 kB']).toBeGreaterThan(0);
}, 120_000);

test('values of the wrong type for every argument: a 400 BAD_USER_INPUT naming the variable, never a 5xx', async () => {
  const cases = targets.flatMap((target) =>
    target.field.args.filter((arg) => wrongValueOf(arg.type)).map((arg) => `${nameOf(target)}(${arg.name})`),
  );
  expect(cases.length).toBeGreaterThan(30);
  const call = fc.constantFrom(...cases).chain((name) => {
    const [field, argName] = name.slice(0, -1).split('(');
    const arg = byName(field).field.args.find((a) => a.name === argName)!;
    return wrongValueOf(arg.type)!.map((value) => ({ field, argument: argName, value }));
  });
  await fc.assert(
    fc.asyncProperty(call, async ({ field, argument, value }) => {
      const target = byName(field);
      const arg = target.field.args.find((a) => a.name === argument)!;
      const others = target.field.args.filter((a) => a !== arg && isNonNullType(a.type) && a.defaultValue === undefined);
      const query = documentFor(target, [arg, ...others], schema);
      const variables: Record<string, unknown> = { [arg.name]: value };
      for (const other of others) variables[other.name] = VALID[`${field}.${other.name}`] ?? VALID[other.name];
      const res = await server.post(query, variables);
      const errors = res.errors ?? [];
      const named = errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT' && e.message.includes(`$${arg.name}`));
      if (res.status !== 400 || errors.length === 0 || !named) {
        throw new Error(describeFailure(query, variables, res.status, res.errors, 'not a 400 BAD_USER_INPUT naming the variable'));
      }
    }),
    { numRuns: WRONG_TYPE_RUNS },
  );
  expect(await counts()).toEqual(before);
}, 120_000);
