import type { Driver } from 'neo4j-driver';
import { cypher } from '../../src/neo4j/cypher';
import { Graph } from '../../src/neo4j/run';
import { warmUpAnalytics } from '../../src/neo4j/warm-up';
import { deriveTies, fixtureDriver, resetFixtures } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * networkMetrics on a small SYNTHETIC graph (label Synthetic) in the fixture Neo4j, every value computed by hand.
 *
 *   Alfa (the association, Beograd via a settlement)  ── Beta (Beograd)        members: Beta, Ceta, Delta, Epsilon, Fi (2011),
 *        │ network membership            │ agreement                             Iota (2020, no ties), a person (left out)
 *        └──────────── Ceta (Novi Sad) ──┘
 *                        │ programme P1 (2014-03)
 *                      Delta (Novi Sad) ── co-founding 2012 ── Epsilon (Zagreb, HR)
 *                        │ programmes P2 (2016) and P3 (2016-06): one tie of weight 2     │ cooperation 2013
 *                        └──────────────────────── Fi (Niš) ─────────────────────────────┘
 *                                                   │ cooperation, start unknown
 *                                                 Gama (HR, not a member) ── Ha (not a member, two steps away: outside)
 *   Alfa–Beta are also tied by an agreement 2011 that ended in 2013: weight 2 ever, 1 as of 2015.
 *
 * Ever (8 organizations; Ha is outside the scope): triangle {Alfa, Beta, Ceta}, bridge Ceta–Delta, triangle {Delta, Epsilon, Fi},
 * Gama hanging on Fi, Iota alone. Betweenness, undirected and unnormalized (unordered pairs, share of shortest paths through):
 *   Ceta  = {Alfa, Beta} × {Delta, Epsilon, Fi, Gama}       = 2 × 4 = 8  (their only shortest paths go Ceta–Delta)
 *   Delta = {Alfa, Beta, Ceta} × {Epsilon, Fi, Gama}        = 3 × 3 = 9
 *   Fi    = Gama × {Alfa, Beta, Ceta, Delta, Epsilon}       = 5          (Gama's only tie)
 *   everyone else 0 (Epsilon–Fi, Alfa–Beta … are direct ties; Epsilon–Gama goes Epsilon–Fi–Gama).
 * Louvain (weights: Alfa–Beta 2, Delta–Fi 2, the rest 1; m = 10; weighted degrees Alfa 3, Beta 3, Ceta 3, Delta 4, Epsilon 2,
 * Fi 4, Gama 1; communities are numbered by size, so the four are 1): {Alfa, Beta, Ceta} inner weight 4, degree sum 9; {Delta, Epsilon, Fi, Gama} inner 5, degree sum 11; {Iota}.
 *   Q = 4/10 − (9/20)² + 5/10 − (11/20)² = 0.1975 + 0.1975 = 0.395.
 * Regions: Alfa, Beta Beogradski region; Ceta, Delta Vojvodina; Fi Južna i istočna Srbija; Epsilon, Gama Croatia; Iota unknown.
 * Bridges (6): Alfa–Ceta, Beta–Ceta (regions), Delta–Epsilon, Epsilon–Fi, Fi–Gama (borders), Delta–Fi (regions).
 *
 * As of 2015-01-01: Iota not yet a member; Fi–Gama has no known start (out, and Gama with it); P2, P3 not started; the Alfa–Beta
 * agreement ended. Left: triangle {Alfa, Beta, Ceta} and the path Ceta–Delta–Epsilon–Fi.
 *   Ceta = {Alfa, Beta} × {Delta, Epsilon, Fi} = 6; Delta = {Alfa, Beta, Ceta} × {Epsilon, Fi} = 6;
 *   Epsilon = {Alfa, Beta, Ceta, Delta} × {Fi} = 4; the rest 0. Communities: the triangle and the path Delta–Epsilon–Fi
 *   (Q = 3/6 − (7/12)² + 2/6 − (5/12)² = 23/72 ≈ 0.319, against 0.208 for {Alfa, Beta, Ceta, Delta} and {Epsilon, Fi}).
 */

let driver: Driver;
let server: TestServer;

const GRAPH = `
CREATE (rs:Entity:Country:Synthetic {uid: 'Country:RS', code: 'RS', name: 'Serbia', nameSr: 'Srbija', southeastEurope: true})
CREATE (hr:Entity:Country:Synthetic {uid: 'Country:HR', code: 'HR', name: 'Croatia', nameSr: 'Hrvatska', southeastEurope: true})
CREATE (rb:Entity:Region:Synthetic {uid: 'Region:beogradski-region', slug: 'beogradski-region', name: 'Beogradski region', sortName: 'beogradski region'})-[:IN_COUNTRY]->(rs)
CREATE (rv:Entity:Region:Synthetic {uid: 'Region:region-vojvodine', slug: 'region-vojvodine', name: 'Region Vojvodine', sortName: 'region vojvodine'})-[:IN_COUNTRY]->(rs)
CREATE (rj:Entity:Region:Synthetic {uid: 'Region:region-juzne-i-istocne-srbije', slug: 'region-juzne-i-istocne-srbije', name: 'Region Južne i Istočne Srbije', sortName: 'region juzne i istocne srbije'})-[:IN_COUNTRY]->(rs)
CREATE (jb:Entity:District:Synthetic {uid: 'District:juznobacki', slug: 'juznobacki', name: 'Južnobački', sortName: 'juznobacki'})-[:IN_REGION]->(rv)
CREATE (ni:Entity:District:Synthetic {uid: 'District:nisavski', slug: 'nisavski', name: 'Nišavski', sortName: 'nisavski'})-[:IN_REGION]->(rj)
CREATE (bg:Entity:City:Synthetic {uid: 'City:beograd', slug: 'beograd', name: 'Beograd', sortName: 'beograd'})-[:IN_REGION]->(rb)
CREATE (bg)-[:IN_COUNTRY]->(rs)
CREATE (zm:Entity:City:Synthetic {uid: 'City:naselje-z', slug: 'naselje-z', name: 'Naselje Z', sortName: 'naselje z'})-[:PART_OF]->(bg)
CREATE (zm)-[:IN_COUNTRY]->(rs)
CREATE (ns:Entity:City:Synthetic {uid: 'City:novi-sad', slug: 'novi-sad', name: 'Novi Sad', sortName: 'novi sad'})-[:IN_DISTRICT]->(jb)
CREATE (ns)-[:IN_COUNTRY]->(rs)
CREATE (nis:Entity:City:Synthetic {uid: 'City:nis', slug: 'nis', name: 'Niš', sortName: 'nis'})-[:IN_DISTRICT]->(ni)
CREATE (nis)-[:IN_COUNTRY]->(rs)
CREATE (zg:Entity:City:Synthetic {uid: 'City:zagreb', slug: 'zagreb', name: 'Zagreb', sortName: 'zagreb'})-[:IN_COUNTRY]->(hr)
CREATE (a:Entity:Organization:Association:Synthetic {uid: 'Organization:syn-alfa', id: 'syn-alfa', slug: 'syn-alfa', name: 'Alfa', sortName: 'alfa', aliases: [], disciplines: []})-[:BASED_IN]->(zm)
WITH *
UNWIND [['b', 'Beta', 'beograd'], ['c', 'Ceta', 'novi-sad'], ['d', 'Delta', 'novi-sad'], ['e', 'Epsilon', 'zagreb'], ['f', 'Fi', 'nis'],
  ['g', 'Gama', null], ['h', 'Ha', null], ['i', 'Iota', null]] AS o
CREATE (n:Entity:Organization:Synthetic {uid: 'Organization:syn-' + o[0], id: 'syn-' + o[0], slug: 'syn-' + o[0], name: o[1], sortName: toLower(o[1]), aliases: [], disciplines: []})
WITH *
OPTIONAL MATCH (c:City {slug: o[2]})
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | CREATE (n)-[:BASED_IN]->(c))
`;

const TIES = `
MATCH (a:Organization {id: 'syn-alfa'}), (b:Organization {id: 'syn-b'}), (c:Organization {id: 'syn-c'}), (d:Organization {id: 'syn-d'}),
  (e:Organization {id: 'syn-e'}), (f:Organization {id: 'syn-f'}), (g:Organization {id: 'syn-g'}), (h:Organization {id: 'syn-h'}),
  (i:Organization {id: 'syn-i'}), (hr:Country {code: 'HR'})
CREATE (g)-[:IN_COUNTRY]->(hr)
FOREACH (m IN [b, c, d, e, f] | CREATE (m)-[:MEMBER_OF {since: '2011', sinceEarliest: date('2011-01-01'), sinceLatest: date('2011-12-31')}]->(a))
CREATE (i)-[:MEMBER_OF {since: '2020-02-02', sinceEarliest: date('2020-02-02'), sinceLatest: date('2020-02-02')}]->(a)
CREATE (:Entity:Person:Synthetic {uid: 'Person:syn-p', id: 'syn-p', slug: 'syn-p', name: 'Persona'})
  -[:MEMBER_OF {since: '2011', sinceEarliest: date('2011-01-01'), sinceLatest: date('2011-12-31')}]->(a)
CREATE (a)-[:PARTNERS_WITH {id: 'syn-pw-ab', kind: 'COOPERATION', since: '2012', sinceEarliest: date('2012-01-01'), sinceLatest: date('2012-12-31')}]->(b)
CREATE (b)-[:PARTNERS_WITH {id: 'syn-pw-ab-old', kind: 'AGREEMENT', since: '2011', sinceEarliest: date('2011-01-01'), sinceLatest: date('2011-12-31'),
  until: '2013', untilEarliest: date('2013-01-01'), untilLatest: date('2013-12-31')}]->(a)
CREATE (b)-[:PARTNERS_WITH {id: 'syn-pw-bc', kind: 'AGREEMENT', since: '2012-05-10', sinceEarliest: date('2012-05-10'), sinceLatest: date('2012-05-10')}]->(c)
CREATE (a)-[:MEMBER_OF_NETWORK {since: '2013', sinceEarliest: date('2013-01-01'), sinceLatest: date('2013-12-31'), role: 'member'}]->(c)
CREATE (d)-[:PARTNERS_WITH {id: 'syn-pw-de', kind: 'CO_FOUNDING', since: '2012', sinceEarliest: date('2012-01-01'), sinceLatest: date('2012-12-31')}]->(e)
CREATE (f)-[:PARTNERS_WITH {id: 'syn-pw-ef', kind: 'COOPERATION', since: '2013', sinceEarliest: date('2013-01-01'), sinceLatest: date('2013-12-31')}]->(e)
CREATE (f)-[:PARTNERS_WITH {id: 'syn-pw-fg', kind: 'COOPERATION', since: null}]->(g)
CREATE (g)-[:PARTNERS_WITH {id: 'syn-pw-gh', kind: 'COOPERATION', since: '2012', sinceEarliest: date('2012-01-01'), sinceLatest: date('2012-12-31')}]->(h)
CREATE (p1:Entity:Programme:Synthetic {uid: 'Programme:syn-p1', slug: 'syn-p1', name: 'P1', start: '2014-03', startEarliest: date('2014-03-01'), startLatest: date('2014-03-31')})
CREATE (p2:Entity:Programme:Synthetic {uid: 'Programme:syn-p2', slug: 'syn-p2', name: 'P2', start: '2016', startEarliest: date('2016-01-01'), startLatest: date('2016-12-31')})
CREATE (p3:Entity:Programme:Synthetic {uid: 'Programme:syn-p3', slug: 'syn-p3', name: 'P3', start: '2016-06', startEarliest: date('2016-06-01'), startLatest: date('2016-06-30')})
CREATE (c)-[:PARTICIPATED_IN {role: 'partner'}]->(p1)<-[:PARTICIPATED_IN {role: 'lead'}]-(d)
CREATE (d)-[:PARTICIPATED_IN {role: 'partner'}]->(p2)<-[:PARTICIPATED_IN {role: 'partner'}]-(f)
CREATE (d)-[:PARTICIPATED_IN {role: 'partner'}]->(p3)<-[:PARTICIPATED_IN {role: 'partner'}]-(f)
`;

const METRICS = `query Metrics($asOf: String, $via: [TieOrigin!]) {
  networkMetrics(association: "syn-alfa", asOf: $asOf, via: $via) {
    asOf via gdsVersion organizationCount tiedPairCount density modularity
    association { name }
    organizations { organization { name } member degree tieCount betweenness component community
      area { countryCode regionSlug region { name } country { code } } }
    components { id size organizations { name } }
    communities { id size organizations { name } }
    bridges { from { name } to { name } fromArea { countryCode regionSlug } toArea { countryCode regionSlug } crossBorder weight origins }
    bridgeCarriers { organization { name } bridgeCount areaCount areas { countryCode regionSlug } }
  }
}`;

interface Metrics {
  asOf: string | null;
  via: string[];
  gdsVersion: string;
  organizationCount: number;
  tiedPairCount: number;
  density: number;
  modularity: number | null;
  association: { name: string };
  organizations: {
    organization: { name: string };
    member: boolean;
    degree: number;
    tieCount: number;
    betweenness: number;
    component: number;
    community: number;
    area: { countryCode: string | null; regionSlug: string | null; region: { name: string } | null; country: { code: string } | null };
  }[];
  components: { id: number; size: number; organizations: { name: string }[] }[];
  communities: { id: number; size: number; organizations: { name: string }[] }[];
  bridges: {
    from: { name: string };
    to: { name: string };
    fromArea: { countryCode: string | null; regionSlug: string | null };
    toArea: { countryCode: string | null; regionSlug: string | null };
    crossBorder: boolean;
    weight: number;
    origins: string[];
  }[];
  bridgeCarriers: {
    organization: { name: string };
    bridgeCount: number;
    areaCount: number;
    areas: { countryCode: string; regionSlug: string | null }[];
  }[];
}

/**
 * Two committed writes that leave the graph as it was: a new version, so no network computed before is served from the
 * cache. (One transaction that creates and deletes the same node changes nothing, and Neo4j commits no new version.)
 */
async function newGraphVersion(): Promise<void> {
  await driver.executeQuery('CREATE (:CacheProbe)');
  await driver.executeQuery('MATCH (probe:CacheProbe) DELETE probe');
}

async function metrics(variables: Record<string, unknown> = {}) {
  const res = await server.gql<{ networkMetrics: Metrics }>(METRICS, variables);
  expect(res.errors).toBeUndefined();
  return { m: res.data!.networkMetrics, queries: res.extensions!.cypherQueries };
}

/** name → [degree, tieCount, betweenness, component, community, member] */
const table = (m: Metrics) =>
  Object.fromEntries(
    m.organizations.map((o) => [o.organization.name, [o.degree, o.tieCount, o.betweenness, o.component, o.community, o.member]]),
  );
const groups = (gs: Metrics['components']) => gs.map((g) => [g.id, g.size, g.organizations.map((o) => o.name)]);

async function catalogGraphs(): Promise<string[]> {
  const { records } = await driver.executeQuery('CALL gds.graph.list() YIELD graphName RETURN graphName');
  return records.map((r) => r.get('graphName') as string);
}

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

describe('networkMetrics on a synthetic network, ever', () => {
  let m: Metrics;
  let queries: number;
  beforeAll(async () => {
    ({ m, queries } = await metrics());
  });

  it('takes the association, its organization members and their direct partners (not Ha, two steps away, nor the person)', () => {
    expect(m.association).toEqual({ name: 'Alfa' });
    expect(m.organizationCount).toBe(8);
    expect(m.organizations.map((o) => o.organization.name).sort()).toEqual([
      'Alfa',
      'Beta',
      'Ceta',
      'Delta',
      'Epsilon',
      'Fi',
      'Gama',
      'Iota',
    ]);
    expect(m.asOf).toBeNull();
    expect(m.via).toEqual(['AGREEMENT', 'CO_FOUNDING', 'COOPERATION', 'NETWORK_MEMBERSHIP', 'JOINT_PROGRAMME']);
    expect(m.gdsVersion).toBe('2.13.9');
  });

  it('has the hand-computed degree, ties, betweenness, component and community of each organization, highest betweenness first', () => {
    expect(m.organizations.map((o) => o.organization.name)).toEqual(['Delta', 'Ceta', 'Fi', 'Alfa', 'Beta', 'Epsilon', 'Gama', 'Iota']);
    expect(table(m)).toEqual({
      Alfa: [2, 3, 0, 1, 2, false],
      Beta: [2, 3, 0, 1, 2, true],
      Ceta: [3, 3, 8, 1, 2, true],
      Delta: [3, 4, 9, 1, 1, true],
      Epsilon: [2, 2, 0, 1, 1, true],
      Fi: [3, 4, 5, 1, 1, true],
      Gama: [1, 1, 0, 1, 1, false],
      Iota: [0, 0, 0, 2, 3, true],
    });
    expect(m.tiedPairCount).toBe(8);
    expect(m.density).toBeCloseTo(16 / 56, 10);
  });

  it('lists one component of seven and Iota alone, and the two triangles as Louvain communities, larger first (Q = 0.395)', () => {
    expect(groups(m.components)).toEqual([
      [1, 7, ['Alfa', 'Beta', 'Ceta', 'Delta', 'Epsilon', 'Fi', 'Gama']],
      [2, 1, ['Iota']],
    ]);
    expect(groups(m.communities)).toEqual([
      [1, 4, ['Delta', 'Epsilon', 'Fi', 'Gama']],
      [2, 3, ['Alfa', 'Beta', 'Ceta']],
      [3, 1, ['Iota']],
    ]);
    expect(m.modularity).toBeCloseTo(0.395, 10);
  });

  it('places each organization: a settlement rolls up to its city, a country-only organization has no region', () => {
    const area = Object.fromEntries(m.organizations.map((o) => [o.organization.name, o.area]));
    expect(area.Alfa).toEqual({
      countryCode: 'RS',
      regionSlug: 'beogradski-region',
      region: { name: 'Beogradski region' },
      country: { code: 'RS' },
    });
    expect(area.Fi).toEqual({
      countryCode: 'RS',
      regionSlug: 'region-juzne-i-istocne-srbije',
      region: { name: 'Region Južne i Istočne Srbije' },
      country: { code: 'RS' },
    });
    expect(area.Gama).toEqual({ countryCode: 'HR', regionSlug: null, region: null, country: { code: 'HR' } });
    expect(area.Iota).toEqual({ countryCode: null, regionSlug: null, region: null, country: null });
  });

  it('finds the six bridges between regions or countries, with what they come from', () => {
    const bg = { countryCode: 'RS', regionSlug: 'beogradski-region' };
    const vo = { countryCode: 'RS', regionSlug: 'region-vojvodine' };
    const ju = { countryCode: 'RS', regionSlug: 'region-juzne-i-istocne-srbije' };
    const hr = { countryCode: 'HR', regionSlug: null };
    expect(m.bridges).toEqual([
      {
        from: { name: 'Alfa' },
        to: { name: 'Ceta' },
        fromArea: bg,
        toArea: vo,
        crossBorder: false,
        weight: 1,
        origins: ['NETWORK_MEMBERSHIP'],
      },
      { from: { name: 'Beta' }, to: { name: 'Ceta' }, fromArea: bg, toArea: vo, crossBorder: false, weight: 1, origins: ['AGREEMENT'] },
      {
        from: { name: 'Delta' },
        to: { name: 'Epsilon' },
        fromArea: vo,
        toArea: hr,
        crossBorder: true,
        weight: 1,
        origins: ['CO_FOUNDING'],
      },
      {
        from: { name: 'Delta' },
        to: { name: 'Fi' },
        fromArea: vo,
        toArea: ju,
        crossBorder: false,
        weight: 2,
        origins: ['JOINT_PROGRAMME'],
      },
      { from: { name: 'Epsilon' }, to: { name: 'Fi' }, fromArea: hr, toArea: ju, crossBorder: true, weight: 1, origins: ['COOPERATION'] },
      { from: { name: 'Fi' }, to: { name: 'Gama' }, fromArea: ju, toArea: hr, crossBorder: true, weight: 1, origins: ['COOPERATION'] },
    ]);
  });

  it('ranks the bridge carriers by the regions and countries they reach', () => {
    expect(
      m.bridgeCarriers.map((c) => [c.organization.name, c.areaCount, c.bridgeCount, c.areas.map((a) => a.regionSlug ?? a.countryCode)]),
    ).toEqual([
      ['Fi', 2, 3, ['region-vojvodine', 'HR']],
      ['Delta', 2, 2, ['region-juzne-i-istocne-srbije', 'HR']],
      ['Epsilon', 2, 2, ['region-juzne-i-istocne-srbije', 'region-vojvodine']],
      ['Ceta', 1, 2, ['beogradski-region']],
      ['Alfa', 1, 1, ['region-vojvodine']],
      ['Beta', 1, 1, ['region-vojvodine']],
      ['Gama', 1, 1, ['region-juzne-i-istocne-srbije']],
    ]);
  });

  it('costs five queries for the network, then one per level of organizations, regions and countries', () => {
    // the graph's version; the bridges beside the projection, then betweenness beside the communities, then the projection's
    // drop; organizations by id (every list batched together); regions; countries
    expect(queries).toBe(9);
  });

  it('leaves no graph in the GDS catalog', async () => {
    expect(await catalogGraphs()).toEqual([]);
  });
});

describe('networkMetrics as of a date', () => {
  it('as of 2015-01-01: no late member, no tie of unknown start, no programme not yet started, no ended tie', async () => {
    const { m } = await metrics({ asOf: '2015-01-01' });
    expect(m.asOf).toBe('2015-01-01');
    expect(table(m)).toEqual({
      Alfa: [2, 2, 0, 1, 1, false],
      Beta: [2, 2, 0, 1, 1, true],
      Ceta: [3, 3, 6, 1, 1, true],
      Delta: [2, 2, 6, 1, 2, true],
      Epsilon: [2, 2, 4, 1, 2, true],
      Fi: [1, 1, 0, 1, 2, true],
    });
    expect(groups(m.components)).toEqual([[1, 6, ['Alfa', 'Beta', 'Ceta', 'Delta', 'Epsilon', 'Fi']]]);
    expect(m.modularity).toBeCloseTo(23 / 72, 10);
    expect(m.bridges.map((b) => `${b.from.name}–${b.to.name}`)).toEqual(['Alfa–Ceta', 'Beta–Ceta', 'Delta–Epsilon', 'Epsilon–Fi']);
  });

  it('before any member or tie: the association alone, no modularity', async () => {
    const { m } = await metrics({ asOf: '2010-06-30' });
    expect(table(m)).toEqual({ Alfa: [0, 0, 0, 1, 1, false] });
    expect([m.organizationCount, m.tiedPairCount, m.density, m.modularity, m.bridges, m.bridgeCarriers]).toEqual([1, 0, 0, null, [], []]);
    expect(groups(m.communities)).toEqual([[1, 1, ['Alfa']]]);
  });
});

describe('networkMetrics by origin', () => {
  it('joint programmes only: Ceta–Delta–Fi (Delta between them) and every other member alone', async () => {
    const { m } = await metrics({ via: ['JOINT_PROGRAMME'] });
    expect(m.via).toEqual(['JOINT_PROGRAMME']);
    expect(table(m)).toEqual({
      Alfa: [0, 0, 0, 2, 2, false],
      Beta: [0, 0, 0, 3, 3, true],
      Ceta: [1, 1, 0, 1, 1, true],
      Delta: [2, 3, 1, 1, 1, true],
      Epsilon: [0, 0, 0, 4, 4, true],
      Fi: [1, 2, 0, 1, 1, true],
      Iota: [0, 0, 0, 5, 5, true],
    });
  });

  it('refuses an empty origin list and an unknown association as bad input', async () => {
    const empty = await server.gql(`{ networkMetrics(association: "syn-alfa", via: []) { organizationCount } }`);
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: ['via'] });
    const unknown = await server.gql(`{ networkMetrics(association: "no-such-association") { organizationCount } }`);
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'No association has the slug "no-such-association"',
      extensions: { code: 'BAD_USER_INPUT', argumentPath: ['association'] },
    });
    expect(await catalogGraphs()).toEqual([]);
  });

  it('computes a network asked twice in one request once', async () => {
    await newGraphVersion();
    const res = await server.gql<{ a: { organizationCount: number }; b: { organizationCount: number } }>(
      `{ a: networkMetrics(association: "syn-alfa") { organizationCount } b: networkMetrics(association: "syn-alfa", via: [COOPERATION, AGREEMENT, CO_FOUNDING, JOINT_PROGRAMME, NETWORK_MEMBERSHIP]) { organizationCount } }`,
    );
    expect(res.data).toEqual({ a: { organizationCount: 8 }, b: { organizationCount: 8 } });
    // The graph's version, then the network once: the projection, betweenness beside the communities, and the projection's
    // drop (no bridges selected).
    expect(res.extensions!.cypherQueries).toBe(5);
  });
});

