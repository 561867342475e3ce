export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/** A date with the precision its source gives, plus the full-day range it covers. */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
  /** First day covered, YYYY-MM-DD. */
  earliest: string;
  /** Last day covered, YYYY-MM-DD. */
  latest: string;
}

export class InvalidDateError extends Error {
  constructor(
    readonly value: string,
    expected: string,
  ) {
    super(`Invalid date ${JSON.stringify(value)}: expected ${expected}`);
    this.name = 'InvalidDateError';
  }
}

const PARTIAL_EXPECTED = 'YYYY, YYYY-MM or YYYY-MM-DD (year 1000..9999)';
const DAY_EXPECTED = 'YYYY-MM-DD (year 1000..9999)';
// The leading [1-9] is what keeps years below 1000 out.
const PARTIAL_RE = /^([1-9][0-9]{3})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function parse(value: string, expected: string): PartialDate | null {
  if (typeof value !== 'string') throw new InvalidDateError(String(value), expected);
  const m = PARTIAL_RE.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo === undefined) {
    return { value, precision: 'YEAR', earliest: `${y}-01-01`, latest: `${y}-12-31` };
  }
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  if (d === undefined) {
    const last = `${y}-${mo}-${pad2(daysInMonth(year, month))}`;
    return { value, precision: 'MONTH', earliest: `${y}-${mo}-01`, latest: last };
  }
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { value, precision: 'DAY', earliest: value, latest: value };
}

/** Parses "2011", "2011-07" or "2011-07-03"; anything else throws InvalidDateError. */
export function parsePartialDate(value: string): PartialDate {
  const parsed = parse(value, PARTIAL_EXPECTED);
  if (!parsed) throw new InvalidDateError(value, PARTIAL_EXPECTED);
  return parsed;
}

export function isPartialDate(value: string): boolean {
  return typeof value === 'string' && parse(value, PARTIAL_EXPECTED) !== null;
}

/** Strict full calendar date YYYY-MM-DD (e.g. an "as of" argument); returns it unchanged. */
export function parseIsoDay(value: string): string {
  const parsed = parse(value, DAY_EXPECTED);
  if (parsed?.precision !== 'DAY') throw new InvalidDateError(value, DAY_EXPECTED);
  return parsed.value;
}

/**
 * Orders by earliest day, then by latest day, so on a shared start the more precise
 * date comes first: 2011-01-01 < 2011-01 < 2011. Returns 0 only for equal values.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  if (a.earliest !== b.earliest) return a.earliest < b.earliest ? -1 : 1;
  if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
  return 0;
}
