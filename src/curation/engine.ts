import crypto from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Dataset } from '../dataset/dataset.types';
import {
  OWNED_INCOMING_TYPES,
  OWNED_TYPES,
  toGraphRows,
  type GraphRowOptions,
  type NodeRow,
  type RelationshipRow,
} from '../dataset/graph-rows';
import { InvalidDatasetError, referencesOf, refLabels, validateDataset, type DatasetProblem, type Ref } from '../dataset/validate';
import { toPlain } from '../neo4j/convert';
import { cypher } from '../neo4j/cypher';
import type { Graph } from '../neo4j/run';
import { rebuildTies } from '../ties/rebuild';
import { curatedSections, keyOf, sectionSpec, type CuratedSection, type SectionSpec } from './sections';

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

/** The fields of a record in the spec's order, each null when absent (a list empty), sets sorted: as exported. */
export function shapeRecord(spec: SectionSpec, record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    spec.fields.map((field) => {
      const value = record[field] ?? (spec.lists.includes(field) ? [] : null);
      return [field, spec.sets?.includes(field) && Array.isArray(value) ? [...(value as string[])].sort() : value];
    }),
  );
}

/** A record as the graph can hold it, for comparing. */
function normalize(spec: SectionSpec, record: Record<string, unknown>): Record<string, unknown> {
  const shaped = shapeRecord(spec, record);
  return spec.comparable?.(shaped) ?? shaped;
}

/** The records of a section in a patch (the association is one object, not a list). */
export function recordsOf(patch: Patch, spec: SectionSpec): Record<string, unknown>[] {
  const value = patch[spec.section] as unknown;
  if (spec.single) return value === undefined || value === null ? [] : [value as Record<string, unknown>];
  return (value ?? []) as Record<string, unknown>[];
}

/** What the loader's mapping needs beyond the patch: which members are people, whose goals these are. */
interface PatchContext extends GraphRowOptions {
  isPerson: (id: string) => boolean;
}

function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((field) => before === null || canonical(before[field]) !== canonical(after[field]));
}

/** A relationship record's relationship as the loader writes it: its type, ends and key. */
function relationshipOf(
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

function readExisting(
  tx: ManagedTransaction,
  spec: SectionSpec,
  records: Record<string, unknown>[],
  context: PatchContext,
): Promise<Map<string, Existing>> {
  if (spec.kind === 'node')
    return readByKeys(
      tx,
      spec,
      records.map((r) => keyOf(spec, r)),
    );
  return readByKeys(
    tx,
    spec,
    records.map((record) => {
      const { from, to, key } = relationshipOf(spec, record, context);
      return { key: keyOf(spec, record), from, to, relKey: key };
    }),
  );
}

/** The keys a patch refers to that the graph holds, by kind of reference (one query), and the people among them. */
async function existingReferences(tx: ManagedTransaction, patch: Patch): Promise<{ existing: Map<Ref, Set<string>>; people: Set<string> }> {
  const wanted = referencesOf(patch);
  const uids = [...wanted].flatMap(([ref, keys]) => [...keys].flatMap((key) => refLabels[ref].map((label) => `${label}:${key}`)));
  const result = await tx.run(cypher('curation/existing-uids'), { uids });
  const present = new Set(result.records.map((r) => String(r.get('uid'))));
  const existing = new Map<Ref, Set<string>>();
  for (const [ref, keys] of wanted) {
    existing.set(ref, new Set([...keys].filter((key) => refLabels[ref].some((label) => present.has(`${label}:${key}`)))));
  }
  const people = new Set([...present].filter((uid) => uid.startsWith('Person:')).map((uid) => uid.slice('Person:'.length)));
  return { existing, people };
}

/** Two records of a section with one key (a membership listed twice) would write one relationship: refused. */
function duplicateKeys(patch: Patch): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const spec of curatedSections) {
    if (spec.kind !== 'relationship') continue;
    const seen = new Set<string>();
    recordsOf(patch, spec).forEach((record, i) => {
      const key = keyOf(spec, record);
      if (seen.has(key)) problems.push({ path: `${spec.section}[${i}]`, message: `duplicate ${spec.section} record ${key}` });
      seen.add(key);
    });
  }
  return problems;
}

