import crypto from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { InvalidDatasetError } from '../dataset/validate';
import type { Graph } from '../neo4j/run';
import { validatePatch } from './patch-validation';
import { writeRecords, type Written } from './patch-write';
import type { Actor, RecordOutcome, WriteOptions } from './write-options';
import { canonical, readByKeys, recordsOf, relationshipOf, shapeRecord, type Existing, type Patch, type PatchContext } from './records';
import { cypher } from '../neo4j/cypher';
import { curatedSections, keyFieldsOf, keyOf, sectionSpec, type CuratedSection, type RelationshipSpec, type SectionSpec } from './sections';

export type { Patch } from './records';
export { readByKeys, recordsOf, shapeRecord } from './records';
export { validatePatch } from './patch-validation';

export type { Actor, RecordOutcome, RecordStatus, WriteMode, WriteOptions } from './write-options';

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

const recordId = (section: string, key: string): string => `${section}:${key}`;

/** A record as the graph can hold it, for comparing. */
function normalize(spec: SectionSpec, record: Record<string, unknown>): Record<string, unknown> {
  const shaped = shapeRecord(spec, record);
  return spec.comparable?.(shaped) ?? shaped;
}

function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((field) => before === null || canonical(before[field]) !== canonical(after[field]));
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
    const retracted = await retractedKeys(
      tx,
      spec,
      records.filter((r) => !existing.has(keyOf(spec, r))),
      context,
    );
    for (const raw of records) {
      const key = keyOf(spec, raw);
      const after = normalize(spec, raw);
      const current = existing.get(key);
      const before = current === undefined ? null : normalize(spec, current.record);
      const fields = changedFields(before, after);
      const mode = options.modes?.get(recordId(spec.section, key)) ?? options.mode;
      if (current === undefined && mode === 'update') throw new CurationNotFound(spec.section, key);
      if (retracted.has(key)) {
        throw new CurationConflict(`${spec.section} ${key} was retracted: an admin restores it, or purges it before it is written again`, {
          section: spec.section,
          key,
        });
      }
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

/**
 * A relationship record (a membership …) by the fields that name it (member and association), with its version and key;
 * null when the graph has no such record. Its member may be an organization or a person: both are looked for.
 */
export async function readRelationshipRecord(
  tx: ManagedTransaction,
  section: CuratedSection,
  ends: Record<string, unknown>,
): Promise<{ record: Record<string, unknown>; version: number; key: string } | null> {
  const spec = sectionSpec(section);
  if (spec.kind !== 'relationship') throw new Error(`readRelationshipRecord reads relationship records; ${section} are nodes`);
  const key = keyOf(spec, { ...shapeRecord(spec, {}), ...ends });
  const found = (
    await readByKeys(
      tx,
      spec,
      relationshipCandidates(spec, ends).map((candidate) => ({ key, ...candidate })),
    )
  ).get(key);
  return found === undefined ? null : { record: normalize(spec, found.record), version: found.version, key };
}

/**
 * What names a relationship record, from its key as history takes it ("org-a/org-nkss" → member and association); a
 * partnership's key is its id, and its two organizations are looked up (live or retracted).
 */
export async function relationshipEnds(tx: ManagedTransaction, spec: RelationshipSpec, key: string): Promise<Record<string, unknown>> {
  const ends: Record<string, unknown> = keyFieldsOf(spec, key);
  if (spec.section !== 'partnerships') return ends;
  const found = (await tx.run(cypher('curation/partnership-ends'), { id: key })).records[0];
  return found === undefined ? ends : { ...ends, from: found.get('from'), to: found.get('to') };
}

/** Any live record by its key as history takes it: a node's id, slug or code; a relationship record's ends joined by '/'. */
export async function readRecordByKey(
  tx: ManagedTransaction,
  section: CuratedSection,
  key: string,
): Promise<{ record: Record<string, unknown>; version: number; key: string } | null> {
  const spec = sectionSpec(section);
  if (spec.kind === 'node') {
    const found = await readRecord(tx, section, key);
    return found === null ? null : { ...found, key };
  }
  return readRelationshipRecord(tx, section, await relationshipEnds(tx, spec, key));
}

/** The relationship a relationship record may be, as the loader merged it: its member an organization or a person. */
export function relationshipCandidates(
  spec: RelationshipSpec,
  ends: Record<string, unknown>,
): { from: string; to: string; relKey: string }[] {
  const probe = { ...shapeRecord(spec, {}), ...ends };
  const candidates = [false, true].map((person) => {
    const { from, to, key } = relationshipOf(spec, probe, { isPerson: () => person });
    return { from, to, relKey: key };
  });
  // Only a membership's member may be a person: for the others both candidates are one relationship.
  return candidates[0].from === candidates[1].from ? [candidates[0]] : candidates;
}

/** Which of these records are retracted: one is restored or purged, not created again (CONFLICT). */
async function retractedKeys(
  tx: ManagedTransaction,
  spec: SectionSpec,
  records: Record<string, unknown>[],
  context: PatchContext,
): Promise<Set<string>> {
  if (records.length === 0) return new Set();
  const params =
    spec.kind === 'node'
      ? { uids: records.map((r) => `${spec.label}:${keyOf(spec, r)}`), type: null, candidates: [] }
      : {
          uids: [],
          type: spec.type,
          candidates: records.map((r) => {
            const { from, to, key } = relationshipOf(spec, r, context);
            return { key: keyOf(spec, r), from, to, relKey: key };
          }),
        };
  const result = await tx.run(cypher('curation/retracted-keys'), params);
  return new Set(result.records.map((r) => String(r.get('key'))));
}

export const recordKey = recordId;

/** One patch as one write transaction (a mutation). */
export function writePatch(graph: Graph, patch: Patch, actor: Actor, options: WriteOptions): Promise<RecordOutcome[]> {
  return graph.write((tx) => applyPatch(tx, patch, actor, options));
}

export { InvalidDatasetError };
