import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { PluginMissingError, translateNeo4jError } from '../errors';
import { cypher, loadCypherCatalog } from './cypher';

/** The folders of the statements requests run; the rest (migrations, loader, generator, benchmark) run rarely. */
const HOT = ['organizations/', 'places/', 'association/', 'events/', 'people/', 'search/', 'partnerships/', 'common/', 'analytics/'];

/** networkMetrics' statements: they call Graph Data Science, so they can be planned only where it is installed. */
const ANALYTICS = ['network/'];

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
  return planAll(driver, database, statementsIn(HOT), parallel);
}

/** Everything a cold Neo4j would otherwise do during the first requests: the plans, then Graph Data Science's code. */
export async function warmUp(driver: Driver, database: string | undefined): Promise<{ planned: number; analytics: boolean }> {
  const planned = await warmUpPlans(driver, database);
  return { planned, analytics: await warmUpAnalytics(driver, database) };
}

/**
 * Where Graph Data Science is installed: loads its code (cypher/system/analytics-warm-up: every algorithm networkMetrics
 * uses, once, on a four-node graph projected from literal ids and then dropped) and plans networkMetrics' statements. A
 * Neo4j process loads GDS's classes on first use; measured on the 10k benchmark graph after a restart, the first
 * networkMetrics spent 6.3 s projecting instead of 0.9 s. False, with nothing planned, where GDS is missing.
 */
export async function warmUpAnalytics(driver: Driver, database: string | undefined): Promise<boolean> {
  const graphName = `nkss-warm-up-${randomUUID()}`;
  const session = driver.session({ database });
  let projected = true;
  try {
    await session.run(WARM_UP, { graphName }, { timeout: 30_000 });
  } catch (error) {
    // Without the plugin nothing was projected, so there is nothing to drop.
    if (translateNeo4jError(error) instanceof PluginMissingError) projected = false;
    else throw error;
  } finally {
    if (projected) await session.run(DROP, { graphName }, { timeout: 10_000 }).catch(() => undefined);
    await session.close();
  }
  if (!projected) return false;
  await planAll(driver, database, statementsIn(ANALYTICS), 1);
  return true;
}

const WARM_UP = cypher('system/analytics-warm-up');
const DROP = cypher('network/drop-projection');

function statementsIn(folders: readonly string[]): string[] {
  return [...loadCypherCatalog()].filter(([name]) => folders.some((folder) => name.startsWith(folder))).map(([, text]) => text);
}

async function planAll(driver: Driver, database: string | undefined, statements: readonly string[], parallel: number): Promise<number> {
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
