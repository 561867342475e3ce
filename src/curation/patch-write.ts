import type { ManagedTransaction } from 'neo4j-driver';
import { OWNED_INCOMING_TYPES, OWNED_TYPES, purgedRef, toGraphRows, type NodeRow, type RelationshipRow } from '../dataset/graph-rows';
import { cypher } from '../neo4j/cypher';
import { rebuildTies } from '../ties/rebuild';
import type { Actor, RecordOutcome, WriteOptions } from './write-options';
import { canonical, emptyDatasetWith, recordsOf, relationshipOf, type Existing, type Patch, type PatchContext } from './records';
import { keyOf, type SectionSpec } from './sections';

/** A record to write: its spec and key, its fields before and after, and what the engine decided. */
export interface Written {
  spec: SectionSpec;
  key: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  outcome: RecordOutcome;
  meta: Existing['meta'];
}

const relationshipId = purgedRef;

/** Writes the new and changed records with the loader's mapping, stamped with provenance and version; ties; changes. */
export async function writeRecords(
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
  // A record created under a purged key is a new decision: its tombstone goes (docs/curation.md, "Purge").
  const created = [...nodeRecords, ...relationshipRecords].filter(([, w]) => w.outcome.status === 'created').map(([ref]) => ref);
  if (created.length > 0) await tx.run(cypher('curation/unpurge'), { refs: created });
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
