import { startTestServer, type TestServer } from '../helpers/server';

/**
 * Partnerships on the real NKSS dataset (data/nkss.json), every expected value counted by hand from the file:
 *
 * Ties (386): 6 stored partnerships (the 2011 protocol with the Ministry of Culture, AGREEMENT; cooperation with BIFC,
 * Asociacija, European Alternatives, TASCO and Stanica), 2 network memberships (NKSS–Kooperativa, Magacin–Trans Europe
 * Halles) and 378 programme pairs: Na sopstveni pogon 26 participants → 325, Solidarity Fund 8 → 28, REG.LAB 7 → 21,
 * MANEK 3 → 3, the NKSS resource centres 2 → 1 (the other four programmes have the NKSS alone).
 * The NKSS has no city of its own; its sources name its country, Serbia (RS).
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

/** A response's data; the tests name the fields they read, and the assertions check the shapes. */
type Data = Record<string, unknown>;

async function data<T = Data>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await server.gql<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function badInput(query: string, variables?: Record<string, unknown>) {
  const res = await server.gql(query, variables);
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors!;
  expect(error.extensions.code).toBe('BAD_USER_INPUT');
  return error.extensions.argumentPath;
}

const PROTOCOL = 'AGREEMENT|agreement-2011-protocol-ministry-of-culture|org-ministarstvo-kulture-republike-srbije|org-nkss';
const BIFC = 'COOPERATION|partnership-nkss-bifc-cooperation-2011|org-bifc|org-nkss';
const ASOCIACIJA = 'COOPERATION|partnership-nkss-drustvo-asociacija-cooperation-2011|org-drustvo-asociacija|org-nkss';
const KOOPERATIVA = 'NETWORK_MEMBERSHIP|kooperativa|org-kooperativa|org-nkss';
const STANICA = 'COOPERATION|partnership-stanica-nkss-cooperation|org-nkss|org-stanica';

const COUNT = `query Count($filter: PartnershipFilter) { partnerships(filter: $filter, first: 1) { totalCount } }`;
const count = async (filter: Record<string, unknown>): Promise<number> =>
  (await data<{ partnerships: { totalCount: number } }>(COUNT, { filter })).partnerships.totalCount;
const IDS = `query Ids($filter: PartnershipFilter) { partnerships(filter: $filter, first: 100) { totalCount nodes { id } } }`;
const ids = async (filter: Record<string, unknown>): Promise<string[]> =>
  (await data<{ partnerships: { nodes: { id: string }[] } }>(IDS, { filter })).partnerships.nodes.map((n) => n.id);

