import 'reflect-metadata';
import { CountQualifier } from '../../src/graph/association/association.type';
import {
  distribution,
  gini,
  herfindahlHirschman,
  normalizedEntropy,
  perHundredThousand,
  populationOf,
  round6,
  shares,
} from '../../src/graph/analytics/decentralization';
import {
  chooseBasis,
  compareWithPrevious,
  countingReport,
  levelUnitOf,
  measure,
  previousStep,
  steps,
} from '../../src/graph/analytics/decentralization.assemble';
import type { ReportRow, UnitPlace } from '../../src/graph/analytics/decentralization.repository';
import { DecentralizationBasis, DecentralizationLevel, DecentralizationUnitKind } from '../../src/graph/analytics/decentralization.type';

/** Σ_i Σ_j |c_i − c_j| / (2 n² c̄): the definition, to check the sorted formula against. */
function giniByDefinition(counts: number[]): number {
  const n = counts.length;
  const mean = counts.reduce((a, b) => a + b, 0) / n;
  let diff = 0;
  for (const a of counts) for (const b of counts) diff += Math.abs(a - b);
  return diff / (2 * n * n * mean);
}

describe('decentralization maths (hand-computed)', () => {
  test('shares of [3, 1] are 3/4 and 1/4; units with no member are left out', () => {
    expect(shares([3, 1])).toEqual([0.75, 0.25]);
    expect(shares([3, 0, 1])).toEqual([0.75, 0.25]);
  });

  test('[3, 1]: HHI 0.5625 + 0.0625 = 0.625; entropy −(¾ ln ¾ + ¼ ln ¼)/ln 2 = 0.811278; Gini 4/16 = 0.25', () => {
    expect(herfindahlHirschman([3, 1])).toBe(0.625);
    expect(round6(normalizedEntropy([3, 1]))).toBe(0.811278);
    expect(gini([3, 1])).toBeCloseTo(0.25, 12);
  });

  test('[5, 3, 1, 1]: HHI 0.36, entropy 1.168283/ln 4 = 0.842738, Gini 28/80 = 0.35', () => {
    expect(herfindahlHirschman([5, 3, 1, 1])).toBeCloseTo(0.36, 12);
    expect(round6(normalizedEntropy([5, 3, 1, 1]))).toBe(0.842738);
    expect(gini([5, 3, 1, 1])).toBeCloseTo(0.35, 12);
    expect(gini([5, 3, 1, 1])).toBeCloseTo(giniByDefinition([5, 3, 1, 1]), 12);
  });

  test('an even spread: HHI 1/n, entropy 1, Gini 0', () => {
    expect(herfindahlHirschman([2, 2, 2, 2])).toBe(0.25);
    expect(normalizedEntropy([2, 2, 2, 2])).toBeCloseTo(1, 12);
    expect(gini([2, 2, 2, 2])).toBe(0);
  });

  test('one unit: HHI 1, entropy defined as 0 (n ≤ 1), Gini 0', () => {
    expect(herfindahlHirschman([7])).toBe(1);
    expect(normalizedEntropy([7])).toBe(0);
    expect(gini([7])).toBe(0);
    expect(distribution([7, 0])).toEqual({ total: 7, unitsReached: 1, shares: [1], herfindahlHirschman: 1, entropy: 0, gini: 0 });
  });

  test('empty (or only zeros): no distribution, every measure null', () => {
    expect(shares([])).toEqual([]);
    expect(herfindahlHirschman([])).toBeNull();
    expect(normalizedEntropy([0, 0])).toBeNull();
    expect(gini([])).toBeNull();
    expect(distribution([0])).toBeNull();
  });

  test('the sorted Gini formula equals the mean-absolute-difference definition', () => {
    for (const counts of [
      [1, 2, 3, 4],
      [8, 1, 1, 1, 1, 1],
      [10, 1],
      [4, 5, 1],
      [1, 1, 2, 3, 5, 8, 13],
    ]) {
      expect(gini(counts)).toBeCloseTo(giniByDefinition(counts), 12);
    }
    expect(gini([1, 2, 3, 4])).toBeCloseTo(0.25, 12);
    expect(gini([4, 5, 1])).toBeCloseTo(16 / 60, 12);
  });

  test('a negative or non-finite count is refused', () => {
    expect(() => shares([1, -1])).toThrow(RangeError);
    expect(() => gini([Number.NaN])).toThrow(RangeError);
  });

  test('per 100,000 inhabitants: 4 members in 1,600,000 → 0.25; 3 in 300,000 → 1; no population → null', () => {
    expect(perHundredThousand(4, 1_600_000)).toBe(0.25);
    expect(perHundredThousand(3, 300_000)).toBe(1);
    expect(perHundredThousand(3, null)).toBeNull();
    expect(perHundredThousand(3, 0)).toBeNull();
  });

  test('population: 2022 where present, else 2011, else none', () => {
    expect(populationOf({ population2022: 30681, population2011: 37351 })).toEqual({ population: 30681, year: 2022 });
    expect(populationOf({ population2022: null, population2011: 260237 })).toEqual({ population: 260237, year: 2011 });
    expect(populationOf({ population2022: null, population2011: null })).toBeNull();
  });

  test('round6 rounds to 6 decimals and keeps null', () => {
    expect(round6(2 / 3)).toBe(0.666667);
    expect(round6(null)).toBeNull();
  });
});

