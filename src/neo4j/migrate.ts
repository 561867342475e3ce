import crypto from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Graph } from './run';
import { cypher, loadCypherCatalog } from './cypher';

export interface MigrationResult {
  applied: string[];
  skipped: string[];
}

/** Splits a migration file into statements; comment lines are dropped, `;` ends a statement. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** `CALL {…} IN TRANSACTIONS` commits its own batches, which Neo4j allows only in an auto-commit query. */
const BATCHED = /\bIN\s+TRANSACTIONS\b/i;

async function runStatement(graph: Graph, statement: string): Promise<void> {
  if (!BATCHED.test(statement)) {
    await graph.write((tx) => tx.run(statement));
    return;
  }
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.run(statement);
  } finally {
    await session.close();
  }
}

/**
 * Applies cypher/migrations/* in name order, each once, recorded as (:Migration {id, checksum}).
 * Schema statements cannot share a transaction with data writes, so each runs on its own;
 * every one is IF NOT EXISTS, which makes a half-applied migration safe to re-run. A data change over the whole graph
 * runs in batches (`IN TRANSACTIONS`) and must be as safe to run again.
 */
export async function migrate(graph: Graph): Promise<MigrationResult> {
  const migrations = [...loadCypherCatalog(undefined, 'written').entries()]
    .filter(([name]) => name.startsWith('migrations/'))
    .sort(([a], [b]) => a.localeCompare(b));
  const done = new Map(
    (await graph.read<{ id: string; checksum: string }>(cypher('system/migrations-applied'))).map((m) => [m.id, m.checksum]),
  );
  const result: MigrationResult = { applied: [], skipped: [] };
  for (const [name, text] of migrations) {
    const id = name.slice('migrations/'.length);
    const checksum = crypto.createHash('sha256').update(text).digest('hex');
    if (done.get(id) === checksum) {
      result.skipped.push(id);
      continue;
    }
    for (const statement of splitStatements(text)) await runStatement(graph, statement);
    await graph.write((tx) => tx.run(cypher('system/migration-record'), { id, checksum }));
    result.applied.push(id);
  }
  await graph.write((tx) => tx.run('CALL db.awaitIndexes(60)'));
  return result;
}