describe('networkMetrics with sampled betweenness', () => {
  const BETWEENNESS = `query B($samplingSize: Int) { networkMetrics(association: "syn-alfa", samplingSize: $samplingSize) {
    betweennessSamplingSize organizations { organization { name } degree betweenness component community } } }`;
  type Sampled = { betweennessSamplingSize: number | null; organizations: { organization: { name: string }; betweenness: number }[] };
  const sampled = async (samplingSize: number) => {
    const res = await server.gql<{ networkMetrics: Sampled }>(BETWEENNESS, { samplingSize });
    expect(res.errors).toBeUndefined();
    return res.data!.networkMetrics;
  };
  const byName = (m: Sampled) => Object.fromEntries(m.organizations.map((o) => [o.organization.name, o.betweenness]));

  it('a sample as large as the network is the exact answer, and says it is not sampled', async () => {
    const m = await sampled(8);
    expect(m.betweennessSamplingSize).toBeNull();
    expect(byName(m)).toEqual({ Alfa: 0, Beta: 0, Ceta: 8, Delta: 9, Epsilon: 0, Fi: 5, Gama: 0, Iota: 0 });
  });

  it('a smaller sample says its size, gives the same estimate every time, and leaves degree, components and communities alone', async () => {
    const [first, second] = [await sampled(3), await sampled(3)];
    expect(first.betweennessSamplingSize).toBe(3);
    expect(second).toEqual(first);
    const { m } = await metrics();
    const rest = (x: { organizations: { organization: { name: string }; degree?: number; component?: number; community?: number }[] }) =>
      Object.fromEntries(x.organizations.map((o) => [o.organization.name, [o.degree, o.component, o.community]]));
    expect(rest(first as unknown as Metrics)).toEqual(rest(m));
    expect(await catalogGraphs()).toEqual([]);
  });

  it('refuses a sample size below 1', async () => {
    const res = await server.gql(BETWEENNESS, { samplingSize: 0 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: ['samplingSize'] });
  });
});

