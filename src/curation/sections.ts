/**
 * The sections of data/nkss.json the curation engine writes (src/curation/engine.ts), each with how its records are
 * keyed, read back from the graph and compared. A record is either a node (an organization, a city …) or one
 * relationship (a membership, a partnership …); both carry their origin and version.
 */
export type CuratedSection =
  | 'sources'
  | 'countries'
  | 'regions'
  | 'districts'
  | 'cities'
  | 'association'
  | 'organizations'
  | 'people'
  | 'programmes'
  | 'events'
  | 'memberships'
  | 'participations'
  | 'goals'
  | 'membershipReports'
  | 'agreements'
  | 'partnerships'
  | 'networkMemberships'
  | 'roles'
  | 'affiliations';

interface BaseSpec {
  section: CuratedSection;
  /** The record's fields in data/nkss.json, in order. */
  fields: readonly string[];
  /** Fields that are lists (absent means empty, not null). */
  lists: readonly string[];
  /** Lists whose order means nothing (compared and exported sorted). */
  sets?: readonly string[];
  /** cypher/ file that reads records by $keys. */
  read: string;
  /** The graph's answer as a record (e.g. citations put back in their order). */
  fromGraph(row: Record<string, unknown>): Record<string, unknown>;
  /** The record as the graph can hold it, when the loader's mapping drops a value it can derive (compared this way). */
  comparable?(record: Record<string, unknown>): Record<string, unknown>;
  /** The dataset holds this section as one object, not a list (the association). */
  single?: boolean;
  /** Sections of one group reference each other both ways (a district's seat, a city's district): one batch. */
  group?: string;
}

export interface NodeSpec extends BaseSpec {
  kind: 'node';
  /** The node label; the node's uid is "Label:key". */
  label: string;
  keyField: string;
}

export interface RelationshipSpec extends BaseSpec {
  kind: 'relationship';
  /** The relationship type the loader writes the record as. */
  type: string;
  /** The record's key, as history and the reports name it. */
  keyOf(record: Record<string, unknown>): string;
  /** The fields the key joins with '/', in order; empty ones are left out (a participation without a role). */
  keyFields: readonly string[];
}

export type SectionSpec = NodeSpec | RelationshipSpec;

interface IndexedCitation {
  i: number;
  source: string;
  quote: string | null;
}

/** Citations come back as the loader wrote them: an index, the source, and the quote. */
function citations(list: unknown): { source: string; quote: string | null }[] {
  return ((list ?? []) as IndexedCitation[]).sort((a, b) => a.i - b.i).map((c) => ({ source: c.source, quote: c.quote ?? null }));
}

const withCitations = (row: Record<string, unknown>): Record<string, unknown> => ({ ...row, sources: citations(row.sources) });

/** `inferred` comes back from the two lists the loader wrote it as (src/dataset/graph-rows.ts); none is null. */
function withInferred(row: Record<string, unknown>): Record<string, unknown> {
  const { inferredFields, inferredRules, ...rest } = withCitations(row) as {
    inferredFields?: string[] | null;
    inferredRules?: string[] | null;
  };
  const fields = inferredFields ?? [];
  return { ...rest, inferred: fields.length === 0 ? null : Object.fromEntries(fields.map((f, i) => [f, inferredRules?.[i] ?? ''])) };
}

/** A relationship cites through parallel lists, "" standing for a missing quote (Neo4j lists hold no nulls). */
function relationshipRecord(row: Record<string, unknown>): Record<string, unknown> {
  const { sourceIds, sourceQuotes, ...rest } = row as { sourceIds: string[] | null; sourceQuotes: string[] | null };
  const quotes = sourceQuotes ?? [];
  return { ...rest, sources: (sourceIds ?? []).map((source, i) => ({ source, quote: quotes[i] === '' ? null : (quotes[i] ?? null) })) };
}

const node = (
  section: CuratedSection,
  label: string,
  keyField: string,
  read: string,
  fields: readonly string[],
  extra: Partial<NodeSpec> = {},
): NodeSpec => ({
  kind: 'node',
  section,
  label,
  keyField,
  read,
  fields,
  lists: fields.includes('sources') ? ['sources'] : [],
  fromGraph: withCitations,
  ...extra,
});

const joined = (...parts: unknown[]): string => parts.filter((p) => p !== null && p !== undefined && p !== '').join('/');

const relationship = (
  section: CuratedSection,
  type: string,
  read: string,
  fields: readonly string[],
  keyFields: readonly string[],
): RelationshipSpec => ({
  kind: 'relationship',
  section,
  type,
  keyOf: (r) => joined(...keyFields.map((field) => r[field])),
  keyFields,
  read,
  fields,
  lists: ['sources'],
  fromGraph: relationshipRecord,
});

