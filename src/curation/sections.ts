/**
 * The sections of data/nkss.json that can be curated so far, each with how its records are keyed, read back from the
 * graph and compared. A section added here is written by the same engine (src/curation/engine.ts); see
 * docs/curation.md for the order the rest follow in.
 */
export type CuratedSection = 'sources' | 'organizations';

export interface SectionSpec {
  section: CuratedSection;
  /** The node label; the node's uid is "Label:key". */
  label: string;
  keyField: string;
  /** The record's fields in data/nkss.json, in order. */
  fields: readonly string[];
  /** Fields that are lists (absent means empty, not null). */
  lists: readonly string[];
  /** Lists whose order means nothing (compared sorted). */
  sets?: readonly string[];
  /** cypher/ file that reads records by $keys. */
  read: string;
  /** The graph's answer as a record (e.g. citations put back in their order). */
  fromGraph(row: Record<string, unknown>): Record<string, unknown>;
}

interface IndexedCitation {
  i: number;
  source: string;
  quote: string | null;
}

/** Citations come back as the loader wrote them: an index, the source, and "" for a missing quote on relationships. */
function citations(list: unknown): { source: string; quote: string | null }[] {
  return ((list ?? []) as IndexedCitation[]).sort((a, b) => a.i - b.i).map((c) => ({ source: c.source, quote: c.quote ?? null }));
}

export const curatedSections: readonly SectionSpec[] = [
  {
    section: 'sources',
    label: 'Source',
    keyField: 'id',
    fields: ['id', 'url', 'title', 'publisher', 'language', 'primary'],
    lists: [],
    read: 'curation/sources-by-keys',
    fromGraph: (row) => row,
  },
  {
    section: 'organizations',
    label: 'Organization',
    keyField: 'id',
    fields: [
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
    ],
    lists: ['aliases', 'disciplines', 'countries', 'sources'],
    sets: ['countries'],
    read: 'curation/organizations-by-keys',
    fromGraph: (row) => ({ ...row, sources: citations(row.sources) }),
  },
];

export function sectionSpec(section: CuratedSection): SectionSpec {
  const spec = curatedSections.find((s) => s.section === section);
  if (spec === undefined) throw new Error(`Section ${section} is not curated`);
  return spec;
}
