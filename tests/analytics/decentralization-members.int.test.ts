import type { Driver } from 'neo4j-driver';
import { fixtureDriver, resetFixtures } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * decentralization on a small SYNTHETIC graph (label Synthetic) in the fixture Neo4j, where the member-level data is
 * complete against the report, so AUTO picks MEMBERS. Hand-computed:
 *
 *   units on 2020-06-30: Beograd 4 (one member in a settlement of a city municipality of Belgrade), Alfa 3, Beta 2,
 *   Gama 1; one member with no place; one whose start is only "2020" (possible, not counted). Report: 10 members, 4 cities.
 *   CITY:     shares .4 .3 .2 .1; HHI .16+.09+.04+.01 = .30; entropy −Σ s ln s / ln 4 = 0.92322;
 *             Gini over [1,2,3,4]: Σ|ci−cj| = 20 / (2·4²·2.5 = 80) = .25; outside Belgrade 6/10.
 *             per 100,000: Beograd 4/1,600,000 → .25 (2022), Alfa 3/300,000 → 1 (2022), Beta 2/100,000 → 2 (2011 only), Gama none.
 *   DISTRICT: Beograd (no district) 4, Okrug A (Alfa, Beta) 5, Okrug B (Gama) 1: HHI .16+.25+.01 = .42;
 *             entropy 0.858673; Gini over [1,4,5]: 16/60 = .266667.
 *   REGION:   Beogradski region 4, Region Sever (both districts) 6: HHI .52; entropy 0.970951; Gini 4/40 = .1.
 */

let driver: Driver;
let server: TestServer;

const GRAPH = `
CREATE (a:Entity:Organization:Association:Synthetic {uid: 'Organization:syn', id: 'syn', slug: 'syn', name: 'Synthetic association', sortName: 'synthetic association', isAssociation: true})
CREATE (rb:Entity:Region:Synthetic {uid: 'Region:beogradski-region', slug: 'beogradski-region', name: 'Beogradski region', sortName: 'beogradski region'})
CREATE (rs:Entity:Region:Synthetic {uid: 'Region:region-sever', slug: 'region-sever', name: 'Region Sever', sortName: 'region sever'})
CREATE (da:Entity:District:Synthetic {uid: 'District:okrug-a', slug: 'okrug-a', name: 'Okrug A', sortName: 'okrug a'})-[:IN_REGION]->(rs)
CREATE (db:Entity:District:Synthetic {uid: 'District:okrug-b', slug: 'okrug-b', name: 'Okrug B', sortName: 'okrug b'})-[:IN_REGION]->(rs)
CREATE (bg:Entity:City:Synthetic {uid: 'City:beograd', slug: 'beograd', name: 'Beograd', sortName: 'beograd', population2022: 1600000, population2011: 1500000})-[:IN_REGION]->(rb)
CREATE (om:Entity:City:Synthetic {uid: 'City:opstina-m', slug: 'opstina-m', name: 'Opština M', sortName: 'opstina m', population2022: 50000})-[:PART_OF]->(bg)
CREATE (ns:Entity:City:Synthetic {uid: 'City:naselje-s', slug: 'naselje-s', name: 'Naselje S', sortName: 'naselje s'})-[:PART_OF]->(om)
CREATE (al:Entity:City:Synthetic {uid: 'City:alfa', slug: 'alfa', name: 'Alfa', sortName: 'alfa', population2022: 300000, population2011: 320000})-[:IN_DISTRICT]->(da)
CREATE (be:Entity:City:Synthetic {uid: 'City:beta', slug: 'beta', name: 'Beta', sortName: 'beta', population2011: 100000})-[:IN_DISTRICT]->(da)
CREATE (ga:Entity:City:Synthetic {uid: 'City:gama', slug: 'gama', name: 'Gama', sortName: 'gama'})-[:IN_DISTRICT]->(db)
CREATE (e:Entity:Event:Synthetic {uid: 'Event:syn-assembly-2019', slug: 'syn-assembly-2019', name: 'Assembly 2019', kind: 'REGULAR_ASSEMBLY', status: 'HELD',
  start: '2019-10-01', startEarliest: date('2019-10-01'), startLatest: date('2019-10-01'),
  end: '2019-10-01', endEarliest: date('2019-10-01'), endLatest: date('2019-10-01')})-[:ORGANIZED_BY]->(a)
CREATE (a)-[:REPORTED]->(:Entity:MembershipReport:Synthetic {uid: 'MembershipReport:syn-report', id: 'syn-report', asOf: '2020-06-30',
  asOfPrecision: 'DAY', asOfEarliest: date('2020-06-30'), asOfLatest: date('2020-06-30'), memberCount: 10, memberQualifier: 'EXACT',
  cityCount: 4, cityQualifier: 'EXACT', primary: true, listsCities: false})
WITH a
UNWIND [
  ['b1', 'beograd', '2019-10-01', '2019-10-01'], ['b2', 'beograd', '2019-10-01', '2019-10-01'], ['a1', 'alfa', '2019-10-01', '2019-10-01'],
  ['b3', 'beograd', '2020-05-01', '2020-05-01'], ['b4', 'naselje-s', '2020-05-01', '2020-05-01'],
  ['a2', 'alfa', '2020-05-01', '2020-05-01'], ['a3', 'alfa', '2020-05-01', '2020-05-01'],
  ['t1', 'beta', '2020-05-01', '2020-05-01'], ['t2', 'beta', '2020-05-01', '2020-05-01'],
  ['g1', 'gama', '2020-05-01', '2020-05-01'], ['x1', null, '2020-05-01', '2020-05-01'],
  ['p1', 'beta', '2020-01-01', '2020-12-31']
] AS m
CREATE (o:Entity:Organization:Synthetic {uid: 'Organization:' + m[0], id: m[0], slug: m[0], name: m[0], sortName: m[0]})
CREATE (o)-[:MEMBER_OF {since: CASE WHEN m[2] = m[3] THEN m[2] ELSE left(m[2], 4) END, sinceEarliest: date(m[2]), sinceLatest: date(m[3]), founding: false}]->(a)
WITH o, m
OPTIONAL MATCH (c:City {slug: m[1]})
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | CREATE (o)-[:BASED_IN]->(c))
`;

