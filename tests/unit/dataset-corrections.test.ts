import fs from 'node:fs';
import type { Dataset } from '../../src/dataset/dataset.types';
import { toGraphRows } from '../../src/dataset/graph-rows';
import { datasetPath } from '../../src/dataset/load';
import { validateDataset } from '../../src/dataset/validate';

/**
 * Dataset corrections (issue 10), each checked against data/nkss.json as it stands, so that each stays true: the value the
 * sources in the project's shared material state, and the citation that states it.
 */
const data: Dataset = validateDataset(JSON.parse(fs.readFileSync(datasetPath, 'utf8')));
const rows = toGraphRows(data);

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
