import { getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../src/schema';
import { measureOperations } from '../../src/shared/document-limits';
import { nestingDepth } from '../../src/shared/graphql-http';
import { queryCost } from '../../src/shared/query-cost';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

function cost(query: string, variables: Record<string, unknown> = {}): number | null {
  const document = parse(query);
  return queryCost({ schema, document, operation: getOperationAST(document)!, variables });
}

function shape(query: string) {
  return [...measureOperations(parse(query)).values()][0];
}

function fragmentBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return ['{ ...F0 }', ...fragments, `fragment F${levels} on Query { __typename }`].join('\n');
}

describe('queryCost', () => {
  test('every field costs 1 plus its selection', () => {
    expect(cost('{ __typename association { name city { name } } }')).toBe(1 + 1 + 1 + 2);
  });

  test('a page multiplies its nodes and edges by first, not its totalCount or pageInfo', () => {
    expect(cost('{ organizations(first: 100) { totalCount pageInfo { hasNextPage } nodes { name } } }')).toBe(1 + 1 + 2 + (1 + 100));
    expect(cost('{ organizations(first: 5) { edges { cursor node { name } } } }')).toBe(1 + (1 + 5 * 3));
  });

  test('organizations and partnerships default to 20, last counts like first', () => {
    expect(cost('{ organizations { nodes { name } } }')).toBe(1 + 1 + 20);
    expect(cost('{ organizations(last: 7) { nodes { name } } }')).toBe(1 + 1 + 7);
    expect(cost('{ partnerships { nodes { id } } }')).toBe(1 + 1 + 20);
  });

  test('schema defaults and variables give the page size', () => {
    expect(cost('{ search(text: "x") { name } }')).toBe(1 + 10 + 20);
    expect(cost('query Q($n: Int!) { search(text: "x", first: $n) { name } }', { n: 3 })).toBe(1 + 10 + 3);
  });

  test('a list without first counts as 10', () => {
    expect(cost('{ regions { name } }')).toBe(1 + 10);
  });

  test('nodes counts its ids; node counts once, each type its fields', () => {
    expect(cost('query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 100 }, (_, i) => `org-${i}`) })).toBe(
      1 + 100,
    );
    expect(cost('{ nodes(ids: ["City:beograd", "org-nkss"]) { id ... on City { name district { name } } } }')).toBe(1 + 2 * (1 + 1 + 2));
    expect(cost('{ node(id: "org-nkss") { ... on Organization { partners(first: 10) { nodes { origin } } } } }')).toBe(1 + (1 + 1 + 10));
  });

  test('partnersOf costs by depth; networkMetrics is fixed', () => {
    const partnersOf = (depth: number) => cost(`{ partnersOf(organization: "o", depth: ${depth}) { totalCount } }`);
    expect([partnersOf(1), partnersOf(2), partnersOf(3)]).toEqual([1 + 10 + 1, 1 + 100 + 1, 1 + 1000 + 1]);
    expect(cost('{ networkMetrics { density } }')).toBe(1 + 4000 + 1);
  });

  test('the fragment bomb costs 2^24, computed in milliseconds', () => {
    const started = performance.now();
    expect(cost(fragmentBomb(24))).toBe(2 ** 24);
    expect(performance.now() - started).toBeLessThan(500);
  });

  test('variables that do not fit the operation leave the cost to execution (null)', () => {
    expect(cost('query Q($n: Int!) { search(text: "x", first: $n) { name } }', { n: 'many' })).toBeNull();
  });
});

describe('measureOperations', () => {
  test('depth counts fields, through fragments', () => {
    expect(shape('{ association { city { region { name } } } }').depth).toBe(4);
    expect(shape('{ association { ...C } } fragment C on Association { city { name } }').depth).toBe(3);
  });

  test('aliases count at each spread, __typename included', () => {
    expect(shape('{ a: __typename b: association { ...N } c: association { ...N } } fragment N on Association { x: name }').aliases).toBe(
      5,
    );
  });

  test('the fragment bomb is measured in milliseconds', () => {
    const started = performance.now();
    expect(shape(fragmentBomb(200))).toEqual({ depth: 1, aliases: 0 });
    expect(performance.now() - started).toBeLessThan(500);
  });

  test('a fragment cycle does not loop (graphql-js reports it)', () => {
    expect(shape('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A __typename }').depth).toBe(1);
  });
});

describe('nestingDepth', () => {
  test('counts braces, brackets and parentheses', () => {
    expect(nestingDepth('{ a(x: [[1]]) { b } }')).toBe(4);
  });

  test('ignores them in strings, block strings and comments', () => {
    expect(nestingDepth('# {{{{\n{ a(x: "[[[\\"[[", y: """ {{{ """) }')).toBe(2);
  });
});
