import type { Driver } from 'neo4j-driver';
import { importSources, ImportRejected, type ImportReport } from '../../src/curation/import';
import { loadDataset, readDataset } from '../../src/dataset/load';
import type { Graph } from '../../src/neo4j/run';
import { fixtureDriver, resetFixtures } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/server';

// Every section through the curation engine, in the fixture Neo4j loaded here with the real dataset. The records this
// file adds are synthetic (ids syn-…, dated October 2026, cited to an example.org source titled "Synthetic").
let driver: Driver;
let graph: Graph;
let server: TestServer;
const actor = { id: 'import:sections-test', requestId: null };

const cite = [{ source: 'syn-sections-source', quote: 'a synthetic quote' }];
const assembly = 'syn-assembly-2026';
const synthetic = {
  sources: [
    {
      id: 'syn-sections-source',
      url: 'https://example.org/synthetic/sections',
      title: 'Synthetic sections source',
      publisher: 'example.org',
      language: 'en',
      primary: false,
    },
  ],
  cities: [
    {
      slug: 'syn-city',
      name: 'Synthetic City',
      nameCyr: null,
      nameEn: null,
      type: 'CITY',
      partOf: null,
      district: null,
      region: null,
      country: 'RS',
      lat: 44.5,
      lon: 21.5,
      population2022: 1234,
      population2011: null,
      populationUnit: null,
      sources: cite,
    },
  ],
  organizations: [1, 2].map((n) => ({
    id: `syn-member-${n}`,
    slug: `syn-member-${n}`,
    name: `Synthetic Member ${n}`,
    aliases: [],
    kind: 'ORGANIZATION',
    sector: 'CIVIL',
    disciplines: [],
    founded: null,
    website: null,
    city: n === 1 ? 'syn-city' : 'zajecar',
    country: 'RS',
    sources: cite,
  })),
  people: [{ id: 'syn-person-1', slug: 'syn-person-1', name: 'Synthetic Person One', aliases: [], city: null, sources: cite }],
  programmes: [
    {
      slug: 'syn-programme',
      name: 'Synthetic Programme',
      kind: 'PROJECT',
      start: '2026',
      end: null,
      cities: ['zajecar', 'nis'],
      sources: cite,
    },
  ],
  events: [
    {
      slug: assembly,
      kind: 'REGULAR_ASSEMBLY',
      name: 'Synthetic Assembly 2026',
      nameEn: null,
      start: '2026-10-10',
      end: '2026-10-10',
      city: 'syn-city',
      online: false,
      status: 'HELD',
      facts: ['a synthetic fact'],
      organizers: ['org-nkss'],
      programme: null,
      sources: cite,
    },
  ],
  memberships: [1, 2].map((n) => ({
    member: `syn-member-${n}`,
    association: 'org-nkss',
    since: '2026-10-10',
    until: null,
    founding: false,
    admittedAt: assembly,
    sources: cite,
  })),
  participations: [{ organization: 'syn-member-1', programme: 'analiza-konkursa', role: 'synthetic-partner', sources: cite }],
  goals: [
    {
      code: 'SYN1',
      titleSr: 'sintetički cilj',
      titleEn: 'a synthetic goal',
      titleEnOrigin: 'DATASET_TRANSLATION',
      themes: [],
      sources: cite,
    },
  ],
  membershipReports: [
    {
      id: 'syn-report-2026',
      association: 'org-nkss',
      asOf: '2026-10-10',
      event: assembly,
      memberCount: 120,
      memberQualifier: 'EXACT',
      memberUnit: null,
      cityCount: 2,
      cityQualifier: 'EXACT',
      cityUnit: null,
      cities: ['zajecar', 'syn-city'],
      primary: false,
      note: 'synthetic',
      sources: cite,
    },
  ],
  agreements: [
    {
      id: 'syn-agreement',
      name: 'Synthetic Agreement',
      signed: '2026-10',
      parties: ['syn-member-2', 'org-nkss'],
      event: assembly,
      note: null,
      sources: cite,
    },
  ],
  partnerships: [
    {
      id: 'syn-partnership',
      from: 'syn-member-1',
      to: 'syn-member-2',
      kind: 'AGREEMENT',
      since: '2026-10',
      until: null,
      via: 'syn-agreement',
      note: null,
      sources: cite,
    },
  ],
  networkMemberships: [{ organization: 'syn-member-2', network: 'org-kooperativa', since: '2026', role: null, sources: cite }],
  roles: [
    {
      id: 'syn-role',
      person: 'syn-person-1',
      organization: 'org-nkss',
      title: 'Synthetic board member',
      since: '2026-10-10',
      until: null,
      electedAt: assembly,
      sources: cite,
    },
  ],
  affiliations: [{ person: 'syn-person-1', organization: 'syn-member-1', note: null, sources: cite }],
};

