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

  test('Lucene syntax in the text is treated as words, not operators', async () => {
    expect(await search('foo" OR name:*')).toEqual([]);
    expect(await search('(zaječar)~^')).toEqual(expect.arrayContaining([{ kind: 'CITY', name: 'Zaječar' }]));
  });
});
