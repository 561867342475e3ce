import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

interface Page {
  organizations: {
    totalCount?: number;
    edges: { cursor: string; node: { slug: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}
const PAGE = `query Page($first: Int, $after: String, $last: Int, $before: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {
  organizations(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    edges { cursor node { slug } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
const slugs = (page: Page): string[] => page.organizations.edges.map((e) => e.node.slug);

async function filtered(filter: Record<string, unknown>): Promise<string[]> {
  const res = await server.gql<Page>(PAGE, { first: 100, filter });
  expect(res.errors).toBeUndefined();
  return slugs(res.data!);
}

describe('organizations filters', () => {
  test('lists the 14 organizations in Belgrade, counting Zabrežje in Obrenovac in Belgrade', async () => {
    const res = await server.gql<Page>(`{ organizations(first: 100, filter: { city: "beograd" }) { totalCount edges { node { slug } } } }`);
    expect(res.data!.organizations.totalCount).toBe(14);
    expect(slugs(res.data!)).toEqual([
      'art-aparat',
      'art-brut-serbia',
      'grad-beograd-sekretarijat-za-kulturu',
      'knjigoskop',
      'kontekst',
      'kulturni-centar-grad',
      'kulturni-centar-magacin',
      'kulturni-centar-reks',
      'opservatorijum',
      'pobunjene-citateljke',
      'reex',
      'remont',
      'udruzenje-satibara',
      'ug-perilo-zabrezje',
    ]);
  });

  test('finds the founding member NVO Generator of Vranje', async () => {
    expect(await filtered({ foundingMember: true })).toEqual(['nvo-generator']);
    expect(await filtered({ district: 'pcinjski-okrug' })).toEqual(['nvo-generator']);
  });

  test('members as of 2017-09-15 are the founding member, Vido (2012) and the nine organizations admitted in Novi Pazar', async () => {
    expect(await filtered({ memberAsOf: '2017-09-15' })).toEqual([
      'agora-act-action',
      'art-aparat',
      'art-brut-serbia',
      'gifest',
      'knjigoskop',
      'nektan-art',
      'nvo-generator',
      'opservatorijum',
      'reex',
      'udruzenje-gradjana-vido',
      'udruzenje-satibara',
    ]);
    expect(await filtered({ memberAsOf: '2017-09-14' })).toEqual(['nvo-generator', 'udruzenje-gradjana-vido']);
  });

  test('filters by region, country, sector and kind', async () => {
    expect(await filtered({ region: 'region-vojvodine', member: true })).toEqual(['agora-act-action', 'gifest', 'nektan-art']);
    expect(await filtered({ country: 'XK' })).toEqual(['anibar']);
    expect(await filtered({ sector: 'PUBLIC' })).toEqual([
      'grad-beograd-sekretarijat-za-kulturu',
      'ministarstvo-kulture-republike-srbije',
      'svajcarska-agencija-za-razvoj',
    ]);
    expect(await filtered({ kind: 'NETWORK', country: 'HR' })).toEqual(['clubture', 'kooperativa']);
  });

  test('text ignores case, diacritics and script', async () => {
    expect(await filtered({ text: 'ЗАБРЕЖЈЕ' })).toEqual(['ug-perilo-zabrezje']);
    expect(await filtered({ text: 'citateljke' })).toEqual(['pobunjene-citateljke']);
    expect(await filtered({ text: 'Pobunjene Čitateljke' })).toEqual(['pobunjene-citateljke']);
  });
});

describe('organizations paging', () => {
  async function walk(direction: 'forward' | 'backward', orderBy: string, size: number): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 50; i++) {
      const variables: Record<string, unknown> =
        direction === 'forward' ? { first: size, after: cursor, orderBy } : { last: size, before: cursor, orderBy };
      const res = await server.gql<Page>(PAGE, variables);
      expect(res.errors).toBeUndefined();
      const page = res.data!.organizations;
      if (direction === 'forward') seen.push(...slugs(res.data!));
      else seen.unshift(...slugs(res.data!));
      const more = direction === 'forward' ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
      if (!more) return seen;
      cursor = direction === 'forward' ? page.pageInfo.endCursor : page.pageInfo.startCursor;
    }
    throw new Error('paging did not end');
  }

  test('forward and backward walks in pages of 7 visit all 65 organizations once, in the same order', async () => {
    const all = await filtered({});
    expect(all).toHaveLength(65);
    expect(await walk('forward', 'NAME_ASC', 7)).toEqual(all);
    expect(await walk('backward', 'NAME_ASC', 7)).toEqual(all);
    expect(await walk('forward', 'NAME_DESC', 9)).toEqual([...all].reverse());
  });

  test('names sort without diacritics: Švajcarska agencija sorts among the S names', async () => {
    const all = await filtered({});
    expect(all.indexOf('svajcarska-agencija-za-razvoj')).toBeGreaterThan(all.indexOf('suluv'));
    expect(all.indexOf('svajcarska-agencija-za-razvoj')).toBeLessThan(all.indexOf('tasco-platform'));
  });

  test('a cursor stays valid and the next page unchanged when an organization is inserted before it', async () => {
    const first = await server.gql<Page>(PAGE, { first: 5 });
    const cursor = first.data!.organizations.pageInfo.endCursor;
    const before = await server.gql<Page>(PAGE, { first: 5, after: cursor });
    await server.driver.executeQuery(
      "CREATE (:Organization:Entity {id: 'org-test-aaa', slug: 'test-aaa', uid: 'Organization:org-test-aaa', name: 'AAA test', sortName: 'aaa test', aliases: [], disciplines: [], searchKey: 'aaa test'})",
    );
    try {
      const after = await server.gql<Page>(PAGE, { first: 5, after: cursor });
      expect(slugs(after.data!)).toEqual(slugs(before.data!));
      expect(slugs((await server.gql<Page>(PAGE, { first: 1 })).data!)).toEqual(['test-aaa']);
    } finally {
      await server.driver.executeQuery("MATCH (o:Organization {id: 'org-test-aaa'}) DETACH DELETE o");
    }
  });

  test('a cursor made for another order is refused with BAD_USER_INPUT on after', async () => {
    const first = await server.gql<Page>(PAGE, { first: 2 });
    const res = await server.gql<Page>(PAGE, { first: 2, after: first.data!.organizations.pageInfo.endCursor, orderBy: 'NAME_DESC' });
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.argumentPath).toEqual(['after']);
  });
});

describe('organization fields', () => {
  test('NVO Generator: Vranje, Pčinjski okrug, Region Južne i Istočne Srbije, founding member admitted at the founding assembly', async () => {
    const res = await server.gql<{ organization: Record<string, unknown> }>(`{
      organization(slug: "nvo-generator") {
        name kind sector
        city { name nameCyr district { name } region { name } country { code } }
        memberships { since founding association { acronym } admittedAt { slug startDate } sources { source { url } } }
        events { relation event { slug } }
        roles { title since heldAsOf person { name } }
      }
    }`);
    expect(res.data!.organization).toEqual({
      name: 'NVO Generator',
      kind: 'ORGANIZATION',
      sector: 'CIVIL',
      city: {
        name: 'Vranje',
        nameCyr: 'Врање',
        district: { name: 'Pčinjski okrug' },
        region: { name: 'Region Južne i Istočne Srbije' },
        country: { code: 'RS' },
      },
      memberships: [
        {
          since: '2011-05-22',
          founding: true,
          association: { acronym: 'NKSS' },
          admittedAt: { slug: 'founding-assembly-2011-belgrade', startDate: '2011-05-22' },
          sources: expect.arrayContaining([{ source: { url: 'https://nezavisnakultura.net/o-nama' } }]),
        },
      ],
      events: [{ relation: 'ADMITTED', event: { slug: 'founding-assembly-2011-belgrade' } }],
      // Her page of 2011-01-20 shows her director; no source says when she began (issue 10).
      roles: [{ title: expect.stringContaining('Director'), since: null, heldAsOf: '2011-01-20', person: { name: 'Gordana Ristić' } }],
    });
  });

  test('the association partners with the Ministry of Culture through the 2011 protocol and with REG.LAB partners through the project', async () => {
    type TieRow = { origin: string; since: string | null; via: { kind: string; key: string } | null; partner: { slug: string } };
    const res = await server.gql<{
      organization: { partners: { totalCount: number; nodes: TieRow[]; pageInfo: { hasNextPage: boolean } } };
    }>(`{
      organization(id: "org-nkss") {
        partners(first: 100) { totalCount nodes { origin since via { kind key } partner { slug } } pageInfo { hasNextPage } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const { nodes: ties, totalCount, pageInfo } = res.data!.organization.partners;
    expect(totalCount).toBe(ties.length);
    expect(pageInfo.hasNextPage).toBe(false);
    expect(ties).toContainEqual({
      origin: 'AGREEMENT',
      since: '2011-01',
      via: { kind: 'AGREEMENT', key: 'agreement-2011-protocol-ministry-of-culture' },
      partner: { slug: 'ministarstvo-kulture-republike-srbije' },
    });
    expect(ties).toContainEqual({
      origin: 'NETWORK_MEMBERSHIP',
      since: '2012-08',
      via: { kind: 'NETWORK', key: 'kooperativa' },
      partner: { slug: 'kooperativa' },
    });
    const regLab = ties
      .filter((t) => t.via?.key === 'reg-lab')
      .map((t) => t.partner.slug)
      .sort();
    expect(regLab).toEqual(['anibar', 'asocijacija-jadro', 'drustvo-asociacija', 'kooperativa', 'okc-abrasevic', 'operacija-grad']);
  });

  test('partners come in pages: walked two at a time they give every tie once, in the order of one big page', async () => {
    type Page = {
      totalCount: number;
      edges: { cursor: string; node: { id: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    const query = `query ($first: Int!, $after: String) {
      organization(id: "org-nkss") { partners(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }
    }`;
    const all = (await server.gql<{ organization: { partners: Page } }>(query, { first: 100 })).data!.organization.partners;
    expect(all.totalCount).toBeGreaterThan(6);
    const walked: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages += 1) {
      const res = await server.gql<{ organization: { partners: Page } }>(query, { first: 2, after });
      expect(res.errors).toBeUndefined();
      const page: Page = res.data!.organization.partners;
      expect(page.totalCount).toBe(all.totalCount);
      walked.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(all.edges.map((e) => e.node.id));
    expect(new Set(walked).size).toBe(walked.length);
  });

  test('partners(via:) keeps only the origins asked for, and counts only those', async () => {
    const res = await server.gql<{ organization: { partners: { totalCount: number; nodes: { origin: string }[] } } }>(`{
      organization(id: "org-nkss") { partners(first: 100, via: [AGREEMENT, NETWORK_MEMBERSHIP]) { totalCount nodes { origin } } }
    }`);
    const { totalCount, nodes } = res.data!.organization.partners;
    expect(nodes.length).toBe(totalCount);
    expect(nodes.length).toBeGreaterThan(0);
    expect(new Set(nodes.map((n) => n.origin))).toEqual(new Set(['AGREEMENT', 'NETWORK_MEMBERSHIP']));
  });

  test("a partner read with its tie answers every field as the organization itself does, and a tie's sources are its own", async () => {
    const fields = 'id slug name aliases kind sector disciplines founded website isAssociation city { slug } country { code }';
    const res = await server.gql<{
      organization: { partners: { nodes: { id: string; sources: { source: { id: string } }[]; partner: Record<string, unknown> }[] } };
      organizations: { nodes: Record<string, unknown>[] };
      partnerships: { nodes: { id: string; sources: { source: { id: string } }[] }[] };
    }>(`{
      organization(id: "org-nkss") { partners(first: 100) { nodes { id sources { source { id } } partner { ${fields} } } } }
      organizations(first: 100) { nodes { ${fields} } }
      partnerships(first: 100, filter: { organization: "org-nkss" }) { nodes { id sources { source { id } } } }
    }`);
    expect(res.errors).toBeUndefined();
    const { organization, organizations, partnerships } = res.data!;
    const byId = new Map(organizations.nodes.map((o) => [o.id, o]));
    for (const tie of organization.partners.nodes) expect(tie.partner).toEqual(byId.get(tie.partner.id as string));
    expect(organization.partners.nodes.some((t) => (t.partner.aliases as string[]).length > 0 || t.partner.founded !== null)).toBe(true);
    const sourcesOf = new Map(partnerships.nodes.map((p) => [p.id, p.sources]));
    expect(organization.partners.nodes.filter((t) => t.sources.length > 0).length).toBeGreaterThan(5);
    for (const tie of organization.partners.nodes) expect(tie.sources).toEqual(sourcesOf.get(tie.id));
  });

  test('partners refuses a page size past its bounds and a forged cursor, naming the argument', async () => {
    const res = await server.gql(`{ organization(id: "org-nkss") { partners(first: 101) { totalCount } } }`);
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['c1', 'PARTNER_NAME', [1, 2], 'x'])).toString('base64url');
    const bad = await server.gql(`{ organization(id: "org-nkss") { partners(after: "${forged}") { totalCount } } }`);
    expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].path).toEqual(['organization', 'partners']);
  });

  test('organization(id) and organization(slug) agree; an unknown slug gives null, not an error', async () => {
    const res = await server.gql<{ a: { id: string } | null; b: { id: string } | null; c: unknown }>(
      `{ a: organization(slug: "remont") { id } b: organization(id: "org-remont") { id } c: organization(slug: "no-such-org") { id } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ a: { id: 'org-remont' }, b: { id: 'org-remont' }, c: null });
  });
});

describe('pages read only what the selection needs', () => {
  interface Row {
    id: string;
    slug: string;
    name: string;
    kind?: string | null;
    city: { slug: string; district: { slug: string } | null } | null;
    partners: { totalCount: number; nodes: { partner: { slug: string } }[] };
    memberships: { since: string | null; association: { slug: string } }[];
    sources: { source: { id: string } }[];
  }
  const page = async (extra: string, after?: string): Promise<{ rows: Row[]; endCursor: string }> => {
    const res = await server.gql<{ organizations: { edges: { node: Row }[]; pageInfo: { endCursor: string } } }>(
      `query ($after: String) { organizations(first: 40, after: $after) { edges { node {
        id slug name city { slug district { slug } } partners(first: 3) { totalCount nodes { partner { slug } } }
        memberships { since association { slug } } sources { source { id } } ${extra}
      } } pageInfo { endCursor } } }`,
      { after },
    );
    expect(res.errors).toBeUndefined();
    return { rows: res.data!.organizations.edges.map((e) => e.node), endCursor: res.data!.organizations.pageInfo.endCursor };
  };

  test('a page of ids, slugs, names, cities and lists read by id answers as the whole rows do, and its cursor leads on alike', async () => {
    const core = await page('');
    const full = await page('kind');
    expect(core.rows).toHaveLength(40);
    expect(full.rows.some((row) => row.kind !== null)).toBe(true);
    expect(full.rows.some((row) => row.partners.totalCount > 0)).toBe(true);
    expect(full.rows.some((row) => row.memberships.length > 0)).toBe(true);
    expect(full.rows.some((row) => row.sources.length > 0)).toBe(true);
    expect(core.rows).toEqual(full.rows.map(({ kind: _kind, ...row }) => row));
    expect(core.endCursor).toBe(full.endCursor);
    expect((await page('', core.endCursor)).rows).toEqual((await page('kind', full.endCursor)).rows.map(({ kind: _kind, ...row }) => row));
  });
});

describe('partners read only what the selection needs', () => {
  interface TieRow {
    id: string;
    origin: string;
    since?: string | null;
    partner: { id: string; name: string; kind?: string | null; city: { slug: string } | null };
  }
  const ties = async (tieFields: string, partnerFields: string): Promise<TieRow[]> => {
    const res = await server.gql<{ organization: { partners: { nodes: TieRow[] } } }>(
      `{ organization(id: "org-nkss") { partners(first: 100) { nodes { id origin ${tieFields} partner { id name city { slug } ${partnerFields} } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.organization.partners.nodes;
  };

  test('a selection of origin and the partner’s id, name and city answers as the full one does', async () => {
    const core = await ties('', '');
    const full = await ties('since', 'kind');
    expect(core.length).toBeGreaterThan(10);
    expect(full.some((t) => t.since !== null) && full.some((t) => t.partner.kind !== null)).toBe(true);
    expect(core).toEqual(full.map(({ since: _since, partner: { kind: _kind, ...partner }, ...tie }) => ({ ...tie, partner })));
  });
});
