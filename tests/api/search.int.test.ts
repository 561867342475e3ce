import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

type Hit = { kind: string; name: string };
async function search(text: string, kinds?: string[]): Promise<Hit[]> {
  const res = await server.gql<{ search: Hit[] }>(
    `query S($text: String!, $kinds: [SearchKind!]) { search(text: $text, kinds: $kinds) { kind name } }`,
    { text, kinds },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.search;
}

describe('search', () => {
  test.each(['Zajecar', 'zaječar', 'ZAJEČAR', 'Зајечар', 'зајеч'])('"%s" finds the city of Zaječar first', async (text) => {
    expect((await search(text, ['CITY']))[0]).toEqual({ kind: 'CITY', name: 'Zaječar' });
  });

  test('đ folds to dj in both scripts: Đurović, Djurovic and Ђуровић find Ksenija Đurović', async () => {
    for (const text of ['Đurović', 'djurovic', 'Ђуровић']) {
      expect(await search(text, ['PERSON'])).toEqual([{ kind: 'PERSON', name: 'Ksenija Đurović' }]);
    }
  });

  test('aliases are searchable: "Rex" finds Kulturni centar Reks', async () => {
    expect((await search('Rex', ['ORGANIZATION'])).map((h) => h.name)).toContain('Kulturni centar Reks');
  });

  test('the node of a hit resolves to the record', async () => {
    const res = await server.gql(`{ search(text: "Novi Pazar", kinds: [EVENT]) { node { ... on Event { slug } } } }`);
    expect(res.data).toEqual({ search: [{ node: { slug: 'electoral-assembly-2017-novi-pazar' } }] });
  });

  test('an organization hit asked only for id, slug and name (no row read) answers as with its whole row', async () => {
    type Node = { __typename: string; id: string; slug: string; name: string; kind?: string } | null;
    const ask = async (fields: string) => {
      const res = await server.gql<{ search: { name: string; node: Node }[] }>(
        `{ search(text: "kultur", first: 30) { name node { __typename ... on Organization { ${fields} } ... on City { slug } } } }`,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.search;
    };
    const core = await ask('id slug name');
    const whole = await ask('id slug name kind');
    expect(core.filter((h) => h.node?.__typename === 'Organization').length).toBeGreaterThan(3);
    expect(core).toEqual(whole.map((h) => ({ ...h, node: h.node && { ...h.node, kind: undefined } })).map(withoutUndefined));
    expect(whole.some((h) => typeof h.node?.kind === 'string')).toBe(true);
  });

  test('Lucene syntax in the text is treated as words, not operators', async () => {
    expect(await search('foo" OR name:*')).toEqual([]);
    expect(await search('(zaječar)~^')).toEqual(expect.arrayContaining([{ kind: 'CITY', name: 'Zaječar' }]));
  });
});

/** A hit as JSON gives it: a key whose value is undefined is left out. */
function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