const run = (content: unknown, file = 'synthetic.json'): Promise<ImportReport> => importSources(graph, [{ file, content }], { actor });
// The answers are checked by value against literal expectations; typing each shape would only restate them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const gql = (query: string) => server.gql<any>(query);
const changeCount = async () => Number((await driver.executeQuery('MATCH (c:Change) RETURN count(c) AS n')).records[0].get('n'));
const tiesOf = async (id: string) =>
  (
    await driver.executeQuery(
      'MATCH (:Organization {id: $id})-[t:TIED_TO]-(o:Organization) RETURN o.id + " " + t.origin AS tie ORDER BY tie',
      {
        id,
      },
    )
  ).records.map((r) => r.get('tie') as string);

beforeAll(async () => {
  driver = fixtureDriver();
  graph = await resetFixtures(driver);
  await loadDataset(graph);
  server = await startTestServer({ uri: process.env.NKSS_TEST_FIXTURE_URI });
}, 120_000);

afterAll(async () => {
  await server.stop();
  await driver.close();
});

test('data/nkss.json imported into the graph loaded from it: every record of every section unchanged, nothing written', async () => {
  const dataset = readDataset().dataset;
  const report = await run(dataset, 'data/nkss.json');
  const expected = Object.fromEntries(
    Object.entries(dataset)
      .filter(([section]) => !['version', 'about', 'generatedFrom'].includes(section))
      .map(([section, records]) => [section, { added: [], changed: [], unchanged: Array.isArray(records) ? records.length : 1 }]),
  );
  expect(report.sections).toEqual(expected);
  expect(report.records).toBe(Object.values(expected).reduce((sum, s) => sum + s.unchanged, 0));
  expect(await changeCount()).toBe(0);
});

