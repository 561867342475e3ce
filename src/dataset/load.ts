import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../shared/project-root';
import { cypher } from '../neo4j/cypher';
import type { Graph } from '../neo4j/run';
import { rebuildTies } from '../ties/rebuild';
import type { Dataset } from './dataset.types';
import { purgedRef, toGraphRows, type NodeRow, type RelationshipRow } from './graph-rows';
import type { ManagedTransaction } from 'neo4j-driver';
import { validateDataset } from './validate';

export const datasetPath = path.join(projectRoot, 'data', 'nkss.json');

export interface DatasetFile {
  dataset: Dataset;
  checksum: string;
}

/** Reads and validates the file; an invalid file throws InvalidDatasetError listing every bad record. */
export function readDataset(file = datasetPath): DatasetFile {
  const text = fs.readFileSync(file, 'utf8');
  const dataset = validateDataset(JSON.parse(text));
  return { dataset, checksum: crypto.createHash('sha256').update(text).digest('hex').slice(0, 16) };
}

export interface LoadResult {
  version: string;
  status: 'loaded' | 'unchanged';
  nodes: number;
  relationships: number;
  /** Records of the file left as they are because they were curated through the API or an import. */
  curatedKept: number;
  /**
   * Records of the file an admin purged (a node's uid, a relationship's "TYPE|from|to|key"), left out with every
   * relationship of the file that starts or ends at a purged node.
   */
  purgedLeftOut: string[];
}

/** The file's rows without the records an admin purged (cypher/curation/purge.cypher leaves a tombstone for each). */
async function withoutPurged(
  tx: ManagedTransaction,
  rows: { nodes: NodeRow[]; relationships: RelationshipRow[] },
): Promise<{ nodes: NodeRow[]; relationships: RelationshipRow[]; purged: string[] }> {
  const refs = [...rows.nodes.map(purgedRef), ...rows.relationships.map(purgedRef)];
  const result = await tx.run(cypher('dataset/purged-refs'), { refs });
  const purged = new Set(result.records.map((r) => String(r.get('ref'))));
  if (purged.size === 0) return { ...rows, purged: [] };
  return {
    nodes: rows.nodes.filter((n) => !purged.has(n.uid)),
    relationships: rows.relationships.filter((r) => !purged.has(purgedRef(r)) && !purged.has(r.from) && !purged.has(r.to)),
    purged: [...purged].sort(),
  };
}

/**
 * Writes the dataset in one transaction: all of it or nothing. Nodes and relationships are merged on
 * their keys, so a second run changes nothing; records an earlier file had and this one drops are removed. The derived
 * ties (TIED_TO) of every dataset organization are rebuilt in the same transaction.
 */
export async function loadDataset(graph: Graph, file: DatasetFile = readDataset(), options: { force?: boolean } = {}): Promise<LoadResult> {
  const { dataset, checksum } = file;
  const rows = toGraphRows(dataset);
  const current = await graph.readOne<{ version: string; checksum: string }>(cypher('dataset/loaded-version'));
  if (!options.force && current?.checksum === checksum) {
    const [nodes, relationships] = [rows.nodes.length, rows.relationships.length];
    return { version: dataset.version, status: 'unchanged', nodes, relationships, curatedKept: 0, purgedLeftOut: [] };
  }
  const { kept: curatedKept, purged: purgedLeftOut } = await graph.write(async (tx) => {
    // A purged record stays purged: neither it nor what the file hangs on it is written again.
    const { nodes, relationships, purged } = await withoutPurged(tx, rows);
    const kept = Number((await tx.run(cypher('dataset/merge-nodes'), { rows: nodes, checksum })).records[0]?.get('curated') ?? 0);
    const merged = await tx.run(cypher('dataset/merge-relationships'), { rows: relationships, checksum, curating: false });
    // What a curated record owns is not the file's to write (cypher/dataset/merge-relationships.cypher).
    const expectedRelationships = relationships.length - Number(merged.records[0]?.get('keptCurated') ?? 0);
    await tx.run(cypher('dataset/remove-stale'), { checksum });
    // Derived ties (TIED_TO) of every dataset organization, in this same transaction; they carry no loadedFrom, so the
    // count below sees only what the file states.
    await rebuildTies(
      tx,
      nodes.filter((node) => node.labels.includes('Organization')).map((node) => String(node.props.id)),
    );
    const written = (await tx.run(cypher('dataset/count-loaded'), { checksum })).records[0];
    const [n, r] = [Number(written?.get('nodes')), Number(written?.get('relationships'))];
    if (n !== nodes.length || r !== expectedRelationships) {
      // Throwing rolls the whole transaction back: nothing half-written stays.
      throw new Error(`Dataset load wrote ${n}/${nodes.length} nodes and ${r}/${expectedRelationships} relationships; rolled back`);
    }
    await tx.run(cypher('dataset/mark-loaded'), { version: dataset.version, checksum });
    return { kept, purged };
  });
  const [nodes, relationships] = [rows.nodes.length, rows.relationships.length];
  return { version: dataset.version, status: 'loaded', nodes, relationships, curatedKept, purgedLeftOut };
}
