import type { ManagedTransaction } from 'neo4j-driver';
import type { Dataset } from '../dataset/dataset.types';
import { toGraphRows, type GraphRowOptions, type RelationshipRow } from '../dataset/graph-rows';
import { toPlain } from '../neo4j/convert';
import { cypher } from '../neo4j/cypher';
import type { CuratedSection, SectionSpec } from './sections';

/** A partial dataset: any of the curated sections, records in data/nkss.json's own shape. */
export type Patch = Partial<Pick<Dataset, CuratedSection>>;

/** A record as the graph holds it, with its provenance. */
export interface Existing {
  version: number;
  origin: string;
  meta: { createdAt?: string; createdBy?: string };
  record: Record<string, unknown>;
}

/** What the loader's mapping needs beyond the patch: which members are people, whose goals these are. */
export interface PatchContext extends GraphRowOptions {
  isPerson: (id: string) => boolean;
}

/** A stable JSON form: keys sorted, so two equal records compare equal as text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The fields of a record in the spec's order, each null when absent (a list empty), sets sorted: as exported. */
export function shapeRecord(spec: SectionSpec, record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    spec.fields.map((field) => {
      const value = record[field] ?? (spec.lists.includes(field) ? [] : null);
      return [field, spec.sets?.includes(field) && Array.isArray(value) ? [...(value as string[])].sort() : value];
    }),
  );
}

/** The records of a section in a patch (the association is one object, not a list). */
export function recordsOf(patch: Patch, spec: SectionSpec): Record<string, unknown>[] {
  const value = patch[spec.section] as unknown;
  if (spec.single) return value === undefined || value === null ? [] : [value as Record<string, unknown>];
  return (value ?? []) as Record<string, unknown>[];
}

/** The sections in data/nkss.json's own order (`association` is one record, the others lists). */
export const DATASET_SECTIONS = [
  'sources',
  'countries',
  'regions',
  'districts',
  'cities',
  'association',
  'organizations',
  'people',
  'memberships',
  'events',
  'programmes',
  'participations',
  'goals',
  'membershipReports',
  'agreements',
  'partnerships',
  'networkMemberships',
  'roles',
  'affiliations',
] as const;

/** The patch as a whole dataset (every other section empty), as the loader's mapping takes it. */
export function emptyDatasetWith(patch: Patch): Dataset {
  const sections = DATASET_SECTIONS.filter((section) => section !== 'association');
  return { ...Object.fromEntries(sections.map((s) => [s, []])), ...patch } as unknown as Dataset;
}

/** A relationship record's relationship as the loader writes it: its type, ends and key. */
export function relationshipOf(
  spec: SectionSpec & { kind: 'relationship' },
  record: Record<string, unknown>,
  context: PatchContext,
): RelationshipRow {
  const rows = toGraphRows(emptyDatasetWith({ [spec.section]: [record] }), context);
  return rows.relationships.find((r) => r.type === spec.type)!;
}

/** Reads the records of a section back from the graph by key; `keys` are uids' keys, or relationships' ends. */
export async function readByKeys(tx: ManagedTransaction, spec: SectionSpec, keys: unknown[]): Promise<Map<string, Existing>> {
  if (keys.length === 0) return new Map();
  const result = await tx.run(cypher(spec.read), { keys });
  const found = new Map<string, Existing>();
  for (const row of result.records.map((r) => toPlain(r.toObject()) as unknown as Existing & { key: string })) {
    found.set(row.key, { ...row, record: spec.fromGraph(row.record) });
  }
  return found;
}
