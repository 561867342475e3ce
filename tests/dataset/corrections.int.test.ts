import fs from 'node:fs';
import type { Dataset, RoleRecord } from '../../src/dataset/dataset.types';
import { toGraphRows } from '../../src/dataset/graph-rows';
import { datasetPath } from '../../src/dataset/load';
import { validateDataset } from '../../src/dataset/validate';
import { startTestServer, type TestServer } from '../helpers/server';

/**
 * Dataset corrections (issue 10), each checked against data/nkss.json as it stands and, where the API shows it, against
 * the graph the global setup loaded from it: the value the sources state, and the citation that states it. Each check
 * fails on the file as it was before its correction.
 */
const data: Dataset = validateDataset(JSON.parse(fs.readFileSync(datasetPath, 'utf8')));
const rows = toGraphRows(data);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- freely mutable JSON, to break records in ways the types forbid
type Json = Record<string, any>;
const clone = (): Json => structuredClone(data);
const role = (id: string): RoleRecord => data.roles.find((r) => r.id === id)!;

describe('1. district seats named in the places file', () => {
  it.each([
    ['sremski-okrug', 'sremska-mitrovica', 'Sremska Mitrovica', 'region-vojvodine'],
    ['branicevski-okrug', 'pozarevac', 'Požarevac', 'region-juzne-i-istocne-srbije'],
  ])('%s has its seat %s, a city of that district citing the district sources', (district, seat, name, region) => {
    const d = data.districts.find((x) => x.slug === district)!;
    expect(d.seat).toBe(seat);
    const city = data.cities.find((c) => c.slug === seat)!;
    expect(city).toMatchObject({ name, district, region, country: 'RS' });
    // The places file names the seat only in the district's record: the city cites the same pages, and states nothing else.
    expect(city.sources.map((c) => c.source)).toEqual(d.sources.map((c) => c.source));
    expect([city.lat, city.lon, city.population2022, city.population2011, city.nameCyr, city.type]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(rows.relationships).toContainEqual(expect.objectContaining({ type: 'SEAT', from: `District:${district}`, to: `City:${seat}` }));
  });

  it('leaves no district without its seat', () => {
    expect(data.districts.filter((d) => d.seat === null).map((d) => d.slug)).toEqual([]);
  });
});

describe('2. the association country its sources state', () => {
  it('records Serbia on the association, citing the page that names it so, and writes IN_COUNTRY like other organizations', () => {
    expect(data.association.country).toBe('RS');
    expect(data.association.sources).toContainEqual({ source: 'jadro-reg-lab-partners', quote: 'Asocijacija NKSS (Serbia)' });
    expect(rows.relationships).toContainEqual(
      expect.objectContaining({ type: 'IN_COUNTRY', from: `Organization:${data.association.id}`, to: 'Country:RS', owned: true }),
    );
  });

  it('validates a country reference on the association (an unknown code is refused)', () => {
    const input = structuredClone(data) as unknown as { association: { country: string } };
    input.association.country = 'ZZ';
    expect(() => validateDataset(input)).toThrow('association.country: unknown country "ZZ"');
  });
});

describe("3. a network's founding countries and a programme's partner countries (countries, SPANS_COUNTRY)", () => {
  const spans = (from: string): string[] =>
    rows.relationships
      .filter((r) => r.type === 'SPANS_COUNTRY' && r.from === from)
      .map((r) => r.to)
      .sort();

  it('links Kooperativa to the seven founding countries its quote names, and keeps Croatia as its one country', () => {
    const kooperativa = data.organizations.find((o) => o.slug === 'kooperativa')!;
    expect(kooperativa.country).toBe('HR');
    expect([...kooperativa.countries!].sort()).toEqual(['BA', 'HR', 'ME', 'MK', 'RS', 'SI', 'XK']);
    expect(kooperativa.sources).toContainEqual({
      source: 'kooperativa-who-we-are',
      quote:
        'Kooperativu su zajednički osnovale 21 organizacija nezavisne kulture iz zemalja regiona: Bosne i Hercegovine, Crne Gore, Hrvatske, Kosova, Makedonije, Slovenije i Srbije',
    });
    expect(spans('Organization:org-kooperativa')).toEqual(['BA', 'HR', 'ME', 'MK', 'RS', 'SI', 'XK'].map((c) => `Country:${c}`));
    expect(rows.relationships.filter((r) => r.type === 'IN_COUNTRY' && r.from === 'Organization:org-kooperativa')).toHaveLength(1);
  });

  it('links REG.LAB to the six countries of its partners, each citing the page that names it', () => {
    const regLab = data.programmes.find((p) => p.slug === 'reg-lab')!;
    expect([...regLab.countries!].sort()).toEqual(['BA', 'HR', 'MK', 'RS', 'SI', 'XK']);
    for (const quote of [
      'Anibar (Kosovo)',
      'Društvo Asociacija (Slovenia)',
      'Jadro Association (North Macedonia)',
      'Operacija grad (Croatia)',
      'OKC Abrašević (Bosnia and Herzegovina)',
      'Asocijacija NKSS (Serbia)',
    ])
      expect(regLab.sources).toContainEqual({ source: 'jadro-reg-lab-partners', quote });
    expect(spans('Programme:reg-lab')).toEqual(['BA', 'HR', 'MK', 'RS', 'SI', 'XK'].map((c) => `Country:${c}`));
  });
});

describe('4. events linked to the programme they belong to', () => {
  it.each([
    ['solidarity-fund-founding-2020', 'fond-solidarnosti', 'masina-fond-solidarnosti', 'Fond solidarnosti koji je ustanovljen 3. jula'],
    ['campaign-kultura-u-protestu-2013', 'kultura-u-protestu', 'nkss-2013-kultura-u-protestu', 'započinje kampanju “Kultura u protestu”'],
  ])('%s belongs to %s (a quote both records cite)', (event, programme, source, quote) => {
    const e = data.events.find((x) => x.slug === event)!;
    const p = data.programmes.find((x) => x.slug === programme)!;
    expect(e.programme).toBe(programme);
    for (const record of [e, p]) expect(record.sources.some((c) => c.source === source && (c.quote ?? '').includes(quote))).toBe(true);
    expect(rows.relationships).toContainEqual(
      expect.objectContaining({ type: 'HAD_EDITION', from: `Programme:${programme}`, to: `Event:${event}` }),
    );
  });
});

const BOARD_2020 =
  'Upravni odbor ostao je nepromenjen u sastavu: Maja Ćurčić, Sanja Radulović, Zoran Pantelić, Milica Pekić, Vladimir Đurić, Ksenija Đurović (zamenica predsednika), Aleksandar Popović (predsednik).';

describe('5. board roles: "in the role as of" (heldAsOf) apart from "began" (since)', () => {
  // Each role with the date on which its source shows it held, and the words that show it.
  const asOf: [string, string, string, string][] = [
    ['role-maja-curcic-nkss-board-member-2020', '2020-09-27', 'nkss-2020-10-skupstina', BOARD_2020],
    ['role-milica-pekic-nkss-board-member-2020', '2020-09-27', 'nkss-2020-10-skupstina', BOARD_2020],
    ['role-sanja-radulovic-nkss-board-member-2020', '2020-09-27', 'nkss-2020-10-skupstina', BOARD_2020],
    ['role-vladimir-djuric-nkss-board-member-2020', '2020-09-27', 'nkss-2020-10-skupstina', BOARD_2020],
    ['role-zoran-pantelic-nkss-board-member-2020', '2020-09-27', 'nkss-2020-10-skupstina', BOARD_2020],
    ['role-aleksandar-popovic-nkss-president-2020', '2020-09-27', 'nkss-2020-10-skupstina', BOARD_2020],
    ['role-ksenija-djurovic-nkss-deputy-president-2020', '2020-09-27', 'nkss-2020-10-skupstina', BOARD_2020],
    [
      'role-aleksandar-gubas-nkss-deputy-president-2023',
      '2023-06-08',
      'zabrezje-protest-nkss-2023',
      'Zamenik predsednice Upravnog odbora Asocijacije NKSS, Aleksandar Gubaš, otvorio je forum',
    ],
    [
      'role-gordana-ristic-nvo-generator-director-2011',
      '2011-01-20',
      'infovranjske-iskorak-sa-margine',
      'navodi Gordana RISTIĆ, direktorka NVO Generator.',
    ],
    [
      'role-gordana-ristic-ministarstvo-kulture-republike-srbije-commission-member-2011',
      '2011-05-26',
      'infovranjske-godina-nezavisne-scene',
      'Nedavno ste postali članica komisije oformljene pri Ministarstvu kulture, koja odlučuje o projektima iz muzičke sfere.',
    ],
    [
      'role-predrag-cveticanin-nkss-vice-president-2012-09-18',
      '2012-09-18',
      'plusonline-dani-nezavisne-kulture-pirot-2012',
      'Profesor Predrag Cvetičanin, potpredsednik Upravnog odbora Asocijacije kaže da su u okviru programa predviđeni performansi',
    ],
  ];

  it.each(asOf)('%s: no start (since null), held as of %s, as %s states', (id, heldAsOf, source, quote) => {
    expect(role(id)).toMatchObject({ since: null, heldAsOf });
    expect(role(id).sources).toContainEqual({ source, quote });
  });

  it('the dates that show the 2020 board, Gubaš and the two Ristić roles held come from their sources', () => {
    const assembly =
      'Održana je 10. redovna Skupština Asocijacije Nezavisne kulturne scene Srbije (NKSS), mreže civilnog društva u oblasti kulture i umetnosti u Srbiji, 26. i 27. septembra.';
    for (const [id] of asOf.slice(0, 7)) expect(role(id).sources).toContainEqual({ source: 'nkss-2020-10-skupstina', quote: assembly });
    expect(data.sources.find((s) => s.id === 'nkss-2020-10-skupstina')!.url).toContain('/2020/09/28/');
    expect(role(asOf[7][0]).sources).toContainEqual({
      source: 'zabrezje-protest-nkss-2023',
      quote: 'u kojem su 8.6.2023, osim organizatora učestvovali članovi ULUS-a, SULUJ-a i predstavnici umetnika u penziji.',
    });
    expect(data.sources.find((s) => s.id === 'infovranjske-iskorak-sa-margine')!.url).toContain('2011-01-20');
    expect(data.sources.find((s) => s.id === 'infovranjske-godina-nezavisne-scene')!.url).toContain('2011-05-26');
  });

  it('a role elected at an assembly keeps that day as its start', () => {
    expect(role('role-luka-knezevic-strika-nkss-president-2017-09-15')).toMatchObject({
      since: '2017-09-15',
      heldAsOf: null,
      electedAt: 'electoral-assembly-2017-novi-pazar',
    });
  });

  it('the validator checks heldAsOf as a partial date', () => {
    const input = clone();
    input.roles[0].heldAsOf = '2020-13';
    expect(() => validateDataset(input)).toThrow('roles[0].heldAsOf: must be YYYY, YYYY-MM or YYYY-MM-DD (got "2020-13")');
  });

  it('the API shows heldAsOf on BoardRole, and changes in 2020 reports none of those roles as begun', async () => {
    const person = await server.gql<{ person: { roles: { id: string; since: string | null; heldAsOf: string | null }[] } }>(
      '{ person(slug: "maja-curcic") { roles { id since heldAsOf } } }',
    );
    expect(person.data!.person.roles).toEqual([{ id: 'role-maja-curcic-nkss-board-member-2020', since: null, heldAsOf: '2020-09-27' }]);
    const changes = await server.gql<{ changes: { boardRolesBegun: { id: string }[]; notes: string[] } }>(
      '{ changes(from: "2019-12-31", to: "2020-12-31") { boardRolesBegun { id } notes } }',
    );
    expect(changes.errors).toBeUndefined();
    expect(changes.data!.changes.boardRolesBegun).toEqual([]);
    expect(changes.data!.changes.notes).toContain(
      '7 roles are shown held on a date in the range (heldAsOf) by a source that does not say when it began; not counted among the roles begun.',
    );
  });
});

describe('6. Emina Višnić, named in the facts: director of POGON, former Clubture coordinator, led the April 2011 workshop', () => {
  const director =
    'koju je vodila Emina Višnić, direktorka POGON-a – Zagrebačkog centra za nezavisnu kulturu i mlade i bivša koordinatorka mreže Clubture iz Zagreba.';

  it('is a person with her role at POGON (held as of the workshop, April 2011) and her affiliation with Clubture, each cited', () => {
    const person = data.people.find((p) => p.slug === 'emina-visnic')!;
    expect(person).toMatchObject({ id: 'person-emina-visnic', name: 'Emina Višnić' });
    expect(person.sources).toContainEqual({ source: 'nkss-saradnja', quote: director });
    expect(data.roles.filter((r) => r.person === person.id)).toEqual([
      expect.objectContaining({ organization: 'org-pogon', title: 'Director (direktorka)', since: null, heldAsOf: '2011-04', until: null }),
    ]);
    expect(data.affiliations.filter((a) => a.person === person.id)).toEqual([
      expect.objectContaining({ organization: 'org-clubture', sources: [{ source: 'nkss-saradnja', quote: director }] }),
    ]);
    // The workshop she led is a record already, with her name in its quote and facts.
    const workshop = data.events.find((e) => e.slug === 'workshop-zajednicko-delovanje-2011-belgrade')!;
    expect(workshop.start).toBe('2011-04');
    expect(workshop.sources.some((c) => c.quote?.includes('koju je vodila Emina Višnić'))).toBe(true);
  });

  it('links POGON and Clubture in the graph, through her', async () => {
    const path = await server.graph.readOne<{ person: string }>(
      `MATCH (:Organization {id: 'org-pogon'})<-[:OF]-(:BoardRole)<-[:HOLDS]-(p:Person)-[:WORKS_WITH]->(:Organization {id: 'org-clubture'})
       RETURN p.name AS person`,
    );
    expect(path).toEqual({ person: 'Emina Višnić' });
    const res = await server.gql<{ person: { roles: unknown[]; affiliations: unknown[] } }>(
      '{ person(slug: "emina-visnic") { roles { title heldAsOf organization { slug } } affiliations { organization { slug } } } }',
    );
    expect(res.data!.person).toEqual({
      roles: [{ title: 'Director (direktorka)', heldAsOf: '2011-04', organization: { slug: 'pogon' } }],
      affiliations: [{ organization: { slug: 'clubture' } }],
    });
  });
});

describe('7. values no source states are marked inferred, with the rule that made them', () => {
  const inferred: [string, string, string][] = [
    ['org-umetnicka-asocijacija-zrenjanin', 'city', 'city-in-name:'],
    ['org-udruzenje-satibara', 'kind', 'kind-from-legal-form-in-name:'],
    ['org-bifc', 'kind', 'kind-from-name:'],
  ];

  it.each(inferred)('%s: its %s is marked inferred by rule %s', (id, field, rule) => {
    const o = data.organizations.find((x) => x.id === id)!;
    expect(Object.keys(o.inferred!)).toEqual([field]);
    expect(o.inferred![field]).toMatch(new RegExp(`^${rule} `));
    expect(o[field as 'city' | 'kind']).not.toBeNull();
  });

  it('the "about 80" report of 2012 has its event marked inferred', () => {
    const r = data.membershipReports.find((x) => x.id === 'report-2012-vido')!;
    expect(r.event).toBe('regular-assembly-2012-pozega');
    expect(Object.keys(r.inferred!)).toEqual(['event']);
    expect(r.inferred!.event).toMatch(/^event-from-page-topic: /);
    expect(r.sources).toEqual([{ source: 'vido-prijem-u-nkss', quote: 'која тренутно броји око 80 организација.' }]);
  });

  it('the validator refuses a mark on a field the record lacks or holds no value in, and a mark without a rule', () => {
    const input = clone();
    const i = data.organizations.findIndex((o) => o.id === 'org-pogon');
    input.organizations[i].inferred = { kind: 'kind-from-name: x', colour: 'x', city: '' };
    expect(() => validateDataset(input)).toThrow(
      expect.objectContaining({
        problems: [
          { path: `organizations[${i}].inferred.kind`, message: 'marks a value the record does not hold' },
          { path: `organizations[${i}].inferred.colour`, message: 'is not a field it can infer' },
          { path: `organizations[${i}].inferred.city`, message: 'must name the rule that made the value' },
        ],
      }),
    );
  });

  it('the API shows the marks on Organization and MembershipReport, and none where every value is sourced', async () => {
    const res = await server.gql<{
      zrenjanin: { inferred: { field: string; rule: string }[] };
      pogon: { inferred: unknown[] };
      association: { membershipReports: { id: string; inferred: { field: string }[] }[] };
    }>(`{
      zrenjanin: organization(slug: "umetnicka-asocijacija-zrenjanin") { inferred { field rule } }
      pogon: organization(slug: "pogon") { inferred { field } }
      association(slug: "nkss") { membershipReports { id inferred { field } } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.zrenjanin.inferred).toEqual([
      { field: 'city', rule: data.organizations.find((o) => o.slug === 'umetnicka-asocijacija-zrenjanin')!.inferred!.city },
    ]);
    expect(res.data!.pogon.inferred).toEqual([]);
    expect(res.data!.association.membershipReports.filter((r) => r.inferred.length > 0)).toEqual([
      { id: 'report-2012-vido', inferred: [{ field: 'event' }] },
    ]);
  });
});

describe('8. the facts found later (nkss-facts-additions.json)', () => {
  it('loads the two membership counts of 2012 and 2013, each with its quote, qualifier and unit', () => {
    expect(data.membershipReports.find((r) => r.id === 'report-2012-09-18-press')).toMatchObject({
      asOf: '2012-09-18',
      memberCount: 80,
      memberQualifier: 'MORE_THAN',
      memberUnit: 'članica (members)',
      cityCount: null,
      cities: null,
      primary: false,
      sources: [
        {
          source: 'plusonline-dani-nezavisne-kulture-pirot-2012',
          quote:
            'Asocijacija predstavlja mrežu nevladinih organizaija i neformalnih umetničkih grupa koja okuplja više od 80 članica i godišnje realizuje do 1 500 programa.',
        },
      ],
    });
    expect(data.membershipReports.find((r) => r.id === 'report-2013-06-06-press')).toMatchObject({
      asOf: '2013-06-06',
      memberCount: 78,
      memberQualifier: 'EXACT',
      memberUnit: 'members from different towns',
      cityCount: null,
      primary: false,
      sources: [
        {
          source: 'exyuvesti-nkss-protest-2013-06',
          quote:
            'The Association of Independent Cultural Scene of Serbia (www.nezavisnakultura.net), on behalf of 78 members from different towns across the country, expresses strong protest',
        },
      ],
    });
  });

  it('loads the Days of the Independent Culture Scene in Pirot (18–19 September 2012), organized by the association', () => {
    expect(data.events.find((e) => e.slug === 'days-of-independent-culture-scene-2012-pirot')).toMatchObject({
      name: 'Dani nezavisne kulturne scene u Pirotu',
      start: '2012-09-18',
      end: '2012-09-19',
      city: 'pirot',
      status: 'HELD',
      organizers: ['org-nkss'],
    });
  });

  it('decentralizationTrend has its points of 2012 and 2013 from the new reports', async () => {
    const res = await server.gql<{ decentralizationTrend: { asOf: string; reports: { id: string }[] }[] }>(
      '{ decentralizationTrend(from: "2012-01-01", to: "2013-12-31") { asOf reports { id } } }',
    );
    expect(res.data!.decentralizationTrend.map((s) => s.asOf)).toEqual([
      '2012-06-24',
      '2012-06-30',
      '2012-09-18',
      '2012-12-31',
      '2013-05-31',
      '2013-06-06',
      '2013-06-23',
    ]);
    const byDay = Object.fromEntries(res.data!.decentralizationTrend.map((s) => [s.asOf, s.reports.map((r) => r.id)]));
    expect(byDay['2012-09-18']).toEqual(['report-2012-09-18-press']);
    expect(byDay['2013-06-06']).toEqual(['report-2013-06-06-press']);
  });
});
