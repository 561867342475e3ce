import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('events', () => {
  test('the 2011 timeline: Zrenjanin conference, BIFC presentation, workshop, founding assembly, Zaječar assembly, first festival', async () => {
    const res = await server.gql(`{ events(from: "2011-01-01", to: "2011-12-31") { slug kind startDate endDate city { name } } }`);
    expect(res.data).toEqual({
      events: [
        {
          slug: 'national-conference-2011-zrenjanin',
          kind: 'NATIONAL_CONFERENCE',
          startDate: '2011-01-15',
          endDate: '2011-01-16',
          city: { name: 'Zrenjanin' },
        },
        {
          slug: 'presentation-bifc-regional-office-2011-belgrade',
          kind: 'OTHER',
          startDate: '2011-03',
          endDate: null,
          city: { name: 'Beograd' },
        },
        {
          slug: 'workshop-zajednicko-delovanje-2011-belgrade',
          kind: 'WORKSHOP',
          startDate: '2011-04',
          endDate: null,
          city: { name: 'Beograd' },
        },
        {
          slug: 'founding-assembly-2011-belgrade',
          kind: 'FOUNDING_ASSEMBLY',
          startDate: '2011-05-22',
          endDate: '2011-05-22',
          city: { name: 'Beograd' },
        },
        {
          slug: 'regular-assembly-2011-zajecar',
          kind: 'REGULAR_ASSEMBLY',
          startDate: '2011-07-02',
          endDate: '2011-07-03',
          city: { name: 'Zaječar' },
        },
        {
          slug: 'festival-na-sopstveni-pogon-2011',
          kind: 'FESTIVAL_EDITION',
          startDate: '2011-10-25',
          endDate: '2011-11-05',
          city: { name: 'Beograd' },
        },
      ],
    });
  });

  test('announced assemblies are kept apart from held ones', async () => {
    const res = await server.gql(`{ events(kind: [REGULAR_ASSEMBLY], status: ANNOUNCED) { slug status } }`);
    expect(res.data).toEqual({
      events: [
        { slug: 'regular-assembly-2014-smederevo', status: 'ANNOUNCED' },
        { slug: 'regular-assembly-2022', status: 'ANNOUNCED' },
        { slug: 'regular-assembly-2024-vrsac', status: 'ANNOUNCED' },
      ],
    });
  });

  test('the Novi Pazar electoral assembly admitted nine organizations and one individual', async () => {
    const res = await server.gql<{ event: { admittedMembers: { member: { __typename: string; name: string } }[] } }>(`{
      event(slug: "electoral-assembly-2017-novi-pazar") { admittedMembers { member { __typename ... on Organization { name } ... on Person { name } } } }
    }`);
    const members = res.data!.event.admittedMembers.map((m) => m.member);
    expect(members).toHaveLength(10);
    expect(members.filter((m) => m.__typename === 'Person')).toEqual([{ __typename: 'Person', name: 'Slobodan Stošić' }]);
  });

  test('the Zrenjanin conference is where the protocol with the Ministry of Culture was signed', async () => {
    const res = await server.gql<{ event: { agreements: { id: string; parties: { slug: string; sector: string }[] }[] } }>(`{
      event(slug: "national-conference-2011-zrenjanin") { agreements { id parties { slug sector } } }
    }`);
    const [agreement] = res.data!.event.agreements;
    expect(agreement.id).toBe('agreement-2011-protocol-ministry-of-culture');
    expect(agreement.parties.map((p) => `${p.slug}:${p.sector}`).sort()).toEqual([
      'ministarstvo-kulture-republike-srbije:PUBLIC',
      'nkss:CIVIL',
    ]);
  });

  test('the Zaječar assembly carries both reports for 2011-07-03, the association’s 53/15 and the press’s 52/16', async () => {
    const res = await server.gql(
      `{ event(slug: "regular-assembly-2011-zajecar") { membershipReports { memberCount cityCount primary } } }`,
    );
    expect(res.data).toEqual({
      event: {
        membershipReports: [
          { memberCount: 53, cityCount: 15, primary: true },
          { memberCount: 52, cityCount: 16, primary: false },
        ],
      },
    });
  });
});
