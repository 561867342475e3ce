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