const region = { slug: 'beogradski-region', name: 'Beogradski region', sortName: 'beogradski region' };
const vojvodina = { slug: 'region-vojvodine', name: 'Region Vojvodine', sortName: 'region vojvodine' };
const place = (slug: string, extra: Partial<UnitPlace> = {}): UnitPlace => ({
  slug,
  name: slug,
  sortName: slug,
  population2022: null,
  population2011: null,
  district: { slug: `${slug}-okrug`, name: `${slug} okrug`, sortName: `${slug} okrug` },
  region: vojvodina,
  ...extra,
});
const beograd = place('beograd', { district: null, region, population2022: 1_600_000 });

function report(id: string, asOf: string, earliest: string, latest: string, extra: Partial<ReportRow> = {}): ReportRow {
  return {
    id,
    uid: `MembershipReport:${id}`,
    asOf,
    asOfEarliest: earliest,
    asOfLatest: latest,
    memberCount: 10,
    memberQualifier: CountQualifier.EXACT,
    memberUnit: null,
    cityCount: 2,
    cityQualifier: CountQualifier.EXACT,
    cityUnit: null,
    primary: true,
    note: null,
    listsCities: false,
    eventSlug: null,
    citySlugs: [],
    publishers: [],
    units: [],
    ...extra,
  };
}

