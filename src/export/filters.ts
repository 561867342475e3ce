import { BadInputError } from '../errors';
import { InvalidDateError, parseIsoDay } from '../shared/partial-date';
import { TIE_ORIGINS, isTieOrigin, type TieOriginName } from './network';

/** What part of the network to export. */
export interface ExportFilters {
  /** Slug of the association whose members and memberships are exported. */
  association: string;
  /** Keep ties and memberships whose span overlaps [from, to] (YYYY-MM-DD, both inclusive; null = unbounded). */
  from: string | null;
  to: string | null;
  /** The tie origins to export (membership edges to the association are always exported). */
  origins: TieOriginName[];
  /** Only the association, its members and the ties among them. */
  membersOnly: boolean;
}

/** The accepted parameters: HTTP query parameters, and CLI flags (--association, --from, --to, --origins, --members-only). */
export const EXPORT_PARAMETERS = ['association', 'from', 'to', 'origins', 'membersOnly'] as const;
type Parameter = (typeof EXPORT_PARAMETERS)[number];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function single(input: Readonly<Record<string, unknown>>, name: Parameter): string | undefined {
  const value = input[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new BadInputError(`${name} must be given once, as a single value`, [name]);
  return value;
}

function day(input: Readonly<Record<string, unknown>>, name: 'from' | 'to'): string | null {
  const value = single(input, name);
  if (value === undefined) return null;
  try {
    return parseIsoDay(value);
  } catch (error) {
    if (error instanceof InvalidDateError)
      throw new BadInputError(`${name} must be a day, YYYY-MM-DD (got ${JSON.stringify(value)})`, [name]);
    throw error;
  }
}

/**
 * Validates export parameters (strings, as a query string or the CLI gives them) into filters; anything unknown, repeated or
 * malformed throws BadInputError naming the parameter.
 */
export function parseExportFilters(input: Readonly<Record<string, unknown>>): ExportFilters {
  for (const name of Object.keys(input)) {
    if (!(EXPORT_PARAMETERS as readonly string[]).includes(name)) {
      throw new BadInputError(`Unknown parameter ${JSON.stringify(name)}; expected one of ${EXPORT_PARAMETERS.join(', ')}`, [name]);
    }
  }
  const association = single(input, 'association') ?? 'nkss';
  if (!SLUG.test(association)) {
    throw new BadInputError(`association must be a slug such as "nkss" (got ${JSON.stringify(association)})`, ['association']);
  }
  const from = day(input, 'from');
  const to = day(input, 'to');
  if (from !== null && to !== null && from > to) throw new BadInputError(`to (${to}) is before from (${from})`, ['to']);

  const originsText = single(input, 'origins');
  let origins: TieOriginName[] = [...TIE_ORIGINS];
  if (originsText !== undefined) {
    const listed = originsText.split(',').map((s) => s.trim());
    const bad = listed.find((o) => !isTieOrigin(o));
    if (bad !== undefined) {
      throw new BadInputError(`origins must be a comma-separated list of ${TIE_ORIGINS.join(', ')} (got ${JSON.stringify(bad)})`, [
        'origins',
      ]);
    }
    origins = TIE_ORIGINS.filter((o) => listed.includes(o));
  }

  const membersOnlyText = single(input, 'membersOnly');
  if (membersOnlyText !== undefined && !['true', 'false', '1', '0'].includes(membersOnlyText)) {
    throw new BadInputError(`membersOnly must be true or false (got ${JSON.stringify(membersOnlyText)})`, ['membersOnly']);
  }
  const membersOnly = membersOnlyText === 'true' || membersOnlyText === '1';
  return { association, from, to, origins, membersOnly };
}

/** One line saying what an export holds. */
export function describeExport(filters: ExportFilters): string {
  const range = filters.from === null && filters.to === null ? 'all dates' : `${filters.from ?? '…'} to ${filters.to ?? '…'}`;
  const who = filters.membersOnly
    ? `the members of ${filters.association} and the association`
    : `organizations and the members of ${filters.association}`;
  return `Network of ${who}: ties (${filters.origins.join(', ')}) and memberships overlapping ${range}.`;
}