describe('an import of a new assembly with admitted members, a board role and a membership report', () => {
  let membersBefore: number;
  const DECENTRALIZATION = '{ decentralization(asOf: "2026-10-11", basis: MEMBERS) { coverage { membersKnown } } }';

  beforeAll(async () => {
    membersBefore = (await gql(DECENTRALIZATION)).data.decentralization.coverage.membersKnown;
  });

  test('adds every record of every section', async () => {
    const report = await run(synthetic);
    for (const [section, records] of Object.entries(synthetic)) {
      expect([section, report.sections[section as keyof ImportReport['sections']]]).toEqual([
        section,
        { added: expect.arrayContaining([]), changed: [], unchanged: 0 },
      ]);
      expect(report.sections[section as keyof ImportReport['sections']]!.added).toHaveLength(records.length);
    }
    expect(report.sections.memberships!.added).toEqual(['syn-member-1/org-nkss', 'syn-member-2/org-nkss']);
    expect(report.sections.participations!.added).toEqual(['syn-member-1/analiza-konkursa/synthetic-partner']);
  });

  test('changes, decentralization and search answer with the new facts', async () => {
    const changes = await gql(`{ changes(from: "2026-10-01", to: "2026-10-31") {
      membersAdmittedCount membersAdmitted { member { ... on Organization { id } } admittedAt { slug } }
      boardRolesBegun { id title person { id } }
      reportsPublished { id cities { slug } }
      events { slug }
      placesReached { slug }
    } }`);
    expect(changes.errors).toBeUndefined();
    expect(changes.data.changes).toMatchObject({
      membersAdmittedCount: 2,
      boardRolesBegun: [{ id: 'syn-role', title: 'Synthetic board member', person: { id: 'syn-person-1' } }],
      reportsPublished: [{ id: 'syn-report-2026', cities: expect.arrayContaining([{ slug: 'zajecar' }, { slug: 'syn-city' }]) }],
      events: [{ slug: assembly }],
    });
    expect(changes.data.changes.membersAdmitted).toEqual(
      expect.arrayContaining([
        { member: { id: 'syn-member-1' }, admittedAt: { slug: assembly } },
        { member: { id: 'syn-member-2' }, admittedAt: { slug: assembly } },
      ]),
    );
    expect(changes.data.changes.placesReached).toContainEqual({ slug: 'syn-city' });

    const decentralization = await gql(DECENTRALIZATION);
    expect(decentralization.data.decentralization.coverage.membersKnown).toBe(membersBefore + 2);

    const search = await gql('{ search(text: "Synthetic Member") { node { ... on Organization { id } } } }');
    expect(search.data.search).toEqual(expect.arrayContaining([{ node: { id: 'syn-member-1' } }, { node: { id: 'syn-member-2' } }]));
  });

  test('the ties of the organizations touched are rebuilt: programme, agreement and network', async () => {
    expect(await tiesOf('syn-member-1')).toEqual(['org-nkss JOINT_PROGRAMME', 'syn-member-2 AGREEMENT']);
    expect(await tiesOf('syn-member-2')).toEqual(['org-kooperativa NETWORK_MEMBERSHIP', 'syn-member-1 AGREEMENT']);
  });

  test('relationship records carry their origin and version; the same file again changes nothing', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (:Organization {id: "syn-member-1"})-[r:MEMBER_OF]->(:Association) RETURN r.origin AS origin, r.version AS version, r.createdBy AS by',
    );
    expect(records.map((r) => r.toObject())).toEqual([{ origin: 'import', version: 1, by: 'import:sections-test' }]);
    const before = await changeCount();
    const again = await run(synthetic);
    expect(Object.values(again.sections).every((s) => s.added.length === 0 && s.changed.length === 0)).toBe(true);
    expect(await changeCount()).toBe(before);
  });

  test('ending a membership updates its relationship (version 2), recorded under the membership key', async () => {
    const ended = { ...synthetic.memberships[0], until: '2026-11' };
    const report = await run({ memberships: [ended] });
    expect(report.sections).toEqual({
      memberships: { added: [], changed: [{ key: 'syn-member-1/org-nkss', fields: ['until'] }], unchanged: 0 },
    });
    const { records } = await driver.executeQuery(
      'MATCH (:Organization {id: "syn-member-1"})-[r:MEMBER_OF]->(:Association) RETURN r.version AS version, r.until AS until',
    );
    expect(records.map((r) => r.toObject())).toEqual([{ version: 2, until: '2026-11' }]);
    const history = await gql('{ history(id: "syn-member-1/org-nkss", kind: "memberships") { nodes { operation kind fields after } } }');
    expect(history.data.history.nodes).toEqual([
      { operation: 'UPDATE', kind: 'memberships', fields: ['until'], after: '{"until":"2026-11"}' },
      expect.objectContaining({ operation: 'CREATE', kind: 'memberships' }),
    ]);
    const gone = await gql('{ changes(from: "2026-10-31", to: "2026-11-30") { membersGoneCount } }');
    expect(gone.data.changes.membersGoneCount).toBe(1);
  });

  test('a changed board role, report and event keep one of each relationship they own', async () => {
    const report = await run({
      roles: [{ ...synthetic.roles[0], person: 'person-aleksandar-gubas' }],
      membershipReports: [{ ...synthetic.membershipReports[0], cities: null, event: null }],
      events: [{ ...synthetic.events[0], programme: 'syn-programme', organizers: ['syn-member-1'] }],
    });
    expect(report.sections).toEqual({
      events: { added: [], changed: [{ key: assembly, fields: ['organizers', 'programme'] }], unchanged: 0 },
      membershipReports: { added: [], changed: [{ key: 'syn-report-2026', fields: ['event', 'cities'] }], unchanged: 0 },
      roles: { added: [], changed: [{ key: 'syn-role', fields: ['person'] }], unchanged: 0 },
    });
    const { records } = await driver.executeQuery(`RETURN
      [(p:Person)-[:HOLDS]->(:BoardRole {id: 'syn-role'}) | p.id] AS holders,
      [(:MembershipReport {id: 'syn-report-2026'})-[:LISTS|AT]->(x) | x.uid] AS reportLinks,
      [(p:Programme)-[:HAD_EDITION]->(:Event {slug: '${assembly}'}) | p.slug] AS programmes,
      [(:Event {slug: '${assembly}'})-[:ORGANIZED_BY]->(o) | o.id] AS organizers`);
    expect(records[0].toObject()).toEqual({
      holders: ['person-aleksandar-gubas'],
      reportLinks: [],
      programmes: ['syn-programme'],
      organizers: ['syn-member-1'],
    });
  });
});