describe('which report counts on a date', () => {
  const y2012 = report('r-2012', '2012', '2012-01-01', '2012-12-31');
  const june = report('r-2012-06', '2012-06', '2012-06-01', '2012-06-30');
  const ours = report('r-ours', '2011-07-03', '2011-07-03', '2011-07-03', { memberCount: 53, cityCount: 15 });
  const press = report('r-press', '2011-07-03', '2011-07-03', '2011-07-03', { memberCount: 52, cityCount: 16, primary: false });
  const echo = report('r-echo', '2011-07-03', '2011-07-03', '2011-07-03', { memberCount: 53, cityCount: 15, primary: false });

  test('a report dated "2012" counts only from 2012-12-31', () => {
    expect(countingReport([ours, y2012], '2012-12-30')?.report.id).toBe('r-ours');
    expect(countingReport([ours, y2012], '2012-12-31')?.report.id).toBe('r-2012');
    expect(countingReport([ours], '2011-07-02')).toBeNull();
  });

  test('the later bound wins, then the more precise date', () => {
    expect(countingReport([y2012, june], '2012-07-01')?.report.id).toBe('r-2012-06');
    const day = report('r-day', '2012-06-30', '2012-06-30', '2012-06-30');
    expect(countingReport([june, day], '2012-06-30')?.report.id).toBe('r-day');
  });

  test('among reports of one date the primary wins; only the disagreeing others are listed', () => {
    const c = countingReport([press, echo, ours], '2011-08-01')!;
    expect(c.report.id).toBe('r-ours');
    expect(c.disagreeing.map((r) => r.id)).toEqual(['r-press']);
  });

  test('AUTO: MEMBERS when complete against the report (> n for "more than n") or without one; else REPORT', () => {
    expect(chooseBasis(DecentralizationBasis.AUTO, null, 0)).toBe(DecentralizationBasis.MEMBERS);
    expect(chooseBasis(DecentralizationBasis.AUTO, ours, 53)).toBe(DecentralizationBasis.MEMBERS);
    expect(chooseBasis(DecentralizationBasis.AUTO, ours, 52)).toBe(DecentralizationBasis.REPORT);
    const moreThan = report('r-mt', '2012-06', '2012-06-01', '2012-06-30', { memberCount: 50, memberQualifier: CountQualifier.MORE_THAN });
    expect(chooseBasis(DecentralizationBasis.AUTO, moreThan, 50)).toBe(DecentralizationBasis.REPORT);
    expect(chooseBasis(DecentralizationBasis.AUTO, moreThan, 51)).toBe(DecentralizationBasis.MEMBERS);
    expect(chooseBasis(DecentralizationBasis.REPORT, ours, 100)).toBe(DecentralizationBasis.REPORT);
    expect(chooseBasis(DecentralizationBasis.MEMBERS, ours, 0)).toBe(DecentralizationBasis.MEMBERS);
  });
});

describe('steps and units', () => {
  test('steps: assemblies and report dates, one per date, oldest first; previous step of a date', () => {
    const s = steps({
      assemblies: [
        { slug: 'founding', day: '2011-05-22' },
        { slug: 'zajecar', day: '2011-07-03' },
      ],
      reports: [
        report('a', '2011-05-22', '2011-05-22', '2011-05-22'),
        report('b', '2011-07-03', '2011-07-03', '2011-07-03', { eventSlug: 'zajecar' }),
        report('c', '2012', '2012-01-01', '2012-12-31', { eventSlug: 'pozega' }),
      ],
    });
    expect(s.map((x) => [x.day, x.eventSlug, x.reports.map((r) => r.id)])).toEqual([
      ['2011-05-22', 'founding', ['a']],
      ['2011-07-03', 'zajecar', ['b']],
      ['2012-12-31', 'pozega', ['c']],
    ]);
    const days = s.map((x) => x.day);
    expect(previousStep(days, '2011-07-03')).toBe('2011-05-22');
    expect(previousStep(days, '2011-08-01')).toBe('2011-05-22');
    expect(previousStep(days, '2011-05-22')).toBeNull();
    expect(previousStep(days, '2010-01-01')).toBeNull();
  });

  test('the City of Belgrade is its own unit at DISTRICT level; a place abroad has no district or region unit', () => {
    expect(levelUnitOf(beograd, DecentralizationLevel.DISTRICT)).toMatchObject({ kind: DecentralizationUnitKind.CITY, slug: 'beograd' });
    expect(levelUnitOf(beograd, DecentralizationLevel.REGION)).toMatchObject({
      kind: DecentralizationUnitKind.REGION,
      slug: 'beogradski-region',
    });
    const zagreb = place('zagreb', { district: null, region: null });
    expect(levelUnitOf(zagreb, DecentralizationLevel.CITY)).toMatchObject({ kind: DecentralizationUnitKind.CITY, slug: 'zagreb' });
    expect(levelUnitOf(zagreb, DecentralizationLevel.DISTRICT)).toBeNull();
    expect(levelUnitOf(zagreb, DecentralizationLevel.REGION)).toBeNull();
  });
});

