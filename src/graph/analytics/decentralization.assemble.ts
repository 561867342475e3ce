/**
 * Pure assembly of a decentralization answer from the rows the repository reads: which report counts on a date, which
 * basis is used, the units of a level, the measures (decentralization.ts), the steps and the units new since the
 * previous step, and which notes say why anything is null (their wording: decentralization.notes.ts). No I/O: unit-tested
 * on hand-made rows.
 */
import { CountQualifier } from '../association/association.type';
import { distribution, perHundredThousand, populationOf, round6 } from './decentralization';
import type { BasisRow, MemberDayRow, ReportRow, UnitPlace } from './decentralization.repository';
import {
  basisNote,
  disagreementNote,
  firstStepNote,
  levelNotes,
  listedCitiesNote,
  listedCitiesOutsideLevelNote,
  membersOutsideLevelNote,
  membersWithoutPlaceNote,
  NO_MEMBER_IN_A_UNIT,
  noCityListNote,
  noPreviousUnitsNote,
  ONE_UNIT_REACHED,
  populationNote,
  possibleMembersNote,
  undatedReportsNote,
} from './decentralization.notes';
import {
  type Decentralization,
  DecentralizationBasis,
  DecentralizationLevel,
  type DecentralizationUnit,
  DecentralizationUnitKind,
} from './decentralization.type';

/** The local self-government unit of the capital: the City of Belgrade. */
export const CAPITAL_UNIT_SLUG = 'beograd';

