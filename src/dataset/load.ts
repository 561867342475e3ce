import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../shared/project-root';
import { cypher } from '../neo4j/cypher';
import type { Graph } from '../neo4j/run';
import { rebuildTies } from '../ties/rebuild';
import type { Dataset } from './dataset.types';
import { toGraphRows } from './graph-rows';
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
}

/**
 * Writes the dataset in one transaction: all of it or nothing. Nodes and relationships are merged on
 * their keys, so a second run changes nothing; records an earlier file had and this one drops are removed. The derived
 * ties (TIED_TO) of every dataset organization are rebuilt in the same transaction.
 */
export async function loadDataset(graph: Graph, file: DatasetFile = readDataset(), options: { force?: boolean } = {}): Promise<LoadResult> {
  const { dataset, checksum } = file;
  const { nodes, relationships } = toGraphRows(dataset);
  const current = await graph.readOne<{ version: string; checksum: string }>(cypher('dataset/loaded-version'));
  if (!options.force && current?.checksum === checksum) {
    return { version: dataset.version, status: 'unchanged', nodes: nodes.length, relationships: relationships.length, curatedKept: 0 };
  }
  const curatedKept = await graph.write(async (tx) => {
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
    return kept;
  });
  return { version: dataset.version, status: 'loaded', nodes: nodes.length, relationships: relationships.length, curatedKept };
}
