import crypto from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { OWNED_INCOMING_TYPES, OWNED_TYPES } from '../dataset/graph-rows';
import { toPlain } from '../neo4j/convert';
import { cypher } from '../neo4j/cypher';
import { rebuildTies } from '../ties/rebuild';
import { CurationConflict, CurationNotFound, readRecordByKey, relationshipCandidates, relationshipEnds, type Actor } from './engine';
import { canonical } from './records';
import { sectionSpec, type CuratedSection, type SectionSpec } from './sections';

/**
 * Retraction, restore and purge (docs/curation.md, "Retraction, not deletion"). A retracted node record keeps its node
 * under :Retracted instead of its domain label; a retracted relationship record becomes a :RETRACTED relationship with
 * its type in retractedType. No read matches either, so nothing else needs a filter; `retracted` lists them. Each is one
 * change with a :Change record (RETRACT, RESTORE, PURGE), in the caller's transaction, with the ties rebuilt.
 */

export interface RetractionOutcome {
  section: CuratedSection;
  key: string;
  /** The record's version after the operation (a purged record keeps the version it had). */
  version: number;
  changeId: string;
}

interface Retraction {
  retractedKind: string;
  retractedKey: string;
  version: number;
  retractionReason: string;
  retractedBy: string;
  retractedAt: string;
  retractedRecord: string;
  pointsAtRetracted: boolean;
  liveTwin: boolean;
  /** The retracted records that name this node (its retracted memberships …): a purge would take them with it. */
  namedBy: string[];
}

/** Where a record is in the graph: a node's uid, or the relationships a relationship record may be. */
interface Place {
  spec: SectionSpec;
  uid: string | null;
  type: string | null;
  candidates: { from: string; to: string; relKey: string }[];
  owned: readonly string[];
  ownedIn: readonly string[];
}

async function placeOf(tx: ManagedTransaction, section: CuratedSection, key: string): Promise<Place> {
  const spec = sectionSpec(section);
  if (spec.kind === 'node') {
    return {
      spec,
      uid: `${spec.label}:${key}`,
      type: null,
      candidates: [],
      owned: OWNED_TYPES[spec.label] ?? [],
      ownedIn: OWNED_INCOMING_TYPES[spec.label] ?? [],
    };
  }
  const candidates = relationshipCandidates(spec, await relationshipEnds(tx, spec, key));
  return { spec, uid: null, type: spec.type, candidates, owned: [], ownedIn: [] };
}

async function retractionOf(tx: ManagedTransaction, place: Place): Promise<Retraction | null> {
  const result = await tx.run(cypher('curation/retraction'), {
    uid: place.uid,
    type: place.type,
    candidates: place.candidates,
    owned: place.owned,
    ownedIn: place.ownedIn,
  });
  const row = result.records[0];
  return row === undefined ? null : (toPlain(row.get('retraction')) as unknown as Retraction);
}

/** The organizations whose ties a retraction or restore of this record changes (the rule of cypher/ties/rebuild.cypher). */
async function rebuildTiesAround(tx: ManagedTransaction, place: Place, record: Record<string, unknown>, tied: string[]): Promise<void> {
  const ids = new Set(tied);
  const programmes: string[] = [];
  const agreements: string[] = [];
  const section = place.spec.section;
  if (section === 'partnerships') [record.from, record.to].forEach((id) => ids.add(String(id)));
  if (section === 'networkMemberships') [record.organization, record.network].forEach((id) => ids.add(String(id)));
  if (section === 'participations') {
    ids.add(String(record.organization));
    programmes.push(String(record.programme));
  }
  if (section === 'organizations') ids.add(String(record.id));
  if (section === 'programmes') programmes.push(String(record.slug));
  if (section === 'agreements') agreements.push(String(record.id));
  if (programmes.length > 0 || agreements.length > 0) {
    const result = await tx.run(cypher('curation/tie-dependents'), { programmes, agreements });
    for (const row of result.records) ids.add(String(row.get('id')));
  }
  await rebuildTies(tx, [...ids].sort());
}

async function recordChange(
  tx: ManagedTransaction,
  actor: Actor,
  operation: 'RETRACT' | 'RESTORE' | 'PURGE',
  place: Place,
  key: string,
  before: unknown,
  after: unknown,
): Promise<string> {
  const id = crypto.randomUUID();
  await tx.run(cypher('curation/record-changes'), {
    changes: [
      {
        id,
        by: actor.id,
        operation,
        kind: place.spec.section,
        key,
        uid: place.uid,
        fields: ['retraction'],
        before: before === null ? null : canonical(before),
        after: after === null ? null : canonical(after),
        requestId: actor.requestId,
      },
    ],
  });
  return id;
}

const versionMoved = (section: CuratedSection, key: string, current: number, expected: number): CurationConflict =>
  new CurationConflict(`${section} ${key} is at version ${current}, not ${expected}: it changed since it was read`, {
    section,
    key,
    currentVersion: current,
  });

/**
 * Retracts a live record from the version the caller read, with a reason. A node record that other live records still
 * point at (an organization's memberships, a source's citations …) is CONFLICT, with those records listed: retract them
 * first, so no answer ever shows a fact about a retracted record.
 */
