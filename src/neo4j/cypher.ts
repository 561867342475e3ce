import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../shared/project-root';

/** Every query the app sends, read once from cypher/**.cypher and looked up by name ("organizations/page"). */
export type CypherCatalog = ReadonlyMap<string, string>;

export const cypherRoot = path.join(projectRoot, 'cypher');

export function loadCypherCatalog(root = cypherRoot): CypherCatalog {
  const catalog = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.cypher')) {
        const name = path
          .relative(root, full)
          .replace(/\\/g, '/')
          .replace(/\.cypher$/, '');
        catalog.set(name, fs.readFileSync(full, 'utf8'));
      }
    }
  };
  walk(root);
  return catalog;
}

let shared: CypherCatalog | undefined;

/** The query text for a name; an unknown name is a programming error and fails at module load. */
export function cypher(name: string): string {
  shared ??= loadCypherCatalog();
  const text = shared.get(name);
  if (text === undefined) throw new Error(`Unknown Cypher query "${name}" (no cypher/${name}.cypher)`);
  return text;
}