describe('partnerships', () => {
  test('lists every tie once, oldest first, the 2011 protocol with the Ministry of Culture as a civil–public AGREEMENT', async () => {
    const d = await data<{
      partnerships: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: unknown };
    }>(`{ partnerships(first: 3) {
      totalCount
      edges { node { id origin since until crossBorder sectors aRole bRole a { slug } b { slug } countries { code }
        via { kind key name } sources { quote source { id } } } }
      pageInfo { hasNextPage hasPreviousPage } } }`);
    expect(d.partnerships.totalCount).toBe(386);
    expect(d.partnerships.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false });
    expect(d.partnerships.edges.map((e) => e.node.id)).toEqual([PROTOCOL, BIFC, ASOCIACIJA]);
    expect(d.partnerships.edges[0].node).toEqual({
      id: PROTOCOL,
      origin: 'AGREEMENT',
      since: '2011-01',
      until: null,
      crossBorder: false,
      sectors: ['PUBLIC', 'CIVIL'],
      aRole: null,
      bRole: null,
      a: { slug: 'ministarstvo-kulture-republike-srbije' },
      b: { slug: 'nkss' },
      countries: [{ code: 'RS' }, { code: 'RS' }],
      via: { kind: 'AGREEMENT', key: 'agreement-2011-protocol-ministry-of-culture', name: 'Protokol o saradnji' },
      sources: [
        {
          quote: 'a u okviru tog skupa potpisan je i Protokol o saradnji sa Ministarstvom kulture Srbije.',
          source: { id: 'infovranjske-iskorak-sa-margine' },
        },
        { quote: 'Protokol o saradnji koji smo potpisali u januaru 2011. godine', source: { id: 'nkss-2013-kultura-u-protestu' } },
        {
          quote: 'nastavljen je u Zrenjaninu, kada je sa Ministarstvom kulture Srbije potpisan i Protokol o saradnji',
          source: { id: 'kuda-osnivacka-skupstina' },
        },
      ],
    });
    expect(d.partnerships.edges[1].node).toMatchObject({
      crossBorder: true,
      sectors: [null, 'CIVIL'],
      countries: [{ code: 'SI' }, { code: 'RS' }],
    });
  });

  interface PageData {
    partnerships: {
      edges: { cursor: string; node: { id: string; since: string | null; origin: string } }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
    };
  }

  test('walks all 386 ties in pages of 100 with keyset cursors, in (since, id) order, each once', async () => {
    const PAGE = `query Page($after: String) { partnerships(first: 100, after: $after) {
      edges { cursor node { id since origin } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
    const seen: { id: string; since: string | null; origin: string }[] = [];
    const pages: number[] = [];
    let after: string | null = null;
    for (;;) {
      const d: PageData = await data<PageData>(PAGE, { after });
      pages.push(d.partnerships.edges.length);
      seen.push(...d.partnerships.edges.map((e) => e.node));
      expect(d.partnerships.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(d.partnerships.pageInfo.endCursor).toBe(d.partnerships.edges.at(-1)!.cursor);
      if (!d.partnerships.pageInfo.hasNextPage) break;
      after = d.partnerships.pageInfo.endCursor;
    }
    expect(pages).toEqual([100, 100, 100, 86]);
    expect(new Set(seen.map((t) => t.id)).size).toBe(386);
    const byOrigin = seen.reduce<Record<string, number>>((acc, t) => ({ ...acc, [t.origin]: (acc[t.origin] ?? 0) + 1 }), {});
    expect(byOrigin).toEqual({ AGREEMENT: 1, COOPERATION: 5, NETWORK_MEMBERSHIP: 2, JOINT_PROGRAMME: 378 });
    // Known starts first (2011-01 … 2020-07-03), then the two with no known start, each group by id.
    expect(seen.slice(-2).map((t) => t.id)).toEqual([
      STANICA,
      'NETWORK_MEMBERSHIP|trans-europe-halles|org-kulturni-centar-magacin|org-trans-europe-halles',
    ]);
    expect(seen.slice(-2).map((t) => t.since)).toEqual([null, null]);
    expect(seen.at(-3)!.since).toBe('2020-07-03');
  });

  test('a cursor resumes right after its tie, and a cursor made for another order is refused', async () => {
    const first = await data<{ partnerships: { pageInfo: { endCursor: string } } }>(
      `{ partnerships(first: 2) { pageInfo { endCursor } } }`,
    );
    const next = await data<{ partnerships: { nodes: { id: string }[] } }>(
      `query($after: String) { partnerships(first: 2, after: $after) { nodes { id } } }`,
      {
        after: first.partnerships.pageInfo.endCursor,
      },
    );
    expect(next.partnerships.nodes.map((n) => n.id)).toEqual([ASOCIACIJA, 'JOINT_PROGRAMME|na-sopstveni-pogon|org-apsart|org-bazaart']);
    const orgs = await data<{ organizations: { pageInfo: { endCursor: string } } }>(
      `{ organizations(first: 1) { pageInfo { endCursor } } }`,
    );
    expect(
      await badInput(`query($after: String) { partnerships(after: $after) { totalCount } }`, {
        after: orgs.organizations.pageInfo.endCursor,
      }),
    ).toEqual(['after']);
  });

  test('the civil–public pair, in either order: the protocol, two MANEK supporter ties, six with the Swiss agency', async () => {
    const expected = [
      PROTOCOL,
      'JOINT_PROGRAMME|manek|org-fondacija-za-otvoreno-drustvo-srbija|org-grad-beograd-sekretarijat-za-kulturu',
      'JOINT_PROGRAMME|manek|org-grad-beograd-sekretarijat-za-kulturu|org-nkss',
      'JOINT_PROGRAMME|fond-solidarnosti|org-aica-srbija|org-svajcarska-agencija-za-razvoj',
      'JOINT_PROGRAMME|fond-solidarnosti|org-fondacija-za-otvoreno-drustvo-srbija|org-svajcarska-agencija-za-razvoj',
      'JOINT_PROGRAMME|fond-solidarnosti|org-nkss|org-svajcarska-agencija-za-razvoj',
      'JOINT_PROGRAMME|fond-solidarnosti|org-stanica|org-svajcarska-agencija-za-razvoj',
      'JOINT_PROGRAMME|fond-solidarnosti|org-suluv|org-svajcarska-agencija-za-razvoj',
      'JOINT_PROGRAMME|fond-solidarnosti|org-svajcarska-agencija-za-razvoj|org-ulus',
    ];
    expect(await ids({ sectors: ['CIVIL', 'PUBLIC'] })).toEqual(expected);
    expect(await ids({ sectors: ['PUBLIC', 'CIVIL'] })).toEqual(expected);
  });

  test('filters by organization, origin, border and date range', async () => {
    // The NKSS: 6 stored, 1 network, 7 Solidarity Fund, 2 MANEK, 6 REG.LAB, 1 resource-centre ties.
    expect(await count({ organization: 'org-nkss' })).toBe(23);
    expect(await ids({ origins: ['NETWORK_MEMBERSHIP'] })).toEqual([
      KOOPERATIVA,
      'NETWORK_MEMBERSHIP|trans-europe-halles|org-kulturni-centar-magacin|org-trans-europe-halles',
    ]);
    // Cross-border: 20 of REG.LAB's 21 pairs (Kooperativa and Operacija Grad are both Croatian), BIFC, Asociacija,
    // Kooperativa (network) and the Swiss agency with the seven Serbian Solidarity Fund participants.
    expect(await count({ crossBorder: true })).toBe(30);
    // Same country: 3 stored, 21 Solidarity Fund, 3 MANEK, 10 Na sopstveni pogon (5 Serbian participants), 1 REG.LAB, 1 RC.
    expect(await count({ crossBorder: false })).toBe(39);
    // Started by the end of 2011, or no known start: protocol, BIFC, Asociacija, 325 festival pairs, Stanica, Magacin–TEH.
    expect(await count({ until: '2011-12-31' })).toBe(330);
    // No tie is known to have ended, so every tie may overlap a range in 2021.
    expect(await count({ since: '2021-01-01', until: '2021-12-31' })).toBe(386);
    expect(await ids({ organization: 'org-nkss', until: '2012-12-31' })).toEqual([PROTOCOL, BIFC, ASOCIACIJA, KOOPERATIVA, STANICA]);
    expect(await count({ organization: 'org-nope' })).toBe(0);
  });

  test('refuses bad filters with the argument path', async () => {
    expect(await badInput(COUNT, { filter: { sectors: ['CIVIL'] } })).toEqual(['filter', 'sectors']);
    expect(await badInput(COUNT, { filter: { since: '2012-01-01', until: '2011-01-01' } })).toEqual(['filter', 'since']);
    expect(await badInput(COUNT, { filter: { since: '2012-02-30' } })).toEqual(['filter', 'since']);
    expect(await badInput(`{ partnerships(first: 101) { totalCount } }`)).toEqual(['first']);
  });
});

const PARTNERS_OF = `query P($organization: ID!, $depth: Int, $via: [TieOrigin!]) {
  partnersOf(organization: $organization, depth: $depth, via: $via) { totalCount nodes { distance origins organization { slug } through { slug } route { id } } } }`;
interface PartnerRow {
  distance: number;
  origins: string[];
  organization: { slug: string };
  through: { slug: string }[];
  route: { id: string }[];
}
const partnersOf = async (variables: Record<string, unknown>): Promise<PartnerRow[]> =>
  (await data<{ partnersOf: { nodes: PartnerRow[] } }>(PARTNERS_OF, variables)).partnersOf.nodes;

const NKSS_DEPTH_1 = [
  'anibar',
  'asocijacija-jadro',
  'bifc',
  'bazaart',
  'drustvo-asociacija',
  'european-alternatives',
  'fondacija-za-otvoreno-drustvo-srbija',
  'grad-beograd-sekretarijat-za-kulturu',
  'kooperativa',
  'kulturanova',
  'ministarstvo-kulture-republike-srbije',
  'okc-abrasevic',
  'operacija-grad',
  'suluv',
  'stanica',
  'svajcarska-agencija-za-razvoj',
  'tasco-platform',
  'aica-srbija',
  'ulus',
];
// Na sopstveni pogon's participants but Bazaart and Stanica, reached through Stanica (COOPERATION sorts before JOINT_PROGRAMME).
const NKSS_DEPTH_2 = [
  'apsart',
  'bigz-kulturni-centar',
  'centar-za-razvoj-fotografije',
  'cirkusfera',
  'czkd',
  'dah-teatar',
  'dez-org',
  'ergstatus',
  'hop-la',
  'kiosk',
  'kontekst-u-mesnoj-zajednici',
  'kornet',
  'kulturni-centar-magacin',
  'kulturni-centar-reks',
  'kulturni-front-kc-grad',
  'liceulice',
  'mimart',
  'nka',
  'o3one',
  'plavo-pozoriste',
  'remont',
  'seecult-org',
  'treci-beograd',
  'zmuc',
];

describe('partnersOf', () => {
  test('the NKSS at depth 1: its 19 direct partners by name, each with the smallest origin of its ties', async () => {
    const rows = await partnersOf({ organization: 'org-nkss' });
    expect(rows.map((r) => r.organization.slug)).toEqual(NKSS_DEPTH_1);
    expect(rows.every((r) => r.distance === 1 && r.through.length === 0 && r.route.length === 1)).toBe(true);
    const bySlug = Object.fromEntries(rows.map((r) => [r.organization.slug, r]));
    expect(bySlug['ministarstvo-kulture-republike-srbije']?.route).toEqual([{ id: PROTOCOL }]);
    // Kooperativa: network membership and REG.LAB; Stanica: cooperation and the Solidarity Fund.
    expect(bySlug.kooperativa?.origins).toEqual(['JOINT_PROGRAMME']);
    expect(bySlug.stanica?.origins).toEqual(['COOPERATION']);
  });

  test('the NKSS at depth 2 and 3: the festival participants through Stanica, then Trans Europe Halles through Magacin', async () => {
    const two = await partnersOf({ organization: 'org-nkss', depth: 2 });
    expect(two.filter((r) => r.distance === 1).map((r) => r.organization.slug)).toEqual(NKSS_DEPTH_1);
    expect(two.filter((r) => r.distance === 2).map((r) => r.organization.slug)).toEqual(NKSS_DEPTH_2);
    expect(two.find((r) => r.organization.slug === 'remont')).toEqual({
      distance: 2,
      origins: ['COOPERATION', 'JOINT_PROGRAMME'],
      organization: { slug: 'remont' },
      through: [{ slug: 'stanica' }],
      route: [{ id: STANICA }, { id: 'JOINT_PROGRAMME|na-sopstveni-pogon|org-remont|org-stanica' }],
    });
    const three = await partnersOf({ organization: 'org-nkss', depth: 3 });
    expect(three).toHaveLength(44);
    expect(three.at(-1)).toEqual({
      distance: 3,
      origins: ['COOPERATION', 'JOINT_PROGRAMME', 'NETWORK_MEMBERSHIP'],
      organization: { slug: 'trans-europe-halles' },
      through: [{ slug: 'stanica' }, { slug: 'kulturni-centar-magacin' }],
      route: [
        { id: STANICA },
        { id: 'JOINT_PROGRAMME|na-sopstveni-pogon|org-kulturni-centar-magacin|org-stanica' },
        { id: 'NETWORK_MEMBERSHIP|trans-europe-halles|org-kulturni-centar-magacin|org-trans-europe-halles' },
      ],
    });
  });

  test('via picks origins; an organization without ties, or an unknown id, has none', async () => {
    expect((await partnersOf({ organization: 'org-nkss', depth: 3, via: ['NETWORK_MEMBERSHIP'] })).map((r) => r.organization.slug)).toEqual(
      ['kooperativa'],
    );
    expect((await partnersOf({ organization: 'org-nkss', via: ['AGREEMENT', 'CO_FOUNDING'] })).map((r) => r.organization.slug)).toEqual([
      'ministarstvo-kulture-republike-srbije',
    ]);
    expect(await partnersOf({ organization: 'org-nvo-generator', depth: 3 })).toEqual([]);
    expect(await partnersOf({ organization: 'org-nope', depth: 2 })).toEqual([]);
  });

  test('what a selection reads picks how much is computed, never what is answered: distances only, core or whole rows, in pages', async () => {
    // Routes and whole organization rows (kind and aliases are not core columns).
    const WHOLE = `query W($after: String) { partnersOf(organization: "org-nkss", depth: 3, first: 100, after: $after) {
      totalCount nodes { distance origins organization { id name kind aliases city { slug } } } } }`;
    const whole = (
      await data<{
        partnersOf: { totalCount: number; nodes: { distance: number; origins: string[]; organization: Record<string, unknown> }[] };
      }>(WHOLE)
    ).partnersOf;
    expect(whole.totalCount).toBe(44);
    expect(whole.nodes.every((n) => n.origins.length === n.distance && Array.isArray(n.organization.aliases))).toBe(true);
    expect(whole.nodes.filter((n) => n.organization.city !== null).length).toBeGreaterThan(0);
    // No route and only core fields, seven at a time through the cursors.
    const LEAN = `query L($after: String) { partnersOf(organization: "org-nkss", depth: 3, first: 7, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { distance organization { id name city { slug } } } } } }`;
    type LeanPage = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { distance: number; organization: { id: string; name: string; city: { slug: string } | null } } }[];
    };
    const lean: LeanPage['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page: LeanPage = (await data<{ partnersOf: LeanPage }>(LEAN, { after })).partnersOf;
      expect(page.totalCount).toBe(44);
      lean.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(lean).toEqual(
      whole.nodes.map((n) => ({
        distance: n.distance,
        organization: { id: n.organization.id, name: n.organization.name, city: n.organization.city },
      })),
    );
    // Without the city its slug is not read; with every origin named in via, no tie's origin is.
    const BARE = `query B($via: [TieOrigin!]) { partnersOf(organization: "org-nkss", depth: 3, first: 100, via: $via) {
      totalCount nodes { distance organization { id name } } } }`;
    const allOrigins = ['AGREEMENT', 'CO_FOUNDING', 'COOPERATION', 'NETWORK_MEMBERSHIP', 'JOINT_PROGRAMME'];
    for (const via of [null, allOrigins, [...allOrigins].reverse()]) {
      const bare = (await data<{ partnersOf: { totalCount: number; nodes: unknown[] } }>(BARE, { via })).partnersOf;
      expect(bare).toEqual({
        totalCount: 44,
        nodes: whole.nodes.map((n) => ({ distance: n.distance, organization: { id: n.organization.id, name: n.organization.name } })),
      });
    }
  });

  test('refuses a depth outside 1..3, an empty via and a malformed id', async () => {
    expect(await badInput(PARTNERS_OF, { organization: 'org-nkss', depth: 4 })).toEqual(['depth']);
    expect(await badInput(PARTNERS_OF, { organization: 'org-nkss', depth: 0 })).toEqual(['depth']);
    expect(await badInput(PARTNERS_OF, { organization: 'org-nkss', via: [] })).toEqual(['via']);
    expect(await badInput(PARTNERS_OF, { organization: 'Org NKSS!' })).toEqual(['organization']);
  });
});

describe('commonPartners', () => {
  const COMMON = `query C($a: ID!, $b: ID!, $via: [TieOrigin!]) { commonPartners(a: $a, b: $b, via: $via) {
    organization { slug } tiesWithA { origin via { key } } tiesWithB { origin via { key } } } }`;

  test('two REG.LAB partners (Anibar, Asociacija) share the five other participants; the NKSS also cooperates with Asociacija', async () => {
    const regLab = [{ origin: 'JOINT_PROGRAMME', via: { key: 'reg-lab' } }];
    expect((await data(COMMON, { a: 'org-anibar', b: 'org-drustvo-asociacija' })).commonPartners).toEqual([
      { organization: { slug: 'asocijacija-jadro' }, tiesWithA: regLab, tiesWithB: regLab },
      { organization: { slug: 'kooperativa' }, tiesWithA: regLab, tiesWithB: regLab },
      { organization: { slug: 'nkss' }, tiesWithA: regLab, tiesWithB: [{ origin: 'COOPERATION', via: null }, ...regLab] },
      { organization: { slug: 'okc-abrasevic' }, tiesWithA: regLab, tiesWithB: regLab },
      { organization: { slug: 'operacija-grad' }, tiesWithA: regLab, tiesWithB: regLab },
    ]);
  });

  test('via narrows the ties; unknown or equal ids have none', async () => {
    expect((await data(COMMON, { a: 'org-anibar', b: 'org-drustvo-asociacija', via: ['COOPERATION'] })).commonPartners).toEqual([]);
    expect((await data(COMMON, { a: 'org-stanica', b: 'org-ministarstvo-kulture-republike-srbije' })).commonPartners).toEqual([
      {
        organization: { slug: 'nkss' },
        tiesWithA: [
          { origin: 'COOPERATION', via: null },
          { origin: 'JOINT_PROGRAMME', via: { key: 'fond-solidarnosti' } },
        ],
        tiesWithB: [{ origin: 'AGREEMENT', via: { key: 'agreement-2011-protocol-ministry-of-culture' } }],
      },
    ]);
    expect((await data(COMMON, { a: 'org-anibar', b: 'org-nope' })).commonPartners).toEqual([]);
    expect((await data(COMMON, { a: 'org-anibar', b: 'org-anibar' })).commonPartners).toEqual([]);
  });
});

describe('shortestPath', () => {
  const PATH = `query S($from: ID!, $to: ID!, $via: [TieOrigin!]) { shortestPath(from: $from, to: $to, via: $via) {
    length
    nodes { __typename ... on Organization { slug } ... on Programme { slug } }
    relationships { type origin since via { kind key } role forward partnership { id } sources { source { id } } }
    organizations { slug } ties { id } } }`;

  test('from Anibar to the Ministry of Culture: REG.LAB to the NKSS, then the 2011 protocol', async () => {
    expect((await data(PATH, { from: 'org-anibar', to: 'org-ministarstvo-kulture-republike-srbije' })).shortestPath).toEqual({
      length: 2,
      nodes: [
        { __typename: 'Organization', slug: 'anibar' },
        { __typename: 'Programme', slug: 'reg-lab' },
        { __typename: 'Organization', slug: 'nkss' },
        { __typename: 'Organization', slug: 'ministarstvo-kulture-republike-srbije' },
      ],
      relationships: [
        {
          type: 'PARTICIPATED_IN',
          origin: 'JOINT_PROGRAMME',
          since: '2020',
          via: { kind: 'PROGRAMME', key: 'reg-lab' },
          role: 'partner',
          forward: true,
          partnership: { id: 'JOINT_PROGRAMME|reg-lab|org-anibar|org-nkss' },
          sources: [{ source: { id: 'jadro-reg-lab-partners' } }],
        },
        {
          type: 'PARTICIPATED_IN',
          origin: 'JOINT_PROGRAMME',
          since: '2020',
          via: { kind: 'PROGRAMME', key: 'reg-lab' },
          role: 'partner',
          forward: false,
          partnership: { id: 'JOINT_PROGRAMME|reg-lab|org-anibar|org-nkss' },
          sources: [{ source: { id: 'jadro-reg-lab-partners' } }],
        },
        {
          type: 'PARTNERS_WITH',
          origin: 'AGREEMENT',
          since: '2011-01',
          via: { kind: 'AGREEMENT', key: 'agreement-2011-protocol-ministry-of-culture' },
          role: null,
          forward: true,
          partnership: { id: PROTOCOL },
          sources: [
            { source: { id: 'infovranjske-iskorak-sa-margine' } },
            { source: { id: 'nkss-2013-kultura-u-protestu' } },
            { source: { id: 'kuda-osnivacka-skupstina' } },
          ],
        },
      ],
      organizations: [{ slug: 'anibar' }, { slug: 'nkss' }, { slug: 'ministarstvo-kulture-republike-srbije' }],
      ties: [{ id: 'JOINT_PROGRAMME|reg-lab|org-anibar|org-nkss' }, { id: PROTOCOL }],
    });
  });

  test('from Anibar to Trans Europe Halles: four ties, through the smallest ids (NKSS, Bazaart, Magacin)', async () => {
    const { shortestPath: path } = await data<{
      shortestPath: { length: number; nodes: { slug: string }[]; relationships: { type: string; forward: boolean }[] };
    }>(PATH, { from: 'org-anibar', to: 'org-trans-europe-halles' });
    expect(path.length).toBe(4);
    expect(path.nodes.map((n) => n.slug)).toEqual([
      'anibar',
      'reg-lab',
      'nkss',
      'fond-solidarnosti',
      'bazaart',
      'na-sopstveni-pogon',
      'kulturni-centar-magacin',
      'trans-europe-halles',
    ]);
    expect(path.relationships.map((r) => [r.type, r.forward])).toEqual([
      ['PARTICIPATED_IN', true],
      ['PARTICIPATED_IN', false],
      ['PARTICIPATED_IN', true],
      ['PARTICIPATED_IN', false],
      ['PARTICIPATED_IN', true],
      ['PARTICIPATED_IN', false],
      ['MEMBER_OF_NETWORK', true],
    ]);
  });

  test('null when there is no path: NVO Generator has no ties; via AGREEMENT alone cannot leave Anibar; unknown ids', async () => {
    expect((await data(PATH, { from: 'org-nvo-generator', to: 'org-nkss' })).shortestPath).toBeNull();
    expect(
      (await data(PATH, { from: 'org-anibar', to: 'org-ministarstvo-kulture-republike-srbije', via: ['AGREEMENT'] })).shortestPath,
    ).toBeNull();
    expect((await data(PATH, { from: 'org-nope', to: 'org-nkss' })).shortestPath).toBeNull();
    expect((await data(PATH, { from: 'org-nkss', to: 'org-nkss' })).shortestPath).toMatchObject({
      length: 0,
      nodes: [{ slug: 'nkss' }],
      relationships: [],
    });
    expect(await badInput(PATH, { from: 'org-nkss', to: 'x y' })).toEqual(['to']);
  });
});

describe('intersectoralSummary', () => {
  test('the nine civil–public ties by region and year; no civil end has a known city, so every region is unknown', async () => {
    const d = await data<{
      intersectoralSummary: { region: unknown; year: number | null; count: number; partnerships: { id: string }[] }[];
    }>(`{ intersectoralSummary { region { slug } year count partnerships { id origin a { slug } b { slug } } } }`);
    expect(d.intersectoralSummary.map((c) => [c.region, c.year, c.count, c.partnerships.map((p) => p.id)])).toEqual([
      [null, 2011, 1, [PROTOCOL]],
      [
        null,
        2013,
        2,
        [
          'JOINT_PROGRAMME|manek|org-fondacija-za-otvoreno-drustvo-srbija|org-grad-beograd-sekretarijat-za-kulturu',
          'JOINT_PROGRAMME|manek|org-grad-beograd-sekretarijat-za-kulturu|org-nkss',
        ],
      ],
      [
        null,
        2020,
        6,
        [
          'JOINT_PROGRAMME|fond-solidarnosti|org-aica-srbija|org-svajcarska-agencija-za-razvoj',
          'JOINT_PROGRAMME|fond-solidarnosti|org-fondacija-za-otvoreno-drustvo-srbija|org-svajcarska-agencija-za-razvoj',
          'JOINT_PROGRAMME|fond-solidarnosti|org-nkss|org-svajcarska-agencija-za-razvoj',
          'JOINT_PROGRAMME|fond-solidarnosti|org-stanica|org-svajcarska-agencija-za-razvoj',
          'JOINT_PROGRAMME|fond-solidarnosti|org-suluv|org-svajcarska-agencija-za-razvoj',
          'JOINT_PROGRAMME|fond-solidarnosti|org-svajcarska-agencija-za-razvoj|org-ulus',
        ],
      ],
    ]);
    expect(d.intersectoralSummary[0].partnerships[0]).toEqual({
      id: PROTOCOL,
      origin: 'AGREEMENT',
      a: { slug: 'ministarstvo-kulture-republike-srbije' },
      b: { slug: 'nkss' },
    });
  });

  test('an unknown association and a malformed slug are refused', async () => {
    expect(await badInput(`{ intersectoralSummary(association: "nope") { count } }`)).toEqual(['association']);
    expect(await badInput(`{ intersectoralSummary(association: "No Pe") { count } }`)).toEqual(['association']);
  });
});

interface RegionalData {
  regionalCooperation: {
    tieCount: number;
    byCountry: { country: { code: string }; tieCount: number }[];
    byMember: unknown[];
    networks: unknown[];
    partnerships: { id: string }[];
  };
}

describe('regionalCooperation', () => {
  const REGIONAL = `query R($country: String, $since: String) { regionalCooperation(country: $country, since: $since) {
    tieCount
    byCountry { country { code name } southeastEurope tieCount partners { slug } }
    byMember { member { slug } tieCount countries { code } }
    networks { member { slug } network { slug } since role sources { source { id } } }
    partnerships { id } } }`;

  test('the NKSS carries all ten cross-border ties: Croatia and Slovenia three each, then Bosnia, Kosovo, North Macedonia, Switzerland', async () => {
    const r = (await data<RegionalData>(REGIONAL)).regionalCooperation;
    expect(r.tieCount).toBe(10);
    expect(r.byCountry).toEqual([
      {
        country: { code: 'HR', name: 'Croatia' },
        southeastEurope: true,
        tieCount: 3,
        partners: [{ slug: 'kooperativa' }, { slug: 'operacija-grad' }],
      },
      {
        country: { code: 'SI', name: 'Slovenia' },
        southeastEurope: true,
        tieCount: 3,
        partners: [{ slug: 'bifc' }, { slug: 'drustvo-asociacija' }],
      },
      {
        country: { code: 'BA', name: 'Bosnia and Herzegovina' },
        southeastEurope: true,
        tieCount: 1,
        partners: [{ slug: 'okc-abrasevic' }],
      },
      { country: { code: 'XK', name: 'Kosovo' }, southeastEurope: true, tieCount: 1, partners: [{ slug: 'anibar' }] },
      { country: { code: 'MK', name: 'North Macedonia' }, southeastEurope: true, tieCount: 1, partners: [{ slug: 'asocijacija-jadro' }] },
      {
        country: { code: 'CH', name: 'Switzerland' },
        southeastEurope: false,
        tieCount: 1,
        partners: [{ slug: 'svajcarska-agencija-za-razvoj' }],
      },
    ]);
    // No member of the NKSS has a tie of its own in the dataset.
    expect(r.byMember).toEqual([
      { member: { slug: 'nkss' }, tieCount: 10, countries: ['BA', 'HR', 'XK', 'MK', 'SI', 'CH'].map((code) => ({ code })) },
    ]);
    expect(r.networks).toEqual([
      {
        member: { slug: 'nkss' },
        network: { slug: 'kooperativa' },
        since: '2012-08',
        role: 'founder',
        sources: [
          { source: { id: 'nkss-saradnja' } },
          { source: { id: 'kooperativa-who-we-are' } },
          { source: { id: 'kooperativa-who-we-are' } },
        ],
      },
    ]);
    expect(r.partnerships.map((p) => p.id)).toEqual([
      BIFC,
      ASOCIACIJA,
      KOOPERATIVA,
      'JOINT_PROGRAMME|reg-lab|org-anibar|org-nkss',
      'JOINT_PROGRAMME|reg-lab|org-asocijacija-jadro|org-nkss',
      'JOINT_PROGRAMME|reg-lab|org-drustvo-asociacija|org-nkss',
      'JOINT_PROGRAMME|reg-lab|org-kooperativa|org-nkss',
      'JOINT_PROGRAMME|reg-lab|org-nkss|org-okc-abrasevic',
      'JOINT_PROGRAMME|reg-lab|org-nkss|org-operacija-grad',
      'JOINT_PROGRAMME|fond-solidarnosti|org-nkss|org-svajcarska-agencija-za-razvoj',
    ]);
  });

  test('filtered by partner country and by ties known to start on or after a day', async () => {
    const kosovo = (await data<RegionalData>(REGIONAL, { country: 'XK' })).regionalCooperation;
    expect(kosovo.tieCount).toBe(1);
    expect(kosovo.partnerships).toEqual([{ id: 'JOINT_PROGRAMME|reg-lab|org-anibar|org-nkss' }]);
    const since2015 = (await data<RegionalData>(REGIONAL, { since: '2015-01-01' })).regionalCooperation;
    expect(since2015.tieCount).toBe(7);
    expect(since2015.byCountry.map((c) => [c.country.code, c.tieCount])).toEqual([
      ['HR', 2],
      ['BA', 1],
      ['XK', 1],
      ['MK', 1],
      ['SI', 1],
      ['CH', 1],
    ]);
    expect((await data<RegionalData>(REGIONAL, { country: 'ME' })).regionalCooperation).toMatchObject({
      tieCount: 0,
      byCountry: [],
      byMember: [],
    });
  });

  test('refuses a malformed country or day, an unknown association, and an organization that is no association', async () => {
    expect(await badInput(REGIONAL, { country: 'Kosovo' })).toEqual(['country']);
    expect(await badInput(REGIONAL, { since: '2015' })).toEqual(['since']);
    expect(await badInput(`{ regionalCooperation(association: "nope") { tieCount } }`)).toEqual(['association']);
    expect(await badInput(`{ regionalCooperation(association: "kooperativa") { tieCount } }`)).toEqual(['association']);
  });
});

describe('round trips', () => {
  test('a page of 100 ties with both ends, their cities and countries, and sources costs the same queries as a page of 2', async () => {
    const Q = `query($first: Int) { partnerships(first: $first) { totalCount nodes { id a { slug city { slug } } b { slug city { slug } }
      countries { code } sources { source { id } } } } }`;
    const small = await server.gql(Q, { first: 2 });
    const large = await server.gql(Q, { first: 100 });
    expect(large.errors).toBeUndefined();
    // page, count, ties by id, organizations (with the places of their cities), countries, sources.
    expect(large.extensions!.cypherQueries).toBe(6);
    expect(small.extensions!.cypherQueries).toBe(6);
  });
});