export async function retractRecord(
  tx: ManagedTransaction,
  section: CuratedSection,
  key: string,
  expectedVersion: number,
  reason: string,
  actor: Actor,
): Promise<RetractionOutcome> {
  const place = await placeOf(tx, section, key);
  const current = await readRecordByKey(tx, section, key);
  if (current === null) {
    if ((await retractionOf(tx, place)) !== null) {
      throw new CurationConflict(`${section} ${key} is already retracted`, { section, key });
    }
    throw new CurationNotFound(section, key);
  }
  if (current.version !== expectedVersion) throw versionMoved(section, current.key, current.version, expectedVersion);
  const now = new Date().toISOString();
  const common = { kind: section, key: current.key, by: actor.id, now, reason, record: canonical(current.record) };
  let version: number;
  let tied: string[] = [];
  if (place.uid !== null) {
    const dependents = await tx.run(cypher('curation/dependents'), {
      uid: place.uid,
      key: current.key,
      owned: place.owned,
      ownedIn: place.ownedIn,
    });
    if (dependents.records.length > 0) {
      const others = dependents.records.map((r) => `${String(r.get('type'))} ${String(r.get('other'))}`);
      throw new CurationConflict(
        `${section} ${key} is still referenced by live records (${others.join(', ')}): retract or change them first`,
        { section, key, currentVersion: current.version },
      );
    }
    const row = (
      await tx.run(cypher('curation/retract-node'), {
        ...common,
        uid: place.uid,
        label: (place.spec as { label: string }).label,
        owned: place.owned,
        ownedIn: place.ownedIn,
      })
    ).records[0];
    version = Number(row.get('version'));
    tied = (row.get('tied') as string[]).filter((id) => id !== null);
  } else {
    const params = { ...common, candidates: place.candidates, type: place.type };
    const row = (await tx.run(cypher('curation/retract-relationship'), params)).records[0];
    version = Number(row.get('version'));
  }
  await rebuildTiesAround(tx, place, current.record, tied);
  const changeId = await recordChange(tx, actor, 'RETRACT', place, current.key, null, { reason });
  return { section, key: current.key, version, changeId };
}

/** The retracted record a restore or purge names, at the version the caller read. */
async function retractedOrFail(
  tx: ManagedTransaction,
  section: CuratedSection,
  key: string,
  expectedVersion: number,
): Promise<{ place: Place; retraction: Retraction }> {
  const place = await placeOf(tx, section, key);
  const retraction = await retractionOf(tx, place);
  if (retraction === null) {
    if ((await readRecordByKey(tx, section, key)) !== null) {
      throw new CurationConflict(`${section} ${key} is not retracted: only a retracted record is restored or purged`, { section, key });
    }
    throw new CurationNotFound(section, key);
  }
  if (retraction.version !== expectedVersion) throw versionMoved(section, key, retraction.version, expectedVersion);
  return { place, retraction };
}

/** Restores a retracted record (it answers again), unless it points at a retracted record or a live one took its key. */
export async function restoreRecord(
  tx: ManagedTransaction,
  section: CuratedSection,
  key: string,
  expectedVersion: number,
  actor: Actor,
): Promise<RetractionOutcome> {
  const { place, retraction } = await retractedOrFail(tx, section, key, expectedVersion);
  if (retraction.pointsAtRetracted || retraction.liveTwin) {
    const why = retraction.liveTwin ? 'a live record has its key' : 'it points at a retracted record; restore that first';
    throw new CurationConflict(`${section} ${key} cannot be restored: ${why}`, { section, key, currentVersion: retraction.version });
  }
  const now = new Date().toISOString();
  let version: number;
  if (place.uid !== null) {
    version = Number((await tx.run(cypher('curation/restore-node'), { uid: place.uid, by: actor.id, now })).records[0].get('version'));
  } else {
    const params = { type: place.type, candidates: place.candidates, by: actor.id, now };
    version = Number((await tx.run(cypher('curation/restore-relationship'), params)).records[0].get('version'));
  }
  const record = JSON.parse(retraction.retractedRecord) as Record<string, unknown>;
  await rebuildTiesAround(tx, place, record, []);
  const changeId = await recordChange(tx, actor, 'RESTORE', place, key, { reason: retraction.retractionReason }, null);
  return { section, key, version, changeId };
}

/**
 * Removes a retracted record for good (admin) and leaves a :Purged tombstone in its place, so a load of data/nkss.json
 * that still states it does not write it again; its change records stay, and a PURGE one keeps the record as it stood.
 * A node that retracted records still name (its retracted memberships …) is CONFLICT: purge those first, so nothing
 * goes with it unnamed.
 */
export async function purgeRecord(
  tx: ManagedTransaction,
  section: CuratedSection,
  key: string,
  expectedVersion: number,
  actor: Actor,
): Promise<RetractionOutcome> {
  const { place, retraction } = await retractedOrFail(tx, section, key, expectedVersion);
  const namedBy = [...new Set(retraction.namedBy)].sort();
  if (namedBy.length > 0) {
    throw new CurationConflict(
      `${section} ${key} cannot be purged: retracted records name it (${namedBy.slice(0, 20).join(', ')}); purge them first`,
      { section, key, currentVersion: retraction.version },
    );
  }
  await tx.run(cypher('curation/purge'), {
    uid: place.uid,
    type: place.type,
    candidates: place.candidates,
    kind: section,
    key,
    by: actor.id,
    now: new Date().toISOString(),
    reason: retraction.retractionReason,
  });
  const before = { reason: retraction.retractionReason, record: JSON.parse(retraction.retractedRecord) as unknown };
  const changeId = await recordChange(tx, actor, 'PURGE', place, key, before, null);
  return { section, key, version: retraction.version, changeId };
}