/** In the order a patch is written: a record's references come before it (within a group, in the same batch). */
export const curatedSections: readonly SectionSpec[] = [
  node('sources', 'Source', 'id', 'curation/sources-by-keys', ['id', 'url', 'title', 'publisher', 'language', 'primary'], {
    lists: [],
    fromGraph: (row) => row,
  }),
  node('countries', 'Country', 'code', 'curation/countries-by-keys', ['code', 'name', 'nameSr', 'southeastEurope', 'sources'], {
    // Citations are optional for a country: none is null, as the validator takes it.
    lists: [],
    fromGraph: (row) => {
      const sources = citations(row.sources);
      return { ...row, sources: sources.length === 0 ? null : sources };
    },
    group: 'places',
  }),
  node('regions', 'Region', 'slug', 'curation/regions-by-keys', ['slug', 'name', 'nameEn', 'country', 'sources'], { group: 'places' }),
  node('districts', 'District', 'slug', 'curation/districts-by-keys', ['slug', 'name', 'nameCyr', 'seat', 'region', 'sources'], {
    group: 'places',
  }),
  node(
    'cities',
    'City',
    'slug',
    'curation/cities-by-keys',
    [
      'slug',
      'name',
      'nameCyr',
      'nameEn',
      'type',
      'partOf',
      'district',
      'region',
      'country',
      'lat',
      'lon',
      'population2022',
      'population2011',
      'populationUnit',
      'sources',
    ],
    // The loader stores a city's region only when it has no district (it is the district's region).
    { group: 'places', comparable: (r) => (r.district === null ? r : { ...r, region: null }) },
  ),
  // The association is an Organization node (uid "Organization:<id>") with the Association label.
  node(
    'association',
    'Organization',
    'id',
    'curation/association-by-keys',
    [
      'id',
      'slug',
      'name',
      'nameEn',
      'acronym',
      'website',
      'founded',
      'foundedIn',
      'mission',
      'kind',
      'sector',
      'city',
      'country',
      'sources',
    ],
    { single: true },
  ),
  node(
    'organizations',
    'Organization',
    'id',
    'curation/organizations-by-keys',
    [
      'id',
      'slug',
      'name',
      'aliases',
      'kind',
      'sector',
      'disciplines',
      'founded',
      'website',
      'city',
      'country',
      'countries',
      'sources',
      'inferred',
    ],
    { lists: ['aliases', 'disciplines', 'countries', 'sources'], sets: ['countries'], fromGraph: withInferred },
  ),
  node('people', 'Person', 'id', 'curation/people-by-keys', ['id', 'slug', 'name', 'aliases', 'city', 'sources'], {
    lists: ['aliases', 'sources'],
  }),
  node(
    'programmes',
    'Programme',
    'slug',
    'curation/programmes-by-keys',
    ['slug', 'name', 'kind', 'start', 'end', 'cities', 'countries', 'sources'],
    {
      lists: ['cities', 'countries', 'sources'],
      sets: ['cities', 'countries'],
    },
  ),
  node(
    'events',
    'Event',
    'slug',
    'curation/events-by-keys',
    ['slug', 'kind', 'name', 'nameEn', 'start', 'end', 'city', 'online', 'status', 'facts', 'organizers', 'programme', 'sources'],
    { lists: ['facts', 'organizers', 'sources'], sets: ['organizers'] },
  ),
  relationship(
    'memberships',
    'MEMBER_OF',
    'curation/memberships-by-keys',
    ['member', 'association', 'since', 'until', 'founding', 'admittedAt', 'sources'],
    ['member', 'association'],
  ),
  relationship(
    'participations',
    'PARTICIPATED_IN',
    'curation/participations-by-keys',
    ['organization', 'programme', 'role', 'sources'],
    ['organization', 'programme', 'role'],
  ),
  node('goals', 'Goal', 'code', 'curation/goals-by-keys', ['code', 'titleSr', 'titleEn', 'titleEnOrigin', 'themes', 'sources'], {
    lists: ['themes', 'sources'],
  }),
  node(
    'membershipReports',
    'MembershipReport',
    'id',
    'curation/membership-reports-by-keys',
    [
      'id',
      'association',
      'asOf',
      'event',
      'memberCount',
      'memberQualifier',
      'memberUnit',
      'cityCount',
      'cityQualifier',
      'cityUnit',
      'cities',
      'primary',
      'note',
      'sources',
      'inferred',
    ],
    // cities stays null when the report lists none (not a list: null and [] differ).
    { sets: ['cities'], fromGraph: withInferred },
  ),
  node('agreements', 'Agreement', 'id', 'curation/agreements-by-keys', ['id', 'name', 'signed', 'parties', 'event', 'note', 'sources'], {
    lists: ['parties', 'sources'],
    sets: ['parties'],
  }),
  relationship(
    'partnerships',
    'PARTNERS_WITH',
    'curation/partnerships-by-keys',
    ['id', 'from', 'to', 'kind', 'since', 'until', 'via', 'note', 'sources'],
    ['id'],
  ),
  relationship(
    'networkMemberships',
    'MEMBER_OF_NETWORK',
    'curation/network-memberships-by-keys',
    ['organization', 'network', 'since', 'role', 'sources'],
    ['organization', 'network'],
  ),
  node('roles', 'BoardRole', 'id', 'curation/roles-by-keys', [
    'id',
    'person',
    'organization',
    'title',
    'since',
    'heldAsOf',
    'until',
    'electedAt',
    'sources',
  ]),
  relationship(
    'affiliations',
    'WORKS_WITH',
    'curation/affiliations-by-keys',
    ['person', 'organization', 'note', 'sources'],
    ['person', 'organization'],
  ),
];

export function sectionSpec(section: CuratedSection): SectionSpec {
  const spec = curatedSections.find((s) => s.section === section);
  if (spec === undefined) throw new Error(`Section ${section} is not curated`);
  return spec;
}

/**
 * The fields a relationship record's key names ("org-a/org-nkss" → member, association); a participation's role is the
 * rest of the key after the second '/', and absent when the key has two parts.
 */
export function keyFieldsOf(spec: RelationshipSpec, key: string): Record<string, string | null> {
  const parts = key.split('/');
  return Object.fromEntries(
    spec.keyFields.map((field, i) => [field, i === spec.keyFields.length - 1 ? parts.slice(i).join('/') || null : (parts[i] ?? null)]),
  );
}

export function keyOf(spec: SectionSpec, record: Record<string, unknown>): string {
  return spec.kind === 'node' ? String(record[spec.keyField]) : spec.keyOf(record);
}