describe('bad records', () => {
  test("an organization with the association's id is refused: the association is its own section", async () => {
    const rejected = await run({ organizations: [{ ...synthetic.organizations[0], id: 'org-nkss' }] }).catch((e: unknown) => e);
    expect((rejected as ImportRejected).problems).toEqual([
      {
        file: 'synthetic.json',
        path: 'organizations[0]',
        field: 'id',
        message: 'org-nkss is the association: write it in the association section',
      },
    ]);
  });

  test('a membership listed twice and one of an unknown member are refused, nothing written', async () => {
    const before = await changeCount();
    const membership = { ...synthetic.memberships[1], member: 'syn-member-2' };
    const rejected = await run({ memberships: [membership, membership, { ...membership, member: 'syn-nobody' }] }).catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(ImportRejected);
    expect((rejected as ImportRejected).problems).toEqual([
      { file: 'synthetic.json', path: 'memberships[2]', field: 'member', message: 'unknown member "syn-nobody"' },
      { file: 'synthetic.json', path: 'memberships[1]', field: null, message: 'duplicate memberships record syn-member-2/org-nkss' },
    ]);
    expect(await changeCount()).toBe(before);
  });
});

test('a reload of data/nkss.json keeps what an import changed: a curated event keeps its programme, alone', async () => {
  // A synthetic correction of a real event, in this throw-away fixture graph only.
  const dataset = readDataset().dataset;
  const event = dataset.events.find((e) => e.slug === 'solidarity-fund-founding-2020')!;
  const report = await run({ events: [{ ...event, programme: 'syn-programme', sources: [...event.sources, ...cite] }] });
  expect(report.sections.events!.changed).toEqual([{ key: event.slug, fields: ['programme', 'sources'] }]);
  await loadDataset(graph, readDataset(), { force: true });
  const { records } = await driver.executeQuery(
    'MATCH (p:Programme)-[r:HAD_EDITION]->(:Event {slug: $slug}) RETURN p.slug AS programme, r.origin AS origin',
    { slug: event.slug },
  );
  expect(records.map((r) => r.toObject())).toEqual([{ programme: 'syn-programme', origin: 'import' }]);
  const membership = await driver.executeQuery('MATCH (:Organization {id: "syn-member-1"})-[r:MEMBER_OF]->() RETURN r.until AS until');
  expect(membership.records.map((r) => r.get('until') as string)).toEqual(['2026-11']);
});