export interface CountingReport {
  report: ReportRow;
  /** Reports of the same date that disagree with `report`. */
  disagreeing: ReportRow[];
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** Two reports of one date disagree when their counts, qualifiers or city lists differ. */
export function reportsDisagree(a: ReportRow, b: ReportRow): boolean {
  return (
    a.memberCount !== b.memberCount ||
    a.memberQualifier !== b.memberQualifier ||
    a.cityCount !== b.cityCount ||
    a.cityQualifier !== b.cityQualifier ||
    a.listsCities !== b.listsCities ||
    !sameList(a.citySlugs, b.citySlugs)
  );
}

/**
 * The report that counts on `day`: the latest dated report whose date lies wholly on or before it (asOfLatest ≤ day; a
 * report dated "2012" counts from 2012-12-31), the more precise date first on a tie; among reports of that same date the
 * association's own page (primary) wins, then one with a city list, then the first by id. The others of that date that
 * disagree with it are returned beside it.
 */
export function countingReport(reports: readonly ReportRow[], day: string): CountingReport | null {
  const dated = reports.filter((r) => r.asOfLatest <= day);
  if (dated.length === 0) return null;
  const best = dated.reduce((b, r) =>
    r.asOfLatest > b.asOfLatest || (r.asOfLatest === b.asOfLatest && r.asOfEarliest > b.asOfEarliest) ? r : b,
  );
  const same = dated
    .filter((r) => r.asOfLatest === best.asOfLatest && r.asOfEarliest === best.asOfEarliest)
    .sort((a, b) => Number(b.primary) - Number(a.primary) || Number(b.listsCities) - Number(a.listsCities) || a.id.localeCompare(b.id));
  const [report, ...others] = same as [ReportRow, ...ReportRow[]];
  return { report, disagreeing: others.filter((o) => reportsDisagree(report, o)) };
}

/** AUTO: MEMBERS when no report counts, it states no member count, or the certain members cover it; else REPORT. */
export function chooseBasis(requested: DecentralizationBasis, report: ReportRow | null, membersKnown: number): DecentralizationBasis {
  if (requested !== DecentralizationBasis.AUTO) return requested;
  if (report === null || report.memberCount === null) return DecentralizationBasis.MEMBERS;
  return membersKnown >= membersNeeded(report) ? DecentralizationBasis.MEMBERS : DecentralizationBasis.REPORT;
}

function membersNeeded(report: ReportRow): number {
  const count = report.memberCount ?? 0;
  return report.memberQualifier === CountQualifier.MORE_THAN ? count + 1 : count;
}

export interface Step {
  day: string;
  /** The held assembly of that day, else the event a report of that day was made at. */
  eventSlug: string | null;
  reports: ReportRow[];
}

/** The steps of a trend: each held assembly's day and each dated report's last day, one per date, oldest first. */
export function steps(basis: Pick<BasisRow, 'reports' | 'assemblies'>): Step[] {
  const byDay = new Map<string, Step>();
  const at = (day: string): Step => {
    let step = byDay.get(day);
    if (!step) byDay.set(day, (step = { day, eventSlug: null, reports: [] }));
    return step;
  };
  for (const a of basis.assemblies) at(a.day).eventSlug ??= a.slug;
  for (const r of basis.reports) at(r.asOfLatest).reports.push(r);
  for (const step of byDay.values()) step.eventSlug ??= step.reports.find((r) => r.eventSlug !== null)?.eventSlug ?? null;
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** The step before the latest step on or before `day`; null when there is none. */
export function previousStep(stepDays: readonly string[], day: string): string | null {
  const upTo = stepDays.filter((s) => s <= day);
  const current = upTo[upTo.length - 1];
  if (current === undefined) return null;
  return upTo.filter((s) => s < current).pop() ?? null;
}

interface LevelUnit {
  kind: DecentralizationUnitKind;
  slug: string;
  name: string;
  sortKey: string;
  /** The local self-government unit, when the unit is one (for its population). */
  place: UnitPlace | null;
}

/** The unit of a level a local self-government unit falls in; null when it has none at that level (e.g. abroad). */
export function levelUnitOf(place: UnitPlace, level: DecentralizationLevel): LevelUnit | null {
  const cityUnit: LevelUnit = {
    kind: DecentralizationUnitKind.CITY,
    slug: place.slug,
    name: place.name,
    sortKey: place.sortName ?? place.name,
    place,
  };
  if (level === DecentralizationLevel.CITY) return cityUnit;
  if (level === DecentralizationLevel.DISTRICT) {
    if (place.district) {
      const d = place.district;
      return { kind: DecentralizationUnitKind.DISTRICT, slug: d.slug, name: d.name, sortKey: d.sortName ?? d.name, place: null };
    }
    return place.region ? cityUnit : null;
  }
  if (!place.region) return null;
  const g = place.region;
  return { kind: DecentralizationUnitKind.REGION, slug: g.slug, name: g.name, sortKey: g.sortName ?? g.name, place: null };
}

const unitKey = (u: { kind: DecentralizationUnitKind; slug: string }): string => `${u.kind}|${u.slug}`;

function toUnit(u: LevelUnit, members: number | null, share: number | null, level: DecentralizationLevel): DecentralizationUnit {
  const census = level === DecentralizationLevel.CITY && u.place ? populationOf(u.place) : null;
  return {
    kind: u.kind,
    slug: u.slug,
    name: u.name,
    sortKey: u.sortKey,
    members,
    share: round6(share),
    population: census?.population ?? null,
    populationYear: census?.year ?? null,
    perHundredThousand: members === null || census === null ? null : round6(perHundredThousand(members, census.population)),
  };
}

const byName = (a: DecentralizationUnit, b: DecentralizationUnit): number =>
  a.sortKey.localeCompare(b.sortKey) || a.slug.localeCompare(b.slug);
const byMembersThenName = (a: DecentralizationUnit, b: DecentralizationUnit): number => (b.members ?? 0) - (a.members ?? 0) || byName(a, b);

export interface MeasureInput {
  asOf: string;
  level: DecentralizationLevel;
  requestedBasis: DecentralizationBasis;
  counting: CountingReport | null;
  members: Pick<MemberDayRow, 'certain' | 'possible' | 'withoutUnit' | 'units'>;
  undatedReports: number;
}

/** A decentralization answer without its comparison with the previous step (see compareWithPrevious). */
export function measure(input: MeasureInput): Decentralization {
  const { asOf, level, requestedBasis, counting, members } = input;
  const report = counting?.report ?? null;
  const basis = chooseBasis(requestedBasis, report, members.certain);
  const notes: string[] = [];
  const reported = report?.memberCount ?? null;

  const base: Decentralization = {
    asOf,
    level,
    basis,
    requestedBasis,
    report,
    disagreeingReports: counting?.disagreeing ?? [],
    coverage: {
      membersKnown: members.certain,
      membersPossible: members.possible,
      membersReported: reported,
      membersReportedQualifier: report ? report.memberQualifier : null,
      ratio: reported ? round6(members.certain / reported) : null,
    },
    members: null,
    membersQualifier: null,
    membersInUnits: null,
    membersWithoutUnit: null,
    unitsReached: null,
    unitsReachedQualifier: null,
    units: null,
    newUnits: null,
    comparedWith: null,
    shareOutsideCapital: null,
    herfindahlHirschman: null,
    entropy: null,
    gini: null,
    notes,
  };

  notes.push(
    basisNote({
      basis,
      requestedBasis,
      asOf,
      membersKnown: members.certain,
      report,
      covered: report !== null && members.certain >= membersNeeded(report),
    }),
  );
  if (counting && counting.disagreeing.length > 0) notes.push(disagreementNote(counting.report, counting.disagreeing));
  if (input.undatedReports > 0) notes.push(undatedReportsNote(input.undatedReports));
  if (members.possible > 0) notes.push(possibleMembersNote(members.possible, asOf));

  if (basis === DecentralizationBasis.MEMBERS) fromMembers(base, input);
  else if (report !== null) fromReport(base, input, report);
  return base;
}

function fromMembers(out: Decentralization, input: MeasureInput): void {
  const { level, members } = input;
  const groups = new Map<string, { unit: LevelUnit; members: number }>();
  let outsideLevel = 0;
  for (const row of members.units) {
    const lu = levelUnitOf(row.unit, level);
    if (lu === null) {
      outsideLevel += row.members;
      continue;
    }
    const g = groups.get(unitKey(lu));
    if (g) g.members += row.members;
    else groups.set(unitKey(lu), { unit: lu, members: row.members });
  }
  const list = [...groups.values()];
  const dist = distribution(list.map((g) => g.members));
  const units = list.map((g, i) => toUnit(g.unit, g.members, dist?.shares[i] ?? null, level)).sort(byMembersThenName);
  const inUnits = list.reduce((s, g) => s + g.members, 0);
  const inCityUnits = members.units.reduce((s, r) => s + r.members, 0);
  const inCapital = members.units.filter((r) => r.unit.slug === CAPITAL_UNIT_SLUG).reduce((s, r) => s + r.members, 0);

  out.members = members.certain;
  out.membersQualifier = CountQualifier.EXACT;
  out.membersInUnits = inUnits;
  out.membersWithoutUnit = members.certain - inUnits;
  out.unitsReached = units.length;
  out.unitsReachedQualifier = CountQualifier.EXACT;
  out.units = units;
  out.shareOutsideCapital = inCityUnits === 0 ? null : round6((inCityUnits - inCapital) / inCityUnits);
  out.herfindahlHirschman = round6(dist?.herfindahlHirschman ?? null);
  out.entropy = round6(dist?.entropy ?? null);
  out.gini = round6(dist?.gini ?? null);

  const notes = out.notes;
  if (members.withoutUnit > 0) notes.push(membersWithoutPlaceNote(members.withoutUnit, members.certain));
  if (outsideLevel > 0) notes.push(membersOutsideLevelNote(outsideLevel, level));
  if (dist === null) notes.push(NO_MEMBER_IN_A_UNIT);
  else if (dist.unitsReached === 1) notes.push(ONE_UNIT_REACHED);
  notes.push(...levelNotes(level, units));
  if (level === DecentralizationLevel.CITY && units.length > 0) notes.push(populationNote(units));
}

function fromReport(out: Decentralization, input: MeasureInput, report: ReportRow): void {
  const { level } = input;
  out.members = report.memberCount;
  out.membersQualifier = report.memberCount === null ? null : report.memberQualifier;
  const notes = out.notes;
  if (report.listsCities && report.units.length > 0) {
    const groups = new Map<string, LevelUnit>();
    let outsideLevel = 0;
    for (const place of report.units) {
      const lu = levelUnitOf(place, level);
      if (lu === null) outsideLevel += 1;
      else groups.set(unitKey(lu), lu);
    }
    const units = [...groups.values()].map((u) => toUnit(u, null, null, level)).sort(byName);
    out.units = units;
    out.unitsReached = units.length;
    out.unitsReachedQualifier = CountQualifier.EXACT;
    notes.push(listedCitiesNote(report, level));
    if (outsideLevel > 0) notes.push(listedCitiesOutsideLevelNote(outsideLevel, level));
    notes.push(...levelNotes(level, units));
    return;
  }
  if (level === DecentralizationLevel.CITY) {
    out.unitsReached = report.cityCount;
    out.unitsReachedQualifier = report.cityCount === null ? null : report.cityQualifier;
  }
  notes.push(noCityListNote(report, level));
}

/** Sets newUnits and comparedWith: the units of `current` not among those of `previous` (the previous step's answer). */
export function compareWithPrevious(
  current: Decentralization,
  previous: Decentralization | null,
  previousDay: string | null,
): Decentralization {
  current.comparedWith = previousDay;
  if (current.units === null) return current;
  if (previous === null || previousDay === null) {
    current.newUnits = [...current.units].sort(byName);
    if (current.units.length > 0) current.notes.push(firstStepNote(current.asOf));
    return current;
  }
  if (previous.units === null) {
    current.notes.push(noPreviousUnitsNote(previousDay, previous.basis));
    return current;
  }
  const before = new Set(previous.units.map(unitKey));
  current.newUnits = current.units.filter((u) => !before.has(unitKey(u))).sort(byName);
  return current;
}