/** 10,000 synthetic members of a second association, 2,500 in each of the four units (i mod 4). */
const BIG = `
CREATE (a:Entity:Organization:Association:Synthetic {uid: 'Organization:syn-big', id: 'syn-big', slug: 'syn-big', name: 'Big', sortName: 'big', isAssociation: true})
WITH a
MATCH (c:City) WHERE c.slug IN ['beograd', 'alfa', 'beta', 'gama']
WITH a, collect(c) AS cities
UNWIND range(0, 9999) AS i
WITH a, i, cities[i % 4] AS c
CREATE (o:Entity:Organization:Synthetic {uid: 'Organization:big-' + i, id: 'big-' + i, slug: 'big-' + i, name: 'big ' + i, sortName: 'big ' + i})
CREATE (o)-[:MEMBER_OF {since: '2020-01-01', sinceEarliest: date('2020-01-01'), sinceLatest: date('2020-01-01'), founding: false}]->(a)
CREATE (o)-[:BASED_IN]->(c)
`;

beforeAll(async () => {
  driver = fixtureDriver();
  await resetFixtures(driver);
  await driver.executeQuery(GRAPH);
  await driver.executeQuery(BIG);
  server = await startTestServer({ uri: process.env.NKSS_TEST_FIXTURE_URI });
});
afterAll(async () => {
  await server.stop();
  await driver.close();
});

const FIELDS = `basis members membersInUnits membersWithoutUnit unitsReached unitsReachedQualifier comparedWith
  shareOutsideCapital herfindahlHirschman entropy gini notes
  coverage { membersKnown membersPossible membersReported membersReportedQualifier ratio }
  report { id }
  units { kind slug members share population populationYear perHundredThousand }
  newUnits { slug }`;

