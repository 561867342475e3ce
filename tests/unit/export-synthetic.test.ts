import { generateSyntheticNetwork, mulberry32, parseSyntheticArgs, placeRows } from '../../src/cli/generate-synthetic';
import { readDataset } from '../../src/dataset/load';
import { isPartialDate, parsePartialDate } from '../../src/shared/partial-date';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed, a different one for another, all in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    const many = Array.from({ length: 10_000 }, mulberry32(7));
    expect(many.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(many.reduce((s, x) => s + x, 0) / many.length).toBeCloseTo(0.5, 1);
  });
});

describe('generateSyntheticNetwork', () => {
  const cities = readDataset().dataset.cities.map((c) => c.slug);
  const network = generateSyntheticNetwork({ organizations: 1000, partnerships: 5000, seed: 42 }, cities);

  it('is reproducible: the same options give the same rows', () => {
    expect(generateSyntheticNetwork({ organizations: 1000, partnerships: 5000, seed: 42 }, cities)).toEqual(network);
    expect(generateSyntheticNetwork({ organizations: 1000, partnerships: 5000, seed: 41 }, cities)).not.toEqual(network);
  });

  it('has the association, the organizations asked for, and exactly that many distinct ties without loops', () => {
    expect(network.organizations).toHaveLength(1001);
    expect(network.organizations[0]).toMatchObject({ id: 'syn-association', association: true, kind: 'NETWORK' });
    expect(network.organizations[1]).toMatchObject({ id: 'syn-org-1', name: 'Synthetic organization 1', association: false });
    expect(network.partnerships).toHaveLength(5000);
    const pairs = new Set(network.partnerships.map((p) => [p.from, p.to].sort().join('|')));
    expect(pairs.size).toBe(5000);
    expect(network.partnerships.some((p) => p.from === p.to)).toBe(false);
    expect(new Set(network.partnerships.map((p) => p.kind))).toEqual(new Set(['COOPERATION', 'AGREEMENT', 'CO_FOUNDING']));
  });

  it('places everyone in a real city and draws kinds and sectors from the real enums', () => {
    expect(network.organizations.every((o) => cities.includes(o.city as string))).toBe(true);
    const kinds = new Set(network.organizations.map((o) => o.kind));
    expect([...kinds].sort()).toEqual(['AGENCY', 'FUND', 'GOVERNMENT_BODY', 'INITIATIVE', 'INSTITUTION', 'NETWORK', 'ORGANIZATION']);
    expect(new Set(network.organizations.map((o) => o.sector))).toEqual(new Set(['CIVIL', 'PUBLIC', 'PRIVATE', null]));
  });

  it('makes about 80 % members, joined 2011–2024 with mixed precisions and consistent bounds', () => {
    const share = network.memberships.length / 1000;
    expect(share).toBeGreaterThan(0.75);
    expect(share).toBeLessThan(0.85);
    expect(new Set(network.memberships.map((m) => m.sincePrecision))).toEqual(new Set(['DAY', 'MONTH', 'YEAR']));
    for (const m of network.memberships) {
      const since = parsePartialDate(m.since as string);
      expect([since.earliest, since.latest]).toEqual([m.sinceEarliest, m.sinceLatest]);
      expect(since.earliest >= '2011-01-01' && since.latest <= '2024-12-31').toBe(true);
      if (m.until !== null) expect((m.untilEarliest as string) > (m.sinceLatest as string)).toBe(true);
    }
  });

  it('adds five programmes with participants and three networks with members, all dated in the source style', () => {
    expect(network.programmes.map((p) => p.slug)).toEqual([
      'syn-programme-1',
      'syn-programme-2',
      'syn-programme-3',
      'syn-programme-4',
      'syn-programme-5',
    ]);
    expect(network.programmes.every((p) => isPartialDate(p.start as string))).toBe(true);
    expect(network.participations.length).toBeGreaterThanOrEqual(50);
    expect(new Set(network.networkMemberships.map((m) => m.network))).toEqual(new Set(['syn-org-1', 'syn-org-2', 'syn-org-3']));
  });

  it('refuses sizes it cannot honour', () => {
    expect(() => generateSyntheticNetwork({ organizations: 10, partnerships: 1000, seed: 1 }, cities)).toThrow(
      'partnerships must be an integer from 0 to 22 for 10 organizations',
    );
  });
});

describe('placeRows', () => {
  it('takes only the places of the dataset and the links among them', () => {
    const { nodes, relationships } = placeRows(readDataset());
    // 8 countries, 4 regions, 24 districts, 46 cities.
    expect(nodes).toHaveLength(82);
    expect(new Set(relationships.map((r) => r.type))).toEqual(new Set(['IN_COUNTRY', 'IN_REGION', 'IN_DISTRICT', 'SEAT', 'PART_OF']));
  });
});

describe('parseSyntheticArgs', () => {
  it('defaults to 10,000 organizations, 100,000 partnerships, seed 42, batches of 5,000', () => {
    expect(parseSyntheticArgs([])).toEqual({
      organizations: 10000,
      partnerships: 100000,
      seed: 42,
      batchSize: 5000,
      reset: false,
      force: false,
    });
    expect(parseSyntheticArgs(['--organizations', '200', '--partnerships=300', '--seed', '7', '--force'])).toMatchObject({
      organizations: 200,
      partnerships: 300,
      seed: 7,
      force: true,
    });
    expect(() => parseSyntheticArgs(['--organizations', 'many'])).toThrow('--organizations needs a non-negative integer');
    expect(() => parseSyntheticArgs(['--size', '3'])).toThrow('unknown argument "--size"');
  });
});