describe('networkMetrics without bridges selected', () => {
  it('answers the same organizations in one query, and a second field asking for bridges gets them', async () => {
    await newGraphVersion();
    const res = await server.gql<{ a: { tiedPairCount: number }; b: { bridges: unknown[] } }>(
      `{ a: networkMetrics(association: "syn-alfa") { tiedPairCount } b: networkMetrics(association: "syn-alfa") { bridges { weight } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      a: { tiedPairCount: 8 },
      b: { bridges: [{ weight: 1 }, { weight: 1 }, { weight: 1 }, { weight: 2 }, { weight: 1 }, { weight: 1 }] },
    });
    // Two networks, each after reading the graph's version: projection, betweenness, communities and drop, and for the
    // second the bridges too.
    expect(res.extensions!.cypherQueries).toBe(11);
  });
});

describe('the projection drop query', () => {
  it('drops a projection left in the catalog, and answers nothing when there is none', async () => {
    const graph = new Graph(driver, undefined);
    await driver.executeQuery("MATCH (o:Organization) WITH gds.graph.project('nkss-network-left-over', o, null) AS g RETURN g.graphName");
    expect(await catalogGraphs()).toEqual(['nkss-network-left-over']);
    const drop = cypher('network/drop-projection');
    expect(await graph.read(drop, { graphName: 'nkss-network-left-over' })).toEqual([{ graphName: 'nkss-network-left-over' }]);
    expect(await catalogGraphs()).toEqual([]);
    expect(await graph.read(drop, { graphName: 'nkss-network-left-over' })).toEqual([]);
  });
});

describe('the analytics warm-up at start', () => {
  it('runs on Graph Data Science, leaves nothing in its catalog, and the next network answers as before', async () => {
    const before = await metrics();
    expect(await warmUpAnalytics(driver, undefined)).toBe(true);
    expect(await catalogGraphs()).toEqual([]);
    await newGraphVersion();
    const after = await metrics();
    expect(after.m).toEqual(before.m);
  });
});

describe('networkMetrics lists, a page at a time', () => {
  const PAGES = `query P($first: Int, $offset: Int) { networkMetrics(association: "syn-alfa") {
    organizationCount componentCount communityCount bridgeCount bridgeCarrierCount
    organizations(first: $first, offset: $offset) { organization { name } }
    communities(first: $first, offset: $offset) { id organizations(first: 1, offset: 1) { name } }
    bridges(first: $first, offset: $offset) { from { name } to { name } }
    bridgeCarriers(first: $first, offset: $offset) { organization { name } } } }`;
  type Pages = {
    organizationCount: number;
    componentCount: number;
    communityCount: number;
    bridgeCount: number;
    bridgeCarrierCount: number;
    organizations: { organization: { name: string } }[];
    communities: { id: number; organizations: { name: string }[] }[];
    bridges: { from: { name: string }; to: { name: string } }[];
    bridgeCarriers: { organization: { name: string } }[];
  };
  const ask = async (variables: Record<string, unknown>) => server.gql<{ networkMetrics: Pages }>(PAGES, variables);

  it('counts every list, and pages of 3 put together are the whole list in its order', async () => {
    const { m: whole } = await metrics();
    const pages: Pages[] = [];
    for (let offset = 0; offset < 9; offset += 3) {
      const res = await ask({ first: 3, offset });
      expect(res.errors).toBeUndefined();
      pages.push(res.data!.networkMetrics);
    }
    const counts = pages[0];
    expect([counts.organizationCount, counts.componentCount, counts.communityCount, counts.bridgeCount, counts.bridgeCarrierCount]).toEqual(
      [8, whole.components.length, whole.communities.length, whole.bridges.length, whole.bridgeCarriers.length],
    );
    expect(pages.flatMap((p) => p.organizations)).toEqual(whole.organizations.map((o) => ({ organization: o.organization })));
    expect(pages.flatMap((p) => p.bridges)).toEqual(whole.bridges.map((b) => ({ from: b.from, to: b.to })));
    expect(pages.flatMap((p) => p.bridgeCarriers)).toEqual(whole.bridgeCarriers.map((c) => ({ organization: c.organization })));
    // A group's members page too: the second member of each community, when it has one.
    expect(pages.flatMap((p) => p.communities)).toEqual(
      whole.communities.map((c) => ({ id: c.id, organizations: c.organizations.slice(1, 2) })),
    );
  });

  it('answers an empty page past the end, and refuses a page size or offset out of range with its argument', async () => {
    const past = await ask({ first: 5, offset: 1000 });
    expect(past.errors).toBeUndefined();
    expect(past.data!.networkMetrics.organizations).toEqual([]);
    for (const [variables, argument] of [
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
      [{ offset: -1 }, 'offset'],
      [{ offset: 10_000_001 }, 'offset'],
    ] as const) {
      const res = await ask(variables);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: [argument] });
    }
    // The argument is named once in the message.
    expect((await ask({ first: 101 })).errors?.[0]?.message).toBe('Invalid argument first: first must not be greater than 100');
  });
});
