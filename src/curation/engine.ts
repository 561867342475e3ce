import crypto from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Dataset } from '../dataset/dataset.types';
import { OWNED_TYPES, toGraphRows, type NodeRow } from '../dataset/graph-rows';
import { InvalidDatasetError, referencesOf, refLabels, validateDataset, type Ref } from '../dataset/validate';
import { toPlain } from '../neo4j/convert';
import { cypher } from '../neo4j/cypher';
import type { Graph } from '../neo4j/run';
import { rebuildTies } from '../ties/rebuild';
import { curatedSections, sectionSpec, type CuratedSection, type SectionSpec } from './sections';

/** A partial dataset: any of the curated sections, records in data/nkss.json's own shape. */
export type Patch = Partial<Pick<Dataset, CuratedSection>>;

export interface Actor {
  /** Who writes: a token's subject, an API key's name, or the import's operator. */
  id: string;
  requestId: string | null;
}

export type WriteMode =
  /** New records only: an existing key with the same content is a retry (nothing written), other content a conflict. */
  | 'create'
  /** Existing records only, each at the version the caller saw. */
  | 'update'
  /** Either (imports): absent → created, identical → left alone, different → updated. */
  | 'merge';

export interface WriteOptions {
  mode: WriteMode;
  origin: 'api' | 'import';
  /** A mode for particular records ("organizations:org-x"), overriding `mode` (a create beside an update). */
  modes?: ReadonlyMap<string, WriteMode>;
  /** update: the version the caller read, per record key ("organizations:org-x"). */
  expectedVersions?: ReadonlyMap<string, number>;
  /** Validate and compare, write nothing. */
  dryRun?: boolean;
}

export type RecordStatus = 'created' | 'updated' | 'unchanged';

export interface RecordOutcome {
  section: CuratedSection;
  key: string;
  status: RecordStatus;
  version: number;
  /** Fields that differ from what the graph held (every field for a new record). */
  changedFields: string[];
  changeId: string | null;
}

/** A write refused because of what the graph holds now (a version moved on, a key taken by other content). */
export class CurationConflict extends Error {
  constructor(
    message: string,
    readonly details: { section: CuratedSection; key: string; currentVersion?: number },
  ) {
    super(message);
    this.name = 'CurationConflict';
  }
}

/** A record the caller named that the graph does not hold. */
export class CurationNotFound extends Error {
  constructor(
    readonly section: CuratedSection,
    readonly key: string,
  ) {
    super(`No ${section} record ${key}`);
    this.name = 'CurationNotFound';
  }
}

interface Existing {
  version: number;
  origin: string;
  meta: { createdAt?: string; createdBy?: string };
  record: Record<string, unknown>;
}

const recordId = (section: string, key: string): string => `${section}:${key}`;

/** A stable JSON form: keys sorted, so two equal records compare equal as text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The fields of a record, each null when absent, in the spec's order. */
function normalize(spec: SectionSpec, record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    spec.fields.map((field) => {
      const value = record[field] ?? (spec.lists.includes(field) ? [] : null);
      return [field, spec.sets?.includes(field) && Array.isArray(value) ? [...(value as string[])].sort() : value];
    }),
  );
}

function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((field) => before === null || canonical(before[field]) !== canonical(after[field]));
}

async function readExisting(tx: ManagedTransaction, spec: SectionSpec, keys: string[]): Promise<Map<string, Existing>> {
  if (keys.length === 0) return new Map();
  const result = await tx.run(cypher(spec.read), { keys });
  const found = new Map<string, Existing>();
  for (const row of result.records.map((r) => toPlain(r.toObject()) as unknown as Existing & { key: string })) {
    found.set(row.key, { ...row, record: spec.fromGraph(row.record) });
  }
  return found;
}

/** The keys a patch refers to that the graph holds, by kind of reference (one query). */
async function existingReferences(tx: ManagedTransaction, patch: Patch): Promise<Map<Ref, Set<string>>> {
  const wanted = referencesOf(patch);
  const uids = [...wanted].flatMap(([ref, keys]) => [...keys].flatMap((key) => refLabels[ref].map((label) => `${label}:${key}`)));
  const result = await tx.run(cypher('curation/existing-uids'), { uids });
  const present = new Set(result.records.map((r) => String(r.get('uid'))));
  const existing = new Map<Ref, Set<string>>();
  for (const [ref, keys] of wanted) {
    existing.set(ref, new Set([...keys].filter((key) => refLabels[ref].some((label) => present.has(`${label}:${key}`)))));
  }
  return existing;
}

/**
 * The one write path (docs/curation.md): validates a patch with the dataset's rules against what the graph holds,
 * compares each record with the graph's, writes what is new or different with the loader's own mapping, rebuilds the
 * ties of the organizations it touched, and appends a change record for each record written — all in the caller's
 * transaction, so a mutation or an import batch commits whole or not at all.
 */
