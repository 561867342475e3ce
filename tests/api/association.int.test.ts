import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

interface Report {
  asOf: string | null;
  memberCount: number | null;
  cityCount: number | null;
  primary: boolean;
  cities: { name: string }[] | null;
  sources: { source: { url: string } }[];
}

describe('association', () => {
  test('the NKSS pursues 11 goals; decentralization is G05 and regional cooperation G03', async () => {
    const res = await server.gql<{ association: { name: string; goals: { code: string }[]; d: unknown[]; r: unknown[] } }>(`{
      association(slug: "nkss") {
        name goals { code }
        d: goals(theme: "decentralization") { code titleSr }
        r: goals(theme: "regional-cooperation") { code }
      }
    }`);
    const a = res.data!.association;
    expect(a.name).toBe('Nezavisna kulturna scena Srbije');
    expect(a.goals.map((g) => g.code)).toEqual(['G01', 'G02', 'G03', 'G04', 'G05', 'G06', 'G07', 'G08', 'G09', 'G10', 'G11']);
    expect(a.d).toEqual([{ code: 'G05', titleSr: 'decentralizacija kulture u Srbiji' }]);
    expect(a.r).toEqual([{ code: 'G03' }]);
  });

  test('membership reports keep both 2011-07-03 reports with their sources; 28/10 and 53/15 list their cities', async () => {
    const res = await server.gql<{ association: { membershipReports: Report[] } }>(`{
      association { membershipReports { asOf memberCount cityCount primary cities { name } sources { source { url } } } }
    }`);
    const reports = res.data!.association.membershipReports;
    // 12 since the two counts of nkss-facts-additions.json (2012-09-18, 2013-06-06) were loaded (issue 10).
    expect(reports).toHaveLength(12);
    const [founding, ours, press] = reports;
    expect(founding).toMatchObject({ asOf: '2011-05-22', memberCount: 28, cityCount: 10, primary: true });
    expect(founding.cities!.map((c) => c.name)).toEqual([
      'Beograd',
      'Kragujevac',
      'Kruševac',
      'Niš',
      'Novi Sad',
      'Pirot',
      'Šabac',
      'Vranje',
      'Zaječar',
      'Zrenjanin',
    ]);
    expect(ours).toMatchObject({ asOf: '2011-07-03', memberCount: 53, cityCount: 15, primary: true });
    expect(ours.cities).toHaveLength(15);
    const added = ours.cities!.map((c) => c.name).filter((n) => !founding.cities!.some((c) => c.name === n));
    expect(added).toEqual(['Čačak', 'Majdanpek', 'Odžaci', 'Pančevo', 'Požega']);
    expect(press).toMatchObject({ asOf: '2011-07-03', memberCount: 52, cityCount: 16, primary: false, cities: null });
    expect(press.sources.map((s) => s.source.url)).toEqual([
      'http://konkursiregiona.net/odrzana-prva-redovna-skupstina-asocijacije-nezavisne-kulturne-scene-srbije/',
    ]);
    expect(reports[reports.length - 1]).toMatchObject({ asOf: null, memberCount: 100 });
  });

  test('member count and member cities from member-level data on a date', async () => {
    const res = await server.gql(`{
      association {
        m2011: memberCount(asOf: "2011-05-22") { certain possible }
        m2012: memberCount(asOf: "2012-03-01") { certain possible }
        m2020: memberCount(asOf: "2020-12-31") { certain possible }
        memberCities(asOf: "2020-12-31") { memberCount city { name } }
      }
    }`);
    expect(res.data).toEqual({
      association: {
        m2011: { certain: 1, possible: 0 },
        m2012: { certain: 1, possible: 0 },
        m2020: { certain: 16, possible: 0 },
        memberCities: [
          { memberCount: 8, city: { name: 'Beograd' } },
          { memberCount: 1, city: { name: 'Bela Crkva' } },
          { memberCount: 1, city: { name: 'Novi Sad' } },
          { memberCount: 1, city: { name: 'Pančevo' } },
          { memberCount: 1, city: { name: 'Subotica' } },
          { memberCount: 1, city: { name: 'Vranje' } },
        ],
      },
    });
  });

  test('an organization that is not an association is not returned by association()', async () => {
    const res = await server.gql(`{ association(slug: "remont") { id } }`);
    expect(res.data).toEqual({ association: null });
  });
});
