import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../shared/project-root';

/** Every query the app sends, read once from cypher/**.cypher and looked up by name ("organizations/page"). */
export type CypherCatalog = ReadonlyMap<string, string>;

export const cypherRoot = path.join(projectRoot, 'cypher');

const FRAGMENTS = 'fragments/';
const INCLUDE = /\{\{([a-z0-9-]+)\}\}/g;

function readTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.cypher')) {
        const name = path
          .relative(root, full)
          .replace(/\\/g, '/')
          .replace(/\.cypher$/, '');
        files.set(name, fs.readFileSync(full, 'utf8'));
      }
    }
  };
  walk(root);
  return files;
}

/**
 * Projections several statements share (an organization row with its city, district and region) live once in
 * cypher/fragments/<name>.cypher and are written `{{name}}` where used; they are expanded when the catalog is read, so
 * every statement is still one constant string (the plan cache sees no difference). A fragment's // lines are dropped.
 */
function expand(text: string, fragments: ReadonlyMap<string, string>, trail: readonly string[]): string {
  return text.replace(INCLUDE, (_match, name: string) => {
    const fragment = fragments.get(`${FRAGMENTS}${name}`);
    if (fragment === undefined) throw new Error(`Unknown Cypher fragment {{${name}}} (no cypher/${FRAGMENTS}${name}.cypher)`);
    if (trail.includes(name)) throw new Error(`Cypher fragment {{${name}}} includes itself (${[...trail, name].join(' → ')})`);
    const body = fragment
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n')
      .trim();
    return expand(body, fragments, [...trail, name]);
  });
}

/** The shared fragments by name ("fragments/organization-row"), as written. */
export function loadCypherFragments(root = cypherRoot): ReadonlyMap<string, string> {
  return new Map([...readTree(root)].filter(([name]) => name.startsWith(FRAGMENTS)));
}

/** Every statement by name, fragments expanded; the fragments themselves are not statements and are not listed. */
export function loadCypherCatalog(root = cypherRoot): CypherCatalog {
  const files = readTree(root);
  const catalog = new Map<string, string>();
  for (const [name, text] of files) {
    if (!name.startsWith(FRAGMENTS)) catalog.set(name, expand(text, files, []));
  }
  return catalog;
}

let shared: CypherCatalog | undefined;
let namesByText: Map<string, string> | undefined;

/** The file name of a query text from the catalog ("organizations/page-ascending"); "inline" for any other text. */
export function cypherNameOf(text: string): string {
  shared ??= loadCypherCatalog();
  namesByText ??= new Map([...shared].map(([name, body]) => [body, name]));
  return namesByText.get(text) ?? 'inline';
}

/** The query text for a name; an unknown name is a programming error and fails at module load. */
export function cypher(name: string): string {
  shared ??= loadCypherCatalog();
  const text = shared.get(name);
  if (text === undefined) throw new Error(`Unknown Cypher query "${name}" (no cypher/${name}.cypher)`);
  return text;
}