describe('measure', () => {
  const alfa = place('alfa', { population2022: 300_000 });
  const members = {
    certain: 8,
    possible: 1,
    withoutUnit: 1,
    units: [
      { members: 4, unit: beograd },
      { members: 3, unit: alfa },
    ],
  };

  test('from members at CITY level: shares, per 100,000 and the measures, by hand', () => {
    const d = measure({
      asOf: '2020-06-30',
      level: DecentralizationLevel.CITY,
      requestedBasis: DecentralizationBasis.AUTO,
      counting: null,
      members,
      undatedReports: 0,
    });
    expect(d).toMatchObject({
      basis: DecentralizationBasis.MEMBERS,
      members: 8,
      membersInUnits: 7,
      membersWithoutUnit: 1,
      unitsReached: 2,
      shareOutsideCapital: round6(3 / 7),
      herfindahlHirschman: round6(16 / 49 + 9 / 49),
      entropy: round6(-((4 / 7) * Math.log(4 / 7) + (3 / 7) * Math.log(3 / 7)) / Math.log(2)),
      gini: round6(2 / (2 * 4 * 3.5)),
      coverage: { membersKnown: 8, membersPossible: 1, membersReported: null, membersReportedQualifier: null, ratio: null },
    });
    expect(d.units!.map((u) => [u.slug, u.members, u.share, u.population, u.populationYear, u.perHundredThousand])).toEqual([
      ['beograd', 4, round6(4 / 7), 1_600_000, 2022, 0.25],
      ['alfa', 3, round6(3 / 7), 300_000, 2022, 1],
    ]);
    expect(d.notes).toContain('1 of the 8 members has no known place: counted in members, in no unit.');
  });

  test('from a report without a city list: CITY level gives its city count; DISTRICT level is null with the reason', () => {
    const r = report('r', '2020', '2020-01-01', '2020-12-31', {
      memberCount: 80,
      memberQualifier: CountQualifier.ABOUT,
      cityCount: 15,
      cityQualifier: CountQualifier.MORE_THAN,
    });
    const input = {
      asOf: '2021-01-01',
      requestedBasis: DecentralizationBasis.AUTO,
      counting: { report: r, disagreeing: [] },
      members,
      undatedReports: 0,
    };
    const city = measure({ ...input, level: DecentralizationLevel.CITY });
    expect(city).toMatchObject({
      basis: DecentralizationBasis.REPORT,
      members: 80,
      membersQualifier: CountQualifier.ABOUT,
      unitsReached: 15,
      unitsReachedQualifier: CountQualifier.MORE_THAN,
      units: null,
      herfindahlHirschman: null,
      coverage: { membersKnown: 8, membersReported: 80, ratio: 0.1 },
    });
    const district = measure({ ...input, level: DecentralizationLevel.DISTRICT });
    expect(district).toMatchObject({ unitsReached: null, unitsReachedQualifier: null, units: null });
    expect(district.notes.some((n) => n.includes('lists no cities, so they cannot be placed in districts'))).toBe(true);
  });

  test('newUnits: units not reached at the previous step; all when there is none; null when the previous has no list', () => {
    const base = {
      level: DecentralizationLevel.CITY,
      requestedBasis: DecentralizationBasis.MEMBERS,
      counting: null,
      undatedReports: 0,
    };
    const before = measure({
      ...base,
      asOf: '2019-10-01',
      members: { certain: 2, possible: 0, withoutUnit: 0, units: [{ members: 2, unit: beograd }] },
    });
    const now = measure({ ...base, asOf: '2020-06-30', members });
    expect(compareWithPrevious(now, before, '2019-10-01').newUnits!.map((u) => u.slug)).toEqual(['alfa']);
    expect(now.comparedWith).toBe('2019-10-01');
    const first = measure({ ...base, asOf: '2019-10-01', members });
    expect(compareWithPrevious(first, null, null).newUnits!.map((u) => u.slug)).toEqual(['alfa', 'beograd']);
    const noList = measure({ ...base, requestedBasis: DecentralizationBasis.REPORT, asOf: '2019-01-01', members });
    const after = measure({ ...base, asOf: '2020-06-30', members });
    expect(compareWithPrevious(after, noList, '2019-01-01').newUnits).toBeNull();
  });
});