async function decentralization(args: string) {
  const res = await server.gql<{ decentralization: Record<string, unknown> & { units: unknown[]; notes: string[] } }>(
    `{ decentralization(association: "syn", ${args}) { ${FIELDS} } }`,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.decentralization;
}

describe('decentralization from complete member-level data (synthetic)', () => {
  test('CITY: AUTO picks MEMBERS (11 known ≥ 10 reported); shares, HHI, entropy, Gini, outside Belgrade and per 100,000', async () => {
    const d = await decentralization('asOf: "2020-06-30"');
    expect(d).toMatchObject({
      basis: 'MEMBERS',
      members: 11,
      membersInUnits: 10,
      membersWithoutUnit: 1,
      unitsReached: 4,
      unitsReachedQualifier: 'EXACT',
      comparedWith: '2019-10-01',
      shareOutsideCapital: 0.6,
      herfindahlHirschman: 0.3,
      entropy: 0.92322,
      gini: 0.25,
      coverage: { membersKnown: 11, membersPossible: 1, membersReported: 10, membersReportedQualifier: 'EXACT', ratio: 1.1 },
      report: { id: 'syn-report' },
    });
    expect(d.units).toEqual([
      { kind: 'CITY', slug: 'beograd', members: 4, share: 0.4, population: 1600000, populationYear: 2022, perHundredThousand: 0.25 },
      { kind: 'CITY', slug: 'alfa', members: 3, share: 0.3, population: 300000, populationYear: 2022, perHundredThousand: 1 },
      { kind: 'CITY', slug: 'beta', members: 2, share: 0.2, population: 100000, populationYear: 2011, perHundredThousand: 2 },
      { kind: 'CITY', slug: 'gama', members: 1, share: 0.1, population: null, populationYear: null, perHundredThousand: null },
    ]);
    // On 2019-10-01 (the assembly, the step before the report) the members were in Beograd and Alfa.
    expect(d.newUnits).toEqual([{ slug: 'beta' }, { slug: 'gama' }]);
    expect(d.notes).toEqual([
      "Basis MEMBERS (AUTO): 11 members known for certain on 2020-06-30 cover the 10 of syn-report (2020-06-30: 10 members, 4 cities, the association's own page).",
      '1 more member joined in a period that contains 2020-06-30 (e.g. only the year is known): not counted.',
      '1 of the 11 members has no known place: counted in members, in no unit.',
      'perHundredThousand uses the 2022 census population, else 2011 (populationYear says which); 2011 for Beta; no population for Gama (null).',
    ]);
  });

  test('DISTRICT: Beograd is its own unit; Okrug A 5, Okrug B 1', async () => {
    const d = await decentralization('asOf: "2020-06-30", level: DISTRICT');
    expect(d).toMatchObject({
      basis: 'MEMBERS',
      unitsReached: 3,
      membersInUnits: 10,
      shareOutsideCapital: 0.6,
      herfindahlHirschman: 0.42,
      entropy: 0.858673,
      gini: 0.266667,
    });
    expect(d.units).toEqual([
      { kind: 'DISTRICT', slug: 'okrug-a', members: 5, share: 0.5, population: null, populationYear: null, perHundredThousand: null },
      { kind: 'CITY', slug: 'beograd', members: 4, share: 0.4, population: null, populationYear: null, perHundredThousand: null },
      { kind: 'DISTRICT', slug: 'okrug-b', members: 1, share: 0.1, population: null, populationYear: null, perHundredThousand: null },
    ]);
  });

  test('REGION: Region Sever 6, Beogradski region 4', async () => {
    const d = await decentralization('asOf: "2020-06-30", level: REGION');
    expect(d).toMatchObject({ unitsReached: 2, herfindahlHirschman: 0.52, entropy: 0.970951, gini: 0.1, shareOutsideCapital: 0.6 });
    expect(d.units).toEqual([
      { kind: 'REGION', slug: 'region-sever', members: 6, share: 0.6, population: null, populationYear: null, perHundredThousand: null },
      {
        kind: 'REGION',
        slug: 'beogradski-region',
        members: 4,
        share: 0.4,
        population: null,
        populationYear: null,
        perHundredThousand: null,
      },
    ]);
  });

  test('forced REPORT: the report has no list, so 4 cities at CITY level and null at DISTRICT level', async () => {
    expect(await decentralization('asOf: "2020-06-30", basis: REPORT')).toMatchObject({
      basis: 'REPORT',
      members: 10,
      unitsReached: 4,
      unitsReachedQualifier: 'EXACT',
      units: null,
      newUnits: null,
      herfindahlHirschman: null,
    });
    expect(await decentralization('asOf: "2020-06-30", basis: REPORT, level: DISTRICT')).toMatchObject({ unitsReached: null, units: null });
  });

  test('trend: the assembly (no report yet → MEMBERS) and the report date, with the units new at each step', async () => {
    const res = await server.gql(`{ decentralizationTrend(association: "syn") {
      asOf event { slug } unitsReached newUnits { slug } decentralization { basis members herfindahlHirschman gini }
    } }`);
    expect(res.data).toEqual({
      decentralizationTrend: [
        {
          asOf: '2019-10-01',
          event: { slug: 'syn-assembly-2019' },
          unitsReached: 2,
          newUnits: [{ slug: 'alfa' }, { slug: 'beograd' }],
          // Beograd 2, Alfa 1: HHI 4/9 + 1/9 = 5/9; Gini 2/(2·4·1.5) = 1/6.
          decentralization: { basis: 'MEMBERS', members: 3, herfindahlHirschman: 0.555556, gini: 0.166667 },
        },
        {
          asOf: '2020-06-30',
          event: null,
          unitsReached: 4,
          newUnits: [{ slug: 'beta' }, { slug: 'gama' }],
          decentralization: { basis: 'MEMBERS', members: 11, herfindahlHirschman: 0.3, gini: 0.25 },
        },
      ],
    });
  });

  test('10,000 members: still two queries, 2,500 per unit (an even spread)', async () => {
    const res = await server.gql<{ decentralization: Record<string, unknown> }>(`{
      decentralization(association: "syn-big", asOf: "2020-06-30") {
        basis members unitsReached herfindahlHirschman entropy gini shareOutsideCapital units { slug members }
      }
    }`);
    expect(res.extensions!.cypherQueries).toBe(2);
    expect(res.data!.decentralization).toEqual({
      basis: 'MEMBERS',
      members: 10000,
      unitsReached: 4,
      herfindahlHirschman: 0.25,
      entropy: 1,
      gini: 0,
      shareOutsideCapital: 0.75,
      units: [
        { slug: 'alfa', members: 2500 },
        { slug: 'beograd', members: 2500 },
        { slug: 'beta', members: 2500 },
        { slug: 'gama', members: 2500 },
      ],
    });
  });
});
