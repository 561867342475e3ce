import { readDataset } from '../../src/dataset/load';
import { startTestServer, type GqlResponse, type TestServer } from '../helpers/server';

/**
 * Issue 11, objects a client cache can identify: every entity has an `id` unique across all types, and `node(id:)` /
 * `nodes(ids:)` answer the same object for it, over real HTTP on the real dataset.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

type Typed = { __typename: string; id: string } | null;

async function nodes(ids: string[]): Promise<Typed[]> {
  const res = await server.gql<{ nodes: Typed[] }>('query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids });
  expect(res.errors).toBeUndefined();
  return res.data!.nodes;
}

/** Every partnership (tie) id, page by page. */
async function partnershipIds(): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    type Page = { partnerships: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const res: GqlResponse<Page> = await server.gql<Page>(
      'query ($after: String) { partnerships(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }',
      { after },
    );
    expect(res.errors).toBeUndefined();
    ids.push(...res.data!.partnerships.nodes.map((n) => n.id));
    if (!res.data!.partnerships.pageInfo.hasNextPage) return ids;
    after = res.data!.partnerships.pageInfo.endCursor;
  }
}

/** What each record of data/nkss.json is as a node: its type and id (docs/questions.md#6-ids-and-node). */
function datasetNodes(): { __typename: string; id: string }[] {
  const d = readDataset().dataset;
  const of = (type: string, ids: string[]) => ids.map((id) => ({ __typename: type, id }));
  return [
    ...of('Association', [d.association.id]),
    ...of(
      'Organization',
      d.organizations.map((o) => o.id),
    ),
    ...of(
      'Person',
      d.people.map((p) => p.id),
    ),
    ...of(
      'Source',
      d.sources.map((s) => s.id),
    ),
    ...of(
      'MembershipReport',
      d.membershipReports.map((r) => r.id),
    ),
    ...of(
      'Agreement',
      d.agreements.map((a) => a.id),
    ),
    ...of(
      'BoardRole',
      d.roles.map((r) => r.id),
    ),
    ...of(
      'Country',
      d.countries.map((c) => `Country:${c.code}`),
    ),
    ...of(
      'Region',
      d.regions.map((r) => `Region:${r.slug}`),
    ),
    ...of(
      'District',
      d.districts.map((r) => `District:${r.slug}`),
    ),
    ...of(
      'City',
      d.cities.map((c) => `City:${c.slug}`),
    ),
    ...of(
      'Event',
      d.events.map((e) => `Event:${e.slug}`),
    ),
    ...of(
      'Programme',
      d.programmes.map((p) => `Programme:${p.slug}`),
    ),
    ...of(
      'Goal',
      d.goals.map((g) => `Goal:${g.code}`),
    ),
  ];
}

describe('node ids', () => {
  test('every record of the dataset and every partnership is a node: nodes(ids) answers each with its type, all ids unique', async () => {
    const expected = [...datasetNodes(), ...(await partnershipIds()).map((id) => ({ __typename: 'Partnership', id }))];
    expect(expected.length).toBeGreaterThan(500);
    expect(new Set(expected.map((n) => n.__typename)).size).toBe(15);
    expect(new Set(expected.map((n) => n.id)).size).toBe(expected.length);
    const answered: Typed[] = [];
    for (let i = 0; i < expected.length; i += 100) answered.push(...(await nodes(expected.slice(i, i + 100).map((n) => n.id))));
    expect(answered).toEqual(expected);
  });

  test("the ids the API's own lists give are the dataset's node ids, unique across types", async () => {
    const lists = [
      'organizations(first: 100) { nodes { id sources { source { id } } } }',
      'organizations(first: 100) { nodes { roles { id person { id } } } }',
      'association { id membershipReports { id } goals { id } }',
      'countries { id } regions { id } districts { id } cities { id } programmes { id }',
      'events(first: 500) { id agreements { id } }',
    ];
    const answers = await Promise.all(lists.map((list) => server.gql(`{ ${list} }`)));
    expect(answers.flatMap((res) => res.errors ?? [])).toEqual([]);
    const ids = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value !== null && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'id') ids.add(inner as string);
          else collect(inner);
        }
      }
    };
    collect(answers.map((res) => res.data));
    const known = new Map(datasetNodes().map((n) => [n.id, n.__typename]));
    expect([...ids].filter((id) => !known.has(id))).toEqual([]);
    // Each list gave ids of one type only: a shared id would have made the dataset's list fail above.
    const types = new Set([...ids].map((id) => known.get(id)));
    expect([...types].sort()).toEqual(
      ['Agreement', 'Association', 'BoardRole', 'City', 'Country', 'District', 'Event', 'Goal', 'MembershipReport', 'Organization']
        .concat(['Person', 'Programme', 'Region', 'Source'])
        .sort(),
    );
  });
});

