/**
 * The notes of a decentralization answer: one function per note, each saying in words why a value is what it is (or
 * null). decentralization.assemble.ts decides which notes an answer gets; the wording lives here. Pure.
 */
import { CountQualifier } from '../association/association.type';
import type { ReportRow } from './decentralization.repository';
import { DecentralizationBasis, DecentralizationLevel, DecentralizationUnitKind, type DecentralizationUnit } from './decentralization.type';

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

const qualified = (count: number | null, qualifier: CountQualifier | null): string =>
  count === null
    ? 'no'
    : `${qualifier === CountQualifier.ABOUT ? 'about ' : qualifier === CountQualifier.MORE_THAN ? 'more than ' : ''}${count}`;

const levelWord: Record<DecentralizationLevel, { one: string; many: string }> = {
  CITY: { one: 'local self-government unit', many: 'local self-government units' },
  DISTRICT: { one: 'district', many: 'districts' },
  REGION: { one: 'region', many: 'regions' },
};

const NO_COUNTS = 'shares, shareOutsideCapital, herfindahlHirschman, entropy, gini and perHundredThousand are null';

export const NO_MEMBER_IN_A_UNIT = `No member is in any unit: ${NO_COUNTS}.`;
export const ONE_UNIT_REACHED = 'One unit reached: entropy is defined as 0 (n ≤ 1), the HHI is 1 and the Gini coefficient 0.';

function describeReport(r: ReportRow): string {
  const cities = r.cityCount === null ? 'no city count' : `${qualified(r.cityCount, r.cityQualifier)} cities`;
  const from = r.publishers.length > 0 ? `; ${r.publishers.join(', ')}` : '';
  return `${r.id} (${r.asOf}: ${qualified(r.memberCount, r.memberQualifier)} members, ${cities}${r.primary ? ", the association's own page" : ''}${from})`;
}

export interface BasisFacts {
  basis: DecentralizationBasis;
  requestedBasis: DecentralizationBasis;
  asOf: string;
  membersKnown: number;
  /** The report that counts on the day, if any. */
  report: ReportRow | null;
  /** Whether the members known for certain cover the report's count. */
  covered: boolean;
}

/** Which basis was used, asked for or chosen (AUTO), and why. */
export function basisNote({ basis, requestedBasis, asOf, membersKnown, report, covered }: BasisFacts): string {
  const how = requestedBasis === DecentralizationBasis.AUTO ? 'AUTO' : 'requested';
  const known = `${membersKnown} member${plural(membersKnown, '', 's')} known for certain on ${asOf}`;
  const reported = report?.memberCount ?? null;
  if (basis === DecentralizationBasis.MEMBERS) {
    if (report === null) return `Basis MEMBERS (${how}): ${known}; no dated membership report is on or before ${asOf}.`;
    if (reported === null) return `Basis MEMBERS (${how}): ${known}; ${describeReport(report)} states no member count.`;
    return `Basis MEMBERS (${how}): ${known}${covered ? ' cover' : ' against'} the ${qualified(reported, report.memberQualifier)} of ${describeReport(report)}.`;
  }
  if (report === null) return `Basis REPORT (${how}): no dated membership report is on or before ${asOf}; there is nothing to measure.`;
  if (requestedBasis === DecentralizationBasis.AUTO) {
    return `Basis REPORT (AUTO): member-level data names only ${known}, fewer than the ${qualified(reported, report.memberQualifier)} of ${describeReport(report)}.`;
  }
  return `Basis REPORT (requested): ${describeReport(report)}; ${known}.`;
}

/** Reports of the same day that disagree: which one counts and why, and the others. */
export function disagreementNote(counting: ReportRow, disagreeing: readonly ReportRow[]): string {
  const why = counting.primary
    ? "it is the association's own page"
    : counting.listsCities
      ? 'none is the association’s own page; it lists cities'
      : 'none is the association’s own page; it comes first by id';
  return `Reports of ${counting.asOf} disagree: ${counting.id} counts (${why}); listed in disagreeingReports: ${disagreeing.map(describeReport).join('; ')}.`;
}

