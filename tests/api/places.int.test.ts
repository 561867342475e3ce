import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('places', () => {
  test('Zaječar: Cyrillic name, district, region, 2022 census population, and the 2011 assembly held there', async () => {
    const res = await server.gql(`{
      city(slug: "zajecar") { name nameCyr type population2022 district { name } region { slug } country { code } events { slug } }
    }`);
    expect(res.data).toEqual({
      city: {
        name: 'Zaječar',
        nameCyr: 'Зајечар',
        type: 'CITY',
        population2022: 47991,
        district: { name: 'Zaječarski okrug' },
        region: { slug: 'region-juzne-i-istocne-srbije' },
        country: { code: 'RS' },
        events: [{ slug: 'regular-assembly-2011-zajecar' }],
      },
    });
  });

  test('Belgrade belongs to no district; Zabrežje rolls up through Obrenovac to Belgrade', async () => {
    const res = await server.gql(`{
      beograd: city(slug: "beograd") { district { slug } region { slug } places { slug } }
      zabrezje: city(slug: "zabrezje") { partOf { slug partOf { slug } } region { slug } }
    }`);
    expect(res.data).toEqual({
      beograd: { district: null, region: { slug: 'beogradski-region' }, places: [{ slug: 'mladenovac' }, { slug: 'obrenovac' }] },
      zabrezje: { partOf: { slug: 'obrenovac', partOf: { slug: 'beograd' } }, region: { slug: 'beogradski-region' } },
    });
  });

  test('members of Belgrade: six as of 2017-12-31, eight as of 2020-12-31 (Pobunjene čitateljke and UG Perilo Zabrežje joined in 2020)', async () => {
    const res = await server.gql<{ city: { m2017: unknown[]; m2020: { member: { slug: string } }[] } }>(`{
      city(slug: "beograd") {
        m2017: members(asOf: "2017-12-31") { member { ... on Organization { slug } } }
        m2020: members(asOf: "2020-12-31") { member { ... on Organization { slug } } }
      }
    }`);
    expect(res.data!.city.m2017).toHaveLength(6);
    expect(res.data!.city.m2020.map((m) => m.member.slug)).toEqual([
      'art-aparat',
      'art-brut-serbia',
      'knjigoskop',
      'opservatorijum',
      'pobunjene-citateljke',
      'reex',
      'udruzenje-satibara',
      'ug-perilo-zabrezje',
    ]);
  });

  test('members come at most `first` at a time, by name, and memberCount says how many there are', async () => {
    const res = await server.gql<{ city: { memberCount: number; two: { member: { slug: string } }[] } }>(`{
      city(slug: "beograd") { memberCount(asOf: "2020-12-31") two: members(asOf: "2020-12-31", first: 2) { member { ... on Organization { slug } } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.city.memberCount).toBe(8);
    expect(res.data!.city.two.map((m) => m.member.slug)).toEqual(['art-aparat', 'art-brut-serbia']);
    const tooMany = await server.gql(`{ region(slug: "region-vojvodine") { members(first: 101) { since } } }`);
    expect(tooMany.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test('regions with member counts, ever and as of 2017-12-31 (an individual member in Novi Sad counts)', async () => {
    const res = await server.gql(`{ regions { slug memberCount m2017: memberCount(asOf: "2017-12-31") } }`);
    expect(res.data).toEqual({
      regions: [
        { slug: 'beogradski-region', memberCount: 8, m2017: 6 },
        { slug: 'region-juzne-i-istocne-srbije', memberCount: 1, m2017: 1 },
        { slug: 'region-sumadije-i-zapadne-srbije', memberCount: 0, m2017: 0 },
        { slug: 'region-vojvodine', memberCount: 4, m2017: 4 },
      ],
    });
  });

  test('24 districts, 4 regions; Southeast European countries are flagged', async () => {
    const res = await server.gql<{ districts: unknown[]; see: { code: string }[]; other: { code: string }[] }>(
      `{ districts { slug } see: countries(southeastEurope: true) { code } other: countries(southeastEurope: false) { code } }`,
    );
    expect(res.data!.districts).toHaveLength(24);
    expect(res.data!.see.map((c) => c.code).sort()).toEqual(['BA', 'HR', 'ME', 'MK', 'RS', 'SI', 'XK']);
    expect(res.data!.other.map((c) => c.code)).toEqual(['CH']);
  });
});