/** One object of each type, reached the usual way, and the fields to compare with what `node` answers. */
const ROUND_TRIPS: { type: string; query: string; path: (string | number)[]; fields: string }[] = [
  {
    type: 'Organization',
    query: 'organization(slug: "stanica")',
    path: ['x'],
    fields: 'id slug name kind sector founded city { id name } memberships { since association { id } }',
  },
  {
    type: 'Association',
    query: 'association',
    path: ['x'],
    fields: 'id slug name nameEn acronym memberCount(asOf: "2011-07-03") { certain }',
  },
  { type: 'Person', query: 'person(slug: "aleksandar-gubas")', path: ['x'], fields: 'id slug name aliases city { id }' },
  {
    type: 'Source',
    query: 'organization(slug: "stanica") { sources { source',
    path: ['x', 'sources', 0, 'source'],
    fields: 'id url title',
  },
  { type: 'City', query: 'city(slug: "zajecar")', path: ['x'], fields: 'id slug name nameCyr district { id } region { id }' },
  { type: 'District', query: 'district(slug: "juznobacki-okrug")', path: ['x'], fields: 'id slug name region { id }' },
  { type: 'Region', query: 'region(slug: "region-vojvodine")', path: ['x'], fields: 'id slug name nameEn' },
  { type: 'Country', query: 'country(code: "RS")', path: ['x'], fields: 'id code name southeastEurope' },
  {
    type: 'Event',
    query: 'event(slug: "founding-assembly-2011-belgrade")',
    path: ['x'],
    fields: 'id slug kind name startDate city { id }',
  },
  { type: 'Programme', query: 'programme(slug: "fond-solidarnosti")', path: ['x'], fields: 'id slug name kind startDate' },
  { type: 'Goal', query: 'goals', path: ['x', 0], fields: 'id code titleEn themes' },
  {
    type: 'MembershipReport',
    query: 'association { membershipReports',
    path: ['x', 'membershipReports', 1],
    fields: 'id asOf memberCount cityCount',
  },
  {
    type: 'Agreement',
    query: 'event(slug: "national-conference-2011-zrenjanin") { agreements',
    path: ['x', 'agreements', 0],
    fields: 'id name signed parties { id }',
  },
  {
    type: 'BoardRole',
    query: 'person(slug: "aleksandar-gubas") { roles',
    path: ['x', 'roles', 0],
    fields: 'id title since organization { id }',
  },
  {
    type: 'Partnership',
    query: 'partnerships(first: 3) { nodes',
    path: ['x', 'nodes', 2],
    fields: 'id origin since a { id } b { id } via { kind key }',
  },
];

describe('node(id:) round trips', () => {
  test.each(ROUND_TRIPS)('$type: node(id: x.id) answers the same object, with the same fields', async ({ type, query, path, fields }) => {
    const closing = '}'.repeat(query.split('{').length - 1);
    const first = await server.gql(`{ x: ${query} { __typename ${fields} } ${closing} }`);
    expect(first.errors).toBeUndefined();
    const object = path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], first.data) as Typed & object;
    expect(object.__typename).toBe(type);
    const again = await server.gql<{ node: unknown }>(`query ($id: ID!) { node(id: $id) { __typename ... on ${type} { ${fields} } } }`, {
      id: object.id,
    });
    expect(again.errors).toBeUndefined();
    expect(again.data!.node).toEqual(object);
  });

  test('the keyed types have "Type:key" ids and keep their slugs and codes', async () => {
    const res = await server.gql(`{
      city(slug: "beograd") { id slug } country(code: "RS") { id code } event(slug: "founding-assembly-2011-belgrade") { id slug }
      goals { id code }
    }`);
    expect(res.data).toMatchObject({
      city: { id: 'City:beograd', slug: 'beograd' },
      country: { id: 'Country:RS', code: 'RS' },
      event: { id: 'Event:founding-assembly-2011-belgrade', slug: 'founding-assembly-2011-belgrade' },
    });
    expect((res.data!.goals as { id: string }[])[0]).toEqual({ id: 'Goal:G01', code: 'G01' });
  });

  test('the association is one object with one id: node answers it as an Association, with its Organization fields', async () => {
    const res = await server.gql<{ node: unknown; organization: { __typename: string; id: string } }>(`{
      node(id: "org-nkss") { __typename id ... on Association { slug acronym isAssociation } }
      organization(id: "org-nkss") { __typename id }
    }`);
    expect(res.data).toEqual({
      node: { __typename: 'Association', id: 'org-nkss', slug: 'nkss', acronym: 'NKSS', isAssociation: true },
      organization: { __typename: 'Organization', id: 'org-nkss' },
    });
  });
});

describe('nodes(ids:)', () => {
  test('keeps the order of the ids, null for unknown and malformed ones', async () => {
    const ids = ['City:beograd', 'org-stanica', 'no-such-id', 'City:no-such-city', 'Planet:mars', 'Goal:G01', '', 'City:', 'org-nkss'];
    ids.push('COOPERATION|x|org-a|org-b', 'report-2011-05-22-nkss', 'Country:RS', 'a b', 'person-aleksandar-gubas', 'org-stanica');
    expect(await nodes(ids)).toEqual([
      { __typename: 'City', id: 'City:beograd' },
      { __typename: 'Organization', id: 'org-stanica' },
      null,
      null,
      null,
      { __typename: 'Goal', id: 'Goal:G01' },
      null,
      null,
      { __typename: 'Association', id: 'org-nkss' },
      null,
      { __typename: 'MembershipReport', id: 'report-2011-05-22-nkss' },
      { __typename: 'Country', id: 'Country:RS' },
      null,
      { __typename: 'Person', id: 'person-aleksandar-gubas' },
      { __typename: 'Organization', id: 'org-stanica' },
    ]);
  });

  test('node(id:) answers null for an unknown id, not an error', async () => {
    const res = await server.gql('{ a: node(id: "org-no-such") { id } b: node(id: "Event:no-such") { id } c: node(id: "::") { id } }');
    expect(res).toMatchObject({ status: 200, data: { a: null, b: null, c: null } });
    expect(res.errors).toBeUndefined();
  });

  test('more than 100 ids, or an id longer than 400 characters, is BAD_USER_INPUT on ids', async () => {
    const many = await server.gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 101 }, (_, i) => `org-${i}`),
    });
    expect(many.data).toBeNull();
    expect(many.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentPath: ['ids'] }) }),
    ]);
    const long = await server.gql('query ($id: ID!) { node(id: $id) { id } }', { id: 'x'.repeat(401) });
    expect(long.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentPath: ['id'] }) }),
    ]);
  });
});