export async function applyPatch(tx: ManagedTransaction, patch: Patch, actor: Actor, options: WriteOptions): Promise<RecordOutcome[]> {
  validateDataset(patch, { partial: true, existing: await existingReferences(tx, patch) });

  const outcomes: RecordOutcome[] = [];
  const toWrite: Patch = {};
  const written: {
    spec: SectionSpec;
    key: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown>;
    outcome: RecordOutcome;
    meta: Existing['meta'];
  }[] = [];
  for (const spec of curatedSections) {
    const records = (patch[spec.section] ?? []) as unknown as Record<string, unknown>[];
    if (records.length === 0) continue;
    const existing = await readExisting(
      tx,
      spec,
      records.map((r) => String(r[spec.keyField])),
    );
    for (const raw of records) {
      const key = String(raw[spec.keyField]);
      const after = normalize(spec, raw);
      const current = existing.get(key);
      const before = current === undefined ? null : normalize(spec, current.record);
      const fields = changedFields(before, after);
      const mode = options.modes?.get(recordId(spec.section, key)) ?? options.mode;
      if (current === undefined && mode === 'update') throw new CurationNotFound(spec.section, key);
      if (current !== undefined && mode === 'create' && fields.length > 0) {
        throw new CurationConflict(`${spec.section} ${key} already exists with other content`, {
          section: spec.section,
          key,
          currentVersion: current.version,
        });
      }
      const expected = options.expectedVersions?.get(recordId(spec.section, key));
      if (current !== undefined && expected !== undefined && expected !== current.version) {
        throw new CurationConflict(
          `${spec.section} ${key} is at version ${current.version}, not ${expected}: it changed since it was read`,
          {
            section: spec.section,
            key,
            currentVersion: current.version,
          },
        );
      }
      if (current !== undefined && fields.length === 0) {
        outcomes.push({ section: spec.section, key, status: 'unchanged', version: current.version, changedFields: [], changeId: null });
        continue;
      }
      const outcome: RecordOutcome = {
        section: spec.section,
        key,
        status: current === undefined ? 'created' : 'updated',
        version: current === undefined ? 1 : current.version + 1,
        changedFields: fields,
        changeId: crypto.randomUUID(),
      };
      outcomes.push(outcome);
      (toWrite[spec.section] as unknown[] | undefined) ??= [];
      (toWrite[spec.section] as unknown[]).push(raw);
      written.push({ spec, key, before, after, outcome, meta: current?.meta ?? {} });
    }
  }
  if (options.dryRun || written.length === 0) return outcomes;

  const rows = toGraphRows(emptyDatasetWith(toWrite));
  const now = new Date().toISOString();
  const byUid = new Map(written.map((w) => [`${w.spec.label}:${w.key}`, w]));
  const nodes: NodeRow[] = rows.nodes.map((node) => {
    const w = byUid.get(node.uid);
    if (w === undefined) return node;
    return {
      ...node,
      props: {
        ...node.props,
        origin: options.origin,
        version: w.outcome.version,
        createdAt: w.meta.createdAt ?? now,
        createdBy: w.meta.createdBy ?? actor.id,
        updatedAt: now,
        updatedBy: actor.id,
      },
    };
  });
  await tx.run(cypher('curation/clear-owned'), {
    rows: nodes.map((node) => ({ uid: node.uid, owned: OWNED_TYPES[node.labels[0]] ?? [] })),
  });
  await tx.run(cypher('curation/write-nodes'), { rows: nodes });
  const relationships = rows.relationships.map((r) => ({ ...r, props: { ...r.props, origin: options.origin } }));
  await tx.run(cypher('dataset/merge-relationships'), { rows: relationships, checksum: null, curating: true });
  const organizations = nodes.filter((node) => node.labels.includes('Organization')).map((node) => String(node.props.id));
  if (organizations.length > 0) await rebuildTies(tx, organizations);
  await tx.run(cypher('curation/record-changes'), {
    changes: written.map((w) => ({
      id: w.outcome.changeId,
      by: actor.id,
      operation: w.outcome.status === 'created' ? 'CREATE' : 'UPDATE',
      kind: w.spec.section,
      key: w.key,
      uid: `${w.spec.label}:${w.key}`,
      fields: w.outcome.changedFields,
      before: w.before === null ? null : canonical(Object.fromEntries(w.outcome.changedFields.map((f) => [f, w.before![f]]))),
      after: canonical(Object.fromEntries(w.outcome.changedFields.map((f) => [f, w.after[f]]))),
      requestId: actor.requestId,
    })),
  });
  return outcomes;
}

/** One record as data/nkss.json holds it, with its version; null when the graph has no such record. */
export async function readRecord(
  tx: ManagedTransaction,
  section: CuratedSection,
  key: string,
): Promise<{ record: Record<string, unknown>; version: number } | null> {
  const spec = sectionSpec(section);
  const found = (await readExisting(tx, spec, [key])).get(key);
  return found === undefined ? null : { record: normalize(spec, found.record), version: found.version };
}

export const recordKey = recordId;

function emptyDatasetWith(patch: Patch): Dataset {
  const sections = [
    'sources',
    'countries',
    'regions',
    'districts',
    'cities',
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
  ];
  return { ...Object.fromEntries(sections.map((s) => [s, []])), ...patch } as unknown as Dataset;
}

/** One patch as one write transaction (a mutation). */
export function writePatch(graph: Graph, patch: Patch, actor: Actor, options: WriteOptions): Promise<RecordOutcome[]> {
  return graph.write((tx) => applyPatch(tx, patch, actor, options));
}

export { InvalidDatasetError };