/** Validates a patch with the dataset's rules against what the graph holds; returns what the loader's mapping needs. */
export async function validatePatch(tx: ManagedTransaction, patch: Patch): Promise<PatchContext> {
  const { existing, people } = await existingReferences(tx, patch);
  let problems: DatasetProblem[] = [];
  try {
    validateDataset(patch, { partial: true, existing });
  } catch (error) {
    if (!(error instanceof InvalidDatasetError)) throw error;
    problems = error.problems;
  }
  problems.push(...duplicateKeys(patch));
  const needsAssociation = (patch.goals ?? []).length > 0 || (patch.organizations ?? []).length > 0;
  const found = needsAssociation ? (await tx.run(cypher('curation/association-id'))).records[0] : undefined;
  const associationId = found === undefined ? undefined : String(found.get('id'));
  // The association is an Organization node too; written as an organization it would lose what only it has.
  (patch.organizations ?? []).forEach((o, i) => {
    if (o.id === associationId)
      problems.push({ path: `organizations[${i}].id`, message: `${o.id} is the association: write it in the association section` });
  });
  if ((patch.goals ?? []).length > 0 && patch.association === undefined && associationId === undefined) {
    problems.push({ path: 'goals', message: "goals are the association's: import the association first" });
  }
  if (problems.length > 0) throw new InvalidDatasetError(problems);
  for (const person of patch.people ?? []) people.add(person.id);
  return { isPerson: (id) => people.has(id), associationId };
}

/**
 * The one write path (docs/curation.md): validates a patch with the dataset's rules against what the graph holds,
 * compares each record with the graph's, writes what is new or different with the loader's own mapping, rebuilds the
 * ties of the organizations it touched, and appends a change record for each record written — all in the caller's
 * transaction, so a mutation or an import batch commits whole or not at all.
 */
export async function applyPatch(tx: ManagedTransaction, patch: Patch, actor: Actor, options: WriteOptions): Promise<RecordOutcome[]> {
  const context = await validatePatch(tx, patch);

  const outcomes: RecordOutcome[] = [];
  const toWrite: Record<string, unknown> = {};
  const written: Written[] = [];
  for (const spec of curatedSections) {
    const records = recordsOf(patch, spec);
    if (records.length === 0) continue;
    const existing = await readExisting(tx, spec, records, context);
    for (const raw of records) {
      const key = keyOf(spec, raw);
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
      if (spec.single) toWrite[spec.section] = raw;
      else ((toWrite[spec.section] ??= []) as unknown[]).push(raw);
      written.push({ spec, key, before, after, outcome, meta: current?.meta ?? {} });
    }
  }
  if (options.dryRun || written.length === 0) return outcomes;

  await writeRecords(tx, toWrite, written, context, actor, options);
  return outcomes;
}

interface Written {
  spec: SectionSpec;
  key: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  outcome: RecordOutcome;
  meta: Existing['meta'];
}

const relationshipId = (r: { type: string; from: string; to: string; key: string }): string => `${r.type}|${r.from}|${r.to}|${r.key}`;

