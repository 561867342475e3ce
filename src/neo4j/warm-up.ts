import type { Driver } from 'neo4j-driver';
import { loadCypherCatalog } from './cypher';

/** The folders of the statements requests run; the rest (migrations, loader, generator, benchmark) run rarely. */
const HOT = ['organizations/', 'places/', 'association/', 'events/', 'people/', 'search/', 'partnerships/', 'common/', 'analytics/'];

/** EXPLAIN wants every $param present; null for each is enough to plan. */
export function nullParams(text: string): Record<string, null> {
  return Object.fromEntries([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => [m[1], null]));
}

/**
 * Plans the statements requests run (EXPLAIN: compiled, never executed), a few at a time. A Neo4j that has just started
 * parses and plans each statement on its first use; twenty clients arriving at once then wait seconds for a cold
 * planner. Run before the app reports Neo4j back, it moves that wait out of the requests. A failure ends the warm-up.
 */
export async function warmUpPlans(driver: Driver, database: string | undefined, parallel = 2): Promise<number> {
  const statements = [...loadCypherCatalog()].filter(([name]) => HOT.some((folder) => name.startsWith(folder))).map(([, text]) => text);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < statements.length) {
      const text = statements[next++];
      const session = driver.session({ database });
      try {
        await session.run(`EXPLAIN\n${text}`, nullParams(text), { timeout: 10_000 });
      } finally {
        await session.close();
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return statements.length;
}
