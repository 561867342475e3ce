import type { Driver } from 'neo4j-driver';
import { deriveTies, fixtureDriver, resetFixtures } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * partnersOf, shortestPath, commonPartners and paging on a small SYNTHETIC graph (label Synthetic) in the fixture Neo4j,
 * every answer computed by hand.
 *
 *   Alfa ─coop 2010─ Iks ─coop─ Jot ─coop─ Ceta ─agreement 2014─ Delta ─member 2013─▶ Mreža (a network) ◀─member─ Epsilon
 *    │                 │                     │
 *    P1 (2015)      coop 2012-05             P2 (2016)                                                   Zeta: no ties
 *    │                 │                     │
 *   Beta ─coop 2012-05-01─ Vedro             │
 *   Beta ────────────────────────────────────┘  (Alfa, Beta take part in P1; Beta, Ceta in P2)
 *
 * Breadth-first from Alfa, a programme step counting as one tie: level 1 Beta (P1), Iks; level 2 Ceta (P1, P2: two ties,
 * though four relationships, where Alfa–Iks–Jot–Ceta is three ties in three relationships: a hop-counting SHORTEST
 * would pick the latter), Jot, Vedro (through Iks: [COOPERATION, COOPERATION] sorts before Beta's [JOINT_PROGRAMME, …]);
 * level 3 Delta; level 4 Mreža; level 5 Epsilon (two members of one network are two ties apart).
 * Ties (10): six stored, two network memberships, one pair in each programme.
 */

let driver: Driver;
let server: TestServer;

const GRAPH = `
UNWIND [['a', 'Alfa', null], ['b', 'Beta', null], ['c', 'Ceta', null], ['d', 'Delta', null], ['e', 'Epsilon', null],
  ['n', 'Mreža', 'NETWORK'], ['w', 'Vedro', null], ['x', 'Iks', null], ['y', 'Jot', null], ['z', 'Zeta', null]] AS o
CREATE (:Entity:Organization:Synthetic {uid: 'Organization:syn-' + o[0], id: 'syn-' + o[0], slug: 'syn-' + o[0], name: o[1],
  sortName: toLower(replace(o[1], 'ž', 'z')), kind: o[2], aliases: [], disciplines: []})
WITH count(*) AS organizations
UNWIND [['p1', 'Programme One', '2015'], ['p2', 'Programme Two', '2016']] AS p
CREATE (:Entity:Programme:Synthetic {uid: 'Programme:syn-' + p[0], slug: 'syn-' + p[0], name: p[1], kind: 'PROJECT', start: p[2],
  startPrecision: 'YEAR', startEarliest: date(p[2] + '-01-01'), startLatest: date(p[2] + '-12-31')})
`;

const TIES = `
MATCH (a:Organization {id: 'syn-a'}), (b:Organization {id: 'syn-b'}), (c:Organization {id: 'syn-c'}), (d:Organization {id: 'syn-d'}),
  (e:Organization {id: 'syn-e'}), (n:Organization {id: 'syn-n'}), (w:Organization {id: 'syn-w'}), (x:Organization {id: 'syn-x'}),
  (y:Organization {id: 'syn-y'}), (p1:Programme {slug: 'syn-p1'}), (p2:Programme {slug: 'syn-p2'})
CREATE (a)-[:PARTNERS_WITH {id: 'syn-ax', kind: 'COOPERATION', since: '2010', sinceEarliest: date('2010-01-01'), sinceLatest: date('2010-12-31'),
  sourceIds: [], sourceQuotes: []}]->(x)
CREATE (x)-[:PARTNERS_WITH {id: 'syn-xy', kind: 'COOPERATION', sourceIds: [], sourceQuotes: []}]->(y)
CREATE (y)-[:PARTNERS_WITH {id: 'syn-yc', kind: 'COOPERATION', sourceIds: [], sourceQuotes: []}]->(c)
CREATE (x)-[:PARTNERS_WITH {id: 'syn-xw', kind: 'COOPERATION', since: '2012-05', sinceEarliest: date('2012-05-01'), sinceLatest: date('2012-05-31'),
  sourceIds: [], sourceQuotes: []}]->(w)
CREATE (b)-[:PARTNERS_WITH {id: 'syn-bw', kind: 'COOPERATION', since: '2012-05-01', sinceEarliest: date('2012-05-01'), sinceLatest: date('2012-05-01'),
  sourceIds: [], sourceQuotes: []}]->(w)
CREATE (c)-[:PARTNERS_WITH {id: 'syn-cd', kind: 'AGREEMENT', since: '2014', sinceEarliest: date('2014-01-01'), sinceLatest: date('2014-12-31'),
  sourceIds: ['syn-source'], sourceQuotes: ['signed']}]->(d)
CREATE (d)-[:MEMBER_OF_NETWORK {since: '2013', sinceEarliest: date('2013-01-01'), sinceLatest: date('2013-12-31'), role: 'founder',
  sourceIds: [], sourceQuotes: []}]->(n)
CREATE (e)-[:MEMBER_OF_NETWORK {role: 'member', sourceIds: [], sourceQuotes: []}]->(n)
CREATE (a)-[:PARTICIPATED_IN {role: 'lead', sourceIds: [], sourceQuotes: []}]->(p1)
CREATE (b)-[:PARTICIPATED_IN {role: 'partner', sourceIds: [], sourceQuotes: []}]->(p1)
CREATE (b)-[:PARTICIPATED_IN {role: 'lead', sourceIds: [], sourceQuotes: []}]->(p2)
CREATE (c)-[:PARTICIPATED_IN {role: 'partner', sourceIds: [], sourceQuotes: []}]->(p2)
`;

beforeAll(async () => {
  driver = fixtureDriver();
  const graph = await resetFixtures(driver);
  await driver.executeQuery(GRAPH);
  await driver.executeQuery(TIES);
  await deriveTies(graph);
  server = await startTestServer({ uri: process.env.NKSS_TEST_FIXTURE_URI });
});

afterAll(async () => {
  await server.stop();
  await driver.close();
});

/** A response's data; the tests name the fields they read, and the assertions check the shapes. */
type Data = Record<string, unknown>;

async function data<T = Data>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await server.gql<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const PARTNERS_OF = `query P($organization: ID!, $depth: Int, $via: [TieOrigin!]) {
  partnersOf(organization: $organization, depth: $depth, via: $via) { totalCount nodes { distance origins organization { id } through { id } } } }`;
interface PartnerRow {
  distance: number;
  origins: string[];
  organization: { id: string };
  through: { id: string }[];
}
const partnersOf = async (variables: Record<string, unknown>) =>
  (await data<{ partnersOf: { nodes: PartnerRow[] } }>(PARTNERS_OF, variables)).partnersOf.nodes.map((r) => [
    r.organization.id,
    r.distance,
    r.origins,
    r.through.map((t) => t.id),
  ]);

describe('partnersOf on the fixture graph', () => {
  test('depth 1, 2 and 3 from Alfa: nearest first, then by name, with one shortest route each', async () => {
    const level1 = [
      ['syn-b', 1, ['JOINT_PROGRAMME'], []],
      ['syn-x', 1, ['COOPERATION'], []],
    ];
    const level2 = [
      ['syn-c', 2, ['JOINT_PROGRAMME', 'JOINT_PROGRAMME'], ['syn-b']],
      ['syn-y', 2, ['COOPERATION', 'COOPERATION'], ['syn-x']],
      ['syn-w', 2, ['COOPERATION', 'COOPERATION'], ['syn-x']],
    ];
    const level3 = [['syn-d', 3, ['JOINT_PROGRAMME', 'JOINT_PROGRAMME', 'AGREEMENT'], ['syn-b', 'syn-c']]];
    expect(await partnersOf({ organization: 'syn-a' })).toEqual(level1);
    expect(await partnersOf({ organization: 'syn-a', depth: 2 })).toEqual([...level1, ...level2]);
    expect(await partnersOf({ organization: 'syn-a', depth: 3 })).toEqual([...level1, ...level2, ...level3]);
  });

  test('without programmes Beta (through Vedro) and Ceta are three ties away; two members of one network are two ties apart', async () => {
    expect(await partnersOf({ organization: 'syn-a', depth: 3, via: ['COOPERATION', 'AGREEMENT'] })).toEqual([
      ['syn-x', 1, ['COOPERATION'], []],
      ['syn-y', 2, ['COOPERATION', 'COOPERATION'], ['syn-x']],
      ['syn-w', 2, ['COOPERATION', 'COOPERATION'], ['syn-x']],
      ['syn-b', 3, ['COOPERATION', 'COOPERATION', 'COOPERATION'], ['syn-x', 'syn-w']],
      ['syn-c', 3, ['COOPERATION', 'COOPERATION', 'COOPERATION'], ['syn-x', 'syn-y']],
    ]);
    expect(await partnersOf({ organization: 'syn-d', depth: 2, via: ['NETWORK_MEMBERSHIP'] })).toEqual([
      ['syn-n', 1, ['NETWORK_MEMBERSHIP'], []],
      ['syn-e', 2, ['NETWORK_MEMBERSHIP', 'NETWORK_MEMBERSHIP'], ['syn-n']],
    ]);
    expect(await partnersOf({ organization: 'syn-z', depth: 3 })).toEqual([]);
  });
});

describe('shortestPath on the fixture graph', () => {
  const PATH = `query S($from: ID!, $to: ID!, $via: [TieOrigin!]) { shortestPath(from: $from, to: $to, via: $via) {
    length nodes { ... on Organization { id } ... on Programme { slug } } relationships { type origin role forward partnership { id } } } }`;
  const path = async (from: string, to: string, via?: string[]) => (await data(PATH, { from, to, via })).shortestPath;

  test('fewest ties, not fewest relationships: Alfa–P1–Beta–P2–Ceta (2 ties), not Alfa–Iks–Jot–Ceta (3)', async () => {
    expect(await path('syn-a', 'syn-c')).toEqual({
      length: 2,
      nodes: [{ id: 'syn-a' }, { slug: 'syn-p1' }, { id: 'syn-b' }, { slug: 'syn-p2' }, { id: 'syn-c' }],
      relationships: [
        {
          type: 'PARTICIPATED_IN',
          origin: 'JOINT_PROGRAMME',
          role: 'lead',
          forward: true,
          partnership: { id: 'JOINT_PROGRAMME|syn-p1|syn-a|syn-b' },
        },
        {
          type: 'PARTICIPATED_IN',
          origin: 'JOINT_PROGRAMME',
          role: 'partner',
          forward: false,
          partnership: { id: 'JOINT_PROGRAMME|syn-p1|syn-a|syn-b' },
        },
        {
          type: 'PARTICIPATED_IN',
          origin: 'JOINT_PROGRAMME',
          role: 'lead',
          forward: true,
          partnership: { id: 'JOINT_PROGRAMME|syn-p2|syn-b|syn-c' },
        },
        {
          type: 'PARTICIPATED_IN',
          origin: 'JOINT_PROGRAMME',
          role: 'partner',
          forward: false,
          partnership: { id: 'JOINT_PROGRAMME|syn-p2|syn-b|syn-c' },
        },
      ],
    });
    expect(await path('syn-a', 'syn-c', ['COOPERATION'])).toMatchObject({
      length: 3,
      nodes: [{ id: 'syn-a' }, { id: 'syn-x' }, { id: 'syn-y' }, { id: 'syn-c' }],
    });
  });

  test('beyond depth 3: Alfa to Epsilon is five ties, through the network node, the last step against its direction', async () => {
    expect(await path('syn-a', 'syn-e')).toEqual({
      length: 5,
      nodes: [
        { id: 'syn-a' },
        { slug: 'syn-p1' },
        { id: 'syn-b' },
        { slug: 'syn-p2' },
        { id: 'syn-c' },
        { id: 'syn-d' },
        { id: 'syn-n' },
        { id: 'syn-e' },
      ],
      relationships: [
        {
          type: 'PARTICIPATED_IN',
          origin: 'JOINT_PROGRAMME',
          role: 'lead',
          forward: true,
          partnership: { id: 'JOINT_PROGRAMME|syn-p1|syn-a|syn-b' },
        },
        {
          type: 'PARTICIPATED_IN',
          origin: 'JOINT_PROGRAMME',
          role: 'partner',
          forward: false,
          partnership: { id: 'JOINT_PROGRAMME|syn-p1|syn-a|syn-b' },
        },
        {
          type: 'PARTICIPATED_IN',
          origin: 'JOINT_PROGRAMME',
          role: 'lead',
          forward: true,
          partnership: { id: 'JOINT_PROGRAMME|syn-p2|syn-b|syn-c' },
        },
        {
          type: 'PARTICIPATED_IN',
          origin: 'JOINT_PROGRAMME',
          role: 'partner',
          forward: false,
          partnership: { id: 'JOINT_PROGRAMME|syn-p2|syn-b|syn-c' },
        },
        { type: 'PARTNERS_WITH', origin: 'AGREEMENT', role: null, forward: true, partnership: { id: 'AGREEMENT|syn-cd|syn-c|syn-d' } },
        {
          type: 'MEMBER_OF_NETWORK',
          origin: 'NETWORK_MEMBERSHIP',
          role: 'founder',
          forward: true,
          partnership: { id: 'NETWORK_MEMBERSHIP|syn-n|syn-d|syn-n' },
        },
        {
          type: 'MEMBER_OF_NETWORK',
          origin: 'NETWORK_MEMBERSHIP',
          role: 'member',
          forward: false,
          partnership: { id: 'NETWORK_MEMBERSHIP|syn-n|syn-e|syn-n' },
        },
      ],
    });
  });

  test('equal routes: the path is read back through the smallest ids (Beta before Iks) to Vedro', async () => {
    expect(await path('syn-a', 'syn-w')).toMatchObject({
      length: 2,
      nodes: [{ id: 'syn-a' }, { slug: 'syn-p1' }, { id: 'syn-b' }, { id: 'syn-w' }],
    });
  });

  test('null without a path; length 0 from an organization to itself', async () => {
    expect(await path('syn-a', 'syn-z')).toBeNull();
    expect(await path('syn-e', 'syn-a', ['JOINT_PROGRAMME'])).toBeNull();
    expect(await path('syn-z', 'syn-z')).toEqual({ length: 0, nodes: [{ id: 'syn-z' }], relationships: [] });
  });
});

describe('commonPartners and partnerships on the fixture graph', () => {
  test('common partners with the ties on each side', async () => {
    const COMMON = `query C($a: ID!, $b: ID!) { commonPartners(a: $a, b: $b) { organization { id } tiesWithA { id } tiesWithB { id } } }`;
    expect((await data(COMMON, { a: 'syn-a', b: 'syn-c' })).commonPartners).toEqual([
      {
        organization: { id: 'syn-b' },
        tiesWithA: [{ id: 'JOINT_PROGRAMME|syn-p1|syn-a|syn-b' }],
        tiesWithB: [{ id: 'JOINT_PROGRAMME|syn-p2|syn-b|syn-c' }],
      },
    ]);
    expect((await data(COMMON, { a: 'syn-x', b: 'syn-b' })).commonPartners).toEqual([
      {
        organization: { id: 'syn-a' },
        tiesWithA: [{ id: 'COOPERATION|syn-ax|syn-a|syn-x' }],
        tiesWithB: [{ id: 'JOINT_PROGRAMME|syn-p1|syn-a|syn-b' }],
      },
      {
        organization: { id: 'syn-w' },
        tiesWithA: [{ id: 'COOPERATION|syn-xw|syn-w|syn-x' }],
        tiesWithB: [{ id: 'COOPERATION|syn-bw|syn-b|syn-w' }],
      },
    ]);
  });

  interface PageData {
    partnerships: { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
  }

  test('pages of three walk the ten ties by since (equal days by id, unknown last), across page boundaries', async () => {
    const PAGE = `query($after: String) { partnerships(first: 3, after: $after) { totalCount nodes { id since } pageInfo { hasNextPage endCursor } } }`;
    const pages: string[][] = [];
    let after: string | null = null;
    for (;;) {
      const d: PageData = await data<PageData>(PAGE, { after });
      expect(d.partnerships.totalCount).toBe(10);
      pages.push(d.partnerships.nodes.map((n) => n.id));
      if (!d.partnerships.pageInfo.hasNextPage) break;
      after = d.partnerships.pageInfo.endCursor;
    }
    expect(pages).toEqual([
      ['COOPERATION|syn-ax|syn-a|syn-x', 'COOPERATION|syn-bw|syn-b|syn-w', 'COOPERATION|syn-xw|syn-w|syn-x'],
      ['NETWORK_MEMBERSHIP|syn-n|syn-d|syn-n', 'AGREEMENT|syn-cd|syn-c|syn-d', 'JOINT_PROGRAMME|syn-p1|syn-a|syn-b'],
      ['JOINT_PROGRAMME|syn-p2|syn-b|syn-c', 'COOPERATION|syn-xy|syn-x|syn-y', 'COOPERATION|syn-yc|syn-c|syn-y'],
      ['NETWORK_MEMBERSHIP|syn-n|syn-e|syn-n'],
    ]);
  });
});
