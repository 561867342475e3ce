import { startTestServer, type TestServer } from '../helpers/server';

/**
 * networkMetrics on the NKSS dataset (data/nkss.json), checked by hand against the dataset's records.
 *
 * Ever, all origins: the NKSS, its 14 organization members (the 2 individual members are people, not organizations) and the
 * 19 organizations tied to it: 34. None of the 14 members has a tie in the dataset, so each is a component of its own; the
 * other 20 form one component around the NKSS, made of:
 *   L: 5 organizations tied to the NKSS only (BIFC, European Alternatives, TASCO: cooperation; the Ministry: the 2011
 *      protocol; Kulturanova: the regional resource centres programme);
 *   F: the Solidarity Fund's 7 other participants (AICA, BazaArt, Stanica, SULUV, ULUS, the Open Society Foundation and the
 *      Swiss agency): all tied to each other and to the NKSS;
 *   R: REG.LAB's 6 other participants (Kooperativa, Anibar, Jadro, Asociacija, Abrašević, Operacija Grad): likewise;
 *   G: the Belgrade Secretariat for Culture, tied to the NKSS and the Open Society Foundation (MANEK).
 * Betweenness of the NKSS (unordered pairs, share of shortest paths through it): L–L 10, L–F 35, L–R 30, L–G 5, F–R 42,
 * G–R 6, and G to the 6 other F members, reached in two steps through the NKSS or the Foundation, 6 × 1/2 = 3:
 * 10 + 35 + 30 + 5 + 42 + 6 + 3 = 131. The Foundation: those same 6 halves = 3. Everyone else 0.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

interface Metrics {
  organizationCount: number;
  tiedPairCount: number;
  organizations: {
    organization: { slug: string };
    member: boolean;
    degree: number;
    tieCount: number;
    betweenness: number;
    component: number;
  }[];
  components: { id: number; size: number; organizations: { slug: string }[] }[];
  communities: { id: number; size: number; organizations: { slug: string }[] }[];
  bridges: { from: { slug: string }; to: { slug: string }; crossBorder: boolean }[];
  bridgeCarriers: { organization: { slug: string }; bridgeCount: number; areaCount: number }[];
}

const QUERY = `query ($asOf: String, $via: [TieOrigin!]) {
  networkMetrics(asOf: $asOf, via: $via) {
    organizationCount tiedPairCount
    organizations(first: 40) { organization { slug } member degree tieCount betweenness component }
    components(first: 40) { id size organizations(first: 25) { slug } }
    communities(first: 40) { id size organizations(first: 25) { slug } }
    bridges(first: 40) { from { slug } to { slug } crossBorder }
    bridgeCarriers(first: 40) { organization { slug } bridgeCount areaCount }
  }
}`;

async function metrics(variables: Record<string, unknown> = {}): Promise<Metrics> {
  const res = await server.gql<{ networkMetrics: Metrics }>(QUERY, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.networkMetrics;
}

const node = (m: Metrics, slug: string) => m.organizations.find((o) => o.organization.slug === slug)!;

describe('networkMetrics on the NKSS network, ever', () => {
  let m: Metrics;
  beforeAll(async () => {
    m = await metrics();
  });

  it('gives the NKSS a degree equal to its distinct partners in organization(slug: nkss).partners: 19', async () => {
    const res = await server.gql<{ organization: { partners: { nodes: { partner: { slug: string } }[] } } }>(
      '{ organization(slug: "nkss") { partners(first: 100) { nodes { partner { slug } } } } }',
    );
    const distinct = new Set(res.data!.organization.partners.nodes.map((t) => t.partner.slug));
    expect(distinct.size).toBe(19);
    expect(node(m, 'nkss')).toMatchObject({ degree: 19, tieCount: 23, member: false });
  });

  it('counts the NKSS, its 14 organization members and the 19 organizations tied to it; 56 tied pairs', () => {
    expect(m.organizationCount).toBe(34);
    expect(m.organizations.filter((o) => o.member)).toHaveLength(14);
    expect(m.tiedPairCount).toBe(56);
  });

  it('has the hand-computed betweenness: NKSS 131, the Open Society Foundation 3, everyone else 0', () => {
    expect(m.organizations.slice(0, 2).map((o) => [o.organization.slug, o.betweenness])).toEqual([
      ['nkss', 131],
      ['fondacija-za-otvoreno-drustvo-srbija', 3],
    ]);
    expect(m.organizations.slice(2).every((o) => o.betweenness === 0)).toBe(true);
  });

  it('puts every REG.LAB participant in the one component of 20 around the NKSS; the 14 members are alone', () => {
    expect(m.components).toHaveLength(15);
    expect(m.components[0].size).toBe(20);
    expect(m.components.slice(1).every((c) => c.size === 1)).toBe(true);
    const regLab = ['nkss', 'kooperativa', 'anibar', 'asocijacija-jadro', 'drustvo-asociacija', 'okc-abrasevic', 'operacija-grad'];
    expect(regLab.map((slug) => node(m, slug).component)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(m.organizations.filter((o) => o.member).every((o) => o.component > 1 && o.degree === 0)).toBe(true);
  });

  it('splits the component into the NKSS with its single ties, the Solidarity Fund and REG.LAB (Louvain)', () => {
    // Two groups of 7: numbered by their first names (Balkan Incentive Fund before BazaArt).
    expect(m.communities.slice(0, 3).map((c) => c.organizations.map((o) => o.slug))).toEqual([
      [
        'bifc',
        'european-alternatives',
        'grad-beograd-sekretarijat-za-kulturu',
        'kulturanova',
        'ministarstvo-kulture-republike-srbije',
        'nkss',
        'tasco-platform',
      ],
      ['bazaart', 'fondacija-za-otvoreno-drustvo-srbija', 'suluv', 'stanica', 'svajcarska-agencija-za-razvoj', 'aica-srbija', 'ulus'],
      ['anibar', 'asocijacija-jadro', 'drustvo-asociacija', 'kooperativa', 'okc-abrasevic', 'operacija-grad'],
    ]);
    expect(m.communities).toHaveLength(17);
  });

  it('finds 28 cross-border bridges (the NKSS, in Serbia by its sources but with no recorded seat, bridges only to its 8 foreign ties)', () => {
    expect(m.bridges).toHaveLength(28);
    expect(m.bridges.every((b) => b.crossBorder)).toBe(true);
    expect(m.bridgeCarriers.slice(0, 8).map((c) => [c.organization.slug, c.areaCount, c.bridgeCount])).toEqual([
      ['nkss', 6, 8],
      ['anibar', 5, 6],
      ['asocijacija-jadro', 5, 6],
      ['drustvo-asociacija', 5, 6],
      ['okc-abrasevic', 5, 6],
      ['kooperativa', 5, 5],
      ['operacija-grad', 5, 5],
      ['svajcarska-agencija-za-razvoj', 1, 7],
    ]);
  });
});

describe('networkMetrics on the NKSS network as of a date or by origin', () => {
  it('as of 2012-01-01: the NKSS with its three ties of 2011 (BIFC, Asociacija, the Ministry) and NVO Generator alone', async () => {
    const m = await metrics({ asOf: '2012-01-01' });
    expect(m.organizations.map((o) => [o.organization.slug, o.degree, o.betweenness, o.component])).toEqual([
      ['nkss', 3, 3, 1],
      ['bifc', 1, 0, 1],
      ['drustvo-asociacija', 1, 0, 1],
      ['ministarstvo-kulture-republike-srbije', 1, 0, 1],
      ['nvo-generator', 0, 0, 2],
    ]);
  });

  it('network membership only: the NKSS tied to Kooperativa, the members alone', async () => {
    const m = await metrics({ via: ['NETWORK_MEMBERSHIP'] });
    expect(m.organizationCount).toBe(16);
    expect(m.tiedPairCount).toBe(1);
    expect(node(m, 'kooperativa')).toMatchObject({ degree: 1, member: false, component: 1 });
  });
});

describe('the network cache', () => {
  const SMALL = `query ($via: [TieOrigin!]) { networkMetrics(via: $via) { organizationCount tiedPairCount organizations(first: 40) { organization { slug } betweenness } } }`;

  async function ask(): Promise<{ queries: number; data: unknown }> {
    const res = await server.gql<{ networkMetrics: unknown }>(SMALL, { via: ['COOPERATION', 'AGREEMENT'] });
    expect(res.errors).toBeUndefined();
    return { queries: res.extensions!.cypherQueries, data: res.data!.networkMetrics };
  }

  test('serves a network computed on the same version of the graph, and computes it again after any write', async () => {
    const first = await ask();
    const again = await ask();
    // The GDS queries (projection, betweenness, communities) and the drop are not sent again: only the read that learns the
    // graph's version and the organizations' rows.
    expect(again.queries).toBe(first.queries - 4);
    expect(again.data).toEqual(first.data);

    // Any committed write is a new version: here two that leave the graph as it was (one transaction creating and
    // deleting the same node would change nothing, and commit no new version).
    await server.driver.executeQuery('CREATE (:CacheProbe)');
    await server.driver.executeQuery('MATCH (probe:CacheProbe) DELETE probe');
    const afterWrite = await ask();
    expect(afterWrite.queries).toBe(first.queries);
    expect(afterWrite.data).toEqual(first.data);
  });
});

describe('networkMetrics pages by default', () => {
  test('20 of the 34 organizations, and the rest with an offset', async () => {
    const PAGE = `query ($offset: Int) { networkMetrics { organizationCount organizations(offset: $offset) { organization { slug } } } }`;
    const first = await server.gql<{ networkMetrics: { organizationCount: number; organizations: unknown[] } }>(PAGE);
    const rest = await server.gql<{ networkMetrics: { organizationCount: number; organizations: unknown[] } }>(PAGE, { offset: 20 });
    expect([first.data!.networkMetrics.organizationCount, first.data!.networkMetrics.organizations.length]).toEqual([34, 20]);
    expect(rest.data!.networkMetrics.organizations).toHaveLength(14);
  });
});