/** Writes the new and changed records with the loader's mapping, stamped with provenance and version; ties; changes. */
async function writeRecords(
  tx: ManagedTransaction,
  toWrite: Patch,
  written: Written[],
  context: PatchContext,
  actor: Actor,
  options: WriteOptions,
): Promise<void> {
  const rows = toGraphRows(emptyDatasetWith(toWrite), context);
  const now = new Date().toISOString();
  const stamp = (w: Written): Record<string, unknown> => ({
    origin: options.origin,
    version: w.outcome.version,
    createdAt: w.meta.createdAt ?? now,
    createdBy: w.meta.createdBy ?? actor.id,
    updatedAt: now,
    updatedBy: actor.id,
  });
  const nodeRecords = new Map<string, Written>();
  const relationshipRecords = new Map<string, Written>();
  for (const w of written) {
    const raw = recordsOf(toWrite, w.spec).find((r) => keyOf(w.spec, r) === w.key)!;
    if (w.spec.kind === 'node') nodeRecords.set(`${w.spec.label}:${w.key}`, w);
    else relationshipRecords.set(relationshipId(relationshipOf(w.spec, raw, context)), w);
  }
  const nodes: NodeRow[] = rows.nodes.map((node) => {
    const w = nodeRecords.get(node.uid);
    return w === undefined ? node : { ...node, props: { ...node.props, ...stamp(w) } };
  });
  const relationships = rows.relationships.map((r) => {
    const w = relationshipRecords.get(relationshipId(r));
    return { ...r, props: { ...r.props, origin: options.origin, ...(w === undefined ? {} : stamp(w)) } };
  });
  await tx.run(cypher('curation/clear-owned'), {
    rows: nodes.map((node) => ({
      uid: node.uid,
      owned: OWNED_TYPES[node.labels[0]] ?? [],
      ownedIn: OWNED_INCOMING_TYPES[node.labels[0]] ?? [],
    })),
  });
  await tx.run(cypher('curation/write-nodes'), { rows: nodes });
  await tx.run(cypher('dataset/merge-relationships'), { rows: relationships, checksum: null, curating: true });
  await rebuildTies(tx, await tiesTouched(tx, toWrite, nodes, relationships));
  await tx.run(cypher('curation/record-changes'), {
    changes: written.map((w) => ({
      id: w.outcome.changeId,
      by: actor.id,
      operation: w.outcome.status === 'created' ? 'CREATE' : 'UPDATE',
      kind: w.spec.section,
      key: w.key,
      uid: w.spec.kind === 'node' ? `${w.spec.label}:${w.key}` : null,
      fields: w.outcome.changedFields,
      before: w.before === null ? null : canonical(Object.fromEntries(w.outcome.changedFields.map((f) => [f, w.before![f]]))),
      after: canonical(Object.fromEntries(w.outcome.changedFields.map((f) => [f, w.after[f]]))),
      requestId: actor.requestId,
    })),
  });
}

const TIE_TYPES = new Set(['PARTNERS_WITH', 'MEMBER_OF_NETWORK', 'PARTICIPATED_IN']);

/**
 * The organizations whose ties the write may have changed (the rule in cypher/ties/rebuild.cypher): those written, both
 * ends of a written partnership or network membership, every participant of a programme written or joined, and the
 * partners whose partnership names a written programme or agreement.
 */
async function tiesTouched(tx: ManagedTransaction, patch: Patch, nodes: NodeRow[], relationships: RelationshipRow[]): Promise<string[]> {
  const ids = new Set(nodes.filter((node) => node.labels.includes('Organization')).map((node) => String(node.props.id)));
  const programmes = new Set((patch.programmes ?? []).map((p) => p.slug));
  for (const r of relationships) {
    if (!TIE_TYPES.has(r.type)) continue;
    ids.add(r.from.slice(r.from.indexOf(':') + 1));
    if (r.type === 'PARTICIPATED_IN') programmes.add(r.to.slice(r.to.indexOf(':') + 1));
    else ids.add(r.to.slice(r.to.indexOf(':') + 1));
  }
  const agreements = (patch.agreements ?? []).map((a) => a.id);
  if (programmes.size > 0 || agreements.length > 0) {
    const result = await tx.run(cypher('curation/tie-dependents'), { programmes: [...programmes], agreements });
    for (const record of result.records) ids.add(String(record.get('id')));
  }
  return [...ids].sort();
}

/** One record as data/nkss.json holds it, with its version; null when the graph has no such record. */
export async function readRecord(
  tx: ManagedTransaction,
  section: CuratedSection,
  key: string,
): Promise<{ record: Record<string, unknown>; version: number } | null> {
  const spec = sectionSpec(section);
  if (spec.kind !== 'node') throw new Error(`readRecord reads node records; ${section} are relationships`);
  const found = (await readByKeys(tx, spec, [key])).get(key);
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
