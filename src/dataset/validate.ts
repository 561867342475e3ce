import { isPartialDate } from '../shared/partial-date';
import type { Dataset } from './dataset.types';

/** One bad value, by its JSON path (e.g. `organizations[3].city`). */
export interface DatasetProblem {
  path: string;
  message: string;
}

export class InvalidDatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(`The dataset has ${problems.length} problem(s):\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'InvalidDatasetError';
  }
}

export type Ref =
  'source' | 'country' | 'region' | 'district' | 'city' | 'organization' | 'person' | 'member' | 'event' | 'programme' | 'agreement';

/** The graph labels a reference may point at (its node's uid is "Label:key"). */
export const refLabels: Readonly<Record<Ref, readonly string[]>> = {
  source: ['Source'],
  country: ['Country'],
  region: ['Region'],
  district: ['District'],
  city: ['City'],
  organization: ['Organization'],
  person: ['Person'],
  member: ['Organization', 'Person'],
  event: ['Event'],
  programme: ['Programme'],
  agreement: ['Agreement'],
};

export interface ValidateOptions {
  /** A patch (src/curation): any subset of the sections, no version; references may point at `existing` records. */
  partial?: boolean;
  /** Keys already in the graph, by the kind of reference. */
  existing?: ReadonlyMap<Ref, ReadonlySet<string>>;
}
type FieldSpec =
  | 'string'
  | 'string?'
  | 'bool'
  | 'bool?'
  | 'number?'
  | 'date?'
  | 'strings'
  | 'citations'
  | 'citations?'
  | 'inferred?'
  | { enum: readonly string[]; optional?: boolean }
  | { ref: Ref; optional?: boolean; list?: boolean };

const sector = { enum: ['CIVIL', 'PUBLIC', 'PRIVATE'], optional: true } as const;
const qualifier = { enum: ['EXACT', 'ABOUT', 'MORE_THAN'] } as const;
const optionalQualifier = { ...qualifier, optional: true } as const;
const eventKinds = [
  'NATIONAL_CONFERENCE',
  'FOUNDING_ASSEMBLY',
  'REGULAR_ASSEMBLY',
  'ELECTORAL_ASSEMBLY',
  'FESTIVAL_EDITION',
  'CAMPAIGN',
  'PUBLIC_STATEMENT',
  'PROTEST',
  'WORKSHOP',
  'OTHER',
] as const;
export const organizationKinds = ['ORGANIZATION', 'INITIATIVE', 'INSTITUTION', 'NETWORK', 'FUND', 'GOVERNMENT_BODY', 'AGENCY'] as const;

const specs: Record<Exclude<keyof Dataset, 'version' | 'about' | 'association'>, Record<string, FieldSpec>> = {
  sources: { id: 'string', url: 'string', title: 'string', publisher: 'string?', language: 'string?', primary: 'bool' },
  countries: { code: 'string', name: 'string', nameSr: 'string', southeastEurope: 'bool', sources: 'citations?' },
  regions: { slug: 'string', name: 'string', nameEn: 'string?', country: { ref: 'country' }, sources: 'citations' },
  districts: {
    slug: 'string',
    name: 'string',
    nameCyr: 'string?',
    seat: { ref: 'city', optional: true },
    region: { ref: 'region' },
    sources: 'citations',
  },
  cities: {
    slug: 'string',
    name: 'string',
    nameCyr: 'string?',
    nameEn: 'string?',
    type: { enum: ['CITY', 'MUNICIPALITY', 'SETTLEMENT'], optional: true },
    partOf: { ref: 'city', optional: true },
    district: { ref: 'district', optional: true },
    region: { ref: 'region', optional: true },
    country: { ref: 'country' },
    lat: 'number?',
    lon: 'number?',
    population2022: 'number?',
    population2011: 'number?',
    populationUnit: 'string?',
    sources: 'citations',
  },
  organizations: {
    id: 'string',
    slug: 'string',
    name: 'string',
    aliases: 'strings',
    kind: { enum: organizationKinds, optional: true },
    sector,
    disciplines: 'strings',
    founded: 'date?',
    website: 'string?',
    city: { ref: 'city', optional: true },
    country: { ref: 'country', optional: true },
    countries: { ref: 'country', list: true, optional: true },
    sources: 'citations',
    inferred: 'inferred?',
  },
  people: { id: 'string', slug: 'string', name: 'string', aliases: 'strings', city: { ref: 'city', optional: true }, sources: 'citations' },
  memberships: {
    member: { ref: 'member' },
    association: { ref: 'organization' },
    since: 'date?',
    until: 'date?',
    founding: 'bool',
    admittedAt: { ref: 'event', optional: true },
    sources: 'citations',
  },
  events: {
    slug: 'string',
    kind: { enum: eventKinds },
    name: 'string',
    nameEn: 'string?',
    start: 'date?',
    end: 'date?',
    city: { ref: 'city', optional: true },
    online: 'bool?',
    status: { enum: ['HELD', 'ANNOUNCED'] },
    facts: 'strings',
    organizers: { ref: 'organization', list: true },
    programme: { ref: 'programme', optional: true },
    sources: 'citations',
  },
  programmes: {
    slug: 'string',
    name: 'string',
    kind: { enum: ['FESTIVAL', 'PROJECT', 'FUND', 'CAMPAIGN', 'PUBLICATION', 'OTHER'] },
    start: 'date?',
    end: 'date?',
    cities: { ref: 'city', list: true },
    countries: { ref: 'country', list: true, optional: true },
    sources: 'citations',
  },
  participations: { organization: { ref: 'organization' }, programme: { ref: 'programme' }, role: 'string?', sources: 'citations' },
  goals: {
    code: 'string',
    titleSr: 'string',
    titleEn: 'string',
    titleEnOrigin: { enum: ['PUBLISHED', 'DATASET_TRANSLATION'] },
    themes: 'strings',
    sources: 'citations',
  },
  membershipReports: {
    id: 'string',
    association: { ref: 'organization' },
    asOf: 'date?',
    event: { ref: 'event', optional: true },
    memberCount: 'number?',
    memberQualifier: qualifier,
    memberUnit: 'string?',
    cityCount: 'number?',
    cityQualifier: optionalQualifier,
    cityUnit: 'string?',
    cities: { ref: 'city', list: true, optional: true },
    primary: 'bool',
    note: 'string?',
    sources: 'citations',
    inferred: 'inferred?',
  },
  agreements: {
    id: 'string',
    name: 'string',
    signed: 'date?',
    parties: { ref: 'organization', list: true },
    event: { ref: 'event', optional: true },
    note: 'string?',
    sources: 'citations',
  },
  partnerships: {
    id: 'string',
    from: { ref: 'organization' },
    to: { ref: 'organization' },
    kind: { enum: ['AGREEMENT', 'CO_FOUNDING', 'COOPERATION'] },
    since: 'date?',
    until: 'date?',
    via: 'string?',
    note: 'string?',
    sources: 'citations',
  },
  networkMemberships: {
    organization: { ref: 'organization' },
    network: { ref: 'organization' },
    since: 'date?',
    role: 'string?',
    sources: 'citations',
  },
  roles: {
    id: 'string',
    person: { ref: 'person' },
    organization: { ref: 'organization' },
    title: 'string',
    since: 'date?',
    heldAsOf: 'date?',
    until: 'date?',
    electedAt: { ref: 'event', optional: true },
    sources: 'citations',
  },
  affiliations: { person: { ref: 'person' }, organization: { ref: 'organization' }, note: 'string?', sources: 'citations' },
};

const associationSpec: Record<string, FieldSpec> = {
  id: 'string',
  slug: 'string',
  name: 'string',
  nameEn: 'string?',
  acronym: 'string?',
  website: 'string?',
  founded: 'date?',
  foundedIn: { ref: 'city', optional: true },
  mission: 'string?',
  kind: 'string?',
  sector,
  city: { ref: 'city', optional: true },
  country: { ref: 'country', optional: true },
  sources: 'citations',
};

const keyOf: Partial<Record<keyof typeof specs, { field: string; ref: Ref }>> = {
  sources: { field: 'id', ref: 'source' },
  countries: { field: 'code', ref: 'country' },
  regions: { field: 'slug', ref: 'region' },
  districts: { field: 'slug', ref: 'district' },
  cities: { field: 'slug', ref: 'city' },
  organizations: { field: 'id', ref: 'organization' },
  people: { field: 'id', ref: 'person' },
  events: { field: 'slug', ref: 'event' },
  programmes: { field: 'slug', ref: 'programme' },
  agreements: { field: 'id', ref: 'agreement' },
};
const uniqueFields: Partial<Record<keyof typeof specs, string[]>> = {
  organizations: ['id', 'slug'],
  people: ['id', 'slug'],
  sources: ['id', 'url'],
  goals: ['code'],
  membershipReports: ['id'],
  partnerships: ['id'],
  roles: ['id'],
  countries: ['code'],
  regions: ['slug'],
  districts: ['slug'],
  cities: ['slug'],
  events: ['slug'],
  programmes: ['slug'],
  agreements: ['id'],
};

/** How a field's value is shaped, for readers of flat formats (the CSV import, src/curation/csv.ts). */
export type FieldShape = 'string' | 'boolean' | 'number' | 'list' | 'optionalList' | 'citations';

function shapeOf(spec: FieldSpec): FieldShape {
  if (spec === 'bool' || spec === 'bool?') return 'boolean';
  if (spec === 'number?') return 'number';
  if (spec === 'strings') return 'list';
  if (spec === 'citations' || spec === 'citations?') return 'citations';
  if (typeof spec === 'object' && 'ref' in spec && spec.list) return spec.optional ? 'optionalList' : 'list';
  return 'string';
}

/**
 * The fields of a section (or of the association) and their shapes, in the order the validator checks them. `inferred`
 * (a map of field → rule) has no flat form: a CSV file cannot carry it (a JSON file can).
 */
export function fieldShapes(section: string): Record<string, FieldShape> | undefined {
  const all = specs as Record<string, Record<string, FieldSpec>>;
  const spec = section === 'association' ? associationSpec : Object.hasOwn(all, section) ? all[section] : undefined;
  return spec === undefined
    ? undefined
    : Object.fromEntries(
        Object.entries(spec)
          .filter(([, f]) => f !== 'inferred?')
          .map(([field, f]) => [field, shapeOf(f)]),
      );
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

type Add = (path: string, message: string) => void;
/** The keys known for each kind of reference: the dataset's own, and those `existing` names. */
type Known = (ref: Ref) => Set<string>;

/** Every key the dataset defines (and `existing` adds), by the kind of reference that may name it. */
function knownKeys(input: Record<string, unknown>, existing: ValidateOptions['existing']): Known {
  const ids = new Map<Ref, Set<string>>();
  const known = (ref: Ref): Set<string> => ids.get(ref) ?? ids.set(ref, new Set()).get(ref)!;
  for (const [ref, keys] of existing ?? []) for (const key of keys) known(ref).add(key);
  for (const [key, spec] of Object.entries(keyOf)) {
    const list = input[key];
    if (!Array.isArray(list)) continue;
    for (const row of list) if (isRecord(row) && typeof row[spec.field] === 'string') known(spec.ref).add(row[spec.field] as string);
  }
  if (isRecord(input.association) && typeof input.association.id === 'string') known('organization').add(input.association.id);
  for (const id of known('organization')) known('member').add(id);
  for (const id of known('person')) known('member').add(id);
  return known;
}

/** One field against its spec: its type, a partial date, an enum value, citations of known sources, or known references. */
function checkField(path: string, value: unknown, spec: FieldSpec, known: Known, add: Add): void {
  const missing = value === undefined || value === null;
  if (spec === 'inferred?') return; // checkInferred, which needs the whole row
  if (spec === 'string') {
    if (typeof value !== 'string' || value.trim() === '') add(path, 'must be a non-empty string');
    return;
  }
  if (spec === 'string?') {
    if (!missing && typeof value !== 'string') add(path, 'must be a string or null');
    return;
  }
  if (spec === 'bool') {
    if (typeof value !== 'boolean') add(path, 'must be true or false');
    return;
  }
  if (spec === 'bool?') {
    if (!missing && typeof value !== 'boolean') add(path, 'must be true, false or null');
    return;
  }
  if (spec === 'number?') {
    if (!missing && (typeof value !== 'number' || !Number.isFinite(value))) add(path, 'must be a number or null');
    return;
  }
  if (spec === 'date?') {
    if (!missing && (typeof value !== 'string' || !isPartialDate(value)))
      add(path, `must be YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(value)})`);
    return;
  }
  if (spec === 'strings') {
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) add(path, 'must be a list of strings');
    return;
  }
  if (spec === 'citations' || spec === 'citations?') {
    if (missing && spec === 'citations?') return;
    if (!Array.isArray(value) || value.length === 0) {
      add(path, 'must cite at least one source');
      return;
    }
    value.forEach((c, i) => {
      if (!isRecord(c) || typeof c.source !== 'string') add(`${path}[${i}]`, 'must be {source, quote}');
      else if (!known('source').has(c.source)) add(`${path}[${i}].source`, `unknown source "${c.source}"`);
      else if (c.quote !== null && c.quote !== undefined && typeof c.quote !== 'string')
        add(`${path}[${i}].quote`, 'must be a string or null');
    });
    return;
  }
  if ('enum' in spec) {
    if (!(missing && spec.optional) && !spec.enum.includes(value as string))
      add(path, `must be one of ${spec.enum.join(', ')}${spec.optional ? ' or null' : ''}`);
    return;
  }
  if (missing) {
    if (!spec.optional) add(path, `must reference a ${spec.ref}`);
    return;
  }
  const refs = spec.list ? value : [value];
  if (!Array.isArray(refs)) {
    add(path, `must be a list of ${spec.ref} references`);
    return;
  }
  refs.forEach((ref, i) => {
    const at = spec.list ? `${path}[${i}]` : path;
    if (typeof ref !== 'string' || !known(spec.ref).has(ref)) add(at, `unknown ${spec.ref} "${String(ref)}"`);
  });
}

/** One record: an object whose every field meets its spec. */
function checkRow(path: string, row: unknown, spec: Record<string, FieldSpec>, known: Known, add: Add): void {
  if (!isRecord(row)) {
    add(path, 'must be an object');
    return;
  }
  for (const [field, fieldSpec] of Object.entries(spec)) {
    if (fieldSpec === 'inferred?') checkInferred(`${path}.${field}`, row, row[field], spec, add);
    else checkField(`${path}.${field}`, row[field], fieldSpec, known, add);
  }
}

/** Every section a list (absent allowed in a partial dataset), each record checked, unique fields unique. */
function checkSections(input: Record<string, unknown>, partial: boolean, known: Known, add: Add): void {
  for (const [key, spec] of Object.entries(specs) as [keyof typeof specs, Record<string, FieldSpec>][]) {
    const list = input[key];
    if (!Array.isArray(list)) {
      if (!(partial && list === undefined)) add(key, 'must be a list');
      continue;
    }
    list.forEach((row, i) => checkRow(`${key}[${i}]`, row, spec, known, add));
    for (const field of uniqueFields[key] ?? []) {
      const seen = new Set<unknown>();
      list.forEach((row, i) => {
        const value = isRecord(row) ? row[field] : undefined;
        if (seen.has(value)) add(`${key}[${i}].${field}`, `duplicate ${field} ${JSON.stringify(value)}`);
        seen.add(value);
      });
    }
  }
}

/** Checks the whole file and reports every problem by its path; returns the typed dataset when clean. */
export function validateDataset(input: unknown, options: ValidateOptions = {}): Dataset {
  const problems: DatasetProblem[] = [];
  const add: Add = (path, message) => void problems.push({ path, message });
  if (!isRecord(input)) throw new InvalidDatasetError([{ path: '$', message: 'must be a JSON object' }]);
  const partial = options.partial === true;
  if (!partial && (typeof input.version !== 'string' || input.version === '')) add('version', 'must be a non-empty string');
  const known = knownKeys(input, options.existing);
  checkSections(input, partial, known, add);
  if (!(partial && input.association === undefined)) checkRow('association', input.association, associationSpec, known, add);
  if (partial) {
    for (const key of Object.keys(input)) if (!(key in specs) && key !== 'association') add(key, 'is not a section of the dataset');
  }
  checkSharedKeys(input, add);
  checkNodeIds(input, add);
  if (problems.length > 0) throw new InvalidDatasetError(problems);
  return input as unknown as Dataset;
}

/**
 * `inferred`: absent, null or `{ field: rule }` where each field is another field of the record holding a value (an
 * inferred null says nothing) and each rule a non-empty string ("city-in-name: …").
 */
function checkInferred(
  path: string,
  row: Record<string, unknown>,
  value: unknown,
  spec: Record<string, FieldSpec>,
  add: (path: string, message: string) => void,
): void {
  if (value === undefined || value === null) return;
  if (!isRecord(value)) {
    add(path, 'must be an object of field: rule');
    return;
  }
  for (const [field, rule] of Object.entries(value)) {
    if (!Object.hasOwn(spec, field) || field === 'sources' || spec[field] === 'inferred?')
      add(`${path}.${field}`, 'is not a field it can infer');
    else if (row[field] === undefined || row[field] === null) add(`${path}.${field}`, 'marks a value the record does not hold');
    if (typeof rule !== 'string' || rule.trim() === '') add(`${path}.${field}`, 'must name the rule that made the value');
  }
}

/** Every key a patch refers to (citations' sources included), by the kind of reference; the engine looks them up. */
export function referencesOf(input: Record<string, unknown>): Map<Ref, Set<string>> {
  const found = new Map<Ref, Set<string>>();
  const note = (ref: Ref, key: unknown): void => {
    if (typeof key === 'string') (found.get(ref) ?? found.set(ref, new Set()).get(ref)!).add(key);
  };
  const sections: [Record<string, FieldSpec>, unknown][] = [[associationSpec, input.association]];
  for (const [key, spec] of Object.entries(specs)) {
    const list = input[key];
    if (Array.isArray(list)) for (const row of list) sections.push([spec, row]);
  }
  for (const [spec, row] of sections) {
    if (!isRecord(row)) continue;
    for (const [field, fieldSpec] of Object.entries(spec)) {
      const value = row[field];
      if (fieldSpec === 'citations' || fieldSpec === 'citations?') {
        if (Array.isArray(value)) for (const c of value) if (isRecord(c)) note('source', c.source);
      } else if (typeof fieldSpec === 'object' && 'ref' in fieldSpec) {
        for (const key of Array.isArray(value) ? value : [value]) note(fieldSpec.ref, key);
      }
    }
  }
  return found;
}

/** Members are looked up by id across organizations, people and the association, so ids and slugs must not collide. */
function checkSharedKeys(input: Record<string, unknown>, add: (path: string, message: string) => void): void {
  const seen = new Map<string, string>();
  const rows: [string, unknown][] = [['association', input.association]];
  for (const key of ['organizations', 'people']) {
    const list = input[key];
    if (Array.isArray(list)) list.forEach((row, i) => rows.push([`${key}[${i}]`, row]));
  }
  for (const field of ['id', 'slug']) {
    seen.clear();
    for (const [path, row] of rows) {
      const value = isRecord(row) ? row[field] : undefined;
      if (typeof value !== 'string') continue;
      const other = seen.get(value);
      if (other !== undefined && !other.startsWith(path.split('[')[0]))
        add(`${path}.${field}`, `${field} ${JSON.stringify(value)} is also used by ${other}`);
      seen.set(value, path);
    }
  }
}

/** The sections whose ids the API serves as node ids as they are (src/graph/node/node-id.ts). */
const ID_SECTIONS = ['association', 'organizations', 'people', 'sources', 'membershipReports', 'agreements', 'roles'] as const;
const MEMBER_SECTIONS: readonly string[] = ['association', 'organizations', 'people'];
/** Prefixes that name one kind of id; a section may use only its own. */
const ID_PREFIXES: Readonly<Record<string, readonly string[]>> = { 'org-': ['association', 'organizations'], 'person-': ['people'] };
const NODE_ID_MARKS = /[:|]/;

/**
 * An id is the API's node id for any object (`node(id:)`), so a dataset id names one record of all these sections
 * (organizations and people are checked against each other above); ":" and "|" are kept for the API's own ids
 * ("City:beograd", a tie's "origin|via|idA|idB"), so no key may contain them.
 */
function checkNodeIds(input: Record<string, unknown>, add: (path: string, message: string) => void): void {
  for (const [section, list] of Object.entries(input)) {
    const rows: [string, unknown][] = Array.isArray(list) ? list.map((row, i) => [`${section}[${i}]`, row]) : [[section, list]];
    for (const [path, row] of rows) {
      if (!isRecord(row)) continue;
      for (const field of ['id', 'slug', 'code']) {
        const value = row[field];
        if (typeof value === 'string' && NODE_ID_MARKS.test(value))
          add(`${path}.${field}`, 'must not contain ":" or "|" (they mark the API\'s node ids)');
      }
    }
  }
  const seen = new Map<string, string>();
  for (const section of ID_SECTIONS) {
    const list = input[section];
    const rows: [string, unknown][] = Array.isArray(list) ? list.map((row, i) => [`${section}[${i}]`, row]) : [[section, list]];
    for (const [path, row] of rows) {
      const id = isRecord(row) ? row.id : undefined;
      if (typeof id !== 'string') continue;
      for (const [prefix, owners] of Object.entries(ID_PREFIXES)) {
        if (id.startsWith(prefix) && !owners.includes(section))
          add(`${path}.id`, `must not start with "${prefix}" (kept for ${owners.join(' and ')})`);
      }
      const other = seen.get(id);
      const otherSection = other?.split('[')[0];
      const reported = otherSection === section || (MEMBER_SECTIONS.includes(section) && MEMBER_SECTIONS.includes(otherSection ?? ''));
      if (other !== undefined && !reported) add(`${path}.id`, `id ${JSON.stringify(id)} is also used by ${other}`);
      if (other === undefined) seen.set(id, path);
    }
  }
}
