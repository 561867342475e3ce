import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../neo4j/cypher';
import type { Graph } from '../neo4j/run';

/**
 * Ties are derived once into TIED_TO relationships (cypher/ties/rebuild.cypher, which states the rule every writer follows:
 * a write touching PARTNERS_WITH, MEMBER_OF_NETWORK or PARTICIPATED_IN rebuilds the ties of the organizations it touched,
 * in the same transaction). Every tie query reads TIED_TO.
 */

/** Organizations per rebuild transaction when a whole graph is rebuilt. */
export const TIE_BATCH_SIZE = 2000;

/** Rebuilds the ties touching these organizations inside the caller's transaction; returns how many it (re)wrote. */
export async function rebuildTies(tx: ManagedTransaction, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await tx.run(cypher('ties/rebuild'), { ids });
  return result.summary.counters.updates().relationshipsCreated;
}

export interface TieRebuildResult {
  organizations: number;
  transactions: number;
  ms: number;
}

/** Rebuilds the ties touching these organizations, `batchSize` organizations per transaction. */
export async function rebuildTiesInBatches(
  graph: Graph,
  ids: readonly string[],
  batchSize: number = TIE_BATCH_SIZE,
): Promise<TieRebuildResult> {
  const started = Date.now();
  let transactions = 0;
  for (let offset = 0; offset < ids.length; offset += batchSize) {
    const batch = ids.slice(offset, offset + batchSize);
    await graph.write((tx) => rebuildTies(tx, batch));
    transactions += 1;
  }
  return { organizations: ids.length, transactions, ms: Date.now() - started };
}
