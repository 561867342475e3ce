import crypto from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { validateDataset } from '../dataset/validate';
import { cypher } from '../neo4j/cypher';
import type { Graph } from '../neo4j/run';
import { readByKeys, shapeRecord } from './engine';
import { DATASET_SECTIONS } from './records';
import { curatedSections, keyOf, type SectionSpec } from './sections';

/** The keys to read every record of a section with, as its *-by-keys.cypher takes them. */
async function allKeys(tx: ManagedTransaction, spec: SectionSpec): Promise<unknown[]> {
  if (spec.single) return (await tx.run(cypher('curation/association-id'))).records.map((r) => String(r.get('id')));
  if (spec.kind === 'node') {
    const result = await tx.run(cypher('curation/uids-with-prefix'), { prefix: `${spec.label}:` });
    return result.records.map((r) => String(r.get('key')));
  }
  const result = await tx.run(cypher('curation/relationships-of-type'), { type: spec.type });
  return result.records.map((r) => {
    const [from, to, relKey] = [String(r.get('from')), String(r.get('to')), String(r.get('relKey'))];
    return { key: `${from}|${to}|${relKey}`, from, to, relKey };
  });
}

async function readSection(tx: ManagedTransaction, spec: SectionSpec): Promise<Record<string, unknown>[]> {
  const found = await readByKeys(tx, spec, await allKeys(tx, spec));
  const records = [...found.values()].map((existing) => shapeRecord(spec, existing.record));
  return records.sort((a, b) => (keyOf(spec, a) < keyOf(spec, b) ? -1 : keyOf(spec, a) > keyOf(spec, b) ? 1 : 0));
}

/**
 * The graph as a dataset file (`npm run export -- --format dataset`): every record of every section in data/nkss.json's
 * format, read in one transaction, records in key order and fields in the file's order, so the same graph always gives
 * the same file; the version is a hash of the content. Checked with the dataset validator before it is returned.
 */
export async function exportDataset(graph: Graph): Promise<Record<string, unknown>> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
  let sections: Record<string, unknown>;
  try {
    sections = await session.executeRead(async (tx) => {
      const out: Record<string, unknown> = {};
      for (const section of DATASET_SECTIONS) {
        const spec = curatedSections.find((s) => s.section === section)!;
        const records = await readSection(tx, spec);
        out[section] = spec.single ? (records[0] ?? null) : records;
      }
      return out;
    });
  } finally {
    await session.close();
  }
  const hash = crypto.createHash('sha256').update(JSON.stringify(sections)).digest('hex').slice(0, 16);
  const dataset = { version: `export-${hash}`, about: 'Exported from the graph by npm run export -- --format dataset.', ...sections };
  validateDataset(dataset);
  return dataset;
}

export const datasetText = (dataset: Record<string, unknown>): string => `${JSON.stringify(dataset, null, 2)}\n`;