export const undatedReportsNote = (undated: number): string =>
  `${undated} undated report${plural(undated, ' is', 's are')} never used for an as-of answer.`;

export const possibleMembersNote = (possible: number, asOf: string): string =>
  `${possible} more member${plural(possible, '', 's')} joined in a period that contains ${asOf} (e.g. only the year is known): not counted.`;

export const membersWithoutPlaceNote = (withoutUnit: number, certain: number): string =>
  `${withoutUnit} of the ${certain} members ${plural(withoutUnit, 'has', 'have')} no known place: counted in members, in no unit.`;

export const membersOutsideLevelNote = (outside: number, level: DecentralizationLevel): string =>
  `${outside} member${plural(outside, ' is', 's are')} based in places with no ${levelWord[level].one} (e.g. abroad): counted in members, in no unit.`;

/** Cities that count as units of their own at DISTRICT level, and the missing populations above CITY level. */
export function levelNotes(level: DecentralizationLevel, units: readonly DecentralizationUnit[]): string[] {
  const notes: string[] = [];
  if (level === DecentralizationLevel.DISTRICT) {
    const own = units.filter((u) => u.kind === DecentralizationUnitKind.CITY).map((u) => u.name);
    if (own.length > 0) {
      notes.push(
        `${own.join(', ')} belong${plural(own.length, 's', '')} to no district and count${plural(own.length, 's', '')} as a unit of its own.`,
      );
    }
  }
  if (level !== DecentralizationLevel.CITY) {
    notes.push(`Districts and regions carry no population in the data: population and perHundredThousand are null at ${level} level.`);
  }
  return notes;
}

/** Which census the populations come from, and the units with none. */
export function populationNote(units: readonly DecentralizationUnit[]): string {
  const missing = units.filter((u) => u.population === null).map((u) => u.name);
  const older = units.filter((u) => u.populationYear === 2011).map((u) => u.name);
  return (
    'perHundredThousand uses the 2022 census population, else 2011 (populationYear says which)' +
    (older.length > 0 ? `; 2011 for ${older.join(', ')}` : '') +
    (missing.length > 0 ? `; no population for ${missing.join(', ')} (null)` : '') +
    '.'
  );
}

export const listedCitiesNote = (report: ReportRow, level: DecentralizationLevel): string =>
  `Report ${report.id} lists ${report.units.length} cities` +
  (level === DecentralizationLevel.CITY ? '' : ` (units: their ${levelWord[level].many})`) +
  ` but gives no counts per unit: ${NO_COUNTS}.`;

export const listedCitiesOutsideLevelNote = (outside: number, level: DecentralizationLevel): string =>
  `${outside} listed cit${plural(outside, 'y has', 'ies have')} no ${levelWord[level].one}: in no unit.`;

/** A report with no city list: what unitsReached is at CITY level, and why the units are null. */
export function noCityListNote(report: ReportRow, level: DecentralizationLevel): string {
  if (level !== DecentralizationLevel.CITY) {
    return (
      `Report ${report.id} lists no cities, so they cannot be placed in ${levelWord[level].many}: unitsReached, units and newUnits are null ` +
      `at ${level} level; ${NO_COUNTS}.`
    );
  }
  return report.cityCount === null
    ? `Report ${report.id} gives neither a city count nor a city list: unitsReached, units and newUnits are null; ${NO_COUNTS}.`
    : `Report ${report.id} lists no cities: unitsReached is its city count (${qualified(report.cityCount, report.cityQualifier)}` +
        `${report.cityUnit ? `, counting ${report.cityUnit}` : ''}); units and newUnits are null; with no counts per unit, ${NO_COUNTS}.`;
}

export const firstStepNote = (asOf: string): string => `No step before the one of ${asOf}: every unit counts as new.`;

export const noPreviousUnitsNote = (previousDay: string, previousBasis: DecentralizationBasis): string =>
  `newUnits is null: the previous step (${previousDay}) has no unit list (basis ${previousBasis}).`;
